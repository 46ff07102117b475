// Pure helpers of the Formation screen: students at the start (steady state or per year of study) and a duration change.
import type { Programme } from '@shared/model/types'
import { cleanFloat } from '../../components/fields/numberText'

/** Students per year of study at year 0 when none are given: intake[0] × (1 − dropout)^k, as the engine assumes. */
export function steadyStateStudents(
  firstIntake: number,
  durationYears: number,
  dropoutRate: number,
): number[] {
  return Array.from({ length: durationYears }, (_, k) => cleanFloat(firstIntake * (1 - dropoutRate) ** k))
}

/** `initial` cut or extended to `durationYears` values; an added year keeps the last one less its dropout. */
export function resizeStudents(
  initial: readonly number[],
  durationYears: number,
  dropoutRate: number,
): number[] {
  const out = initial.slice(0, durationYears)
  while (out.length < durationYears) {
    const last = out.length > 0 ? out[out.length - 1]! : 0
    out.push(cleanFloat(last * (1 - dropoutRate)))
  }
  return out
}

/**
 * What a new duration writes: the duration alone when the programme has no initialStudents, else the whole
 * programme with its initialStudents resized (the schema wants exactly one value per year of study).
 */
export function durationWrite(programme: Programme, durationYears: number): { path: string; value: unknown } {
  if (!programme.initialStudents)
    return { path: `training/${programme.id}/durationYears`, value: durationYears }
  const valid = Number.isInteger(durationYears) && durationYears >= 1
  return {
    path: `training/${programme.id}`,
    value: {
      ...programme,
      durationYears,
      initialStudents: valid
        ? resizeStudents(programme.initialStudents, durationYears, programme.dropoutRate)
        : programme.initialStudents,
    },
  }
}

/** Switches between steady state (no initialStudents) and explicit values (starting from the steady state). */
export function steadyStateWrite(
  programme: Programme,
  steady: boolean,
  firstIntake: number,
): { path: string; value: unknown } {
  if (steady) {
    const { initialStudents: _dropped, ...rest } = programme
    return { path: `training/${programme.id}`, value: rest }
  }
  return {
    path: `training/${programme.id}/initialStudents`,
    value: steadyStateStudents(firstIntake, programme.durationYears, programme.dropoutRate),
  }
}
