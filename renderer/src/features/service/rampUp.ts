// (v2) The ramp-up editor's pure logic: the yearly shares a joiner gives, with the v1 one-year factor as the default.
import type { ModelInput } from '@shared/model/types'

/** The shares of a full year a joiner gives in its 1st, 2nd, … year; without rampUp, the one-year rampUpFactor. */
export function rampUpYears(input: ModelInput): number[] {
  return input.service.rampUp ?? [input.service.rampUpFactor]
}
