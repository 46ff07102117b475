// Pure adapters for the model v2 figures: flexible-capacity layers, revenue and margin, turnaround by grade, and which grade is short.
import type { ModelInput, ModelResult, YearResult } from '@shared/model/types'
import type { Translate } from '../translate'
import { withLabelRoom, type AnnotationSpec, type ChartSpec, type SeriesSpec } from './chartSpec'
import { FLOW_COLOURS, gradeColour, OKABE_ITO, STATUS_COLOURS } from './palette'
import { shortageNotes } from './reasonText'

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
 * Shades every run of shortage years (the scenario's status), labelled once per run with the grade short in it
 * (its number when several are: the tooltip and the table name them, and a third line would cover the bars);
 * with `gradeOnly`, also the years where a grade falls short while the workshop's status is not a shortage,
 * in the tight colour. Every label sits at the top, in the axis' headroom, within the room its band leaves.
 */
export function shortageBandsByGrade(ctx: Context, gradeOnly = false): AnnotationSpec[] {
  const { input, result, t, name } = ctx
  const band = (
    run: { from: string; to: string; grades: string[] },
    title: string,
    colour: string,
  ): AnnotationSpec => ({
    kind: 'band',
    from: run.from,
    to: run.to,
    label: [
      title,
      ...(run.grades.length > 1
        ? [t('charts.gradesCount', { count: run.grades.length })]
        : run.grades.map(name)),
    ].join('\n'),
    colour,
  })
  const bands = gradeRuns(input, result, (y) => y.status === 'shortage').map((run) =>
    band(run, t('charts.shortage'), STATUS_COLOURS.shortage),
  )
  const quiet = gradeOnly
    ? gradeRuns(input, result, (y) => y.status !== 'shortage' && shortGrades(input, y).length > 0)
    : []
  const labels = result.years.map((y) => String(y.year))
  return withLabelRoom(labels, [
    ...bands,
    ...quiet.map((run) => band(run, t('charts.gradeShort'), STATUS_COLOURS.tight)),
  ])
}

/** The turnaround promise as a dashed line of its own (in the legend and tooltips, never a badge over the data). */
export function targetSeries({ input, result, t }: Context, axis: 'y' | 'y2'): SeriesSpec {
  const target = input.service.targetTurnaroundWeeks
  return {
    key: 'target',
    label: t('charts.target', { value: target }),
    kind: 'line',
    data: result.years.map(() => target),
    colour: FLOW_COLOURS.target,
    dashed: true,
    thin: true,
    axis,
    unit: 'weeks',
  }
}

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
      colour: FLOW_COLOURS.overtime,
    },
    {
      key: 'outsourced',
      on: layers.outsourced,
      pick: (y: YearResult) => y.outsourcedHours,
      colour: FLOW_COLOURS.outsourced,
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
        colour: OKABE_ITO.green,
        stack: 'revenue',
        unit: 'chf',
      },
      {
        key: 'lost-revenue',
        label: t('charts.lostRevenue'),
        kind: 'bar',
        data: result.years.map((y) => y.lostRevenue),
        colour: OKABE_ITO.vermillion,
        stack: 'lost',
        unit: 'chf',
      },
      {
        key: 'margin',
        label: t('charts.margin'),
        kind: 'line',
        data: result.years.map((y) => y.margin),
        colour: OKABE_ITO.black,
        unit: 'chf',
      },
    ],
    y: { title: t('units.chfPerYear'), unit: 'chf' },
    annotations: [],
  }
}

/** Each grade's own turnaround (weeks) against the target; a gap where the grade serves nothing but still has a backlog. */
export function turnaroundByGradeChart(ctx: Context): ChartSpec {
  const { input, result, t, name } = ctx
  const target = input.service.targetTurnaroundWeeks
  return {
    id: 'turnaround-by-grade',
    title: t('charts.turnaroundByGrade.title'),
    description: t('charts.turnaroundByGrade.description', { target }),
    labels: result.years.map((y) => String(y.year)),
    series: [
      ...input.grades.map((g, i): SeriesSpec => ({
        key: g.id,
        label: name(g.id),
        kind: 'line',
        data: result.years.map((y) => y.turnaroundWeeksByGrade[g.id] ?? null),
        colour: gradeColour(i),
        unit: 'weeks',
      })),
      targetSeries(ctx, 'y'),
    ],
    y: { title: t('units.weeks'), unit: 'weeks', suggestedMax: target * 1.2 },
    annotations: [],
    notes: shortageNotes(ctx),
  }
}
