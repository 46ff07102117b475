// The Décisions screen's pure parts: fan, probability, tornado and institute chart specs, the path picker's defaults, problem texts.
import { describe, expect, it } from 'vitest'
import { runMonteCarlo } from '../../shared/decision/montecarlo'
import type { SolveResult } from '../../shared/decision/plan'
import { checkUncertainty, problemRow } from '../../shared/decision/scenarioUncertainty'
import type { TornadoBar, TornadoResult } from '../../shared/decision/sensitivity'
import { prepareUncertainty, type Uncertainty } from '../../shared/decision/uncertainty'
import { project } from '../../shared/engine'
import { atelierGeneve, filiereSuisse } from '../../shared/sample'
import type { ModelInput } from '../../shared/model/types'
import { toTable } from '../../renderer/src/charts/toChartData'
import { toChartJs } from '../../renderer/src/charts/toChartJs'
import {
  fanChart,
  instituteChart,
  intakeNeeds,
  kpiRows,
  planColumns,
  shortageProbabilityChart,
  tornadoChart,
  visibleBars,
} from '../../renderer/src/features/decisions/decisionCharts'
import {
  applyModes,
  convertDistribution,
  defaultDistribution,
  newRow,
  pathLabel,
  uncertainPathOptions,
} from '../../renderer/src/features/decisions/uncertainPaths'
import { uncertaintyProblemText } from '../../renderer/src/features/decisions/uncertaintyProblems'
import { yearRuns } from '../../renderer/src/features/decisions/useSolve'
import { makeInput } from '../support/makeInput'
import { testUnits } from '../support/unitText'

const t = (key: string, vars?: Record<string, string | number>): string =>
  vars ? `${key}${JSON.stringify(vars)}` : key
const name = (id: string): string => id.toUpperCase()
const units = testUnits

const growth: Uncertainty = [
  {
    path: 'segments/automatic/preOwnedGrowth',
    apply: 'add',
    distribution: { kind: 'uniform', min: -0.1, max: 0.3 },
  },
  {
    path: 'segments/automatic/serviceUptake',
    apply: 'scale',
    distribution: { kind: 'uniform', min: 0.6, max: 1.6 },
  },
]

describe('fan chart', () => {
  const input = makeInput({ horizonYears: 8 })
  const result = runMonteCarlo(input, growth, { runs: 300, seed: 5 })!

  it('draws the P10–P90 band (P90 filled down to P10, right before it) and the P50 line', () => {
    const spec = fanChart(result, 'shortageFte', t)
    expect(spec.labels).toEqual(result.years.map(String))
    expect(spec.series.map((s) => s.key)).toEqual(['p10', 'p90', 'p50'])
    expect(spec.series[0]!.data).toEqual(result.shortageFte.p10)
    expect(spec.series[1]!.data).toEqual(result.shortageFte.p90)
    expect(spec.series[2]!.data).toEqual(result.shortageFte.p50)
    expect(spec.series.every((s) => s.unit === 'fte')).toBe(true)
    // The band has some width on this input, and its edges are ordered.
    const widths = result.shortageFte.p90.map((p90, i) => p90! - result.shortageFte.p10[i]!)
    expect(Math.max(...widths)).toBeGreaterThan(0)
    for (let i = 0; i < spec.labels.length; i++) {
      expect(spec.series[0]!.data[i]!).toBeLessThanOrEqual(spec.series[2]!.data[i]!)
      expect(spec.series[2]!.data[i]!).toBeLessThanOrEqual(spec.series[1]!.data[i]!)
    }
    const config = toChartJs(spec, units)
    expect(config.data.datasets.map((d) => (d as { fill?: unknown }).fill)).toEqual([false, '-1', false])
    expect(config.data.datasets[0]).toMatchObject({ borderWidth: 1, pointRadius: 0 })
  })

  it('marks the target on the turnaround fan and keeps units', () => {
    const spec = fanChart(result, 'turnaroundWeeks', t, { targetWeeks: 8 })
    expect(spec.series.every((s) => s.unit === 'weeks')).toBe(true)
    expect(spec.annotations).toEqual([expect.objectContaining({ kind: 'hline', value: 8, axis: 'y' })])
    expect(fanChart(result, 'headcount', t).annotations).toEqual([])
    expect(fanChart(result, 'headcount', t).series[2]!.data).toEqual(result.headcount.p50)
  })

  it('shows the probability of a shortage per year as bars, the cumulative one as a line, in percent', () => {
    const spec = shortageProbabilityChart(result, t)
    expect(spec.series[0]).toMatchObject({ kind: 'bar', unit: 'percent', data: result.shortageProbability })
    expect(spec.series[1]).toMatchObject({
      kind: 'line',
      unit: 'percent',
      data: result.shortageByYearProbability,
    })
    expect(spec.y.suggestedMax).toBe(1)
  })
})

function bar(
  path: string,
  low: number | null,
  high: number | null,
  extra: Partial<TornadoBar> = {},
): TornadoBar {
  return {
    path,
    apply: 'scale',
    lowDraw: 0.9,
    highDraw: 1.1,
    kpiAtLow: low,
    kpiAtHigh: high,
    swing: 0,
    ...extra,
  }
}

describe('tornado chart', () => {
  const result: TornadoResult = {
    kpi: 'peakShortageFte',
    baseKpi: 5,
    source: 'relative',
    relativeSwing: 0.1,
    noShortageYear: 2031,
    bars: [
      bar('grades/watchmaker/hoursPerFte', 9, 2, { swing: 7 }),
      bar('segments/automatic/newSales', 4, 7, { swing: 3 }),
      bar('service/abandonRate', 6, 7, { swing: 1, label: 'Abandons' }),
      bar('benches/shifts', 5, 5, { swing: 0 }),
      bar('workforce/roster', null, null, { error: 'overflow' }),
    ],
  }

  it('keeps the largest swing first, draws both ends from the base value, and leaves out bars without effect', () => {
    const spec = tornadoChart(result, t, (b) => b.label ?? b.path)
    expect(spec.labels).toEqual(['grades/watchmaker/hoursPerFte', 'segments/automatic/newSales', 'Abandons'])
    expect(spec.series[0]).toMatchObject({ key: 'low', data: [4, -1, 1], stack: 'low', unit: 'fte' })
    expect(spec.series[1]).toMatchObject({ key: 'high', data: [-3, 2, 2], stack: 'high' })
    expect(spec).toMatchObject({ horizontal: true, signed: true })
    expect(tornadoChart(result, t, (b) => b.path, 2).labels).toHaveLength(2)
    expect(visibleBars(result).map((b) => b.path)).not.toContain('benches/shifts')
  })

  it('keeps the sign in ticks and in the data table (the age pyramid shows magnitudes)', () => {
    const spec = tornadoChart(result, t, (b) => b.path)
    const config = toChartJs(spec, units)
    const ticks = (config.options!.scales as Record<string, { ticks: { callback: (v: number) => string } }>)
      .x!.ticks
    expect(ticks.callback(-3)).toMatch(/^-3/)
    expect(toTable(spec).rows[1]!.values).toEqual([-1, 2])
    expect(toTable({ ...spec, signed: false }).rows[1]!.values).toEqual([1, 2])
  })

  it('counts "no shortage" as the year after the horizon for the first shortage year', () => {
    const years: TornadoResult = {
      ...result,
      kpi: 'firstShortageYear',
      baseKpi: 2029,
      bars: [bar('grades/watchmaker/hoursPerFte', 2027, null, { swing: 4 })],
    }
    const spec = tornadoChart(years, t, (b) => b.path)
    expect(spec.series.map((s) => s.data)).toEqual([[-2], [2]])
    expect(spec.series[0]!.unit).toBe('years')
  })

  it('turns a real tornado into bars sorted by swing', async () => {
    const { tornado } = await import('../../shared/decision/sensitivity')
    const real = tornado(makeInput(), 'totalLostHours')
    const spec = tornadoChart(real, t, (b) => b.path, Infinity)
    const swings = spec.labels.map((_, i) => Math.abs(spec.series[1]!.data[i]! - spec.series[0]!.data[i]!))
    expect(swings.length).toBeGreaterThan(3)
    for (let i = 1; i < swings.length; i++) expect(swings[i]!).toBeLessThanOrEqual(swings[i - 1]! + 1e-9)
  })
})

describe('institute view', () => {
  it('needs: the plan’s intake where it changes one, the scenario’s elsewhere; joiners per 100 admitted', () => {
    const input = makeInput({
      training: [
        { ...makeInput().training[0]!, id: 'cfc', intake: [2, 2, 2, 2, 2] },
        {
          ...makeInput().training[0]!,
          id: 'academy',
          intake: 3,
          durationYears: 2,
          dropoutRate: 0.2,
          captureRate: 0.9,
        },
      ],
    })
    const plan = {
      hires: {},
      extraHires: {},
      intake: { cfc: [2, 5, 6, 2, 2] },
      extraIntake: { cfc: [0, 3, 4, 0, 0] },
      benchExpansions: [],
    }
    const needs = intakeNeeds(input, { plan } as unknown as SolveResult)
    expect(needs.map((n) => n.programme)).toEqual(['cfc', 'academy'])
    expect(needs[0]).toMatchObject({ current: [2, 2, 2, 2, 2], needed: [2, 5, 6, 2, 2] })
    expect(needs[1]).toMatchObject({ current: [3, 3, 3, 3, 3], needed: [3, 3, 3, 3, 3] })
    expect(needs[1]!.joinPer100).toBeCloseTo(100 * 0.8 * 0.8 * 0.9, 10)
    const spec = instituteChart(input, needs, t, name)
    expect(spec.labels).toEqual(['2026', '2027', '2028', '2029', '2030'])
    expect(spec.series.filter((s) => s.kind === 'bar').map((s) => s.data)).toEqual([
      needs[0]!.needed,
      needs[1]!.needed,
    ])
    expect(spec.series.filter((s) => s.kind === 'line').every((s) => s.dashed)).toBe(true)
    expect(spec.series.every((s) => s.unit === 'students')).toBe(true)
    expect(planColumns(plan.extraIntake)).toEqual(['cfc'])
    expect(planColumns({ a: [0, 0], b: [0, 1e-3] })).toEqual(['b'])
  })

  it('compares KPIs before and after a plan', () => {
    const before = project(makeInput()).summary
    const after = { ...before, firstShortageYear: null, totalCost: before.totalCost + 10 }
    const rows = kpiRows(before, after)
    expect(rows.map((r) => r.key)).toEqual([
      'firstShortageYear',
      'peakShortageFte',
      'totalLostHours',
      'totalCost',
    ])
    expect(rows[0]).toMatchObject({ unit: 'years', before: before.firstShortageYear, after: null })
    expect(rows[3]).toMatchObject({ unit: 'chf', after: before.totalCost + 10 })
  })
})

describe('path picker', () => {
  const inputs: [string, ModelInput][] = [
    ['small', makeInput({ workforce: { marketLimit: { master: 2 } } })],
    ['Atelier Genève', atelierGeneve.base],
    ['Filière suisse', filiereSuisse.base],
  ]

  it.each(inputs)(
    'offers only figures that can be uncertain, each with a first row that fits (%s)',
    (_, input) => {
      const options = uncertainPathOptions(input)
      expect(options.length).toBeGreaterThan(20)
      expect(new Set(options.map((o) => o.path)).size).toBe(options.length)
      const rows = options.map((o) => newRow(o.path, input))
      const prepared = prepareUncertainty(input, rows)
      expect(prepared.ok ? [] : prepared.problems).toEqual([])
      // Every apply mode offered for a figure also gets a distribution that fits.
      for (const o of options) {
        for (const apply of applyModes(o.path, input)) {
          const row = { path: o.path, apply, distribution: defaultDistribution(o.path, apply, input) }
          const check = checkUncertainty(input, [row])
          expect(check.ok ? [] : check.problems, `${o.path} ${apply}`).toEqual([])
        }
      }
    },
  )

  it('limits modes where the model does: the roster scales, a list adds or scales, a missing limit is set', () => {
    const input = makeInput({
      training: [{ ...makeInput().training[0]!, initialStudents: [2, 2, 1] }],
    })
    expect(applyModes('workforce/roster', input)).toEqual(['scale'])
    expect(applyModes('training/apprenticeship/initialStudents', input)).toEqual(['add', 'scale'])
    expect(applyModes('workforce/marketLimit/master', input)).toEqual(['set'])
    expect(applyModes('grades/master/attritionRate', input)).toEqual(['set', 'add', 'scale'])
    expect(uncertainPathOptions(input).map((o) => o.path)).toContain(
      'training/apprenticeship/initialStudents',
    )
    expect(uncertainPathOptions(makeInput()).map((o) => o.path)).not.toContain(
      'training/apprenticeship/initialStudents',
    )
  })

  it('converts a distribution to another kind around the same centre, and the result still fits', () => {
    const input = makeInput()
    const start = newRow('grades/watchmaker/hoursPerFte', input)
    for (const kind of ['triangular', 'uniform', 'normal', 'lognormal'] as const) {
      const d = convertDistribution(start.distribution, kind)
      expect(d.kind).toBe(kind)
      const centre =
        d.kind === 'triangular'
          ? d.mode
          : d.kind === 'uniform'
            ? (d.min + d.max) / 2
            : d.kind === 'normal'
              ? d.mean
              : d.median
      expect(centre).toBeCloseTo(1, 6)
      expect(checkUncertainty(input, [{ ...start, distribution: d }]).ok).toBe(true)
    }
  })

  it('names figures by field and owner', () => {
    expect(pathLabel('grades/watchmaker/attritionRate', t, name)).toBe(
      'editors.field.attritionRate · WATCHMAKER',
    )
    expect(pathLabel('segments/automatic/hoursPerJob/complication', t, name)).toBe(
      'editors.field.hoursPerJob · AUTOMATIC · COMPLICATION',
    )
    expect(pathLabel('workforce/hires/master', t, name)).toBe('editors.field.hires · MASTER')
    expect(pathLabel('workforce/roster', t, name)).toBe('editors.field.roster')
    expect(pathLabel('service/abandonRate', t, name)).toBe('editors.field.abandonRate')
  })
})

describe('problem texts', () => {
  it('puts each check in words for the row it names', () => {
    const input = makeInput()
    const check = checkUncertainty(input, [
      {
        path: 'segments/automatic/scrapRate',
        distribution: { kind: 'triangular', min: 0.01, mode: 0.05, max: 0.03 },
      },
      { path: 'segments/nowhere/scrapRate', distribution: { kind: 'uniform', min: 0, max: 0.1 } },
      { path: 'grades/master/attritionRate', distribution: { kind: 'uniform', min: 0.5, max: 1.5 } },
      { path: 'grades/master/hoursPerFte', distribution: { kind: 'normal', mean: 1500, sd: 0 } },
    ])
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.problems.map((p) => problemRow(p.path))).toEqual([0, 1, 2, 3])
    expect(check.problems.map((p) => uncertaintyProblemText(p, (key) => key))).toEqual([
      'decisions.problem.triangularOrder',
      'decisions.problem.missing',
      'decisions.problem.withinRange',
      'decisions.problem.sdPositive',
    ])
    expect(uncertaintyProblemText({ path: '[0]', message: 'something new' }, t)).toBe('something new')
    expect(problemRow('')).toBeNull()
  })

  it('writes years as runs', () => {
    expect(yearRuns([2031, 2026, 2027, 2028])).toBe('2026–2028, 2031')
    expect(yearRuns([])).toBe('')
  })
})
