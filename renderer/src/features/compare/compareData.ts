// Pure helpers of the Comparer screen: the metrics one can overlay, the side-by-side KPI table, and the inputs that differ.
import type { ModelInput, ModelResult, YearResult } from '@shared/model/types'
import { diffInputs, getAtPath } from '@shared/model/overrides'
import type { ChartSpec, Unit } from '../../charts/chartSpec'
import { categoryColour } from '../../charts/palette'
import type { Translate } from '../../translate'
import { computeKpis } from '../results/kpis'

const total = (m: Record<string, number>): number => Object.values(m).reduce((a, b) => a + b, 0)

export const METRICS = {
  shortageFte: { unit: 'fte', pick: (y: YearResult) => y.shortageFte },
  turnaroundWeeks: { unit: 'weeks', pick: (y: YearResult) => y.turnaroundWeeks },
  unservedHours: { unit: 'h', pick: (y: YearResult) => total(y.unservedHours) },
  demandHours: { unit: 'h', pick: (y: YearResult) => total(y.demandHours) },
  capacityHours: { unit: 'h', pick: (y: YearResult) => total(y.capacityHours) },
  backlogHours: { unit: 'h', pick: (y: YearResult) => total(y.backlogHours) },
  headcount: { unit: 'fte', pick: (y: YearResult) => total(y.headcount) },
  students: { unit: 'students', pick: (y: YearResult) => total(y.students) },
  costTotal: { unit: 'chf', pick: (y: YearResult) => y.cost.total },
  servedHours: { unit: 'h', pick: (y: YearResult) => total(y.servedHours) },
  overtimeHours: { unit: 'h', pick: (y: YearResult) => total(y.overtimeHours) },
  outsourcedHours: { unit: 'h', pick: (y: YearResult) => total(y.outsourcedHours) },
  costOvertime: { unit: 'chf', pick: (y: YearResult) => y.cost.overtime },
  costOutsourcing: { unit: 'chf', pick: (y: YearResult) => y.cost.outsourcing },
  revenue: { unit: 'chf', pick: (y: YearResult) => y.revenue },
  lostRevenue: { unit: 'chf', pick: (y: YearResult) => y.lostRevenue },
  margin: { unit: 'chf', pick: (y: YearResult) => y.margin },
} as const satisfies Record<string, { unit: Unit; pick: (y: YearResult) => number | null }>

/** Figures one grade has on its own (v2), offered once per grade of the compared scenarios. */
export const GRADE_METRICS = {
  turnaroundByGrade: {
    unit: 'weeks',
    pick: (y: YearResult, g: string) => y.turnaroundWeeksByGrade[g] ?? null,
  },
  gapFte: { unit: 'fte', pick: (y: YearResult, g: string) => y.gapFte[g] ?? 0 },
  overtimeByGrade: { unit: 'h', pick: (y: YearResult, g: string) => y.overtimeHours[g] ?? 0 },
  outsourcedByGrade: { unit: 'h', pick: (y: YearResult, g: string) => y.outsourcedHours[g] ?? 0 },
} as const satisfies Record<string, { unit: Unit; pick: (y: YearResult, grade: string) => number | null }>

type GradeMetric = keyof typeof GRADE_METRICS

/** A metric of the whole workshop, or `<grade metric>:<grade id>`. */
export type MetricKey = keyof typeof METRICS | `${GradeMetric}:${string}`

/** Every metric the chosen scenarios can be compared on: the workshop's, then each grade's (grades of any of them, in order). */
export function metricKeys(items: readonly Pick<Compared, 'input'>[]): MetricKey[] {
  const grades = [...new Set(items.flatMap((c) => c.input.grades.map((g) => g.id)))]
  const perGrade = (Object.keys(GRADE_METRICS) as GradeMetric[]).flatMap((m) =>
    grades.map((g): MetricKey => `${m}:${g}`),
  )
  return [...(Object.keys(METRICS) as (keyof typeof METRICS)[]), ...perGrade]
}

/** The unit, reader and title of a metric key. */
export function metricOf(
  metric: MetricKey,
  t: Translate,
  name: (id: string) => string = (id) => id,
): { unit: Unit; pick: (y: YearResult) => number | null; title: string } {
  const split = metric.indexOf(':')
  if (split < 0) {
    const m = METRICS[metric as keyof typeof METRICS]
    return { unit: m.unit, pick: m.pick, title: t(`compare.metric.${metric}`) }
  }
  const kind = metric.slice(0, split) as GradeMetric
  const grade = metric.slice(split + 1)
  const m = GRADE_METRICS[kind]
  return {
    unit: m.unit,
    pick: (y) => m.pick(y, grade),
    title: t(`compare.metric.${kind}`, { grade: name(grade) }),
  }
}

export interface Compared {
  id: number
  name: string
  input: ModelInput
  result: ModelResult
}

/** One line per scenario on the union of their years (scenarios may have different horizons). */
export function compareChart(
  items: readonly Compared[],
  metric: MetricKey,
  t: Translate,
  name?: (id: string) => string,
): ChartSpec {
  const years = [...new Set(items.flatMap((c) => c.result.years.map((y) => y.year)))].sort((a, b) => a - b)
  const { unit, pick, title } = metricOf(metric, t, name)
  return {
    id: 'compare',
    title,
    description: t('compare.chartDescription', { count: items.length }),
    labels: years.map(String),
    series: items.map((c, i) => ({
      key: String(c.id),
      label: c.name,
      kind: 'line',
      data: years.map((year) => {
        const y = c.result.years.find((r) => r.year === year)
        return y ? pick(y) : null
      }),
      colour: categoryColour(i),
      dashed: i > 0 && i % 2 === 0,
      unit,
    })),
    y: { title, unit },
    annotations: [],
  }
}

export interface KpiRow {
  key:
    | 'firstShortageYear'
    | 'peakShortageFte'
    | 'lastTurnaroundWeeks'
    | 'totalLostHours'
    | 'totalCost'
    | 'totalRevenue'
    | 'totalLostRevenue'
    | 'totalMargin'
  unit: Unit | 'year'
  /** One value per scenario, in the order given. */
  values: (number | null)[]
  /** Value minus the first scenario's; null where either is null. */
  deltas: (number | null)[]
}

export function kpiTable(items: readonly Compared[]): KpiRow[] {
  const kpis = items.map((c) => computeKpis(c.input, c.result))
  const rows: Omit<KpiRow, 'deltas'>[] = [
    { key: 'firstShortageYear', unit: 'year', values: kpis.map((k) => k.firstShortageYear) },
    { key: 'peakShortageFte', unit: 'fte', values: kpis.map((k) => k.peak.fte) },
    { key: 'lastTurnaroundWeeks', unit: 'weeks', values: kpis.map((k) => k.turnaround.weeks) },
    { key: 'totalLostHours', unit: 'h', values: kpis.map((k) => k.totalLostHours) },
    { key: 'totalCost', unit: 'chf', values: kpis.map((k) => k.totalCost) },
    { key: 'totalRevenue', unit: 'chf', values: kpis.map((k) => k.totalRevenue) },
    { key: 'totalLostRevenue', unit: 'chf', values: kpis.map((k) => k.totalLostRevenue) },
    { key: 'totalMargin', unit: 'chf', values: kpis.map((k) => k.totalMargin) },
  ]
  return rows.map((row) => {
    const first = row.values[0] ?? null
    return { ...row, deltas: row.values.map((v) => (v === null || first === null ? null : v - first)) }
  })
}

export interface InputDifference {
  path: string
  /** The value in each scenario, in the order given (undefined where the path does not exist). */
  values: unknown[]
}

/** Every input path where some scenario differs from the first, with each scenario's value. */
export function inputDifferences(items: readonly Compared[]): InputDifference[] {
  if (items.length < 2) return []
  const first = items[0]!.input
  const paths = new Set<string>()
  for (const other of items.slice(1)) for (const o of diffInputs(first, other.input)) paths.add(o.path)
  return [...paths].sort().map((path) => ({ path, values: items.map((c) => getAtPath(c.input, path)) }))
}
