// Shown when no workspace is open: the samples, the workspaces in the data folder, recent files, and "new".
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from '../../text'
import {
  languages,
  type AppInfo,
  type Language,
  type RecentFile,
  type SampleInfo,
  type WorkspaceFile,
} from '@shared/ipc/contract'
import { call } from '../../api'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { useErrorText } from '../../errorText'
import { WorkspaceTransfer } from '../dataio/WorkspaceTransfer'

export function Welcome({ info, languageSwitch }: { info: AppInfo; languageSwitch: ReactNode }) {
  const { t, i18n } = useTranslation()
  const language: Language = languages.find((l) => l === i18n.language) ?? 'fr'
  const { state, actions } = useWorkspace()
  const errorText = useErrorText()
  const [samples, setSamples] = useState<SampleInfo[]>([])
  const [files, setFiles] = useState<WorkspaceFile[]>([])
  const [recent, setRecent] = useState<RecentFile[]>([])
  const [path, setPath] = useState('')
  const [name, setName] = useState('')

  useEffect(() => {
    void Promise.all([
      call('workspace:samples', {}),
      call('workspace:files', {}),
      call('workspace:recent', {}),
    ]).then(([s, f, r]) => {
      setSamples(s)
      setFiles(f)
      setRecent(r)
    })
  }, [])

  return (
    <div className="shell">
      <header className="topbar">
        <h1 className="app-name" data-testid="app-name">
          Établi
        </h1>
        <p className="tagline">{t('app.tagline')}</p>
        {languageSwitch}
      </header>
      {state.error && (
        <div className="banner banner-error" role="alert" data-testid="error-banner">
          <span>{errorText(state.error)}</span>
          <button type="button" onClick={actions.dismissError}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
      <main className="welcome" data-testid="welcome">
        <h2>{t('welcome.title')}</h2>
        <section aria-labelledby="samples-title">
          <h3 id="samples-title">{t('welcome.samples')}</h3>
          <ul className="cards">
            {samples.map((s) => (
              <li key={s.key} className="card">
                <strong>{s.names[language]}</strong>
                <p>{s.descriptions[language]}</p>
                <button
                  type="button"
                  data-testid={`open-sample-${s.key}`}
                  onClick={() => void actions.openSample(s.key, language)}
                >
                  {t('welcome.openSample')}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="files-title">
          <h3 id="files-title">{t('welcome.files')}</h3>
          {files.length === 0 ? (
            <p>{t('welcome.noFiles')}</p>
          ) : (
            <ul className="file-list">
              {files.map((f) => (
                <li key={f.path}>
                  <button type="button" onClick={() => void actions.openPath(f.path)}>
                    {t('welcome.open')}
                  </button>{' '}
                  <span title={f.path}>{f.name}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="recent-title">
          <h3 id="recent-title">{t('app.recent')}</h3>
          {recent.length === 0 ? (
            <p>{t('app.noRecent')}</p>
          ) : (
            <ul className="file-list">
              {recent.map((f) => (
                <li key={f.path}>
                  <button type="button" disabled={!f.exists} onClick={() => void actions.openPath(f.path)}>
                    {t('welcome.open')}
                  </button>{' '}
                  <span title={f.path}>{f.name}</span> {!f.exists && <em>({t('app.missingFile')})</em>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="welcome-forms">
          {info.transport === 'http' && <WorkspaceTransfer download={false} />}
          <form
            onSubmit={(e) => {
              e.preventDefault()
              if (path.trim()) void actions.openPath(path.trim())
            }}
          >
            <h3>{t('welcome.openPath')}</h3>
            <label>
              {t('welcome.path')}
              <input value={path} onChange={(e) => setPath(e.target.value)} data-testid="open-path" />
            </label>
            <button type="submit">{t('welcome.open')}</button>
          </form>
          <form
            onSubmit={(e) => {
              e.preventDefault()
              const clean = name.trim()
              if (!clean) return
              // A new file named after it in the data folder (main chooses the file name).
              void actions.createWorkspace({ name: clean })
            }}
          >
            <h3>{t('welcome.create')}</h3>
            <label>
              {t('welcome.createName')}
              <input value={name} onChange={(e) => setName(e.target.value)} data-testid="create-name" />
            </label>
            <button type="submit">{t('welcome.createButton')}</button>
          </form>
        </section>
        <p className="data-dir">
          {t('app.dataDir')}: <code data-testid="app-data-dir">{info.dataDir}</code> · {t('app.version')}{' '}
          <span data-testid="app-version">{info.version}</span>
        </p>
      </main>
    </div>
  )
}
