// The roster as an age × grade grid and back: what the editable age pyramid shows and the roster it writes.
import type { RosterEntry } from '@shared/model/types'
import { maxAgeYears, minAgeYears } from '@shared/model/limits'
import { cleanFloat } from '../../components/fields/numberText'

export const AGES: readonly number[] = Array.from(
  { length: maxAgeYears - minAgeYears + 1 },
  (_, i) => minAgeYears + i,
)

/** FTE of one grade at one integer age, summed over the roster's entries (a roster may repeat a cohort). */
export function fteAt(roster: readonly RosterEntry[], grade: string, age: number): number {
  let sum = 0
  for (const e of roster) if (e.grade === grade && e.age === age) sum += e.fte
  return cleanFloat(sum)
}

/**
 * The roster with the FTE of (grade, age) set to `fte`: every entry of that cohort is replaced by one entry
 * (none when `fte` is 0), in place of the first one so the order the user knows is kept; other entries are
 * untouched. The input is not changed.
 */
export function setCohort(
  roster: readonly RosterEntry[],
  grade: string,
  age: number,
  fte: number,
): RosterEntry[] {
  const out: RosterEntry[] = []
  let placed = false
  for (const e of roster) {
    if (e.grade === grade && e.age === age) {
      if (!placed && fte !== 0) out.push({ grade, age, fte })
      placed = true
    } else out.push({ ...e })
  }
  if (!placed && fte !== 0) out.push({ grade, age, fte })
  return out
}

export interface AgeBand {
  /** First and last age of the band, inclusive. */
  from: number
  to: number
}

/** Bands of `width` years from minAgeYears (15–19, 20–24, … 75–79, 80). */
export function ageBands(width = 5): AgeBand[] {
  const bands: AgeBand[] = []
  for (let from = minAgeYears; from <= maxAgeYears; from += width) {
    bands.push({ from, to: Math.min(maxAgeYears, from + width - 1) })
  }
  return bands
}

/** FTE per grade within a band, in the order of `grades`. */
export function bandTotals(
  roster: readonly RosterEntry[],
  grades: readonly string[],
  band: AgeBand,
): number[] {
  return grades.map((g) => {
    let sum = 0
    for (const e of roster) if (e.grade === g && e.age >= band.from && e.age <= band.to) sum += e.fte
    return cleanFloat(sum)
  })
}

/** FTE per grade over the whole roster, in the order of `grades`. */
export function gradeTotals(roster: readonly RosterEntry[], grades: readonly string[]): number[] {
  return bandTotals(roster, grades, { from: -Infinity, to: Infinity })
}

/** The bands holding at least one FTE (the ones the pyramid opens by default). */
export function occupiedBands(roster: readonly RosterEntry[], bands: readonly AgeBand[]): AgeBand[] {
  return bands.filter((b) => roster.some((e) => e.fte > 0 && e.age >= b.from && e.age <= b.to))
}
