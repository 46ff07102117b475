// Pure adapters from a projection (ModelResult) to the eight planning charts, as ChartSpecs.
import type { ModelInput, ModelResult, YearResult } from '@shared/model/types'
import { effectiveDemandHours, joiningGraduates } from '@shared/engine/derived'
import type { Translate } from '../translate'
import { runsOf, withLabelRoom, type AnnotationSpec, type ChartSpec, type SeriesSpec } from './chartSpec'
import { categoryColour, FLOW_COLOURS, gradeColour, OKABE_ITO, STATUS_COLOURS } from './palette'
import { shortageNotes } from './reasonText'
import { flexibleSeries, shortageBandsByGrade, targetSeries } from './v2Charts'

export interface ChartContext {
  input: ModelInput
  result: ModelResult
  t: Translate
  /** Display name of a grade, segment or programme id. */
  name: (id: string) => string
}

const sum = (values: Record<string, number>): number => Object.values(values).reduce((a, b) => a + b, 0)

function yearLabels(result: ModelResult): string[] {
  return result.years.map((y) => String(y.year))
}

function perKey(
  result: ModelResult,
  ids: readonly string[],
  pick: (y: YearResult) => Record<string, number>,
  make: (id: string, index: number) => Omit<SeriesSpec, 'data' | 'key'>,
): SeriesSpec[] {
  return ids.map((id, i) => ({ key: id, data: result.years.map((y) => pick(y)[id] ?? 0), ...make(id, i) }))
}

/** 1. Capacity hours stacked by grade, then overtime and outsourced hours, against demand (and demand plus the backlog carried in). */
export function demandCapacityChart(ctx: ChartContext): ChartSpec {
  const { input, result, t, name } = ctx
  const grades = input.grades.map((g) => g.id)
  return {
    id: 'demand-capacity',
    title: t('charts.demandCapacity.title'),
    description: t('charts.demandCapacity.description'),
    labels: yearLabels(result),
    series: [
      ...perKey(
        result,
        grades,
        (y) => y.capacityHours,
        (id, i) => ({
          label: t('charts.capacityOf', { grade: name(id) }),
          kind: 'bar',
          colour: gradeColour(i),
          stack: 'capacity',
          unit: 'h',
        }),
      ),
      ...flexibleSeries(ctx),
      {
        key: 'demand',
        label: t('charts.demandHours'),
        kind: 'line',
        data: result.years.map((y) => sum(y.demandHours)),
        colour: FLOW_COLOURS.demand,
        unit: 'h',
      },
      {
        key: 'effective-demand',
        label: t('charts.effectiveDemand'),
        kind: 'line',
        data: effectiveDemandHours(input, result),
        colour: FLOW_COLOURS.effectiveDemand,
        dashed: true,
        unit: 'h',
      },
    ],
    y: { title: t('units.hoursPerYear'), unit: 'h', stacked: true },
    annotations: shortageBandsByGrade(ctx),
    notes: shortageNotes(ctx),
  }
}

/** 2. Shortage in FTE, stacked by grade; the shaded years name the grades short (also where only a grade is). */
export function shortageChart(ctx: ChartContext): ChartSpec {
  const { input, result, t, name } = ctx
  return {
    id: 'shortage',
    title: t('charts.shortageFte.title'),
    description: t('charts.shortageFte.description'),
    labels: yearLabels(result),
    series: perKey(
      result,
      input.grades.map((g) => g.id),
      (y) => y.gapFte,
      (id, i) => ({
        label: name(id),
        kind: 'bar',
        colour: gradeColour(i),
        stack: 'gap',
        unit: 'fte',
      }),
    ),
    y: { title: t('units.fte'), unit: 'fte', stacked: true },
    annotations: shortageBandsByGrade(ctx, true),
    notes: shortageNotes(ctx),
  }
}

/** 3. Working headcount by grade (stacked), with the flows: joiners, leavers, retirements. */
export function headcountChart({ input, result, t, name }: ChartContext): ChartSpec {
  // Flows differ from each other by colour and line style, and from the grades' bars by colour.
  const flows: [keyof typeof FLOW_COLOURS, (y: YearResult) => number, Partial<SeriesSpec>][] = [
    ['joiners', (y) => sum(y.joiners), {}],
    ['leavers', (y) => -sum(y.leavers), { dashed: true }],
    ['retirements', (y) => -sum(y.retirements), { dotted: true }],
  ]
  return {
    id: 'headcount',
    title: t('charts.headcount.title'),
    description: t('charts.headcount.description'),
    labels: yearLabels(result),
    series: [
      ...perKey(
        result,
        input.grades.map((g) => g.id),
        (y) => y.headcount,
        (id, i) => ({
          label: name(id),
          kind: 'bar',
          colour: gradeColour(i),
          stack: 'headcount',
          unit: 'fte',
        }),
      ),
      ...flows.map(([key, pick, style]): SeriesSpec => ({
        key,
        label: t(`charts.${key}`),
        kind: 'line',
        data: result.years.map(pick),
        colour: FLOW_COLOURS[key],
        axis: 'y2',
        unit: 'fte',
        ...style,
      })),
    ],
    y: { title: t('units.fte'), unit: 'fte', stacked: true },
    y2: { title: t('charts.flowsAxis'), unit: 'fte' },
    annotations: [],
  }
}

/** The FTE of each grade by age band, at one moment. */
export interface AgeProfile {
  /** Band labels, youngest first, e.g. '20–24'. */
  bands: string[]
  byGrade: Record<string, number[]>
}

const BAND_WIDTH = 5

/** Bands ages into 5-year groups from 15 to 80+; `fteByGradeAge[g][a]` is FTE of grade g at age a. */
export function toAgeProfile(
  grades: readonly string[],
  fteAt: (grade: string, age: number) => number,
): AgeProfile {
  const bands: string[] = []
  const byGrade: Record<string, number[]> = Object.fromEntries(grades.map((g) => [g, [] as number[]]))
  for (let from = 15; from <= 80; from += BAND_WIDTH) {
    const to = from + BAND_WIDTH - 1
    bands.push(from >= 80 ? '80+' : `${from}–${to}`)
    for (const g of grades) {
      let total = 0
      const last = from >= 80 ? 120 : to
      for (let a = from; a <= last; a++) total += fteAt(g, a)
      byGrade[g]!.push(total)
    }
  }
  return { bands, byGrade }
}

/** 4. Age pyramid: FTE by age band at the start (left, negative) and at the end of the horizon (right). */
export function agePyramidChart(
  ctx: ChartContext,
  start: AgeProfile,
  end: AgeProfile,
  startLabel: string,
  endLabel: string,
): ChartSpec {
  const { input, t, name } = ctx
  const grades = input.grades.map((g) => g.id)
  const series: SeriesSpec[] = []
  grades.forEach((g, i) => {
    series.push({
      key: `start:${g}`,
      label: `${name(g)} · ${startLabel}`,
      kind: 'bar',
      data: start.byGrade[g]!.map((v) => -v),
      colour: gradeColour(i),
      stack: 'start',
      unit: 'fte',
    })
    series.push({
      key: `end:${g}`,
      label: `${name(g)} · ${endLabel}`,
      kind: 'bar',
      data: end.byGrade[g]!.slice(),
      colour: gradeColour(i),
      stack: 'end',
      dashed: true,
      unit: 'fte',
    })
  })
  return {
    id: 'age-pyramid',
    title: t('charts.pyramid.title'),
    description: t('charts.pyramid.description', { start: startLabel, end: endLabel }),
    labels: start.bands.slice().reverse(),
    series: series.map((s) => ({ ...s, data: s.data.slice().reverse() })),
    y: { title: t('units.fte'), unit: 'fte', stacked: true },
    horizontal: true,
    annotations: [],
  }
}

/** 5. Students per programme (stacked) and the graduates who join the workshop. */
export function trainingChart({ input, result, t, name }: ChartContext): ChartSpec {
  const programmes = input.training.map((p) => p.id)
  return {
    id: 'training',
    title: t('charts.training.title'),
    description: t('charts.training.description'),
    labels: yearLabels(result),
    series: [
      ...perKey(
        result,
        programmes,
        (y) => y.students,
        (id, i) => ({
          label: name(id),
          kind: 'bar',
          colour: categoryColour(i),
          stack: 'students',
          unit: 'students',
        }),
      ),
      {
        key: 'graduates-joining',
        label: t('charts.graduatesJoining'),
        kind: 'line',
        data: joiningGraduates(input, result),
        colour: FLOW_COLOURS.graduates,
        axis: 'y2',
        unit: 'fte',
      },
    ],
    y: { title: t('units.students'), unit: 'students', stacked: true },
    y2: { title: t('charts.graduatesAxis'), unit: 'fte' },
    annotations: [],
  }
}

/** 6. Seats against seats needed; shaded where benches, not people, bind. */
export function seatsChart(ctx: ChartContext): ChartSpec {
  const { result, t } = ctx
  const labels = yearLabels(result)
  const benchBound = runsOf(
    labels,
    result.years.map((y) => y.benchFactor < 1),
  ).map((run): AnnotationSpec => ({
    kind: 'band',
    from: run.from,
    to: run.to,
    label: t('charts.benchesBind'),
    colour: STATUS_COLOURS.tight,
  }))
  return {
    id: 'seats',
    title: t('charts.seats.title'),
    description: t('charts.seats.description'),
    labels,
    series: [
      {
        key: 'seats',
        label: t('charts.seatsAvailable'),
        kind: 'line',
        data: result.years.map((y) => y.seats),
        colour: OKABE_ITO.blue,
        unit: 'seats',
      },
      {
        key: 'seats-needed',
        label: t('charts.seatsNeeded'),
        kind: 'line',
        data: result.years.map((y) => y.seatsNeeded),
        colour: OKABE_ITO.vermillion,
        dashed: true,
        unit: 'seats',
      },
    ],
    y: { title: t('units.seats'), unit: 'seats' },
    annotations: withLabelRoom(labels, benchBound),
    notes: shortageNotes(ctx),
  }
}

/** 7. Backlog hours (bars) and turnaround weeks (line) against the target. */
export function backlogChart(ctx: ChartContext): ChartSpec {
  const { input, result, t } = ctx
  const target = input.service.targetTurnaroundWeeks
  return {
    id: 'backlog',
    title: t('charts.backlog.title'),
    description: t('charts.backlog.description', { target }),
    labels: yearLabels(result),
    series: [
      {
        key: 'backlog',
        label: t('charts.backlogHours'),
        kind: 'bar',
        data: result.years.map((y) => sum(y.backlogHours)),
        colour: OKABE_ITO.sky,
        unit: 'h',
      },
      {
        key: 'turnaround',
        label: t('charts.turnaroundWeeks'),
        kind: 'line',
        data: result.years.map((y) => y.turnaroundWeeks),
        colour: FLOW_COLOURS.turnaround,
        axis: 'y2',
        unit: 'weeks',
      },
      targetSeries(ctx, 'y2'),
    ],
    y: { title: t('units.hours'), unit: 'h' },
    y2: { title: t('units.weeks'), unit: 'weeks', suggestedMax: target * 1.2 },
    annotations: [],
    notes: shortageNotes(ctx),
  }
}

/** 8. Cost by category, stacked (overtime and outsourcing are paid flexible capacity). */
export function costChart({ result, t }: ChartContext): ChartSpec {
  const categories = ['salaries', 'hiring', 'training', 'benches', 'overtime', 'outsourcing'] as const
  return {
    id: 'cost',
    title: t('charts.cost.title'),
    description: t('charts.cost.description'),
    labels: yearLabels(result),
    series: categories.map((c, i) => ({
      key: c,
      label: t(`charts.costCategory.${c}`),
      kind: 'bar',
      data: result.years.map((y) => y.cost[c]),
      colour:
        c === 'overtime'
          ? FLOW_COLOURS.overtime
          : c === 'outsourcing'
            ? FLOW_COLOURS.outsourced
            : categoryColour(i),
      dashed: c === 'outsourcing' || undefined,
      stack: 'cost',
      unit: 'chf',
    })),
    y: { title: t('units.chfPerYear'), unit: 'chf', stacked: true },
    annotations: [],
  }
}

/** The data table behind a chart (its text alternative): one row per category label, one column per series. */
export function toTable(spec: ChartSpec): {
  columns: string[]
  rows: { label: string; values: (number | null)[]; note: string }[]
} {
  return {
    columns: spec.series.map((s) => s.label),
    rows: spec.labels.map((label, i) => ({
      label,
      // The why of the year, line by line as its tooltip says it.
      note: (spec.notes?.[i] ?? []).join('\n'),
      values: spec.series.map((s) => {
        const v = s.data[i]
        // The pyramid stores the start side as negative numbers only to draw it leftwards.
        return v === null || v === undefined ? null : spec.horizontal && !spec.signed ? Math.abs(v) : v
      }),
    })),
  }
}
