// docs/model-equations.md "Demand": new and pre-owned sales, installed base, jobs per segment and hours of demand per grade.
import type { ModelInput } from '../model/types'
import { gradeAt, type Layout } from './layout'
import type { ResolvedSeries } from './resolve'

/** Demand of every year; arrays are laid out [entity * H + t]. */
export interface Demand {
  /** NS[s][t], new watches sold (watches/yr). */
  newSales: Float64Array
  /** PO[s][t], pre-owned watches changing hands (watches/yr). */
  preOwned: Float64Array
  /** IB[s][t], watches in use at the start of year t. */
  installedBase: Float64Array
  /** jobs[s][t] = SCN + WA + RS, service jobs brought in (jobs/yr). */
  jobs: Float64Array
  /** (v2) RS[s][t] = PO * preOwnedServiceRate, resale (certification) services (jobs/yr). */
  resaleJobs: Float64Array
  /** D[g][t], bench hours of demand for grade g (h/yr). */
  demandHours: Float64Array
}

export function computeDemand(input: ModelInput, layout: Layout, series: ResolvedSeries): Demand {
  const { H } = layout
  const S = input.segments.length
  const G = input.grades.length
  const NS = new Float64Array(S * H)
  const PO = new Float64Array(S * H)
  const IB = new Float64Array(S * H)
  const jobs = new Float64Array(S * H)
  const RS = new Float64Array(S * H)
  // SCN + WA, the owners' own services, kept for the resale split of D.
  const owners = new Float64Array(S * H)
  const D = new Float64Array(G * H)

  // LF[t] = (1 - productivityGain)^t
  const LF = new Float64Array(H)
  for (let t = 0; t < H; t++) LF[t] = Math.pow(1 - input.service.productivityGain, t)

  for (let s = 0; s < S; s++) {
    const seg = input.segments[s]
    const growthNS = series.newSalesGrowth[s]
    const growthPO = series.preOwnedGrowth[s]
    const uptake = series.serviceUptake[s]
    const o = s * H
    // NS[s][0] = newSales, NS[s][t] = NS[s][t-1] * (1 + newSalesGrowth[t]); likewise PO.
    NS[o] = seg.newSales
    PO[o] = seg.preOwned
    for (let t = 1; t < H; t++) {
      NS[o + t] = NS[o + t - 1] * (1 + growthNS[t])
      PO[o + t] = PO[o + t - 1] * (1 + growthPO[t])
    }
    // IB[s][0] = installedBase, IB[s][t+1] = IB[s][t] * (1 - scrapRate) + NS[s][t]
    IB[o] = seg.installedBase
    for (let t = 0; t + 1 < H; t++) IB[o + t + 1] = IB[o + t] * (1 - seg.scrapRate) + NS[o + t]
    // SC = IB * serviceUptake / serviceIntervalYears; WA = NS * warrantyClaimRate; RS = PO * preOwnedServiceRate;
    // (v2) SCN = max(0, SC - resaleReplacesService * RS); jobs = SCN + WA + RS.
    const replaces = seg.resaleReplacesService ?? 0
    for (let t = 0; t < H; t++) {
      const sc = (IB[o + t] * uptake[t]) / seg.serviceIntervalYears
      const rs = PO[o + t] * seg.preOwnedServiceRate
      const scn = replaces === 0 ? sc : Math.max(0, sc - replaces * rs)
      const own = scn + NS[o + t] * seg.warrantyClaimRate
      owners[o + t] = own
      RS[o + t] = rs
      jobs[o + t] = own + rs
    }
  }

  // D[g][t] = sum over s, then job types j (in the order of `jobTypes`) with grade(j) = g, of
  // jobs[s][t] * jobMix[s][j] * hoursPerJob[s][j] * LF[t] (v1), or, with a resale mix, of
  // ((SCN + WA) * jobMix * hoursPerJob + RS * resaleJobMix * resaleHoursPerJob) * LF[t] (v2). Both are the
  // same sum of non-negative terms, so any order keeps 1e-9; without a resale mix the v1 form gives v1's
  // figures bit for bit. Each D[g][t] receives its terms in that order whatever the loop nesting, so the
  // years run innermost.
  const jobGrades = input.jobTypes.map((j) => gradeAt(layout, j.grade))
  for (let s = 0; s < S; s++) {
    const seg = input.segments[s]
    const o = s * H
    const resaleMix = seg.resaleJobMix
    const resaleHours = seg.resaleHoursPerJob
    for (let j = 0; j < input.jobTypes.length; j++) {
      const jobTypeId = input.jobTypes[j].id
      const d = jobGrades[j] * H
      if (resaleMix === undefined || resaleHours === undefined) {
        if (!Object.hasOwn(seg.jobMix, jobTypeId)) continue
        const mix = seg.jobMix[jobTypeId]
        const hours = seg.hoursPerJob[jobTypeId]
        for (let t = 0; t < H; t++) D[d + t] += jobs[o + t] * mix * hours * LF[t]
        continue
      }
      const own = Object.hasOwn(seg.jobMix, jobTypeId)
        ? seg.jobMix[jobTypeId] * seg.hoursPerJob[jobTypeId]
        : 0
      const resale = Object.hasOwn(resaleMix, jobTypeId) ? resaleMix[jobTypeId] * resaleHours[jobTypeId] : 0
      if (own === 0 && resale === 0) continue
      for (let t = 0; t < H; t++) D[d + t] += (owners[o + t] * own + RS[o + t] * resale) * LF[t]
    }
  }
  return { newSales: NS, preOwned: PO, installedBase: IB, jobs, resaleJobs: RS, demandHours: D }
}
