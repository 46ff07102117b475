// The solver on cases small enough to check by hand: one grade and one year, training only, benches, and infeasible cases explained.
import { describe, expect, it } from 'vitest'
import { solvePlan, type SolveResult } from '../../electron/decision/solver'
import { project } from '../../shared/engine'
import type { ServiceParams } from '../../shared/model/types'
import { expectShortageFree, oneGrade, school } from '../support/solverCases'

/** True when the engine finds a shortage with the planned hires of w in year t scaled by `factor`. */
function shortWithHiresScaled(result: SolveResult, factor: number): boolean {
  const input = structuredClone(result.plannedInput)
  input.workforce.hires.w = (input.workforce.hires.w as number[]).map((x) => x * factor)
  return project(input).years.some((y) => y.status === 'shortage')
}

describe('one grade, one year', () => {
  it('hires just enough to leave 2 % of demand unserved (tolerance binds)', async () => {
    // Demand 12,000 h, capacity 10 FTE × 1,000 h. A hire works half its first year (rampUpFactor 0.5):
    // (10 + 0.5 h) × 1,000 >= (1 - 0.02) × 12,000  =>  h = 3.52 FTE, each costing 10,000 + 50,000.
    const input = oneGrade()
    const result = await solvePlan(input)
    expectShortageFree(input, result)
    expect(result.plan.extraHires.w![0]).toBeCloseTo(3.52, 6)
    expect(result.addedCost).toBeCloseTo(3.52 * 60000, 0)
    expect(result.plan.benchExpansions).toEqual([])
    expect(result.solver.objective).toBe('cost')
    expect(shortWithHiresScaled(result, 0.999)).toBe(true)
  })

  it('hires more when the turnaround target binds before the tolerance', async () => {
    // Target 4.5 weeks on a base of 4: 4 + 52 × 0.7 × U / (12,000 - U) <= 4.5  =>  U <= 0.5 × 12,000 / 36.9.
    const input = oneGrade({ service: { targetTurnaroundWeeks: 4.5 } })
    const result = await solvePlan(input)
    expectShortageFree(input, result)
    const unserved = (0.5 * 12000) / (52 * 0.7 + 0.5)
    expect(unserved / 12000).toBeLessThan(0.02)
    expect(result.plan.extraHires.w![0]).toBeCloseTo(((12000 - unserved) / 1000 - 10) / 0.5, 6)
    expect(result.plannedResult.years[0]!.turnaroundWeeks).toBeCloseTo(4.5, 6)
    expect(shortWithHiresScaled(result, 0.999)).toBe(true)
  })

  it('buys whole benches when the hires need seats', async () => {
    // 10 + 3.52 FTE on 12 benches: 2 more benches (14 seats) at 30,000 each.
    const input = oneGrade({ benches: 12 })
    const result = await solvePlan(input, { benchCost: 30000 })
    expectShortageFree(input, result)
    expect(result.plan.benchExpansions).toEqual([{ year: 2026, benches: 2, costPerBench: 30000 }])
    expect(result.addedCost).toBeCloseTo(3.52 * 60000 + 2 * 30000, 0)
  })

  it('names the benches when the scenario already lacks seats and none may be added', async () => {
    // 10 FTE on 9 benches: benchFactor 0.9, so 9,000 h for 12,000 h of demand, short. Every hire needs a seat
    // the workshop lacks, so without new benches no plan helps; the answer must name the seats, not fail.
    const input = oneGrade({ benches: 9 })
    expect(project(input).years[0]!.benchFactor).toBeCloseTo(0.9, 12)
    const stuck = await solvePlan(input, { allowBenches: false, benchCost: 30000 })
    expect(stuck.feasible).toBe(false)
    expect(stuck.plan.benchExpansions).toEqual([])
    expect(stuck.shortageYears).toEqual([2026])
    const benches = stuck.binding.find((b) => b.limit === 'benches')
    expect(benches).toBeDefined()
    expect(benches!.years).toEqual([2026])
    // Benches allowed: the 3.52 FTE of the first case, and seats for all of them: 10 + 3.52 <= 9 + 5.
    const result = await solvePlan(input, { benchCost: 30000 })
    expectShortageFree(input, result)
    expect(result.plan.extraHires.w![0]).toBeCloseTo(3.52, 6)
    expect(result.plan.benchExpansions).toEqual([{ year: 2026, benches: 5, costPerBench: 30000 }])
  })

  it('names the forbidden hires when they are the only lever', async () => {
    // 10 FTE for 12,000 h, no school: without hires nothing can close the gap, and the answer says so.
    const result = await solvePlan(oneGrade(), { allowHires: false })
    expect(result.feasible).toBe(false)
    expect(result.plan.extraHires).toEqual({})
    expect(result.binding.map((b) => b.limit)).toEqual(['hiresNotAllowed'])
    expect(result.binding[0]!.years).toEqual([2026])
  })

  it('adds nothing when the scenario has no shortage', async () => {
    const input = oneGrade({ installedBase: 9000 })
    const result = await solvePlan(input)
    expectShortageFree(input, result)
    expect(result.addedCost).toBe(0)
    expect(result.plan).toEqual({
      hires: {},
      extraHires: {},
      intake: {},
      extraIntake: {},
      benchExpansions: [],
    })
  })
})

describe('training only (the market yields no hires)', () => {
  // Demand 9,800 h in 2026 and 2027, 12,000 h in 2028; 10 FTE; graduates work fully from their first year.
  const base = (maxUptake2027: number, service: Partial<ServiceParams> = {}) =>
    oneGrade({
      horizonYears: 3,
      installedBase: 20000,
      uptake: [0.49, maxUptake2027, 0.6],
      marketLimit: { w: 0 },
      training: [school],
      service: { rampUpFactor: 1, ...service },
    })

  it('admits just enough students a year ahead: 1.76 in 2027 graduate into 2028', async () => {
    // 2028 needs (10 + g) × 1,000 >= 0.98 × 12,000  =>  g = 1.76 graduates of the 2027 intake (one-year course).
    const input = base(0.49)
    const result = await solvePlan(input, { maxIntake: 5 })
    expectShortageFree(input, result)
    expect(result.plan.extraHires).toEqual({})
    expect(result.plan.extraIntake.school![0]).toBe(0)
    expect(result.plan.extraIntake.school![1]).toBeCloseTo(1.76, 6)
    expect(result.plan.extraIntake.school![2]).toBe(0)
    expect(result.plan.intake.school).toEqual(result.plan.extraIntake.school)
    // One student-year (20,000) and one salary-year (50,000) per student.
    expect(result.addedCost).toBeCloseTo(1.76 * 70000, 0)
    expect(result.plannedResult.years.map((y) => y.hires.w)).toEqual([0, 0, 0])
  })

  it('explains an infeasible case: the gap of 2027 comes before any graduate can arrive', async () => {
    const result = await solvePlan(base(0.6), { maxIntake: 5 })
    expect(result.feasible).toBe(false)
    expect(result.solver.objective).toBe('excessHours')
    expect(result.shortageYears).toEqual([2027])
    const limits = result.binding.map((b) => b.limit)
    expect(limits).toContain('labourMarket')
    expect(result.binding.find((b) => b.limit === 'labourMarket')!.ids).toEqual(['w'])
    expect(result.binding.find((b) => b.limit === 'trainingTime')!.years).toEqual([2027])
    expect(limits).not.toContain('intakeMaximum')
    // The best plan still closes 2028.
    expect(result.plannedResult.years[2]!.status).not.toBe('shortage')
  })

  it('explains an infeasible case: the intake maximum is too low', async () => {
    const result = await solvePlan(base(0.49), { maxIntake: 1 })
    expect(result.feasible).toBe(false)
    expect(result.shortageYears).toEqual([2028])
    const intake = result.binding.find((b) => b.limit === 'intakeMaximum')!
    expect(intake.ids).toEqual(['school'])
    expect(intake.excessHoursIfLifted).toBeCloseTo(0, 3)
    expect(result.binding.map((b) => b.limit)).not.toContain('trainingTime')
    // The best plan admits everyone it may in 2027.
    expect(result.plan.extraIntake.school![1]).toBeCloseTo(1, 6)
  })

  it('explains a target turnaround below the base turnaround', async () => {
    const result = await solvePlan(base(0.49, { targetTurnaroundWeeks: 3 }), { maxIntake: 5 })
    expect(result.feasible).toBe(false)
    expect(result.binding[0]).toMatchObject({ limit: 'turnaroundTarget' })
  })
})
