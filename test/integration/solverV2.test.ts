// The solver on v2 inputs, checked by hand: places and the market limit binding, backfill, overtime and outsourcing, whole people.
import { describe, expect, it } from 'vitest'
import { solvePlan } from '../../electron/decision/solver'
import { project } from '../../shared/engine'
import { expectShortageFree, oneGrade, school } from '../support/solverCases'

// Demand 9,800 h in 2026 and 2027, 12,000 h in 2028 (installed base 20,000 × uptake); 10 FTE of 1,000 h.
// 2028 needs 0.98 × 12,000 = 11,760 h served, so 1.76 FTE more than the 10 on the roster.
const rising = { horizonYears: 3, installedBase: 20000, uptake: [0.49, 0.49, 0.6] }

describe('places and the market limit', () => {
  it('fills the places first, then hires the rest (maxIntake binds)', async () => {
    // A student admitted in 2027 costs 20,000 (one year of school) + 50,000 (salary in 2028) = 70,000;
    // a hire in 2028 costs 30,000 + 50,000 = 80,000. Places: 1 a year, so 1 student, then 0.76 hires.
    const input = oneGrade({
      ...rising,
      grade: { hireCost: 30000 },
      training: [{ ...school, maxIntake: 1 }],
      service: { rampUpFactor: 1 },
    })
    // A larger maximum in the options cannot lift the places, which the engine enforces.
    const result = await solvePlan(input, { maxIntake: 5 })
    expectShortageFree(input, result)
    expect(result.plan.extraIntake.school).toEqual([0, 1, 0])
    expect(result.plannedResult.years.map((y) => y.admitted.school)).toEqual([0, 1, 0])
    expect(result.plan.extraHires.w![0]).toBe(0)
    expect(result.plan.extraHires.w![1]).toBe(0)
    expect(result.plan.extraHires.w![2]).toBeCloseTo(0.76, 6)
    expect(result.addedCost).toBeCloseTo(70000 + 0.76 * 80000, 0)
  })

  it('hires up to the market limit in the year of need and the rest a year early', async () => {
    // 2027 needs 1.76 FTE more (demand 9,800 then 12,000). A 2027 hire costs 10,000 + 50,000; a 2026 hire
    // 10,000 + 2 × 50,000. The market yields 1 a year: 1 in 2027, 0.76 in 2026.
    const input = oneGrade({
      horizonYears: 2,
      installedBase: 20000,
      uptake: [0.49, 0.6],
      marketLimit: { w: 1 },
      service: { rampUpFactor: 1 },
    })
    const result = await solvePlan(input)
    expectShortageFree(input, result)
    expect(result.plan.extraHires.w![0]).toBeCloseTo(0.76, 6)
    expect(result.plan.extraHires.w![1]).toBeCloseTo(1, 6)
    expect(result.plannedResult.years[1]!.hires.w).toBeLessThanOrEqual(1 + 1e-9)
    expect(result.addedCost).toBeCloseTo(0.76 * 110000 + 60000, 0)
  })
})

describe('hiring policies on', () => {
  // 10 % attrition: 1 FTE leaves at the end of 2026; backfill 1 re-hires it in 2027.
  const backfilled = (marketLimit?: Record<string, number>) =>
    oneGrade({
      horizonYears: 2,
      installedBase: 20000,
      uptake: [0.49, 0.6],
      grade: { attritionRate: 0.1 },
      workforce: { backfill: { w: 1 } },
      ...(marketLimit ? { marketLimit } : {}),
      service: { rampUpFactor: 1 },
    })

  it('plans only the extra: backfill already replaces the leaver', async () => {
    // 2027: W = 9 + 1 (backfill) + e = 11.76  =>  e = 1.76 planned, 2.76 hired in all.
    const input = backfilled()
    const result = await solvePlan(input)
    expectShortageFree(input, result)
    expect(result.plan.extraHires.w![0]).toBe(0)
    expect(result.plan.extraHires.w![1]).toBeCloseTo(1.76, 6)
    expect(result.plannedResult.years[1]!.hires.w).toBeCloseTo(2.76, 6)
  })

  it('counts the backfill an early hire brings against the market limit', async () => {
    // Limit 2 in 2027. x hired in 2026 stays (its leavers are backfilled): 2027 hires = 1 + 0.1 x + h <= 2 and
    // W = 10 + x + h >= 11.76. x costs 10,000 + 2 × 50,000 + 0.1 × 10,000 (its backfill), h 60,000: so h is
    // as large as the limit allows, 0.9 x = 0.76, x = 0.8444…, h = 1 - 0.0844… = 0.9156….
    const input = backfilled({ w: 2 })
    const result = await solvePlan(input)
    expectShortageFree(input, result)
    const x = 0.76 / 0.9
    expect(result.plan.extraHires.w![0]).toBeCloseTo(x, 6)
    expect(result.plan.extraHires.w![1]).toBeCloseTo(1 - 0.1 * x, 6)
    expect(result.plannedResult.years[1]!.hires.w).toBeCloseTo(2, 6)
  })

  it('re-simulates with gap hiring on, without counting on it', async () => {
    const input = backfilled()
    input.workforce.gapHiring = { w: 0.5 }
    const result = await solvePlan(input)
    expectShortageFree(input, result)
    // The plan closes 2027 by itself; gap hiring reacts to 2026, which has no gap.
    expect(result.plan.extraHires.w![1]).toBeCloseTo(1.76, 6)
    expect(result.notes.some((n) => n.includes('gap hiring'))).toBe(true)
  })
})

describe('overtime and outsourcing as priced capacity', () => {
  it('uses all the overtime (62.5 CHF/h) before hiring (about 109 CHF per hour a hire adds)', async () => {
    // One year, demand 12,000 h, 10 FTE; a hire works half its first year. Overtime up to 10 % of capacity at
    // 50,000 / 1,000 × 1.25 = 62.5 CHF/h. Served 1.1 × (10,000 + 500 h) = 11,760  =>  h = 1.381818….
    const input = oneGrade({ service: { overtimeShare: 0.1, overtimePremium: 0.25 } })
    const result = await solvePlan(input)
    expectShortageFree(input, result)
    const h = (11760 / 1.1 - 10000) / 500
    expect(result.plan.extraHires.w![0]).toBeCloseTo(h, 6)
    expect(result.plannedResult.years[0]!.overtimeHours.w).toBeCloseTo(0.1 * (10000 + 500 * h), 4)
  })

  it('buys the outsourced hours before hiring', async () => {
    // Outsourcing 300 h at 100 CHF/h; served 10,000 + 500 h + 300 = 11,760  =>  h = 2.92. The scenario as it
    // is already buys the 300 h (it is short), so the plan adds the hires only.
    const input = oneGrade({ service: { outsourcing: { w: { maxHours: 300, costPerHour: 100 } } } })
    const result = await solvePlan(input)
    expectShortageFree(input, result)
    expect(result.plan.extraHires.w![0]).toBeCloseTo(2.92, 6)
    expect(result.plannedResult.years[0]!.outsourcedHours.w).toBeCloseTo(300, 6)
    expect(result.addedCost).toBeCloseTo(2.92 * 60000, 0)
    expect(result.baseResult.years[0]!.cost.outsourcing).toBeCloseTo(300 * 100, 6)
  })
})

describe('whole people', () => {
  it('plans 4 whole hires where the fractional plan has 3.52, both shortage-free', async () => {
    const input = oneGrade()
    const fractional = await solvePlan(input)
    const whole = await solvePlan(input, { whole: true })
    expectShortageFree(input, fractional)
    expectShortageFree(input, whole)
    expect(fractional.plan.extraHires.w![0]).toBeCloseTo(3.52, 6)
    expect(whole.plan.extraHires.w).toEqual([4])
    expect(whole.options.whole).toBe(true)
    expect(whole.addedCost).toBeCloseTo(4 * 60000, 0)
  })

  it('admits whole students within the places', async () => {
    // Training only: 1.76 joiners needed in 2028, so 2 students in 2027 (places 3).
    const input = oneGrade({
      ...rising,
      training: [{ ...school, maxIntake: 3 }],
      service: { rampUpFactor: 1 },
    })
    const result = await solvePlan(input, { allowHires: false, whole: true })
    expectShortageFree(input, result)
    expect(result.plan.extraIntake.school).toEqual([0, 2, 0])
    expect(result.plan.extraHires).toEqual({})
  })
})

describe('places as the binding limit', () => {
  it('says the gap cannot be closed by training alone before the year places allow it', async () => {
    // 2028 needs 1.76 graduates of 2027, whose places are 1; 2029 needs 0.98 × (12,000 + 700 h carried) = 12,446 h, so 1.446 more: 2 of 2028’s 5 places.
    const input = oneGrade({
      horizonYears: 4,
      installedBase: 20000,
      uptake: [0.49, 0.49, 0.6, 0.6],
      training: [{ ...school, maxIntake: [1, 1, 5, 5] }],
      service: { rampUpFactor: 1 },
    })
    const result = await solvePlan(input, { allowHires: false, maxIntake: 100000, whole: true })
    expect(result.feasible).toBe(false)
    expect(result.shortageYears).toEqual([2028])
    const places = result.binding.find((b) => b.limit === 'places')!
    expect(places.ids).toEqual(['school'])
    expect(places.message).toContain('before 2029')
    expect(result.plan.extraIntake.school).toEqual([0, 1, 2, 0])
    expect(project(result.plannedInput).years[3]!.status).not.toBe('shortage')
  })
})
