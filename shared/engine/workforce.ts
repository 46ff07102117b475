// docs/model-equations.md "Workforce": joiners (with the v2 hiring policies), working headcount, then attrition -> promotion -> ageing -> retirement, by grade and age.
import { maxAgeYears, minAgeYears } from '../model/limits'
import type { ModelInput } from '../model/types'
import { gradeAt, type Layout } from './layout'
import type { ResolvedSeries } from './resolve'
import type { Training } from './training'

/** Workforce flows of every grade and year (FTE), laid out [g * H + t]. */
export interface Workforce {
  /** W[g][t], working headcount after joiners. */
  headcount: Float64Array
  /** J[g][t], all joiners at the start of year t (hires and captured graduates of year t-1). */
  joiners: Float64Array
  /** Hr[g][t] = min(HW, marketLimit), HW being planned hires plus (v2) backfill and gap hiring. */
  hires: Float64Array
  /** FTE removed by attrition at the end of year t. */
  leavers: Float64Array
  /** FTE whose new age reached retirementAge, plus (v2) those the retirement profile retires, at the end of year t. */
  retirements: Float64Array
}

/** The workforce of a run, computed one year at a time: year t's hiring reacts to year t-1's service. */
export interface WorkforceRun extends Workforce {
  /**
   * Year t: joiners (1), working headcount (2) and the end-of-year flows (3). `gapFte` is the service's
   * gapFte array ([g * H + t]), read at t-1 only. The end-of-year flows need nothing of year t's capacity,
   * service or cost, so doing them here gives the figures of the page's order.
   */
  step(t: number, gapFte: Float64Array): void
}

// Module-level copies: an imported binding can compile to a getter call, too slow for the age loops.
const minAge = minAgeYears
const ages = maxAgeYears - minAgeYears + 1

/**
 * Sees the stocks by grade and age, `N[g * ageCount + (age - 15)]` (FTE): after joiners in each year t,
 * and once more with t = H for the stocks left at the end of the horizon. For reports (the age pyramid);
 * it must not change the array.
 */
export type AgeObserver = (t: number, stocks: Float64Array) => void

export const ageCount = maxAgeYears - minAgeYears + 1

export function createWorkforce(
  input: ModelInput,
  layout: Layout,
  series: ResolvedSeries,
  training: Training,
  observe?: AgeObserver,
): WorkforceRun {
  const { H } = layout
  const G = input.grades.length
  const W = new Float64Array(G * H)
  const J = new Float64Array(G * H)
  const Hr = new Float64Array(G * H)
  const leavers = new Float64Array(G * H)
  const retirements = new Float64Array(G * H)
  // N[g][a] at index g * ages + (a - minAgeYears); `next` receives the aged stocks.
  let N = new Float64Array(G * ages)
  let next = new Float64Array(G * ages)

  // t = 0: the roster.
  for (const entry of input.workforce.roster) {
    N[gradeAt(layout, entry.grade) * ages + entry.age - minAge] += entry.fte
  }
  const hireSlot = input.workforce.hireAge - minAge
  const entries = input.training.map((p) => ({
    grade: gradeAt(layout, p.entryGrade),
    slot: p.entryAge - minAge,
    captureRate: p.captureRate,
  }))
  // Age slot a holds age minAge + a; its new age minAge + a + 1 reaches retirementAge from this slot on.
  const firstRetiringSlot = input.retirementAge - minAge - 1
  // (v2) profileShare[a]: share retiring of those whose new age is minAge + a + 1 (below retirementAge).
  const profileShare = new Float64Array(ages)
  let hasProfile = false
  for (const [key, share] of Object.entries(input.workforce.retirementProfile ?? {})) {
    const slot = Number(key) - minAge - 1
    if (slot >= 0 && slot < firstRetiringSlot && share > 0) {
      profileShare[slot] = share
      hasProfile = true
    }
  }
  // Slots outside lo..hi stay 0 all along (nobody joins below lo; above firstRetiringSlot only joiners
  // of that year), and sums over them would only add zeros: the loops skip them.
  let lo = Math.min(hireSlot, ages - 1)
  let hi = Math.max(hireSlot, firstRetiringSlot)
  for (const entry of input.workforce.roster) {
    lo = Math.min(lo, entry.age - minAge)
    hi = Math.max(hi, entry.age - minAge)
  }
  for (const entry of entries) {
    lo = Math.min(lo, entry.slot)
    hi = Math.max(hi, entry.slot)
  }
  lo = Math.max(0, lo)
  hi = Math.min(ages - 1, hi)

  const step = (t: number, gapFte: Float64Array): void => {
    // Locals, not the closure's reassigned variables, in the loops below (V8 keeps them in registers).
    const stocks = N
    const aged = next
    const from = lo
    const to = hi
    const profile = hasProfile ? profileShare : null
    // 1. Joiners. (v2) Wanted hires HW = hires + backfill * (leavers + retirements of t-1) + gapHiring *
    // gapFte of t-1, the last-year terms 0 at t = 0; Hr = min(HW, marketLimit), at hireAge.
    for (let g = 0; g < G; g++) {
      const i = g * H + t
      const hires = series.hires[g]
      const backfill = series.backfill[g]
      const gapHiring = series.gapHiring[g]
      const limit = series.marketLimit[g]
      let wanted = hires === null ? 0 : hires[t]
      if (t > 0) {
        if (backfill !== null) wanted += backfill[t] * (leavers[i - 1] + retirements[i - 1])
        if (gapHiring !== null) wanted += gapHiring[t] * gapFte[i - 1]
      }
      const hired = limit === null ? wanted : Math.min(wanted, limit[t])
      Hr[i] = hired
      J[i] = hired
      stocks[g * ages + hireSlot] += hired
    }
    // Then graduates of year t-1 at entryAge: captureRate * GR[p][t-1].
    if (t > 0) {
      for (let p = 0; p < entries.length; p++) {
        const { grade, slot, captureRate } = entries[p]
        const joining = captureRate * training.graduates[p * H + t - 1]
        J[grade * H + t] += joining
        stocks[grade * ages + slot] += joining
      }
    }
    observe?.(t, stocks)
    // 2. Working headcount W[g][t] = sum over a of N[g][a], after joiners; and 3a. attrition at the
    // end of the year, N *= (1 - attritionRate[g]), the removed FTE being leavers.
    for (let g = 0; g < G; g++) {
      const rate = input.grades[g].attritionRate
      W[g * H + t] = countAndAttrite(stocks, g * ages + from, g * ages + to, rate, leavers, g * H + t)
    }
    // 3b. Promotion, every grade below the top at once, from the stocks after attrition: going from
    // the top down, grade g+1 has already sent its own promotions when it receives g's.
    for (let g = G - 2; g >= 0; g--) {
      promote(stocks, g * ages + from, g * ages + to, input.grades[g].promotionRate)
    }
    // 3c. Ageing a -> a+1; whoever's new age is >= retirementAge retires; (v2) then N * r of a new age
    // the retirement profile names with share r.
    for (let g = 0; g < G; g++) {
      retirements[g * H + t] = ageAndRetire(stocks, aged, g * ages, from, to, firstRetiringSlot, profile)
    }
    next = stocks
    N = aged
    if (t === H - 1) observe?.(H, aged)
  }
  return { headcount: W, joiners: J, hires: Hr, leavers, retirements, step }
}

/** W of one grade (the sum of stocks[start..end]), then attrition in place; leavers[at] gets the FTE removed. */
function countAndAttrite(
  stocks: Float64Array,
  start: number,
  end: number,
  rate: number,
  leavers: Float64Array,
  at: number,
): number {
  // One pass: each stock is added to W before attrition touches it.
  const kept = 1 - rate
  let w = 0
  let left = 0
  for (let i = start; i <= end; i++) {
    const n = stocks[i]
    w += n
    left += n * rate
    stocks[i] = n * kept
  }
  leavers[at] = left
  return w
}

/** Moves stocks[i] * rate to the same age one grade up (ages apart), for i in start..end. */
function promote(stocks: Float64Array, start: number, end: number, rate: number): void {
  for (let i = start; i <= end; i++) {
    const moved = stocks[i] * rate
    stocks[i] = stocks[i] - moved
    stocks[i + ages] = stocks[i + ages] + moved
  }
}

/**
 * Ages one grade's stocks (from `stocks` into `aged`, slots from..to after `base`) and returns the FTE
 * retiring: all whose new age reaches retirementAge, and (v2) profile[a] of those whose new age the
 * retirement profile names.
 */
function ageAndRetire(
  stocks: Float64Array,
  aged: Float64Array,
  base: number,
  from: number,
  to: number,
  firstRetiringSlot: number,
  profile: Float64Array | null,
): number {
  let retired = 0
  aged.fill(0, base + from, base + to + 1)
  for (let a = from; a <= to; a++) {
    const i = base + a
    if (a >= firstRetiringSlot) retired += stocks[i]
    else if (profile !== null && profile[a] > 0) {
      const leaving = stocks[i] * profile[a]
      retired += leaving
      aged[i + 1] = stocks[i] - leaving
    } else aged[i + 1] = stocks[i]
  }
  return retired
}
