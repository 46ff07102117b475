// The solver's defaults (shared/decision/solverDefaults.ts), shown by the Decisions screen and used by the solver.
import { describe, expect, it } from 'vitest'
import { defaultBenchCost, defaultMaxIntake, fallbackBenchCost } from '../../shared/decision/solverDefaults'
import { makeInput } from '../support/makeInput'

describe('solver defaults', () => {
  it('prices a bench like the latest expansion, whatever order the expansions are listed in', () => {
    const input = makeInput({
      benches: {
        expansions: [
          { year: 2030, benches: 1, costPerBench: 40_000 },
          { year: 2027, benches: 2, costPerBench: 30_000 },
        ],
      },
    })
    expect(defaultBenchCost(input)).toBe(40_000)
  })
  it('prices a bench at 25,000 CHF when the scenario has no expansion', () => {
    expect(fallbackBenchCost).toBe(25_000)
    expect(defaultBenchCost(makeInput({ benches: { expansions: [] } }))).toBe(25_000)
  })
  it('allows twice the largest yearly intake', () => {
    expect(defaultMaxIntake([2, 6, 3])).toBe(12)
    expect(defaultMaxIntake(Float64Array.from([0, 0]))).toBe(0)
  })
})
