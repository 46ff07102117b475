// Market and service figures the samples share: the tapering pre-owned growth, the shortage rule, ramp-up and overtime.

/**
 * Pre-owned growth by year: 10 %/yr to 2030 (the middle of BCG & WatchBox ≈ 10 %/yr to 2026, McKinsey
 * 8–10 %, LuxeConsult 12 %/yr 2025–2033), then converging to 3 %/yr, the top of new-watch growth
 * (McKinsey +1–3 %), with 30 % of the excess gone each year. Why a taper: pre-owned watches come out of
 * the installed base, so resale cannot outgrow the first-hand market for ever (Deloitte 2024: the market
 * has "normalized"). Growth at t = 0 is never used.
 */
export const preOwnedGrowthTapering = 'year <= 2030 ? 0.1 : 0.03 + 0.07 * 0.7 ^ (year - 2030)'

/**
 * Service figures the three samples share: a year is short when more than 2 % of the work is left undone;
 * joiners give 50 % of a year, then 80 % (domain-data §7.1, Patek USA's "one or two years"); overtime up
 * to 5 % of each grade's hours (the CCT's 30–45 h weeks; the OFS's 1 h 11 a week) at +25 %.
 */
export function sharedService() {
  return {
    shortageTolerance: 0.02,
    productivityGain: 0,
    rampUpFactor: 0.5,
    rampUp: [0.5, 0.8],
    statusBasis: 'workshop' as const,
    overtimeShare: 0.05,
    overtimePremium: 0.25,
  }
}
