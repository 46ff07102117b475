// Pure adapters for the model v2 figures: flexible-capacity layers, revenue and margin, turnaround by grade, and which grade is short.
import type { ModelInput, ModelResult, YearResult } from '@shared/model/types'
import type { Translate } from '../translate'
import { colourAt, STATUS_COLOURS, type AnnotationSpec, type ChartSpec, type SeriesSpec } from './chartSpec'

/** The context every chart adapter takes (the same shape as toChartData's ChartContext). */
interface Context {
  input: ModelInput
  result: ModelResult
  t: Translate
  name: (id: string) => string
}

const sum = (values: Record<string, number>): number => Object.values(values).reduce((a, b) => a + b, 0)

/** The grades in shortage in a year, in input order (grade order, junior first). */
export function shortGrades(input: ModelInput, year: YearResult): string[] {
  return input.grades.map((g) => g.id).filter((id) => year.statusByGrade[id] === 'shortage')
}

/**
 * Runs of consecutive years where `flag` holds, with every grade short in any year of the run (input order),
 * so that a band can name them.
 */
function gradeRuns(
  input: ModelInput,
  result: ModelResult,
  flag: (y: YearResult) => boolean,
): { from: string; to: string; grades: string[] }[] {
  const runs: { from: string; to: string; grades: string[] }[] = []
  let open: { from: string; to: string; short: Set<string> } | null = null
  const close = (): void => {
    if (!open) return
    const short = open.short
    runs.push({
      from: open.from,
      to: open.to,
      grades: input.grades.map((g) => g.id).filter((id) => short.has(id)),
    })
    open = null
  }
  for (const y of result.years) {
    if (!flag(y)) {
      close()
      continue
    }
    open ??= { from: String(y.year), to: String(y.year), short: new Set<string>() }
    open.to = String(y.year)
    for (const id of shortGrades(input, y)) open.short.add(id)
  }
  close()
  return runs
}

/**
 * Shades every run of shortage years (the scenario's status) and names the grades short in it, one per line
 * under the word (narrow bands stay readable); with `gradeOnly`, also the years where a grade falls short while
 * the workshop's status is not a shortage, in the tight colour, labelled at the bottom.
 */
export function shortageBandsByGrade(ctx: Context, gradeOnly = false): AnnotationSpec[] {
  const { input, result, t, name } = ctx
  const band = (
    run: { from: string; to: string; grades: string[] },
    title: string,
    colour: string,
    labelAt?: 'bottom',
  ): AnnotationSpec => ({
    kind: 'band',
    from: run.from,
    to: run.to,
    // More than two short grades do not fit a narrow band: it gives their number (the shortage chart shows them by grade).
    label: [
      title,
      ...(run.grades.length > 2
        ? [t('charts.gradesCount', { count: run.grades.length })]
        : run.grades.map(name)),
    ].join('\n'),
    colour,
    ...(labelAt ? { labelAt } : {}),
  })
  const bands = gradeRuns(input, result, (y) => y.status === 'shortage').map((run) =>
    band(run, t('charts.shortage'), STATUS_COLOURS.shortage),
  )
  if (!gradeOnly) return bands
  const quiet = gradeRuns(input, result, (y) => y.status !== 'shortage' && shortGrades(input, y).length > 0)
  // Their labels sit at the bottom: such a year often borders a shortage run labelled at the top.
  return [...bands, ...quiet.map((run) => band(run, t('charts.gradeShort'), STATUS_COLOURS.tight, 'bottom'))]
}

/** Overtime and outsourcing keep one colour in the demand chart's layers and the cost chart's categories. */
export const FLEX_COLOURS = { overtime: '#F0E442', outsourced: '#000000' } as const

/** True when the input lets overtime or outsourcing work, or the result has some (so their layers are drawn). */
export function flexibleLayers(
  input: ModelInput,
  result: ModelResult,
): { overtime: boolean; outsourced: boolean } {
  const any = (pick: (y: YearResult) => Record<string, number>) => result.years.some((y) => sum(pick(y)) > 0)
  return {
    overtime: (input.service.overtimeShare ?? 0) > 0 || any((y) => y.overtimeHours),
    outsourced: Object.keys(input.service.outsourcing ?? {}).length > 0 || any((y) => y.outsourcedHours),
  }
}

/** The overtime and outsourced hours of every year, summed over grades, as stacked layers above capacity. */
export function flexibleSeries({ input, result, t }: Context): SeriesSpec[] {
  const layers = flexibleLayers(input, result)
  const kinds = [
    {
      key: 'overtime',
      on: layers.overtime,
      pick: (y: YearResult) => y.overtimeHours,
      colour: FLEX_COLOURS.overtime,
    },
    {
      key: 'outsourced',
      on: layers.outsourced,
      pick: (y: YearResult) => y.outsourcedHours,
      colour: '#000000',
    },
  ]
  return kinds
    .filter((k) => k.on)
    .map((k) => ({
      key: k.key,
      label: t(`charts.${k.key}Hours`),
      kind: 'bar',
      data: result.years.map((y) => sum(k.pick(y))),
      colour: k.colour,
      // Outsourced hours are bought, not worked here: drawn lighter with an outline.
      dashed: k.key === 'outsourced' || undefined,
      stack: 'capacity',
      unit: 'h',
    }))
}

/** Revenue (served hours at each grade's rate) and the revenue lost to customers who gave up, with the margin as a line. */
export function revenueChart({ result, t }: Context): ChartSpec {
  return {
    id: 'revenue',
    title: t('charts.revenue.title'),
    description: t('charts.revenue.description'),
    labels: result.years.map((y) => String(y.year)),
    series: [
      {
        key: 'revenue',
        label: t('charts.revenueSeries'),
        kind: 'bar',
        data: result.years.map((y) => y.revenue),
        colour: '#009E73',
        stack: 'revenue',
        unit: 'chf',
      },
      {
        key: 'lost-revenue',
        label: t('charts.lostRevenue'),
        kind: 'bar',
        data: result.years.map((y) => y.lostRevenue),
        colour: '#D55E00',
        stack: 'lost',
        unit: 'chf',
      },
      {
        key: 'margin',
        label: t('charts.margin'),
        kind: 'line',
        data: result.years.map((y) => y.margin),
        colour: '#000000',
        unit: 'chf',
      },
    ],
    y: { title: t('units.chfPerYear'), unit: 'chf' },
    annotations: [],
  }
}

/** Each grade's own turnaround (weeks) against the target; a gap where the grade serves nothing but still has a backlog. */
export function turnaroundByGradeChart({ input, result, t, name }: Context): ChartSpec {
  const target = input.service.targetTurnaroundWeeks
  return {
    id: 'turnaround-by-grade',
    title: t('charts.turnaroundByGrade.title'),
    description: t('charts.turnaroundByGrade.description', { target }),
    labels: result.years.map((y) => String(y.year)),
    series: input.grades.map((g, i): SeriesSpec => ({
      key: g.id,
      label: name(g.id),
      kind: 'line',
      data: result.years.map((y) => y.turnaroundWeeksByGrade[g.id] ?? null),
      colour: colourAt(i),
      unit: 'weeks',
    })),
    y: { title: t('units.weeks'), unit: 'weeks', suggestedMax: target * 1.2 },
    annotations: [
      {
        kind: 'hline',
        value: target,
        axis: 'y',
        label: t('charts.target', { value: target }),
        colour: STATUS_COLOURS.shortage,
      },
    ],
  }
}
