// The pre-owned market's growth, tapering, that the samples share (sources in each sample's table).

/**
 * Pre-owned growth by year: 10 %/yr to 2030 (the middle of BCG & WatchBox ≈ 10 %/yr to 2026, McKinsey
 * 8–10 %, LuxeConsult 12 %/yr 2025–2033), then converging to 3 %/yr, the top of new-watch growth
 * (McKinsey +1–3 %), with 30 % of the excess gone each year. Why a taper: pre-owned watches come out of
 * the installed base, so resale cannot outgrow the first-hand market for ever (Deloitte 2024: the market
 * has "normalized"). Growth at t = 0 is never used.
 */
export const preOwnedGrowthTapering = 'year <= 2030 ? 0.1 : 0.03 + 0.07 * 0.7 ^ (year - 2030)'
