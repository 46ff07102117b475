// A series in a table cell: its sparkline, a one-line summary and the button that opens its editor below the table row.
import { useTranslation } from '../../text'
import type { Series } from '@shared/model/types'
import { createSeriesResolver } from '@shared/engine/series'
import { useField } from '../../state/WorkspaceProvider'
import { Sparkline } from './Sparkline'
import { displayValue, useSeriesContext, type SeriesSpec } from './SeriesEditor'
import { detectMode, parseGrowthFormula } from './seriesDraft'
import { FieldWarnings } from './FieldWarnings'

/** The words of a series' summary: "2 %", "6, puis 5 %/an", "par année, 1 à 3", "formule". */
export function useSeriesSummary(): (
  value: Series,
  spec: SeriesSpec,
  values: readonly number[] | null,
) => string {
  const { t } = useTranslation()
  return (value, spec, values) => {
    const unit = spec.unit
    switch (detectMode(value)) {
      case 'constant':
        return `${displayValue(value as number, spec.percent)} ${unit}`
      case 'growth': {
        const g = parseGrowthFormula(value as string)!
        return t('editors.series.summaryGrowth', {
          start: `${displayValue(g.start, spec.percent)} ${unit}`,
          rate: displayValue(g.rate, true),
        })
      }
      case 'years': {
        const v = values ?? []
        return t('editors.series.summaryYears', {
          min: displayValue(v.length ? Math.min(...v) : 0, spec.percent),
          max: `${displayValue(v.length ? Math.max(...v) : 0, spec.percent)} ${unit}`,
        })
      }
      case 'formula':
        return t('editors.series.summaryFormula')
    }
  }
}

export function SeriesSummary({
  spec,
  value,
  open,
  controls,
  onToggle,
}: {
  spec: SeriesSpec
  value: Series
  open: boolean
  /** Id of the editor panel the button opens. */
  controls: string
  onToggle: () => void
}) {
  const { t } = useTranslation()
  const field = useField(spec.path)
  const ctx = useSeriesContext(spec)
  const summary = useSeriesSummary()
  const result = createSeriesResolver(ctx.horizonYears, ctx.startYear)(value, 'value')
  const values = result.ok ? Array.from(result.values) : null
  const text = summary(value, spec, values)
  const last = ctx.startYear + ctx.horizonYears - 1
  return (
    <div className="ed-series-summary" data-testid={`summary-${spec.path}`}>
      <button
        type="button"
        className="ed-series-toggle"
        aria-expanded={open}
        aria-controls={open ? controls : undefined}
        data-testid={`edit-${spec.path}`}
        onClick={onToggle}
      >
        {values && (
          <Sparkline
            decorative
            values={values}
            width={64}
            height={22}
            label={t('editors.series.previewLabel', {
              field: spec.label,
              from: ctx.startYear,
              to: last,
              min: displayValue(Math.min(...values), spec.percent),
              max: displayValue(Math.max(...values), spec.percent),
              unit: spec.unit,
            })}
          />
        )}
        <span className="ed-sr">
          {t(open ? 'editors.common.closeOf' : 'editors.common.editOf', { field: spec.label })} —{' '}
        </span>
        <span className="ed-series-text">{text}</span>
        <span className="ed-series-chevron" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <FieldWarnings path={spec.path} compact />
      {field.overridden && (
        <span
          className="ed-override-mark"
          role="img"
          aria-label={t('editors.overriddenField', { field: spec.label })}
          title={t('editors.overridden')}
        >
          ●
        </span>
      )}
    </div>
  )
}
