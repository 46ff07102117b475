// Percentiles of a sample: linear interpolation between order statistics (Hyndman & Fan type 7, as numpy and Excel).

/**
 * The p-quantile (0 <= p <= 1) of an ascending-sorted sample: with h = (n - 1) p, the value at
 * floor(h) plus the fraction of the step to the next value. Infinity values sort last and are returned
 * as Infinity when the quantile falls on or beyond them. NaN for an empty sample.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length
  if (n === 0) return NaN
  const h = (n - 1) * p
  const lo = Math.floor(h)
  const frac = h - lo
  const a = sorted[lo]!
  if (frac === 0 || lo + 1 >= n) return a
  const b = sorted[lo + 1]!
  if (!Number.isFinite(a) || !Number.isFinite(b)) return b
  return a + frac * (b - a)
}

/** P10, P50 and P90 of one figure; null stands for Infinity (a turnaround the engine could not compute). */
export interface Quantiles {
  p10: number | null
  p50: number | null
  p90: number | null
  /** Mean over the runs; null when a run gave Infinity. */
  mean: number | null
}

/** The quantiles of `values` (not changed; sorted in a copy). The mean sums in the given order, for determinism. */
export function quantilesOf(values: Float64Array): Quantiles {
  const sorted = values.slice().sort()
  let sum = 0
  for (let i = 0; i < values.length; i++) sum += values[i]!
  const show = (x: number) => (Number.isFinite(x) ? x : null)
  return {
    p10: show(quantileSorted(sorted, 0.1)),
    p50: show(quantileSorted(sorted, 0.5)),
    p90: show(quantileSorted(sorted, 0.9)),
    mean: values.length > 0 ? show(sum / values.length) : null,
  }
}
