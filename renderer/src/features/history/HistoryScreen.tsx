// The Historique screen: every stored step with its time and description; undone steps are the redo tail.
import { useEffect, useState } from 'react'
import { useTranslation } from '../../text'
import type { HistoryEntry } from '@shared/workspace/types'
import { call } from '../../api'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { dateLocale } from '../../format'
import { describeStep } from '../../describeChange'
import { useDescribe } from '../../useDescribe'

export function HistoryScreen() {
  const { t, i18n } = useTranslation()
  const { state, actions } = useWorkspace()
  const describe = useDescribe()
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null)
  const version = `${state.workspace?.undoDescription}|${state.workspace?.redoDescription}|${state.workspace?.canUndo}|${state.pending}`

  useEffect(() => {
    void call('history:list', { limit: 500 }).then(setEntries)
  }, [version])

  if (!entries) return null
  const time = new Intl.DateTimeFormat(dateLocale(i18n.language), {
    dateStyle: 'short',
    timeStyle: 'medium',
  })
  return (
    <div className="history">
      <h2>{t('history.title')}</h2>
      <div className="toolbar-group">
        <button type="button" disabled={!state.workspace?.canUndo} onClick={() => void actions.undo()}>
          ↶ {t('toolbar.undo')}
        </button>
        <button type="button" disabled={!state.workspace?.canRedo} onClick={() => void actions.redo()}>
          ↷ {t('toolbar.redo')}
        </button>
      </div>
      {entries.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <ol className="history-list" data-testid="history-list" reversed>
          {entries.map((e) => (
            <li key={e.id} className={e.undone ? 'undone' : undefined}>
              <time dateTime={e.at}>{time.format(new Date(e.at))}</time> —{' '}
              {describeStep(e.description, describe)}
              {e.undone && <em> ({t('history.undone')})</em>}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
