// What an import would do, before anything is written: the rows read, every error by line and column, and the columns dropped.
import { useTranslation } from '../../text'
import type { ImportError, ImportPreview, RosterAges } from '@shared/workspace/types'
import { formatNumber } from '../../format'
import { useNames } from '../../names'
import { useWorkspace } from '../../state/WorkspaceProvider'

/** Rows shown in the preview table; the rest are counted. */
const SHOWN_ROWS = 12

const COLUMNS = {
  roster: ['grade', 'age', 'fte'],
  market: ['segment', 'year', 'newSales', 'preOwned'],
  intakes: ['programme', 'year', 'intake'],
} as const

export function PreviewBody({
  preview,
  ages,
  onAges,
}: {
  preview: ImportPreview
  ages: RosterAges
  onAges: (ages: RosterAges) => void
}) {
  const { t, i18n } = useTranslation()
  const name = useNames()
  const { kind, rows } = preview.data
  // A coded error (electron/store/import) in the UI language, naming segments and programmes as the screens do.
  const reason = (e: ImportError): string => {
    if (e.code === undefined || !i18n.exists(`words.${e.code}`)) return e.message
    const params = { ...e.params }
    if (params.id !== undefined) params.id = name(String(params.id))
    if (params.what !== undefined) params.what = t(`words.import.what.${String(params.what)}`)
    return t(`words.${e.code}`, params)
  }
  const columns: readonly string[] = COLUMNS[kind]
  const cell = (value: unknown, column: string): string =>
    typeof value === 'number'
      ? column === 'year' || column === 'age'
        ? String(value)
        : formatNumber(value, Number.isInteger(value) ? 0 : 2)
      : typeof value === 'string'
        ? name(value)
        : '—'
  const { state } = useWorkspace()
  const scenario =
    [...state.list.scenarios, ...state.list.frozen].find((s) => s.id === preview.scenarioId)?.name ?? ''
  return (
    <div className="import-preview" data-testid="import-preview">
      <p>{t('dataio.file', { name: preview.fileName, count: rows.length })}</p>
      <section className="import-dropped" aria-labelledby="import-dropped" data-testid="import-dropped">
        <h3 id="import-dropped">{t('dataio.droppedTitle')}</h3>
        {preview.droppedColumns.length === 0 ? (
          <p>{t('dataio.droppedNone')}</p>
        ) : (
          <>
            <ul>
              {preview.droppedColumns.map((c) => (
                <li key={c} data-testid="import-dropped-column">
                  {c}
                </li>
              ))}
            </ul>
            <p>{t('dataio.droppedHelp')}</p>
          </>
        )}
      </section>
      {preview.ignoredColumns.length > 0 && (
        <p>{t('dataio.ignored', { list: preview.ignoredColumns.join(', ') })}</p>
      )}
      {preview.errors.length > 0 && (
        <section className="import-errors" role="alert" data-testid="import-errors">
          <h3>{t('dataio.errorsTitle', { count: preview.errors.length })}</h3>
          <ul>
            {preview.errors.map((e, i) => (
              <li key={i} data-testid="import-error">
                {e.line > 0
                  ? t('dataio.errorAt', { line: e.line, column: e.column, message: reason(e) })
                  : t('dataio.errorFile', { message: reason(e) })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {kind === 'roster' && (
        <div className="import-ages">
          <label>
            <input
              type="checkbox"
              checked={ages === 'exact'}
              data-testid="import-exact-ages"
              onChange={(e) => onAges(e.target.checked ? 'exact' : 'bands')}
            />{' '}
            {t('dataio.keepExact')}
          </label>
          <p className="import-help">{t('dataio.agesHelp')}</p>
        </div>
      )}
      {rows.length > 0 && (
        <div className="import-rows">
          <table data-testid="import-rows">
            <caption>{t('dataio.rowsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dataio.line')}</th>
                {columns.map((c) => (
                  <th scope="col" key={c}>
                    {t(`dataio.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, SHOWN_ROWS).map((row) => (
                <tr key={row.line}>
                  <th scope="row">{row.line}</th>
                  {columns.map((c) => (
                    <td key={c}>{cell((row as unknown as Record<string, unknown>)[c], c)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > SHOWN_ROWS && <p>{t('dataio.moreRows', { count: rows.length - SHOWN_ROWS })}</p>}
        </div>
      )}
      {preview.errors.length === 0 && (
        <p data-testid="import-changes">
          {preview.changes.length === 0
            ? t('dataio.noChange')
            : t('dataio.changes', { count: preview.changes.length, scenario })}
        </p>
      )}
    </div>
  )
}
