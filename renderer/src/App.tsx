// The application: boots from app:info, opens a workspace (the command-line file, the last one, or the sample) and shows the shell.
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from './text'
import { languages, type AppInfo, type Language } from '@shared/ipc/contract'
import { call, getApi, MissingTokenError } from './api'
import { startBoot, type BootData } from './boot'
import { i18n, rememberLanguage, showLanguage, storedLanguage } from './i18n'
import { WorkspaceProvider, useWorkspace } from './state/WorkspaceProvider'
import { Shell } from './features/shell/Shell'
import { Welcome } from './features/shell/Welcome'
import { requestImport } from './features/dataio/fileRequests'
import { saveExport } from './features/dataio/ExportMenu'
import { undoTarget, workspaceOwnsUndo } from './features/shell/undoKeys'
import { perfMark } from './perf'
import { firstPaintDone } from './afterPaint'

type Boot = { state: 'loading' } | { state: 'ready'; info: AppInfo } | { state: 'error'; message: string }

export { DEFAULT_SAMPLE } from './boot'

/**
 * `boot`: the start-up requests already under way (main.tsx); started here when not given. `answered`: their
 * answer when it came before this first render (usual: it is asked for before the app's code is evaluated),
 * which the first render then shows, instead of a "loading" frame and a second render.
 */
export function App({ boot, answered }: { boot?: Promise<BootData>; answered?: BootData }) {
  const initial = answered && showsAsItIs(answered) ? answered : undefined
  return (
    <WorkspaceProvider initial={initial}>
      <Root bootData={boot} initial={initial} />
    </WorkspaceProvider>
  )
}

/** The answer can be shown by the first render: no language of main's to switch to first. */
function showsAsItIs(data: BootData): boolean {
  return storedLanguage() !== null || data.info.language === i18n.language
}

function Root({ bootData, initial }: { bootData: Promise<BootData> | undefined; initial?: BootData }) {
  const { t, i18n } = useTranslation()
  const { state, actions } = useWorkspace()
  const [boot, setBoot] = useState<Boot>(() => {
    if (!initial) return { state: 'loading' }
    perfMark('boot:opened')
    return { state: 'ready', info: initial.info }
  })
  const started = useRef(initial !== undefined)

  useEffect(() => {
    if (started.current) return
    started.current = true
    const start = async (): Promise<void> => {
      // Usually sent by main.tsx before this code was even evaluated (boot.ts).
      const data = await (bootData ?? startBoot())
      const { info } = data
      if (!storedLanguage() && info.language !== i18n.language) await showLanguage(info.language)
      actions.showOpened(data)
      perfMark('boot:opened')
      setBoot({ state: 'ready', info })
    }
    start().catch((error: unknown) => {
      setBoot({
        state: 'error',
        message:
          error instanceof MissingTokenError ? t('app.missingToken') : String((error as Error).message),
      })
    })
  }, [actions, i18n, t, bootData])

  // Menu commands from the desktop app's native menu (the browser page has its own buttons).
  useEffect(() => {
    if (boot.state !== 'ready') return
    return getApi().on('menu:command', ({ command, path, handle }) => {
      // The menu's Ctrl+Z reaches a field with text not stored yet as that field's own text undo.
      const ownText = !workspaceOwnsUndo(undoTarget(document.activeElement))
      if ((command === 'undo' || command === 'redo') && ownText) document.execCommand(command)
      else if (command === 'undo') void actions.undo()
      else if (command === 'redo') void actions.redo()
      else if ((command === 'open' || command === 'open-recent') && path) void actions.openPath(path)
      else if (command === 'new' && handle) void actions.createWorkspace({ handle })
      else if (command === 'save-as' && handle) void actions.saveAs({ handle })
      else if (command === 'close') void actions.close()
      else if (command.startsWith('import-'))
        requestImport(command.slice('import-'.length) as 'roster' | 'market' | 'intakes')
      else if (command === 'export-json' || command === 'export-csv' || command === 'export-xlsx') {
        const id = state.scenarioId
        const format = command.slice('export-'.length) as 'json' | 'csv' | 'xlsx'
        if (id !== null) void saveExport([id], format, actions.exportFile).catch(() => undefined)
      } else if (command === 'report') actions.navigate('report')
    })
  }, [boot.state, actions, state.scenarioId])

  const ready = boot.state === 'ready' && (state.workspace === null || state.input !== null)
  // A layout effect: the marker is set in the commit that shows the data, so the frame that paints it has it.
  useLayoutEffect(() => {
    // Tests and users alike wait for this marker: the shell is shown with the workspace's data.
    document.body.dataset.appState = boot.state === 'error' ? 'error' : ready ? 'ready' : 'loading'
    if (boot.state === 'loading' || !ready) return
    // The first chart drawn releases the work held for after the first paint; a first screen without one (the
    // welcome, a failed start, a workspace whose input does not project) releases it after a short while.
    if (state.workspace === null) return firstPaintDone()
    const timer = setTimeout(firstPaintDone, 2000)
    return () => clearTimeout(timer)
  }, [boot.state, ready, state.workspace])

  useEffect(() => {
    document.documentElement.lang = i18n.language
  }, [i18n.language])

  const switchLanguage = (language: Language): void => {
    rememberLanguage(language)
    void showLanguage(language).catch(() => undefined)
    if (boot.state === 'ready') void call('app:setLanguage', { language }).catch(() => undefined)
  }

  const languageSwitch = (
    <div className="language" role="group" aria-label={t('app.language')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          data-testid={`language-${language}`}
          onClick={() => switchLanguage(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  )

  if (boot.state === 'error') {
    return (
      <div className="shell">
        <header className="topbar">
          <h1 className="app-name" data-testid="app-name">
            Établi
          </h1>
          {languageSwitch}
        </header>
        <main className="boot-error-wrap">
          <section role="alert" className="boot-error">
            <h2>{t('app.errorTitle')}</h2>
            <p>{boot.message}</p>
          </section>
        </main>
      </div>
    )
  }
  if (boot.state === 'loading' || !ready) {
    return (
      <div className="shell">
        <p className="loading">{t('app.loading')}</p>
      </div>
    )
  }
  if (!state.workspace) return <Welcome info={boot.info} languageSwitch={languageSwitch} />
  return <Shell info={boot.info} languageSwitch={languageSwitch} />
}
