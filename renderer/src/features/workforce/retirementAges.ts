// (v2) The retirement profile editor's pure logic: its ages in order and the age a new row suggests.
import type { ModelInput } from '@shared/model/types'
import { minAgeYears } from '@shared/model/limits'

/** The profile's ages, youngest first (keys are whole ages written as text). */
export function profileAges(profile: Record<string, number> | undefined): string[] {
  return Object.keys(profile ?? {}).sort((a, b) => Number(a) - Number(b))
}

/** The age a new row suggests: one below the youngest given, else two below the retirement age. */
export function nextProfileAge(input: ModelInput): number {
  const ages = profileAges(input.workforce.retirementProfile).map(Number)
  const below = ages.length > 0 ? Math.min(...ages) - 1 : input.retirementAge - 2
  return Math.max(minAgeYears, below)
}
