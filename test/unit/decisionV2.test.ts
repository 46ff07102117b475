// Monte Carlo, the tornado and uncertain figures on v2 inputs: every policy on, the new rates uncertain, the v2 status.
import { describe, expect, it } from 'vitest'
import { runMonteCarlo } from '../../shared/decision/montecarlo'
import { createProjector } from '../../shared/decision/projector'
import { tornado } from '../../shared/decision/sensitivity'
import {
  drawAt,
  fieldInfo,
  numericPaths,
  prepareUncertainty,
  prepareUncertaintyOrThrow,
  valueFor,
  withValues,
  type Uncertainty,
} from '../../shared/decision/uncertainty'
import { project } from '../../shared/engine'
import type { ModelInput } from '../../shared/model/types'
import { grade, makeInput, quietInput, segment, withEveryPolicy } from '../support/makeInput'

const everyPolicy = (): ModelInput => withEveryPolicy(makeInput({ horizonYears: 12 }))

/** The new v2 rates and limits, each uncertain (makeInput's grades, segment and programme). */
const v2Uncertainty: Uncertainty = [
  {
    path: 'workforce/backfill/watchmaker',
    apply: 'add',
    distribution: { kind: 'triangular', min: -0.3, mode: 0, max: 0.2 },
  },
  { path: 'workforce/gapHiring/master', distribution: { kind: 'uniform', min: 0, max: 0.8 } },
  { path: 'service/overtimeShare', distribution: { kind: 'uniform', min: 0, max: 0.15 } },
  { path: 'segments/automatic/resaleReplacesService', distribution: { kind: 'uniform', min: 0, max: 1 } },
  {
    path: 'grades/master/revenuePerHour',
    apply: 'scale',
    distribution: { kind: 'uniform', min: 0.8, max: 1.2 },
  },
  {
    path: 'service/outsourcing/watchmaker/maxHours',
    apply: 'scale',
    distribution: { kind: 'uniform', min: 0, max: 3 },
  },
  {
    path: 'service/outsourcing/watchmaker/costPerHour',
    distribution: { kind: 'uniform', min: 80, max: 150 },
  },
  { path: 'training/apprenticeship/maxIntake', distribution: { kind: 'uniform', min: 0, max: 6 } },
  { path: 'service/rampUp', apply: 'scale', distribution: { kind: 'uniform', min: 0.7, max: 1.1 } },
  { path: 'service/overtimePremium', distribution: { kind: 'uniform', min: 0, max: 0.5 } },
]

describe('uncertain v2 figures', () => {
  it('knows the new rates and limits, with their ranges', () => {
    expect(fieldInfo('workforce/backfill/watchmaker')).toMatchObject({
      ok: true,
      info: { shape: 'series', range: { min: 0, max: 1 } },
    })
    expect(fieldInfo('service/outsourcing/watchmaker/maxHours')).toMatchObject({
      ok: true,
      info: { shape: 'series' },
    })
    expect(fieldInfo('service/overtimeShare')).toMatchObject({
      ok: true,
      info: { range: { min: 0, max: 1 } },
    })
    expect(fieldInfo('service/rampUp')).toMatchObject({ ok: true, info: { shape: 'list' } })
    expect(fieldInfo('segments/automatic/resaleHoursPerJob/full-service').ok).toBe(true)
    expect(fieldInfo('training/apprenticeship/maxIntake').ok).toBe(true)
    expect(prepareUncertainty(everyPolicy(), v2Uncertainty).ok).toBe(true)
  })

  it('refuses a v2 figure on a version 1 scenario, naming it', () => {
    const prepared = prepareUncertainty(makeInput(), [
      { path: 'workforce/backfill/watchmaker', distribution: { kind: 'uniform', min: 0, max: 1 } },
    ])
    expect(prepared.ok).toBe(false)
    if (!prepared.ok)
      expect(prepared.problems[0]!.message).toMatch(/workforce\/backfill\/watchmaker.*version 2/)
  })

  it('treats a missing backfill entry as 0, so add and scale start from 0', () => {
    const input = everyPolicy()
    input.workforce.backfill = {}
    const [item] = prepareUncertaintyOrThrow(input, [
      {
        path: 'workforce/backfill/master',
        apply: 'add',
        distribution: { kind: 'uniform', min: 0, max: 0.4 },
      },
    ])
    expect(valueFor(item!, 0.25)).toBe(0.25)
  })

  it('offers the policies and rates the scenario gives to the tornado', () => {
    const paths = numericPaths(everyPolicy())
    for (const p of [
      'workforce/backfill/watchmaker',
      'workforce/gapHiring/master',
      'service/overtimeShare',
      'service/outsourcing/watchmaker/maxHours',
      'grades/master/revenuePerHour',
      'segments/automatic/resaleReplacesService',
      'training/apprenticeship/maxIntake',
    ])
      expect(paths).toContain(p)
  })

  it('projects every variant exactly as project() does, with every policy on', () => {
    const input = everyPolicy()
    const items = prepareUncertaintyOrThrow(input, v2Uncertainty)
    const projector = createProjector(
      input,
      items.map((i) => i.path),
    )
    for (const u of [0, 0.2, 0.5, 0.9, 1]) {
      const variant = withValues(
        input,
        items,
        items.map((item, k) => valueFor(item, drawAt(item, (u + k * 0.37) % 1))),
      )
      const expected = project(variant)
      const got = projector.run(variant)
      expect(Array.from(got.shortageFte)).toEqual(expected.years.map((y) => y.shortageFte))
      expect(Array.from(got.shortage)).toEqual(expected.years.map((y) => (y.status === 'shortage' ? 1 : 0)))
      expect(got.totalCost).toBe(expected.summary.totalCost)
      expect(got.totalLostHours).toBe(expected.summary.totalLostHours)
    }
  })
})

describe('Monte Carlo and the tornado with every policy on', () => {
  it('gives finite figures, the same for the same seed', () => {
    const a = runMonteCarlo(everyPolicy(), v2Uncertainty, { runs: 300, seed: 11 })!
    const b = runMonteCarlo(everyPolicy(), v2Uncertainty, { runs: 300, seed: 11 })!
    expect(a).toEqual(b)
    expect(a.completedRuns).toBe(300)
    for (const band of [a.shortageFte, a.turnaroundWeeks, a.headcount])
      for (const p of [...band.p10, ...band.p50, ...band.p90]) expect(Number.isNaN(p)).toBe(false)
    for (const q of [a.peakShortageFte, a.totalLostHours, a.totalCost])
      for (const v of Object.values(q)) expect(Number.isFinite(v)).toBe(true)
    for (const p of a.shortageProbability) expect(p >= 0 && p <= 1).toBe(true)
    const c = runMonteCarlo(everyPolicy(), v2Uncertainty, { runs: 300, seed: 12 })!
    expect(c.totalCost).not.toEqual(a.totalCost)
  })

  it('ranks v2 figures in the tornado with no NaN, the same twice', () => {
    const first = tornado(everyPolicy(), 'totalCost')
    const again = tornado(everyPolicy(), 'totalCost')
    expect(again).toEqual(first)
    expect(first.bars.map((b) => b.path)).toContain('workforce/backfill/watchmaker')
    for (const bar of first.bars) {
      expect(bar.error).toBeUndefined()
      expect(Number.isFinite(bar.kpiAtLow!)).toBe(true)
      expect(Number.isFinite(bar.kpiAtHigh!)).toBe(true)
      expect(Number.isNaN(bar.swing)).toBe(false)
    }
    const withRates = tornado(everyPolicy(), 'peakShortageFte', v2Uncertainty)
    expect(withRates.bars).toHaveLength(v2Uncertainty.length)
    for (const bar of withRates.bars) expect(Number.isNaN(bar.swing)).toBe(false)
  })

  it('counts a shortage year by the v2 status: one grade short while the workshop totals are fine', () => {
    // Grade b (senior) has 10,500 h of work for 10 FTE × 1,000 h; grade a 9,000 h for 10 FTE. The cascade
    // gives b nothing from below: 500 h unserved, 2.6 % of 19,500 h, within a 3 % tolerance for the
    // workshop (no backlog: abandonRate 1), but 4.8 % of b's own work, so b is short. With statusBasis
    // "grade" the year is a shortage; with "workshop" it is not (utilisation 0.95: tight).
    const input = (statusBasis: 'grade' | 'workshop'): ModelInput =>
      quietInput({
        schemaVersion: 2,
        horizonYears: 1,
        grades: [grade('a', { salaryPerFte: 50000 }), grade('b', { salaryPerFte: 60000 })],
        jobTypes: [
          { id: 'ja', grade: 'a' },
          { id: 'jb', grade: 'b' },
        ],
        segments: [
          segment({
            installedBase: 19500,
            serviceUptake: 1,
            jobMix: { ja: 9000 / 19500, jb: 10500 / 19500 },
            hoursPerJob: { ja: 1, jb: 1 },
          }),
        ],
        workforce: {
          roster: [
            { grade: 'a', age: 30, fte: 10 },
            { grade: 'b', age: 30, fte: 10 },
          ],
        },
        service: { abandonRate: 1, shortageTolerance: 0.03, statusBasis },
      })
    const salary: Uncertainty = [
      {
        path: 'grades/a/salaryPerFte',
        apply: 'scale',
        distribution: { kind: 'uniform', min: 0.9, max: 1.1 },
      },
    ]
    const byGrade = runMonteCarlo(input('grade'), salary, { runs: 20, seed: 1 })!
    const byWorkshop = runMonteCarlo(input('workshop'), salary, { runs: 20, seed: 1 })!
    expect(byGrade.shortageProbability).toEqual([1])
    expect(byWorkshop.shortageProbability).toEqual([0])
    expect(byGrade.shortageFte.p50[0]).toBeCloseTo(0.5, 9)
  })
})
