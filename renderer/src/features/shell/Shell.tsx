// The workspace shell: top bar (workspace, scenario, undo/redo, language), navigation, KPI strip and the current screen.
import { Suspense, useEffect, type ReactNode } from 'react'
import { useTranslation } from '../../text'
import type { AppInfo } from '@shared/ipc/contract'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { useErrorText } from '../../errorText'
import { readOnlyText } from '../../storeText'
import { SCREENS, currentScenario } from '../../state/workspaceState'
import { dateLocale } from '../../format'
import { KpiStrip } from './KpiStrip'
import { ScenarioBar } from './ScenarioBar'
import { preloadScreens, screenComponents } from './screens'
import { afterFirstPaint } from '../../afterPaint'
import { ImportFlow } from '../dataio/ImportFlow'
import { ExplainContext } from '../explain/useExplainState'
import { useExplainPanel } from '../explain/useExplainPanel'
import { useProblemText } from '../../components/fields/useProblemText'

import { undoCommand, undoTarget, workspaceOwnsUndo } from './undoKeys'

export function Shell({ info, languageSwitch }: { info: AppInfo; languageSwitch: ReactNode }) {
  const { t, i18n } = useTranslation()
  const problemText = useProblemText()
  const { state, projection, actions } = useWorkspace()
  const errorText = useErrorText()
  const frozenAt = currentScenario(state)?.frozenAt ?? null
  const explain = useExplainPanel()

  useEffect(() => {
    // Ctrl/Cmd+Z and Ctrl+Y / Shift+Cmd+Z are the workspace's undo and redo, also from a field whose edit is
    // stored; a field with text not stored yet keeps its own text undo. The desktop app's menu sends the same commands.
    if (info.transport === 'electron') return
    const onKey = (event: KeyboardEvent): void => {
      const command = undoCommand(event)
      if (command === null || !workspaceOwnsUndo(undoTarget(event.target))) return
      event.preventDefault()
      void (command === 'undo' ? actions.undo() : actions.redo())
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [actions, info.transport])

  // Once the first chart is on screen: the other screens' code loads while the user reads this one.
  useEffect(() => afterFirstPaint(preloadScreens), [])

  const Screen = screenComponents[state.screen]
  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main-content"
        onClick={(event) => {
          // Focus the screen without touching the address (browser mode keeps its token handling there).
          event.preventDefault()
          document.getElementById('main-content')?.focus()
        }}
      >
        {t('ux.skipToContent')}
      </a>
      <ScenarioBar languageSwitch={languageSwitch} />
      {state.error && (
        <div className="banner banner-error" role="alert" data-testid="error-banner">
          <span>{errorText(state.error)}</span>
          <button type="button" onClick={actions.dismissError}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
      {state.workspace?.readOnly && (
        <div className="banner banner-warning" role="status" data-testid="read-only-banner">
          <strong>{t('app.readOnly')}</strong> —{' '}
          {readOnlyText(
            state.workspace.readOnly,
            (key, vars) => t(key, vars ?? {}),
            (key) => i18n.exists(key),
          )}
        </div>
      )}
      {frozenAt && !state.workspace?.readOnly && (
        <div className="banner banner-warning" role="status" data-testid="frozen-banner">
          {t('ux.frozenBanner', {
            date: new Intl.DateTimeFormat(dateLocale(i18n.language), { dateStyle: 'medium' }).format(
              new Date(frozenAt),
            ),
          })}
        </div>
      )}
      {state.workspace?.notice && (
        <div className="banner banner-info" role="status">
          {state.workspace.noticeSaid
            ? errorText({ message: state.workspace.notice, ...state.workspace.noticeSaid })
            : state.workspace.notice}
        </div>
      )}
      {state.input && projection.result && (
        <KpiStrip input={state.input} result={projection.result} onExplain={explain.openers.openKpi} />
      )}
      <div className="shell-body">
        <nav className="nav" aria-label={t('nav.label')}>
          <ul>
            {SCREENS.map((screen) => (
              <li key={screen}>
                <button
                  type="button"
                  aria-current={state.screen === screen ? 'page' : undefined}
                  data-testid={`nav-${screen}`}
                  onClick={() => actions.navigate(screen)}
                >
                  {t(`nav.${screen}`)}
                </button>
              </li>
            ))}
          </ul>
          <p className="nav-about" data-testid="app-info">
            Établi <span data-testid="app-version">{info.version}</span>
            <br />
            <span data-testid="app-transport">
              {info.transport === 'electron' ? t('app.transportElectron') : t('app.transportHttp')}
            </span>
            <br />
            <span className="nav-about-label">{t('app.dataDir')}</span>
            <br />
            <code data-testid="app-data-dir" title={info.dataDir}>
              {info.dataDir}
            </code>
          </p>
        </nav>
        {/* A screen whose code is still loading shows the fallback in place of the whole screen: its
            screen-… marker (which tests and users wait for) appears with its content. */}
        <Suspense
          fallback={
            <main className="screen" id="main-content" tabIndex={-1} data-testid="screen-loading">
              <p className="loading">{t('app.loading')}</p>
            </main>
          }
        >
          <main className="screen" id="main-content" tabIndex={-1} data-testid={`screen-${state.screen}`}>
            {projection.problems.length > 0 && (
              <div className="banner banner-error" role="alert">
                <p>{t('results.problems')}</p>
                <ul>
                  {projection.problems.map((p, i) => (
                    <li key={i}>{problemText(p)}</li>
                  ))}
                </ul>
              </div>
            )}
            <ExplainContext.Provider value={explain.openers}>
              <Screen />
            </ExplainContext.Provider>
          </main>
        </Suspense>
        <ImportFlow />
      </div>
      {explain.panel}
    </div>
  )
}
