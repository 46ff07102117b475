// Decision-tool benchmarks: 10,000 Monte Carlo runs of the Geneva sample on one core, and the solver (fractional and whole people) on the same sample.
import { solvePlan } from '../electron/decision/solver'
import { runMonteCarlo } from '../shared/decision/montecarlo'
import { defaultUncertainty, type Uncertainty } from '../shared/decision/uncertainty'
import { atelierGeneve } from '../shared/sample'
import type { BenchCase } from './run'

/** Goals of issue 6 (milliseconds). */
export const MONTE_CARLO_GOAL_MS = 2000
export const SOLVER_GOAL_MS = 2000

/** The default uncertainty plus workforce figures, which make every run rerun the workforce part of the engine. */
function withWorkforce(): Uncertainty {
  const input = atelierGeneve.base
  return [
    ...defaultUncertainty(input),
    ...input.grades.map((g) => ({
      path: `grades/${g.id}/attritionRate`,
      apply: 'scale' as const,
      distribution: { kind: 'triangular' as const, min: 0.7, mode: 1, max: 1.3 },
    })),
  ]
}

export function decisionCases(): BenchCase[] {
  const input = atelierGeneve.base
  return [
    {
      name: 'decision: Monte Carlo, 10,000 runs of the Geneva sample (default uncertainty), one core',
      goalMs: MONTE_CARLO_GOAL_MS,
      runs: 3,
      warmupRuns: 1,
      fn: () => runMonteCarlo(input, defaultUncertainty(input), { runs: 10_000, seed: 1 }),
      note: '12 market figures uncertain: demand and service rerun per run, the workforce is computed once',
    },
    {
      name: 'decision: Monte Carlo, 10,000 runs with attrition uncertain too (informative)',
      goalMs: MONTE_CARLO_GOAL_MS,
      runs: 3,
      warmupRuns: 1,
      fn: () => runMonteCarlo(input, withWorkforce(), { runs: 10_000, seed: 1 }),
      note: 'every run reruns the workforce part (computeWorkforce dominates)',
    },
    {
      name: 'decision: solver, cheapest plan for the Geneva sample',
      goalMs: SOLVER_GOAL_MS,
      measure: async () => {
        // The first call loads HiGHS (WebAssembly) and compiles the code paths: reported apart.
        const coldStart = performance.now()
        await solvePlan(input)
        const coldMs = performance.now() - coldStart
        const runsMs: number[] = []
        let feasible = false
        for (let i = 0; i < 7; i++) {
          const start = performance.now()
          feasible = (await solvePlan(input)).feasible
          runsMs.push(performance.now() - start)
        }
        const sorted = [...runsMs].sort((a, b) => a - b)
        return { medianMs: sorted[3]!, runsMs, details: { firstCallMs: coldMs, feasible } }
      },
    },
    {
      name: 'decision: solver, whole people (MIP), Geneva sample (informative)',
      goalMs: SOLVER_GOAL_MS,
      measure: async () => {
        const runsMs: number[] = []
        let feasible = false
        for (let i = 0; i < 3; i++) {
          const start = performance.now()
          feasible = (await solvePlan(input, { whole: true })).feasible
          runsMs.push(performance.now() - start)
        }
        const sorted = [...runsMs].sort((a, b) => a - b)
        return { medianMs: sorted[1]!, runsMs, details: { feasible } }
      },
    },
  ]
}
