// The hiring plan as a year × grade grid: planned hires and the labour market's limit per grade, or (v2) backfill and gap hiring, with spreadsheet paste.
import { useId, useState } from 'react'
import { useTranslation } from '../../text'
import type { ModelInput } from '@shared/model/types'
import { useField, useWorkspace } from '../../state/WorkspaceProvider'
import { useNames } from '../../names'
import { NumberField } from '../../components/fields/NumberField'
import { OverrideControls } from '../../components/fields/OverrideControls'
import { SeriesEditor } from '../../components/fields/SeriesEditor'
import { parsePastedTable } from '../../components/fields/pasteNumbers'
import {
  cellWrite,
  columnValues,
  gridColumns,
  isFormula,
  isShareKind,
  limitFromHires,
  limitWrite,
  pasteWrite,
  VIEW_KINDS,
  type GridColumn,
  type GridView,
} from './hiringGrid'

const CELL_LABEL = {
  hires: 'editors.workforce.hireCell',
  marketLimit: 'editors.workforce.limitCell',
  backfill: 'editors.workforce.backfillCell',
  gapHiring: 'editors.workforce.gapCell',
} as const

const GROUP_LABEL = {
  hires: 'editors.workforce.hiresColumn',
  marketLimit: 'editors.workforce.limitColumn',
  backfill: 'editors.workforce.backfillColumn',
  gapHiring: 'editors.workforce.gapColumn',
} as const

function ColumnHead({
  input,
  column,
  onSeries,
  seriesOpen,
}: {
  input: ModelInput
  column: GridColumn
  onSeries: () => void
  seriesOpen: boolean
}) {
  const { t } = useTranslation()
  const name = useNames()
  const { actions } = useWorkspace()
  const path = `workforce/${column.kind}/${column.grade}`
  const field = useField(path)
  const h = { horizonYears: input.horizonYears, startYear: input.startYear }
  const label = `${t(`editors.field.${column.kind}`)} — ${name(column.grade)}`
  const noLimit = column.kind === 'marketLimit' && input.workforce.marketLimit[column.grade] === undefined
  return (
    <th scope="col" className="ed-plan-head">
      <span className="ed-plan-grade">{name(column.grade)}</span>
      {isFormula(input.workforce, column) && (
        <span className="ed-badge">{t('editors.workforce.formulaRow')}</span>
      )}
      <span className="ed-plan-tools">
        {column.kind === 'marketLimit' && (
          <label className="ed-check">
            <input
              type="checkbox"
              checked={noLimit}
              disabled={field.readOnly}
              data-testid={`plan-nolimit-${column.grade}`}
              onChange={(e) => {
                const w = limitWrite(
                  input.workforce,
                  column.grade,
                  e.target.checked ? null : limitFromHires(input.workforce, column.grade, h),
                )
                void actions.edit(w.path, w.value)
              }}
            />
            <span>{t('editors.workforce.noLimit')}</span>
          </label>
        )}
        {!noLimit && (
          <button
            type="button"
            className="ed-link-button"
            aria-expanded={seriesOpen}
            aria-label={t('editors.workforce.editSeriesOf', { field: label })}
            title={t('editors.workforce.editSeriesOf', { field: label })}
            data-testid={`plan-series-${column.kind}-${column.grade}`}
            onClick={onSeries}
          >
            ƒ
          </button>
        )}
        <OverrideControls
          overridden={field.overridden}
          readOnly={field.readOnly}
          label={label}
          onReset={() => void field.reset()}
        />
      </span>
    </th>
  )
}

export function HiringGrid({ input }: { input: ModelInput }) {
  const { t } = useTranslation()
  const name = useNames()
  const { actions } = useWorkspace()
  const id = useId()
  const [view, setView] = useState<GridView>('plan')
  const grades = input.grades.map((g) => g.id)
  const columns = gridColumns(grades, view)
  const h = { horizonYears: input.horizonYears, startYear: input.startYear }
  const years = Array.from({ length: input.horizonYears }, (_, i) => input.startYear + i)
  const values = columns.map((c) => columnValues(input.workforce, c, h))
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null)
  const [series, setSeries] = useState<GridColumn | null>(null)
  const unitOf = (kind: GridColumn['kind']): string =>
    isShareKind(kind) ? t('editors.units.percent') : t('editors.units.ftePerYear')

  const paste =
    (row: number, col: number) =>
    (text: string): boolean => {
      const table = parsePastedTable(text)
      if (!table.ok) {
        setStatus({
          text: t('editors.series.pasteError', { row: table.row, column: table.column, cell: table.cell }),
          error: true,
        })
        return true
      }
      const cells = table.rows.reduce((n, r) => n + r.length, 0)
      if (cells <= 1) return false
      const w = pasteWrite(input.workforce, grades, row, col, table.rows, h, view)
      if (w) void actions.edit(w.path, w.value)
      setStatus({
        text: t('editors.series.pasted', { count: cells, year: input.startYear + row }),
        error: false,
      })
      return true
    }

  const seriesValue = series ? (input.workforce[series.kind]?.[series.grade] ?? 0) : null
  return (
    <div className="ed-plan">
      <div className="ed-segmented" role="group" aria-label={t('editors.workforce.gridView')}>
        {(['plan', 'policies'] as const).map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={view === v}
            data-testid={`plan-view-${v}`}
            onClick={() => {
              setView(v)
              setSeries(null)
            }}
          >
            {t(`editors.workforce.view.${v}`)}
          </button>
        ))}
      </div>
      {view === 'policies' && <p className="ed-help">{t('editors.help.hiringPolicies')}</p>}
      <div className="ed-table-wrap">
        <table className="ed-table ed-plan-table" data-testid="hiring-grid">
          <caption className="ed-sr">{t('editors.workforce.hiring')}</caption>
          <thead>
            <tr>
              <td className="ed-corner" />
              {VIEW_KINDS[view].map((kind) => (
                <th key={kind} scope="colgroup" colSpan={grades.length} className="ed-group ed-group-start">
                  {t(GROUP_LABEL[kind])} <span className="ed-col-unit">{unitOf(kind)}</span>
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col">{t('editors.field.year')}</th>
              {columns.map((c, ci) => (
                <ColumnHead
                  key={`${c.kind}-${c.grade}`}
                  input={input}
                  column={c}
                  seriesOpen={series?.kind === c.kind && series.grade === c.grade}
                  onSeries={() =>
                    setSeries(series?.kind === c.kind && series.grade === c.grade ? null : columns[ci]!)
                  }
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((year, tIndex) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                {columns.map((c, ci) => {
                  const column = values[ci]
                  const cellLabel = t(CELL_LABEL[c.kind], { grade: name(c.grade), year })
                  return (
                    <td
                      key={`${c.kind}-${c.grade}`}
                      className={ci === grades.length ? 'ed-group-start' : undefined}
                    >
                      {column === null ? (
                        <span className="ed-muted">
                          <span aria-hidden="true">∞</span>
                          <span className="ed-sr">{`${cellLabel} : ${t('editors.workforce.noLimit')}`}</span>
                        </span>
                      ) : (
                        <NumberField
                          path={`workforce/${c.kind}/${c.grade}`}
                          value={column[tIndex]}
                          label={cellLabel}
                          hideLabel
                          size="xs"
                          percent={isShareKind(c.kind)}
                          showOverride={false}
                          write={{
                            path: `workforce/${c.kind}/${c.grade}`,
                            value: (n) => cellWrite(input.workforce, c, tIndex, n, h).value,
                          }}
                          onPasteCells={paste(tIndex, ci)}
                          testId={`plan-${c.kind}-${c.grade}-${tIndex}`}
                        />
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {status && (
        <p
          className={status.error ? 'ed-problems ed-paste-error' : 'ed-hint'}
          role="status"
          data-testid="hiring-paste-status"
          id={`${id}-status`}
        >
          {status.text}
        </p>
      )}
      {series && seriesValue !== null && (
        <div className="ed-panel">
          <SeriesEditor
            spec={{
              path: `workforce/${series.kind}/${series.grade}`,
              label: `${t(`editors.field.${series.kind}`)} — ${name(series.grade)}`,
              unit: unitOf(series.kind),
              percent: isShareKind(series.kind),
              bounds: isShareKind(series.kind) ? { min: 0, max: 1 } : { min: 0 },
            }}
            value={seriesValue}
            autoFocus
            onClose={() => {
              const back = `plan-series-${series.kind}-${series.grade}`
              setSeries(null)
              requestAnimationFrame(() =>
                document.querySelector<HTMLElement>(`[data-testid="${back}"]`)?.focus(),
              )
            }}
          />
        </div>
      )}
    </div>
  )
}
