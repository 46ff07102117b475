// The actuals as points on the charts that show their metric: one extra scatter series per figure, from a pure function.
import type { ActualMetric, ActualRow } from '@shared/actuals/types'
import type { ChartSpec, SeriesSpec, Unit } from './chartSpec'
import { ACTUAL_COLOURS } from './palette'

/** Which workshop figures each chart shows, the axis they sit on, and their unit. */
const onChart: Record<string, { metric: ActualMetric; axis: 'y' | 'y2'; unit: Unit }[]> = {
  'demand-capacity': [
    { metric: 'demandHours', axis: 'y', unit: 'h' },
    { metric: 'servedHours', axis: 'y', unit: 'h' },
  ],
  headcount: [{ metric: 'headcount', axis: 'y', unit: 'fte' }],
  backlog: [
    { metric: 'backlogHours', axis: 'y', unit: 'h' },
    { metric: 'turnaroundWeeks', axis: 'y2', unit: 'weeks' },
  ],
}

/** A year's workshop figure: the total ('' key) when recorded, else the sum of the figures by id; null when none. */
export function workshopActual(
  rows: readonly ActualRow[],
  year: number,
  metric: ActualMetric,
): number | null {
  const mine = rows.filter((r) => r.year === year && r.metric === metric)
  if (mine.length === 0) return null
  const total = mine.find((r) => r.key === '')
  return total !== undefined ? total.value : mine.reduce((s, r) => s + r.value, 0)
}

/**
 * `spec` with the actuals drawn as points (one series per metric the chart shows, null in years without a
 * figure); the spec itself when no actual falls on it. `label` names a metric's series in the legend.
 */
export function withActualPoints(
  spec: ChartSpec,
  rows: readonly ActualRow[],
  label: (metric: ActualMetric) => string,
): ChartSpec {
  const metrics = onChart[spec.id]
  if (metrics === undefined || rows.length === 0) return spec
  const extra: SeriesSpec[] = []
  metrics.forEach(({ metric, axis, unit }, i) => {
    const data = spec.labels.map((year) => workshopActual(rows, Number(year), metric))
    if (data.every((v) => v === null)) return
    extra.push({
      key: `actual-${metric}`,
      label: label(metric),
      kind: 'line',
      points: true,
      data,
      colour: ACTUAL_COLOURS[i % ACTUAL_COLOURS.length]!,
      axis,
      unit,
    })
  })
  return extra.length === 0 ? spec : { ...spec, series: [...spec.series, ...extra] }
}
