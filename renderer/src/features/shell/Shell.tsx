// The workspace shell: top bar (workspace, scenario, undo/redo, language), navigation, KPI strip and the current screen.
import { useEffect, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppInfo } from '@shared/ipc/contract'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { SCREENS } from '../../state/workspaceState'
import { KpiStrip } from './KpiStrip'
import { ScenarioBar } from './ScenarioBar'
import { screenComponents } from './screens'
import { ImportFlow } from '../dataio/ImportFlow'

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

export function Shell({ info, languageSwitch }: { info: AppInfo; languageSwitch: ReactNode }) {
  const { t } = useTranslation()
  const { state, projection, actions } = useWorkspace()

  useEffect(() => {
    // Ctrl/Cmd+Z and Ctrl+Y / Shift+Cmd+Z are the workspace's undo and redo, except while typing in a field
    // (the field's own undo applies there). The desktop app's menu sends the same commands.
    if (info.transport === 'electron') return
    const onKey = (event: KeyboardEvent): void => {
      if (isEditable(event.target)) return
      const mod = event.ctrlKey || event.metaKey
      if (!mod) return
      const key = event.key.toLowerCase()
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault()
        void actions.undo()
      } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
        event.preventDefault()
        void actions.redo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [actions, info.transport])

  const Screen = screenComponents[state.screen]
  return (
    <div className="shell">
      <ScenarioBar languageSwitch={languageSwitch} />
      {state.error && (
        <div className="banner banner-error" role="alert" data-testid="error-banner">
          <span>{state.error}</span>
          <button type="button" onClick={actions.dismissError}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
      {state.workspace?.readOnly && (
        <div className="banner banner-warning" role="status" data-testid="read-only-banner">
          <strong>{t('app.readOnly')}</strong> — {state.workspace.readOnly.message}
        </div>
      )}
      {state.workspace?.notice && (
        <div className="banner banner-info" role="status">
          {state.workspace.notice}
        </div>
      )}
      {state.input && projection.result && <KpiStrip input={state.input} result={projection.result} />}
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
        <main className="screen" data-testid={`screen-${state.screen}`}>
          {projection.problems.length > 0 && (
            <div className="banner banner-error" role="alert">
              <p>{t('results.problems')}</p>
              <ul>
                {projection.problems.map((p, i) => (
                  <li key={i}>{p.message}</li>
                ))}
              </ul>
            </div>
          )}
          <Screen />
        </main>
        <ImportFlow />
      </div>
    </div>
  )
}
