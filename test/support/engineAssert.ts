// Assertions for hand-computed engine cases: validate-then-project, closeness to 1e-12, and picking a figure per year.
import { expect } from 'vitest'
import { project } from '../../shared/engine'
import { validateInput } from '../../shared/model/schema'
import type { ModelInput, ModelResult } from '../../shared/model/types'

/** Projects an input after checking that it is valid (every case here must be a legal scenario). */
export function run(input: ModelInput): ModelResult {
  const validation = validateInput(input)
  if (!validation.ok) throw new Error(validation.problems.map((p) => p.message).join('\n'))
  return project(input)
}

/** Relative 1e-12 (absolute near 0): the arithmetic below is exact to far better than that. */
export function expectClose(actual: number | null | undefined, expected: number): void {
  expect(actual).not.toBeNull()
  expect(actual).toBeDefined()
  const a = actual as number
  if (Math.abs(a - expected) > 1e-12 * Math.max(1, Math.abs(expected))) {
    expect.fail(`expected ${a} to be close to ${expected}`)
  }
}

export function expectSeries(actual: (number | null)[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length)
  actual.forEach((a, t) => expectClose(a, expected[t]))
}

export const pick = <K extends keyof ModelResult['years'][number]>(r: ModelResult, key: K) =>
  r.years.map((y) => y[key])
export const pickId = (
  r: ModelResult,
  key: 'demandHours' | 'capacityHours' | 'servedHours' | 'unservedHours' | 'lostHours' | 'backlogHours',
  id: string,
) => r.years.map((y) => y[key][id])
export const pickWf = (
  r: ModelResult,
  key: 'headcount' | 'joiners' | 'hires' | 'leavers' | 'retirements',
  id: string,
) => r.years.map((y) => y[key][id])
