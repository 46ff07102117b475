// The year × metric grid of recorded figures: type a value, or paste a block from a spreadsheet into a cell.
import { useMemo, useState, type ClipboardEvent } from 'react'
import { useTranslation } from '../../text'
import type { ActualRow } from '@shared/actuals/types'
import type { ModelInput } from '@shared/model/types'
import { call } from '../../api'
import { parseNumberText } from '../../components/fields/numberText'
import { isMultiCell, parsePastedTable } from '../../components/fields/pasteNumbers'
import { formatNumber } from '../../format'
import { useNames, useTranslate } from '../../names'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { cellValue, gridRows, gridYears, pastedWrites, type ActualWrite, type GridRow } from './actualsGrid'
import { actualsProblemText, figureLabel } from './actualsProblems'

export function rowLabel(row: GridRow, t: (key: string) => string, name: (id: string) => string): string {
  return figureLabel(row.metric, row.key, t, name)
}

/** A status kept as its text key, so it follows a language switch. */
type Message = { key: string; vars: Record<string, string | number> }

function shown(value: number | null): string {
  return value === null ? '' : formatNumber(value, Number.isInteger(value) ? 0 : 1)
}

export function ActualsGrid({ input, rows }: { input: ModelInput; rows: readonly ActualRow[] }) {
  const t = useTranslate()
  const { i18n } = useTranslation()
  const name = useNames()
  const { state, actions } = useWorkspace()
  const readOnly = Boolean(state.workspace?.readOnly)
  const grid = useMemo(() => gridRows(input), [input])
  const years = useMemo(() => gridYears(input, rows), [input, rows])
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  const [status, setStatus] = useState<{ text: string | Message; error: boolean } | null>(null)

  const write = async (changes: ActualWrite[]): Promise<boolean> => {
    // A recorded figure is never negative: said here, by its row, rather than refused as a malformed request.
    const negative = changes.find((c) => c.value !== null && c.value < 0)
    if (negative) {
      const figure = figureLabel(negative.metric, negative.key, t, name)
      const vars = { figure, year: negative.year, text: shown(negative.value) }
      setStatus({ text: { key: 'words.actuals.negative', vars }, error: true })
      return false
    }
    const outcome = await actions.storeChange(() => call('actuals:set', { rows: changes }))
    if (outcome && !outcome.ok) {
      const exists = (key: string) => i18n.exists(key)
      const texts = outcome.problems.map((p) => actualsProblemText(p, t, name, exists))
      setStatus({ text: texts.filter((x, i) => texts.indexOf(x) === i).join(' '), error: true })
      return false
    }
    return outcome !== undefined
  }

  const commit = async (id: string, row: GridRow, year: number) => {
    const text = drafts[id]
    if (text === undefined) return
    const parsed = parseNumberText(text)
    if (!parsed.ok && parsed.reason === 'invalid') {
      setStatus({ text: { key: 'actuals.grid.invalid', vars: { text } }, error: true })
      return
    }
    const value = parsed.ok ? parsed.value : null
    if (value !== cellValue(rows, year, row)) await write([{ ...row, year, value }])
    setDrafts(({ [id]: _gone, ...rest }) => rest)
  }

  const paste = (r: number, c: number) => (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain')
    if (!isMultiCell(text)) return
    event.preventDefault()
    const table = parsePastedTable(text)
    if (!table.ok) {
      setStatus({
        text: {
          key: 'actuals.grid.pasteError',
          vars: { row: table.row, column: table.column, cell: table.cell },
        },
        error: true,
      })
      return
    }
    const changes = pastedWrites(table, grid, years, r, c)
    if (changes === null)
      return setStatus({ text: { key: 'actuals.grid.pasteOutside', vars: {} }, error: true })
    void write(changes).then((ok) => {
      if (ok)
        setStatus({ text: { key: 'actuals.grid.pasted', vars: { count: changes.length } }, error: false })
    })
  }

  return (
    <section className="actuals-grid-section">
      <h3>{t('actuals.grid.title')}</h3>
      <p className="hint">{t('actuals.grid.hint')}</p>
      {status && (
        <p
          className={status.error ? 'error-text' : 'status-text'}
          role={status.error ? 'alert' : 'status'}
          data-testid="actuals-status"
        >
          {typeof status.text === 'string' ? status.text : t(status.text.key, status.text.vars)}
        </p>
      )}
      <div className="actuals-grid-scroll">
        <table className="actuals-grid" data-testid="actuals-grid">
          <thead>
            <tr>
              <th scope="col">{t('actuals.grid.figure')}</th>
              {years.map((y) => (
                <th scope="col" key={y}>
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.map((row, r) => {
              const label = rowLabel(row, t, name)
              return (
                <tr key={`${row.metric}:${row.key}`} className={row.key === '' ? 'total-row' : undefined}>
                  <th scope="row">
                    {row.key === '' && row.metric !== 'turnaroundWeeks'
                      ? `${label} — ${t('actuals.grid.total')}`
                      : label}
                  </th>
                  {years.map((year, c) => {
                    const id = `${row.metric}:${row.key}:${year}`
                    return (
                      <td key={year}>
                        <input
                          className="actual-cell"
                          inputMode="decimal"
                          aria-label={t('actuals.grid.cell', { figure: label, year })}
                          data-testid={`actual-${row.metric}-${row.key || 'total'}-${year}`}
                          readOnly={readOnly}
                          value={drafts[id] ?? shown(cellValue(rows, year, row))}
                          onChange={(e) => setDrafts((d) => ({ ...d, [id]: e.target.value }))}
                          onBlur={() => void commit(id, row, year)}
                          onKeyDown={(e) => {
                            if (e.key === 'Enter') void commit(id, row, year)
                          }}
                          onPaste={paste(r, c)}
                        />
                      </td>
                    )
                  })}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
