// Probability distributions as quantile functions (inverse CDFs), truncated to a range: one uniform number in, one value out.

/** A distribution of one uncertain figure. Parameters are in the figure's own unit (or a factor, or a delta). */
export type Distribution =
  /** Triangular on [min, max] with its peak at `mode`. */
  | { kind: 'triangular'; min: number; mode: number; max: number }
  /** Uniform on [min, max]. */
  | { kind: 'uniform'; min: number; max: number }
  /** Normal with `mean` and standard deviation `sd` (> 0), truncated to [min, max] and to the field's valid range. */
  | { kind: 'normal'; mean: number; sd: number; min?: number; max?: number }
  /** Lognormal: `median` (> 0) times exp(sigma * Z), Z standard normal; truncated like the normal. */
  | { kind: 'lognormal'; median: number; sigma: number; min?: number; max?: number }

export type DistributionKind = Distribution['kind']

/** An interval of real numbers, both ends inclusive; either end may be infinite. */
export interface Interval {
  min: number
  max: number
}

const sqrt2pi = 2.506628274631

/**
 * Lower tail of the standard normal, P(Z <= x), accurate in both tails (Hart 1968 as given by
 * G. West, "Better approximations to cumulative normal functions", 2005; relative error below 1e-8).
 */
export function normalCdf(x: number): number {
  const z = Math.abs(x)
  let tail: number
  if (z > 37) tail = 0
  else {
    const e = Math.exp((-z * z) / 2)
    if (z < 7.07106781186547) {
      let n = 3.52624965998911e-2 * z + 0.700383064443688
      n = n * z + 6.37396220353165
      n = n * z + 33.912866078383
      n = n * z + 112.079291497871
      n = n * z + 221.213596169931
      n = n * z + 220.206867912376
      let d = 8.83883476483184e-2 * z + 1.75566716318264
      d = d * z + 16.064177579207
      d = d * z + 86.7807322029461
      d = d * z + 296.564248779674
      d = d * z + 637.333633378831
      d = d * z + 793.826512519948
      d = d * z + 440.413735824752
      tail = (e * n) / d
    } else {
      let b = z + 0.65
      b = z + 4 / b
      b = z + 3 / b
      b = z + 2 / b
      b = z + 1 / b
      tail = e / b / sqrt2pi
    }
  }
  return x > 0 ? 1 - tail : tail
}

const acklamA = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239,
]
const acklamB = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
]
const acklamC = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
]
const acklamD = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416]

/**
 * The standard normal quantile: x with P(Z <= x) = p, for p in (0, 1); -Infinity at 0, Infinity at 1.
 * Acklam's rational approximation, refined by one Halley step on `normalCdf`.
 */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity
  if (p >= 1) return Infinity
  const pLow = 0.02425
  let x: number
  if (p < pLow) {
    const q = Math.sqrt(-2 * Math.log(p))
    x = tailRational(q)
  } else if (p <= 1 - pLow) {
    const q = p - 0.5
    const r = q * q
    const [a0, a1, a2, a3, a4, a5] = acklamA
    const [b0, b1, b2, b3, b4] = acklamB
    x =
      ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
      (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p))
    x = -tailRational(q)
  }
  // One Halley step: e = Phi(x) - p, measured on the smaller tail to keep digits.
  const e = x < 0 ? normalCdf(x) - p : 1 - p - normalCdf(-x)
  const u = e * sqrt2pi * Math.exp((x * x) / 2)
  const refined = x - u / (1 + (x * u) / 2)
  return Number.isFinite(refined) ? refined : x
}

function tailRational(q: number): number {
  const [c0, c1, c2, c3, c4, c5] = acklamC
  const [d0, d1, d2, d3] = acklamD
  return (
    (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1)
  )
}

/**
 * The standard normal truncated to [lo, hi] (either may be infinite) at probability u in (0, 1).
 * Works on the lower tail of whichever side the interval lies, so intervals far in a tail keep their digits.
 */
function truncatedStandardNormal(lo: number, hi: number, u: number): number {
  if (lo > 0) return -truncatedStandardNormal(-hi, -lo, 1 - u)
  const pLo = normalCdf(lo)
  const pHi = normalCdf(hi)
  const mass = pHi - pLo
  if (!(mass > 0)) return Math.abs(lo) < Math.abs(hi) ? lo : hi
  const x = normalQuantile(pLo + u * mass)
  return Math.min(hi, Math.max(lo, x))
}

/** The interval a distribution's own parameters allow: its support, narrowed by its optional min and max. */
export function ownSupport(d: Distribution): Interval {
  switch (d.kind) {
    case 'triangular':
    case 'uniform':
      return { min: d.min, max: d.max }
    case 'normal':
      return { min: d.min ?? -Infinity, max: d.max ?? Infinity }
    case 'lognormal':
      return { min: Math.max(0, d.min ?? 0), max: d.max ?? Infinity }
  }
}

/**
 * The value of `d` at cumulative probability `u` in [0, 1] (its quantile), with normal and lognormal
 * truncated to `range` (and to their own min/max). Triangular and uniform are not truncated: their
 * support must already lie within the range (see `checkDistribution`); the result is clamped to it only
 * to absorb rounding. `u` = 0 and 1 give the ends of the (truncated) support.
 */
export function quantile(
  d: Distribution,
  u: number,
  range: Interval = { min: -Infinity, max: Infinity },
): number {
  let x: number
  switch (d.kind) {
    case 'uniform':
      x = d.min + u * (d.max - d.min)
      break
    case 'triangular': {
      const width = d.max - d.min
      if (width === 0) x = d.min
      else {
        const split = (d.mode - d.min) / width
        x =
          u < split
            ? d.min + Math.sqrt(u * width * (d.mode - d.min))
            : d.max - Math.sqrt((1 - u) * width * (d.max - d.mode))
      }
      break
    }
    case 'normal': {
      const lo = Math.max(range.min, d.min ?? -Infinity)
      const hi = Math.min(range.max, d.max ?? Infinity)
      x = d.mean + d.sd * truncatedStandardNormal((lo - d.mean) / d.sd, (hi - d.mean) / d.sd, u)
      break
    }
    case 'lognormal': {
      const lo = Math.max(range.min, d.min ?? 0, 0)
      const hi = Math.min(range.max, d.max ?? Infinity)
      const zLo = lo > 0 ? Math.log(lo / d.median) / d.sigma : -Infinity
      const zHi = Number.isFinite(hi) ? Math.log(hi / d.median) / d.sigma : Infinity
      x = d.median * Math.exp(d.sigma * truncatedStandardNormal(zLo, zHi, u))
      break
    }
  }
  return Math.min(range.max, Math.max(range.min, x))
}

/** Why the distribution's parameters are unusable within `range` (a sentence fragment), or null when they are fine. */
export function checkDistribution(d: Distribution, range: Interval): string | null {
  const values = Object.entries(d).filter(([k]) => k !== 'kind')
  for (const [key, value] of values) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return `${key} must be a finite number`
  }
  const within = (x: number) => x >= range.min && x <= range.max
  const rangeText = `${fmt(range.min)} … ${fmt(range.max)}`
  switch (d.kind) {
    case 'uniform':
      if (!(d.min <= d.max)) return 'min must not exceed max'
      if (!within(d.min) || !within(d.max)) return `min and max must lie within the valid range ${rangeText}`
      return null
    case 'triangular':
      if (!(d.min <= d.mode && d.mode <= d.max)) return 'needs min <= mode <= max'
      if (!within(d.min) || !within(d.max)) return `min and max must lie within the valid range ${rangeText}`
      return null
    case 'normal':
    case 'lognormal': {
      if (d.kind === 'normal' && !(d.sd > 0)) return 'sd must be greater than 0'
      if (d.kind === 'lognormal' && !(d.median > 0)) return 'median must be greater than 0'
      if (d.kind === 'lognormal' && !(d.sigma > 0)) return 'sigma must be greater than 0'
      const own = ownSupport(d)
      if (own.min > own.max) return 'min must not exceed max'
      if (Math.max(own.min, range.min) > Math.min(own.max, range.max))
        return `its min … max does not meet the valid range ${rangeText}`
      return null
    }
  }
}

function fmt(x: number): string {
  return x === Infinity ? '∞' : x === -Infinity ? '−∞' : String(x)
}
