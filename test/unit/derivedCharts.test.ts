// Derived figures as the charts and the solver use them (totals per year, benches): hand-worked figures and cross-checks against the engine.
import { describe, expect, it } from 'vitest'
import { benchesByYear, effectiveDemandHours, joiningGraduates } from '../../shared/engine/derived'
import { project } from '../../shared/engine'
import type { ModelResult } from '../../shared/model/types'
import { makeInput } from '../support/makeInput'

const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0)

/** A result with only the figures the derivations read, written by hand. */
function handResult(
  years: {
    demand: Record<string, number>
    backlog: Record<string, number>
    graduates?: Record<string, number>
  }[],
): ModelResult {
  return {
    years: years.map((y, t) => ({
      year: 2026 + t,
      demandHours: y.demand,
      backlogHours: y.backlog,
      graduates: y.graduates ?? {},
    })),
  } as unknown as ModelResult
}

describe('effectiveDemandHours', () => {
  it('adds the initial backlog to year 0 and the carried backlog after', () => {
    const input = makeInput({ horizonYears: 3, service: { initialBacklogHours: 500 } })
    const result = handResult([
      { demand: { watchmaker: 1000, master: 400 }, backlog: { watchmaker: 30, master: 20 } },
      { demand: { watchmaker: 1100, master: 500 }, backlog: { watchmaker: 0, master: 0 } },
      { demand: { watchmaker: 1200, master: 600 }, backlog: { watchmaker: 7, master: 3 } },
    ])
    // 1,400 + 500; 1,600 + 50; 1,800 + 0.
    expect(effectiveDemandHours(input, result)).toEqual([1900, 1650, 1800])
  })
  it('equals what the engine serves plus what it leaves unserved, every year', () => {
    const input = makeInput({ horizonYears: 8 })
    const result = project(input)
    const effective = effectiveDemandHours(input, result)
    result.years.forEach((y, t) => {
      expect(effective[t]).toBeCloseTo(sum(y.servedHours) + sum(y.unservedHours), 6)
    })
  })
})

describe('joiningGraduates', () => {
  it('weights each programme’s graduates by its capture rate', () => {
    const input = makeInput({ horizonYears: 2 })
    const second = { ...input.training[0]!, id: 'school', captureRate: 0.2 }
    input.training.push(second)
    const result = handResult([
      { demand: {}, backlog: {}, graduates: { apprenticeship: 4, school: 10 } },
      { demand: {}, backlog: {}, graduates: { apprenticeship: 0 } },
    ])
    // 4 × 0.5 + 10 × 0.2 = 4; 0 × 0.5 + (none) = 0.
    expect(joiningGraduates(input, result)).toEqual([4, 0])
  })
  it("gives next year's joiners beyond the hires, in the engine's own projection", () => {
    const input = makeInput({ horizonYears: 8 })
    const result = project(input)
    const joining = joiningGraduates(input, result)
    for (let t = 0; t + 1 < result.years.length; t++) {
      const next = result.years[t + 1]!
      expect(joining[t]).toBeCloseTo(sum(next.joiners) - sum(next.hires), 9)
    }
  })
})

describe('benchesByYear', () => {
  it('adds each expansion from its year on (one dated before the start counts from year 0)', () => {
    const input = makeInput({
      startYear: 2026,
      horizonYears: 4,
      benches: {
        initial: 10,
        expansions: [
          { year: 2020, benches: 1, costPerBench: 0 },
          { year: 2028, benches: 3, costPerBench: 0 },
          { year: 2027, benches: 2, costPerBench: 0 },
        ],
      },
    })
    // 2026: 10 + 1; 2027: + 2; 2028: + 3; 2029: unchanged.
    expect(benchesByYear(input)).toEqual([11, 13, 16, 16])
  })
  it('matches the engine’s seats once multiplied by the shifts', () => {
    const input = makeInput({
      horizonYears: 4,
      benches: { initial: 5, shifts: 2, expansions: [{ year: 2028, benches: 4, costPerBench: 1 }] },
    })
    expect(project(input).years.map((y) => y.seats)).toEqual(benchesByYear(input).map((b) => b * 2))
  })
})
