// Seeded pseudo-random numbers: xoshiro128** seeded through splitmix32, one independent stream per (seed, run index).

/** A stream of uniform numbers in the open interval (0, 1). */
export type UniformSource = () => number

const twoPow32 = 4294967296

/** splitmix32 (Vigna's splitmix constants for 32 bits): turns any 32-bit state into a well-mixed sequence. */
function splitmix32(state: number): () => number {
  let a = state | 0
  return () => {
    a = (a + 0x9e3779b9) | 0
    let t = a ^ (a >>> 16)
    t = Math.imul(t, 0x21f0aaad)
    t = t ^ (t >>> 15)
    t = Math.imul(t, 0x735a2d97)
    return (t ^ (t >>> 15)) >>> 0
  }
}

/** MurmurHash3's 32-bit finaliser: a bijective mix of one 32-bit word. */
function fmix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * xoshiro128** 1.1 (Blackman & Vigna, 2018) with its four 32-bit words of state set by splitmix32 from
 * `state`. Returns raw 32-bit outputs.
 */
export function xoshiro128ss(state: number): () => number {
  const init = splitmix32(state)
  return xoshiro128ssFromWords(init(), init(), init(), init())
}

/** xoshiro128** from its four state words (not all 0); exported for the reference test vector. */
export function xoshiro128ssFromWords(w0: number, w1: number, w2: number, w3: number): () => number {
  let s0 = w0 | 0
  let s1 = w1 | 0
  let s2 = w2 | 0
  let s3 = w3 | 0
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1
  return () => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0
    const t = s1 << 9
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotl(s3, 11)
    return result
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k))
}

/**
 * The 32-bit stream key of run `runIndex` under `seed`: a hash of both, so that run i draws the same
 * numbers whichever worker runs it and whatever runs come before it. `seed` is any safe integer
 * (negative seeds and seeds above 2^32 are distinct), `runIndex` an integer from 0.
 */
export function runStreamKey(seed: number, runIndex: number): number {
  const low = seed >>> 0
  const high = Math.floor(seed / twoPow32) >>> 0
  let h = fmix32(low ^ 0x5bd1e995)
  h = fmix32((h + Math.imul(high, 0x27d4eb2f)) >>> 0)
  h = fmix32((h ^ Math.imul(runIndex >>> 0, 0x165667b1)) >>> 0)
  return fmix32((h + Math.floor(runIndex / twoPow32)) >>> 0)
}

/** Uniform numbers in (0, 1) for run `runIndex` of the Monte Carlo run seeded `seed`: (k + 0.5) / 2^32. */
export function runUniforms(seed: number, runIndex: number): UniformSource {
  const next = xoshiro128ss(runStreamKey(seed, runIndex))
  return () => (next() + 0.5) / twoPow32
}
