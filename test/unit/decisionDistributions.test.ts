// Seeded random numbers and distribution quantiles: reference vectors, determinism, and closed-form CDFs.
import { describe, expect, it } from 'vitest'
import {
  checkDistribution,
  normalCdf,
  normalQuantile,
  quantile,
  type Distribution,
} from '../../shared/decision/distributions'
import { runStreamKey, runUniforms, xoshiro128ssFromWords } from '../../shared/decision/rng'

// Standard normal CDF values from Python's math.erfc (0.5 * erfc(-x / sqrt 2)), not from the code under test.
const phi: [number, number][] = [
  [-8, 6.220960574271819e-16],
  [-3, 0.0013498980316300957],
  [-1, 0.15865525393145707],
  [0, 0.5],
  [1, 0.8413447460685429],
  [2, 0.9772498680518208],
  [5, 0.9999997133484281],
]

/** Asserts |actual - expected| <= 4 standard errors (fixed seeds make this deterministic, not flaky). */
function expectWithinSe(actual: number, expected: number, standardError: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(4 * standardError)
}

/** Standard error of a share p estimated from n draws. */
const shareSe = (p: number, n: number) => Math.sqrt((p * (1 - p)) / n)

/** Share of draws at or below x. */
function ecdf(draws: number[], x: number): number {
  return draws.filter((d) => d <= x).length / draws.length
}

function draws(d: Distribution, n: number, seed: number, range?: { min: number; max: number }): number[] {
  const u = runUniforms(seed, 0)
  return Array.from({ length: n }, () => quantile(d, u(), range))
}

describe('xoshiro128** and the per-run streams', () => {
  it('matches the reference implementation from state (1, 2, 3, 4)', () => {
    // First outputs of the C reference (Blackman & Vigna), computed independently in Python.
    const next = xoshiro128ssFromWords(1, 2, 3, 4)
    expect(Array.from({ length: 6 }, next)).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492])
  })

  it('gives the same numbers for the same (seed, run) and different ones otherwise', () => {
    const take = (seed: number, run: number) => Array.from({ length: 5 }, runUniforms(seed, run))
    expect(take(42, 7)).toEqual(take(42, 7))
    expect(take(42, 7)).not.toEqual(take(42, 8))
    expect(take(42, 7)).not.toEqual(take(43, 7))
    // Seeds beyond 32 bits and negative seeds are distinct streams too.
    expect(runStreamKey(2 ** 32 + 5, 0)).not.toBe(runStreamKey(5, 0))
    expect(runStreamKey(-1, 0)).not.toBe(runStreamKey(2 ** 32 - 1, 0))
  })

  it('draws uniforms strictly inside (0, 1) with mean 1/2 and variance 1/12', () => {
    const u = runUniforms(1, 0)
    const xs = Array.from({ length: 50_000 }, u)
    expect(Math.min(...xs)).toBeGreaterThan(0)
    expect(Math.max(...xs)).toBeLessThan(1)
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length
    expectWithinSe(mean, 0.5, Math.sqrt(1 / 12 / xs.length))
    // Var((U - 1/2)^2) = 1/80 - 1/144.
    expectWithinSe(variance, 1 / 12, Math.sqrt((1 / 80 - 1 / 144) / xs.length))
  })
})

describe('normal CDF and quantile', () => {
  it('agrees with erfc-based values in the body and both tails', () => {
    for (const [x, p] of phi) {
      expect(Math.abs(normalCdf(x) - p)).toBeLessThanOrEqual(1e-9 * Math.min(p, 1 - p) + 1e-15)
    }
  })

  it('inverts the CDF', () => {
    for (const [x, p] of phi.filter(([x]) => Math.abs(x) <= 3)) expect(normalQuantile(p)).toBeCloseTo(x, 8)
    for (const p of [1e-12, 0.001, 0.02425, 0.3, 0.5, 0.9, 0.999999]) {
      expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 12)
    }
    expect(normalQuantile(0)).toBe(-Infinity)
    expect(normalQuantile(1)).toBe(Infinity)
  })
})

describe('quantile functions', () => {
  it('uniform and triangular follow their closed-form CDFs', () => {
    expect(quantile({ kind: 'uniform', min: 2, max: 6 }, 0.25)).toBe(3)
    const tri: Distribution = { kind: 'triangular', min: 0, mode: 2, max: 10 }
    // F(x) = x^2 / (10 * 2) below the mode, 1 - (10 - x)^2 / (10 * 8) above.
    expect(quantile(tri, 0.2)).toBeCloseTo(2, 12)
    expect(quantile(tri, 0.05)).toBeCloseTo(1, 12)
    expect(quantile(tri, 1 - 16 / 80)).toBeCloseTo(6, 12)
    expect(quantile(tri, 0)).toBe(0)
    expect(quantile(tri, 1)).toBe(10)
    const xs = draws(tri, 20_000, 5)
    expectWithinSe(ecdf(xs, 1), 0.05, shareSe(0.05, xs.length))
    expectWithinSe(ecdf(xs, 6), 0.8, shareSe(0.8, xs.length))
  })

  it('truncates the normal to the valid range with the right conditional distribution', () => {
    const d: Distribution = { kind: 'normal', mean: 0.2, sd: 0.5 }
    const xs = draws(d, 20_000, 9, { min: 0, max: 1 })
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...xs)).toBeLessThanOrEqual(1)
    // P(X <= 0.2 | 0 <= X <= 1) = (Phi(0) - Phi(-0.4)) / (Phi(1.6) - Phi(-0.4)), from Python's erfc.
    const p = 0.2587677860416556
    expectWithinSe(ecdf(xs, 0.2), p, shareSe(p, xs.length))
    // The quantile function itself is exact at that probability.
    expect(quantile(d, p, { min: 0, max: 1 })).toBeCloseTo(0.2, 9)
    // A range far in the upper tail still yields values inside it.
    const far = quantile({ kind: 'normal', mean: 0, sd: 1 }, 0.5, { min: 9, max: 10 })
    expect(far).toBeGreaterThanOrEqual(9)
    expect(far).toBeLessThanOrEqual(10)
  })

  it('gives the lognormal its median and spread', () => {
    const d: Distribution = { kind: 'lognormal', median: 3, sigma: 0.4 }
    expect(quantile(d, 0.5)).toBeCloseTo(3, 8)
    expect(quantile(d, phi[4]![1])).toBeCloseTo(3 * Math.exp(0.4), 6)
    const capped = draws(d, 5000, 2, { min: 0, max: 3.5 })
    expect(Math.max(...capped)).toBeLessThanOrEqual(3.5)
  })

  it('refuses bounded distributions outside the valid range, and bad parameters', () => {
    const rate = { min: 0, max: 1 }
    expect(checkDistribution({ kind: 'uniform', min: 0.1, max: 0.3 }, rate)).toBeNull()
    expect(checkDistribution({ kind: 'uniform', min: -0.1, max: 0.3 }, rate)).toMatch(/valid range/)
    expect(checkDistribution({ kind: 'triangular', min: 0.1, mode: 0.5, max: 0.3 }, rate)).toMatch(/mode/)
    expect(checkDistribution({ kind: 'normal', mean: 0.5, sd: 0 }, rate)).toMatch(/sd/)
    expect(checkDistribution({ kind: 'normal', mean: 5, sd: 1, min: 2, max: 3 }, rate)).toMatch(
      /does not meet/,
    )
    expect(checkDistribution({ kind: 'lognormal', median: 0, sigma: 1 }, rate)).toMatch(/median/)
  })
})
