// Rounds a planned roster import to 5-year age bands: in a small team an exact age can point to one person.
import type { RosterEntry } from '../../../shared/model/types'
import type { PlannedImport } from './planImport'

/** Width of an age band, in years. */
export const AGE_BAND_YEARS = 5

/** The middle of the band `age` falls in: 30–34 → 32, 60–64 → 62. */
export function bandAge(age: number): number {
  return Math.floor(age / AGE_BAND_YEARS) * AGE_BAND_YEARS + Math.floor(AGE_BAND_YEARS / 2)
}

/**
 * The same plan with every roster cohort moved to the middle of its age band (cohorts of one grade and
 * band added up); the preview rows show the banded ages too, so nothing exact leaves the store.
 */
export function withAgeBands(plan: PlannedImport): PlannedImport {
  if (plan.data.kind !== 'roster') return plan
  const rows = plan.data.rows.map((r) => ({ ...r, age: bandAge(r.age) }))
  const sets = plan.sets.map((set) => {
    if (set.path !== 'workforce/roster') return set
    const totals = new Map<string, RosterEntry>()
    for (const entry of set.value as RosterEntry[]) {
      const age = bandAge(entry.age)
      const key = `${entry.grade}\u0000${age}`
      const sum = totals.get(key) ?? { ...entry, age, fte: 0 }
      sum.fte += entry.fte
      totals.set(key, sum)
    }
    return { path: set.path, value: [...totals.values()] }
  })
  return { ...plan, data: { kind: 'roster', rows }, sets }
}
