// The solver's defaults, used by the solver (electron/decision) and shown by the Decisions screen: one home for both.
import type { ModelInput } from '../model/types'

/** Bench price when neither the options nor the scenario's expansions give one (CHF, the samples' assumption). */
export const fallbackBenchCost = 25_000

/** Cost of one new bench the solver uses when none is given: the scenario's latest expansion's, else the fallback (CHF). */
export function defaultBenchCost(input: ModelInput): number {
  const latest = [...input.benches.expansions].sort((a, b) => a.year - b.year).at(-1)
  return latest?.costPerBench ?? fallbackBenchCost
}

/**
 * Most students a programme may admit per year when none is given (students/yr): its largest number of
 * places (v2 maxIntake, one value per year) when it has places, else twice its largest yearly intake.
 */
export function defaultMaxIntake(
  intakePerYear: ArrayLike<number>,
  placesPerYear?: ArrayLike<number>,
): number {
  if (placesPerYear !== undefined) return Math.max(0, ...Array.from(placesPerYear))
  return 2 * Math.max(0, ...Array.from(intakePerYear))
}
