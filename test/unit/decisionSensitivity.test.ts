// The tornado (closed-form swings, ordering, the ±10 % default) and the last decision year of each programme.
import { describe, expect, it } from 'vitest'
import { lastDecisionYears } from '../../shared/decision/lastDecision'
import { tornado } from '../../shared/decision/sensitivity'
import { project } from '../../shared/engine'
import type { ModelInput } from '../../shared/model/types'
import { applyOverrides } from '../../shared/model/overrides'
import { atelierGeneve } from '../../shared/sample'
import { makeInput } from '../support/makeInput'

/** One grade of 10 FTE at 1,000 h without flows; demand = installedBase × uptake / interval × 1 h; no backlog carried. */
function oneGrade(installedBase: number): ModelInput {
  return makeInput({
    horizonYears: 3,
    grades: [
      { id: 'w', hoursPerFte: 1000, attritionRate: 0, promotionRate: 0, salaryPerFte: 50000, hireCost: 8000 },
    ],
    jobTypes: [{ id: 'job', grade: 'w' }],
    segments: [
      {
        id: 's',
        installedBase,
        scrapRate: 0,
        newSales: 0,
        newSalesGrowth: 0,
        preOwned: 0,
        preOwnedGrowth: 0,
        serviceIntervalYears: 1,
        serviceUptake: 1,
        warrantyClaimRate: 0,
        preOwnedServiceRate: 0,
        jobMix: { job: 1 },
        hoursPerJob: { job: 1 },
      },
    ],
    workforce: { roster: [{ grade: 'w', age: 30, fte: 10 }], hireAge: 30, hires: { w: 1 }, marketLimit: {} },
    training: [],
    benches: { initial: 100, shifts: 1, expansions: [] },
    service: {
      initialBacklogHours: 0,
      abandonRate: 1,
      baseTurnaroundWeeks: 4,
      targetTurnaroundWeeks: 8,
      shortageTolerance: 0,
      productivityGain: 0,
      rampUpFactor: 1,
    },
  })
}

describe('tornado', () => {
  it('ranks the obvious driver of total cost first, with swings from the closed form', () => {
    const input = makeInput()
    const result = tornado(input, 'totalCost', [
      { path: 'segments/automatic/warrantyClaimRate', distribution: { kind: 'uniform', min: 0, max: 0.2 } },
      { path: 'grades/watchmaker/hireCost', distribution: { kind: 'uniform', min: 5000, max: 45000 } },
      {
        path: 'grades/watchmaker/salaryPerFte',
        distribution: { kind: 'triangular', min: 50000, mode: 90000, max: 150000 },
      },
    ])
    expect(result.source).toBe('uncertainty')
    expect(result.bars.map((b) => b.path)).toEqual([
      'grades/watchmaker/salaryPerFte',
      'grades/watchmaker/hireCost',
      'segments/automatic/warrantyClaimRate',
    ])
    const years = project(input).years
    const fteYears = years.reduce((s, y) => s + y.headcount.watchmaker!, 0)
    const hires = years.reduce((s, y) => s + y.hires.watchmaker!, 0)
    // Cost is linear in salary and hire cost: swing = range × FTE-years (or × hires).
    expect(result.bars[0]!.swing).toBeCloseTo(100000 * fteYears, 3)
    expect(result.bars[1]!.swing).toBeCloseTo(40000 * hires, 3)
    // Demand does not change cost.
    expect(result.bars[2]!.swing).toBe(0)
    expect(result.bars[0]!.lowDraw).toBe(50000)
    expect(result.bars[0]!.highDraw).toBe(150000)
    expect(result.baseKpi).toBe(project(input).summary.totalCost)
  })

  it('swings every numeric figure ±10 % when none is marked, sorted by swing', () => {
    // Demand 20,000 h; capacity (10 FTE + 1 hire a year) × 1,000 h: the peak shortage is in year 0, D / h - 11.
    const input = oneGrade(20000)
    const result = tornado(input, 'peakShortageFte')
    expect(result.source).toBe('relative')
    const swing = (path: string) => result.bars.find((b) => b.path === path)!.swing
    const D = 20000
    expect(result.baseKpi).toBeCloseTo(D / 1000 - 11, 9)
    // ±10 % of the installed base or the hours per job: 0.2 D / h.
    expect(swing('segments/s/installedBase')).toBeCloseTo((0.2 * D) / 1000, 9)
    expect(swing('segments/s/hoursPerJob/job')).toBeCloseTo((0.2 * D) / 1000, 9)
    // The interval divides demand: D / 0.9 - D / 1.1.
    expect(swing('segments/s/serviceIntervalYears')).toBeCloseTo((D / 0.9 - D / 1.1) / 1000, 9)
    // hoursPerFte divides both the gap and the FTE: (D - 11 h') / h' = D / h' - 11.
    expect(swing('grades/w/hoursPerFte')).toBeCloseTo(D / 900 - D / 1100, 9)
    // Uptake 1 can only go down (clamped at 1): one-sided swing 0.1 D / h.
    expect(swing('segments/s/serviceUptake')).toBeCloseTo((0.1 * D) / 1000, 9)
    // Roster ±10 %: 2 FTE; hires ±10 %: 0.2 FTE.
    expect(swing('workforce/roster')).toBeCloseTo(2, 9)
    expect(swing('workforce/hires/w')).toBeCloseTo(0.2, 9)
    for (let i = 1; i < result.bars.length; i++)
      expect(result.bars[i - 1]!.swing).toBeGreaterThanOrEqual(result.bars[i]!.swing)
    // hoursPerFte and the interval tie at the top (D / 0.9 h - D / 1.1 h).
    expect(new Set(result.bars.slice(0, 2).map((b) => b.path))).toEqual(
      new Set(['grades/w/hoursPerFte', 'segments/s/serviceIntervalYears']),
    )
  })

  it('counts "no shortage" as the year after the horizon for the first shortage year', () => {
    // Capacity 11,000 h in year 0; demand 10,500: no shortage at 0.9 × installed base, shortage at 1.1 ×.
    const input = oneGrade(10500)
    const result = tornado(input, 'firstShortageYear', [
      { path: 'segments/s/installedBase', distribution: { kind: 'uniform', min: 9000, max: 13000 } },
    ])
    const bar = result.bars[0]!
    expect(result.noShortageYear).toBe(2029)
    expect(bar.kpiAtLow).toBeNull()
    expect(bar.kpiAtHigh).toBe(2026)
    expect(bar.swing).toBe(3)
  })

  it('refuses an uncertain figure that does not fit', () => {
    expect(() =>
      tornado(makeInput(), 'totalCost', [
        { path: 'startYear', distribution: { kind: 'uniform', min: 1, max: 2 } },
      ]),
    ).toThrow(/calendar year/)
  })
})

describe('last decision year', () => {
  it('is the first shortage year minus the programme length, open or too late', () => {
    // The sample's Base has no shortage; its "Concurrence pour les horlogers" scenario has one.
    const scenario = atelierGeneve.scenarios.find((s) => s.name === 'Concurrence pour les horlogers')!
    const input = applyOverrides(atelierGeneve.base, scenario.overrides).input
    const result = project(input)
    const first = result.summary.firstShortageYear!
    expect(first).not.toBeNull()
    const decisions = lastDecisionYears(input, result)
    expect(decisions.map((d) => d.programme)).toEqual(input.training.map((p) => p.id))
    for (const [i, d] of decisions.entries()) {
      const duration = input.training[i]!.durationYears
      expect(d.lastIntakeYear).toBe(first - duration)
      expect(d.joinYear).toBe(first)
      expect(d.status).toBe(first - duration >= input.startYear + 1 ? 'open' : 'too-late')
    }
    // The 2-year academy before a 2029 shortage: admit in 2027, the earliest year (2027) -> 0 years left.
    expect(first).toBe(2029)
    expect(decisions.find((d) => d.programme === 'academy')).toMatchObject({
      lastIntakeYear: 2027,
      status: 'open',
      yearsLeft: 0,
    })
    // The 4-year apprenticeship would have had to admit in 2025: too late.
    expect(decisions.find((d) => d.programme === 'apprenticeship')).toMatchObject({
      lastIntakeYear: 2025,
      status: 'too-late',
      yearsLeft: null,
    })
  })

  it('says too late when the shortage comes sooner than a course lasts, and nothing without a shortage', () => {
    const soon = makeInput({ service: { targetTurnaroundWeeks: 0 } })
    expect(project(soon).summary.firstShortageYear).toBe(2026)
    expect(lastDecisionYears(soon).every((d) => d.status === 'too-late' && d.yearsLeft === null)).toBe(true)
    const none = oneGrade(5000)
    none.training = makeInput().training.map((p) => ({ ...p, entryGrade: 'w', supervisorGrade: 'w' }))
    expect(lastDecisionYears(none)).toEqual([
      expect.objectContaining({ status: 'no-shortage', lastIntakeYear: null, firstShortageYear: null }),
    ])
  })
})
