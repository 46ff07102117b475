// Pure adapters from the decision tools' results (Monte Carlo, tornado, solver) to ChartSpecs and table rows.
import type { MonteCarloResult, YearBands } from '@shared/decision/montecarlo'
import type { SolveResult } from '@shared/decision/plan'
import type { TornadoBar, TornadoKpi, TornadoResult } from '@shared/decision/sensitivity'
import { resolveSeries } from '@shared/engine/series'
import type { ModelInput, ResultSummary } from '@shared/model/types'
import type { ChartSpec, SeriesSpec, Unit } from '../../charts/chartSpec'
import { categoryColour, OKABE_ITO, STATUS_COLOURS } from '../../charts/palette'
import type { Translate } from '../../translate'

export type FanMetric = 'shortageFte' | 'turnaroundWeeks' | 'headcount'

const fanStyle: Record<FanMetric, { unit: Unit; colour: string; axis: string }> = {
  shortageFte: { unit: 'fte', colour: OKABE_ITO.vermillion, axis: 'units.fte' },
  turnaroundWeeks: { unit: 'weeks', colour: OKABE_ITO.blue, axis: 'units.weeks' },
  headcount: { unit: 'fte', colour: OKABE_ITO.green, axis: 'units.fte' },
}

/**
 * A fan chart: the band between P10 and P90 (the P90 line filled down to the P10 line) and the P50 line.
 * Series order matters: P10 comes right before P90, which fills to it. `targetWeeks` adds the target line
 * to the turnaround chart.
 */
export function fanChart(
  result: MonteCarloResult,
  metric: FanMetric,
  t: Translate,
  options: { targetWeeks?: number } = {},
): ChartSpec {
  const { unit, colour, axis } = fanStyle[metric]
  const bands: YearBands = result[metric]
  const series: SeriesSpec[] = [
    { key: 'p10', label: t('decisions.mc.p10'), kind: 'line', data: bands.p10, colour, thin: true, unit },
    {
      key: 'p90',
      label: t('decisions.mc.p90'),
      kind: 'line',
      data: bands.p90,
      colour,
      thin: true,
      fill: 'previous',
      unit,
    },
    {
      key: 'p50',
      label: t('decisions.mc.p50'),
      kind: 'line',
      data: bands.p50,
      colour: OKABE_ITO.black,
      unit,
    },
  ]
  const target = metric === 'turnaroundWeeks' ? options.targetWeeks : undefined
  return {
    id: `mc-${metric}`,
    title: t(`decisions.mc.fan.${metric}.title`),
    description: t('decisions.mc.fanDescription', { runs: result.completedRuns, seed: result.seed }),
    labels: result.years.map(String),
    series,
    y: {
      title: t(axis),
      unit,
      ...(target !== undefined ? { suggestedMax: target * 1.2 } : {}),
    },
    annotations:
      target !== undefined
        ? [
            {
              kind: 'hline',
              value: target,
              axis: 'y',
              label: t('charts.target', { value: target }),
              colour: STATUS_COLOURS.shortage,
            },
          ]
        : [],
  }
}

/** The probability of a shortage in each year (bars), and of a first shortage by that year (line). */
export function shortageProbabilityChart(result: MonteCarloResult, t: Translate): ChartSpec {
  return {
    id: 'mc-probability',
    title: t('decisions.mc.probability.title'),
    description: t('decisions.mc.probability.description', { runs: result.completedRuns }),
    labels: result.years.map(String),
    series: [
      {
        key: 'in-year',
        label: t('decisions.mc.probability.inYear'),
        kind: 'bar',
        data: result.shortageProbability,
        colour: OKABE_ITO.vermillion,
        unit: 'percent',
      },
      {
        key: 'by-year',
        label: t('decisions.mc.probability.byYear'),
        kind: 'line',
        data: result.shortageByYearProbability,
        colour: OKABE_ITO.black,
        dashed: true,
        unit: 'percent',
      },
    ],
    y: { title: t('decisions.mc.probability.axis'), unit: 'percent', suggestedMax: 1 },
    annotations: [],
  }
}

export const kpiUnits: Record<TornadoKpi, Unit> = {
  peakShortageFte: 'fte',
  totalLostHours: 'h',
  firstShortageYear: 'years',
  totalCost: 'chf',
}

/** The KPI as a number: for the first shortage year, "none within the horizon" counts as the year after it. */
export function kpiNumber(result: TornadoResult, value: number | null): number {
  return value === null ? result.noShortageYear : value
}

/** Bars with an effect, largest swing first (failed ends and bars that change nothing are left out). */
export function visibleBars(result: TornadoResult, limit = Infinity): TornadoBar[] {
  return result.bars.filter((b) => b.error === undefined && b.swing > 0).slice(0, limit)
}

/**
 * A tornado: one row per figure, largest swing at the top, two bars from the base value (0): the KPI's
 * change with the figure at its low end and at its high end. Two stacks, so the bars never add up even
 * when both ends move the KPI the same way.
 */
export function tornadoChart(
  result: TornadoResult,
  t: Translate,
  label: (bar: TornadoBar) => string,
  limit = 15,
): ChartSpec {
  const bars = visibleBars(result, limit)
  const base = kpiNumber(result, result.baseKpi)
  const unit = kpiUnits[result.kpi]
  const delta = (v: number | null) => kpiNumber(result, v) - base
  return {
    id: 'tornado',
    title: t('decisions.tornado.chartTitle', { kpi: t(`decisions.kpi.${result.kpi}`) }),
    description: t(
      result.source === 'uncertainty'
        ? 'decisions.tornado.descriptionRanges'
        : 'decisions.tornado.descriptionRelative',
      { swing: Math.round(result.relativeSwing * 100) },
    ),
    labels: bars.map(label),
    series: [
      {
        key: 'low',
        label: t('decisions.tornado.lowEnd'),
        kind: 'bar',
        data: bars.map((b) => delta(b.kpiAtLow)),
        colour: categoryColour(0),
        stack: 'low',
        unit,
      },
      {
        key: 'high',
        label: t('decisions.tornado.highEnd'),
        kind: 'bar',
        data: bars.map((b) => delta(b.kpiAtHigh)),
        colour: categoryColour(1),
        stack: 'high',
        unit,
      },
    ],
    y: { title: t('decisions.tornado.axis'), unit },
    horizontal: true,
    signed: true,
    categoryTitle: t('decisions.tornado.figure'),
    annotations: [],
  }
}

/** A programme's intake per year as the scenario has it (students/yr); zeros when it cannot be resolved. */
export function currentIntake(input: ModelInput, programme: string): number[] {
  const p = input.training.find((x) => x.id === programme)
  if (!p) return new Array<number>(input.horizonYears).fill(0)
  const resolved = resolveSeries(
    p.intake,
    input.horizonYears,
    input.startYear,
    `training/${programme}/intake`,
  )
  return resolved.ok ? Array.from(resolved.values) : new Array<number>(input.horizonYears).fill(0)
}

/** A programme's places per year (v2 maxIntake, students/yr); null when it has none or they cannot be resolved. */
export function currentPlaces(input: ModelInput, programme: string): number[] | null {
  const p = input.training.find((x) => x.id === programme)
  if (p?.maxIntake === undefined) return null
  const path = `training/${programme}/maxIntake`
  const resolved = resolveSeries(p.maxIntake, input.horizonYears, input.startYear, path)
  return resolved.ok ? Array.from(resolved.values) : null
}

/**
 * Per programme: the students admitted each year with the plan and as the scenario is (students/yr,
 * within the places), and the places when it has them.
 */
export interface IntakeNeed {
  programme: string
  current: number[]
  needed: number[]
  places: number[] | null
  /** Of 100 students admitted, how many join the workshop: (1 − dropout)^duration × capture. */
  joinPer100: number
  dropoutRate: number
  captureRate: number
  durationYears: number
}

export function intakeNeeds(input: ModelInput, result: SolveResult): IntakeNeed[] {
  return input.training.map((p) => {
    const places = currentPlaces(input, p.id)
    // Admitted, as the engine counts them: at most the places (MODEL.md v2, Training).
    const within = (xs: number[]) => xs.map((x, t) => (places === null ? x : Math.min(x, places[t]!)))
    const current = within(currentIntake(input, p.id))
    return {
      programme: p.id,
      current,
      needed: within(result.plan.intake[p.id] ?? currentIntake(input, p.id)),
      places,
      joinPer100: 100 * (1 - p.dropoutRate) ** p.durationYears * p.captureRate,
      dropoutRate: p.dropoutRate,
      captureRate: p.captureRate,
      durationYears: p.durationYears,
    }
  })
}

/** The institute view: the intake needed per programme (bars) against today's intake (dashed lines). */
export function instituteChart(
  input: ModelInput,
  needs: readonly IntakeNeed[],
  t: Translate,
  name: (id: string) => string,
): ChartSpec {
  const labels = Array.from({ length: input.horizonYears }, (_, i) => String(input.startYear + i))
  return {
    id: 'institute-intake',
    title: t('decisions.institute.chartTitle'),
    description: t('decisions.institute.chartDescription'),
    labels,
    series: [
      ...needs.map((n, i): SeriesSpec => ({
        key: `needed:${n.programme}`,
        label: t('decisions.institute.neededOf', { programme: name(n.programme) }),
        kind: 'bar',
        data: n.needed,
        colour: categoryColour(i),
        stack: n.programme,
        unit: 'students',
      })),
      ...needs.map((n, i): SeriesSpec => ({
        key: `current:${n.programme}`,
        label: t('decisions.institute.currentOf', { programme: name(n.programme) }),
        kind: 'line',
        data: n.current,
        colour: categoryColour(i),
        dashed: true,
        unit: 'students',
      })),
    ],
    y: { title: t('decisions.institute.axis'), unit: 'students' },
    annotations: [],
  }
}

/** One row of the before/after table. */
export interface KpiRow {
  key: 'firstShortageYear' | 'peakShortageFte' | 'totalLostHours' | 'totalCost'
  unit: Unit
  before: number | null
  after: number | null
}

export function kpiRows(before: ResultSummary, after: ResultSummary): KpiRow[] {
  return (['firstShortageYear', 'peakShortageFte', 'totalLostHours', 'totalCost'] as const).map((key) => ({
    key,
    unit: kpiUnits[key],
    before: before[key],
    after: after[key],
  }))
}

/** A plan's figures per year for a table: ids (grades or programmes) whose extra is not all zero. */
export function planColumns(extra: Record<string, number[]>): string[] {
  return Object.keys(extra).filter((id) => extra[id]!.some((v) => v > 0))
}
