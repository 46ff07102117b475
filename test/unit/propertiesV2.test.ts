// Property tests of the (v2) figures on random inputs: flexible capacity within its limits, grade status, and a generator that covers ok, tight and shortage.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { project } from '../../shared/engine'
import { resolveSeries } from '../../shared/engine/series'
import type { ModelInput, YearStatus } from '../../shared/model/types'
import { arbitraryInput } from '../support/arbitraryInput'

const runs = Number(process.env.PROPERTY_RUNS ?? 500)
const params = (numRuns: number) => ({
  numRuns,
  interruptAfterTimeLimit: 60_000,
  markInterruptAsFailure: true,
})
const tolerance = (scale: number) => 1e-9 * Math.max(1, Math.abs(scale))
const v2Only = () => arbitraryInput({ versions: [2] })

describe('the generator', () => {
  // Counted over a fixed sample, so the shares in the test name are the same on every run.
  const sample = fc.sample(arbitraryInput(), { numRuns: 300, seed: 42 })
  const counts: Record<YearStatus, number> = { ok: 0, tight: 0, shortage: 0 }
  let v2 = 0
  for (const input of sample) {
    if (input.schemaVersion === 2) v2++
    for (const y of project(input).years) counts[y.status]++
  }
  const years = counts.ok + counts.tight + counts.shortage
  const share = (n: number) => `${Math.round((100 * n) / years)} %`
  const horizons = sample.map((x) => x.horizonYears)

  it(`covers ok ${share(counts.ok)}, tight ${share(counts.tight)} and shortage ${share(counts.shortage)} of ${years} years, v2 in ${v2} of ${sample.length} inputs`, () => {
    for (const n of Object.values(counts)) expect(n / years).toBeGreaterThan(0.08)
    expect(v2 / sample.length).toBeGreaterThan(0.3)
    expect(Math.max(...horizons)).toBeGreaterThan(40)
  })
})

/** outsourcing[g].maxHours per year, as the engine reads it. */
function outsourcingCap(input: ModelInput, gradeId: string): number[] | null {
  const entry = input.service.outsourcing?.[gradeId]
  if (entry === undefined) return null
  const resolved = resolveSeries(entry.maxHours, input.horizonYears, input.startYear, 'cap')
  if (!resolved.ok) throw new Error('the generator made an invalid series')
  return [...resolved.values]
}

describe('valid random v2 inputs', () => {
  it('work overtime of at most overtimeShare × capacity, and outsource at most the cap, on the grade’s own unserved work', () => {
    fc.assert(
      fc.property(v2Only(), (input) => {
        const { years } = project(input)
        const share = input.service.overtimeShare ?? 0
        for (const g of input.grades) {
          const cap = outsourcingCap(input, g.id)
          years.forEach((y, t) => {
            const ot = y.overtimeHours[g.id]
            const os = y.outsourcedHours[g.id]
            expect(ot).toBeGreaterThanOrEqual(0)
            expect(ot).toBeLessThanOrEqual(share * y.capacityHours[g.id] + tolerance(y.capacityHours[g.id]))
            expect(os).toBeGreaterThanOrEqual(0)
            expect(os).toBeLessThanOrEqual(cap === null ? 0 : cap[t] + tolerance(cap[t]))
            // Flexible hours only where regular hours left work undone.
            if (ot + os > 0) expect(y.unservedHours[g.id] + ot + os).toBeGreaterThan(0)
          })
        }
      }),
      params(runs),
    )
  })

  it('give a grade-basis status never better than the workshop basis, with the same figures', () => {
    const rank: Record<YearStatus, number> = { ok: 0, tight: 1, shortage: 2 }
    fc.assert(
      fc.property(v2Only(), (input) => {
        const workshop = project({ ...input, service: { ...input.service, statusBasis: 'workshop' } })
        const byGrade = project({ ...input, service: { ...input.service, statusBasis: 'grade' } })
        byGrade.years.forEach((y, t) => {
          const w = workshop.years[t]
          expect(rank[y.status]).toBeGreaterThanOrEqual(rank[w.status])
          if (y.status !== w.status) expect(Object.values(y.statusByGrade)).toContain('shortage')
          expect(y.servedHours).toEqual(w.servedHours)
        })
        const first = byGrade.summary.firstShortageGrade
        if (byGrade.summary.firstShortageYear !== null && first !== null) {
          const y = byGrade.years[byGrade.summary.firstShortageYear - input.startYear]
          expect(y.statusByGrade[first]).toBe('shortage')
        }
      }),
      params(runs),
    )
  })

  it('report revenue on served hours and a margin of revenue minus cost', () => {
    fc.assert(
      fc.property(v2Only(), (input) => {
        const { years, summary } = project(input)
        let revenue = 0
        for (const y of years) {
          let expected = 0
          for (const g of input.grades) expected += y.servedHours[g.id] * (g.revenuePerHour ?? 0)
          expect(Math.abs(y.revenue - expected)).toBeLessThanOrEqual(tolerance(expected))
          expect(Math.abs(y.margin - (y.revenue - y.cost.total))).toBeLessThanOrEqual(tolerance(y.revenue))
          revenue += y.revenue
        }
        expect(Math.abs(summary.totalRevenue - revenue)).toBeLessThanOrEqual(tolerance(revenue))
      }),
      params(runs),
    )
  })
})
