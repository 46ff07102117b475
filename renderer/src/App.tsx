// The application shell: header with the app name and language switch, and what the Node side reports (app:info, recent files).
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppInfo, Language, RecentFile } from '../../shared/ipc/contract'
import { call, MissingTokenError } from './api'
import { rememberLanguage, storedLanguage } from './i18n'

type Boot =
  | { state: 'loading' }
  | { state: 'ready'; info: AppInfo; recent: RecentFile[] }
  | { state: 'error'; message: string }

export function App() {
  const { t, i18n } = useTranslation()
  const [boot, setBoot] = useState<Boot>({ state: 'loading' })

  useEffect(() => {
    let cancelled = false
    Promise.all([call('app:info', {}), call('workspace:recent', {})])
      .then(([info, recent]) => {
        if (cancelled) return
        if (!storedLanguage() && info.language !== i18n.language) void i18n.changeLanguage(info.language)
        setBoot({ state: 'ready', info, recent })
      })
      .catch((error: unknown) => {
        if (cancelled) return
        setBoot({
          state: 'error',
          message:
            error instanceof MissingTokenError ? t('app.missingToken') : String((error as Error).message),
        })
      })
    return () => {
      cancelled = true
    }
  }, [i18n, t])

  useEffect(() => {
    // Tests and users alike wait for this marker: the shell is shown with data from the Node side.
    document.body.dataset.appState = boot.state
  }, [boot.state])

  useEffect(() => {
    document.documentElement.lang = i18n.language
  }, [i18n.language])

  const switchLanguage = (language: Language): void => {
    rememberLanguage(language)
    void i18n.changeLanguage(language)
    if (boot.state === 'ready') void call('app:setLanguage', { language }).catch(() => undefined)
  }

  return (
    <div className="shell">
      <header className="shell-header">
        <h1 className="app-name" data-testid="app-name">
          Établi
        </h1>
        <p className="tagline">{t('app.tagline')}</p>
        <div className="language" role="group" aria-label={t('app.language')}>
          {(['fr', 'en'] as const).map((language) => (
            <button
              key={language}
              type="button"
              aria-pressed={i18n.language === language}
              data-testid={`language-${language}`}
              onClick={() => switchLanguage(language)}
            >
              {language.toUpperCase()}
            </button>
          ))}
        </div>
      </header>
      <main className="shell-main">
        {boot.state === 'loading' && <p>{t('app.loading')}</p>}
        {boot.state === 'error' && (
          <section role="alert" className="boot-error">
            <h2>{t('app.errorTitle')}</h2>
            <p>{boot.message}</p>
          </section>
        )}
        {boot.state === 'ready' && (
          <>
            <dl className="app-info" data-testid="app-info">
              <dt>{t('app.version')}</dt>
              <dd data-testid="app-version">{boot.info.version}</dd>
              <dt>{t('app.transport')}</dt>
              <dd data-testid="app-transport">
                {boot.info.transport === 'electron' ? t('app.transportElectron') : t('app.transportHttp')}
              </dd>
              <dt>{t('app.dataDir')}</dt>
              <dd data-testid="app-data-dir">
                <code>{boot.info.dataDir}</code>
              </dd>
            </dl>
            <section aria-labelledby="recent-title">
              <h2 id="recent-title">{t('app.recent')}</h2>
              {boot.recent.length === 0 ? (
                <p>{t('app.noRecent')}</p>
              ) : (
                <ul className="recent" data-testid="recent-files">
                  {boot.recent.map((file) => (
                    <li key={file.path} title={file.path}>
                      {file.name} {!file.exists && <em>({t('app.missingFile')})</em>}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </main>
    </div>
  )
}
