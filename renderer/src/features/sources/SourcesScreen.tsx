// The Sources screen: where each figure of the workspace comes from, or that it is an assumption.
import { useState } from 'react'
import { useTranslation } from '../../text'
import { swissNumbersInText } from '../../format'
import { useSourceRows } from './useSourceRows'

export function SourcesScreen() {
  const { t } = useTranslation()
  const rows = useSourceRows()
  const [filter, setFilter] = useState<'all' | 'sourced' | 'assumed'>('all')

  if (!rows) return null
  const shown = rows.filter((r) => filter === 'all' || r.kind === filter)
  return (
    <div className="sources">
      <h2>{t('sources.title')}</h2>
      <p>{t('sources.intro')}</p>
      <label>
        {t('sources.filter')}{' '}
        <select value={filter} onChange={(e) => setFilter(e.target.value as typeof filter)}>
          <option value="all">{t('sources.all')}</option>
          <option value="sourced">{t('sources.sourced')}</option>
          <option value="assumed">{t('sources.assumed')}</option>
        </select>
      </label>
      {rows.length === 0 ? (
        <p>{t('sources.none')}</p>
      ) : (
        <table className="sources-table" data-testid="sources-table">
          <thead>
            <tr>
              <th scope="col">{t('sources.figure')}</th>
              <th scope="col">{t('sources.value')}</th>
              <th scope="col">{t('sources.source')}</th>
              <th scope="col">{t('sources.year')}</th>
              <th scope="col">{t('sources.kind')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r, i) => (
              <tr key={i}>
                <td>{swissNumbersInText(r.figure)}</td>
                <td>{swissNumbersInText(r.value)}</td>
                <td>
                  {swissNumbersInText(r.source)}
                  {r.note && <div className="note">{swissNumbersInText(r.note)}</div>}
                </td>
                <td>{r.year ?? '—'}</td>
                <td>
                  <span className={`badge badge-${r.kind}`}>{t(`sources.${r.kind}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
