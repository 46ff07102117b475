// The job-mix editor's pure logic: shares typed in percent, their sum, scaling to 100 % and what one commit writes (scheduled or resale profile).
import type { Segment } from '@shared/model/types'
import { jobMixTolerance } from '@shared/model/limits'
import { fieldText, parseNumberText, percentToFraction } from '../../components/fields/numberText'

/** Which job profile of a segment: its scheduled services (jobMix, hoursPerJob) or (v2) its resale services. */
export type JobProfile = 'service' | 'resale'

export const PROFILE_KEYS = {
  service: { mix: 'jobMix', hours: 'hoursPerJob' },
  resale: { mix: 'resaleJobMix', hours: 'resaleHoursPerJob' },
} as const

/** The mix and hours a profile uses: the resale profile defaults to the scheduled one (MODEL.md v2). */
export function profileOf(
  segment: Segment,
  profile: JobProfile,
): { mix: Record<string, number>; hours: Record<string, number>; own: boolean } {
  if (profile === 'resale' && segment.resaleJobMix && segment.resaleHoursPerJob)
    return { mix: segment.resaleJobMix, hours: segment.resaleHoursPerJob, own: true }
  return { mix: segment.jobMix, hours: segment.hoursPerJob, own: profile === 'service' }
}

/**
 * Gives the segment a resale profile of its own (a copy of the scheduled one, so no figure changes until it
 * is edited) or removes it (back to the default). Both keys change together, so the segment is written whole.
 */
export function resaleProfileWrite(segment: Segment, own: boolean): { path: string; value: unknown } {
  const { resaleJobMix: _mix, resaleHoursPerJob: _hours, ...rest } = segment
  const value = own
    ? { ...rest, resaleJobMix: { ...segment.jobMix }, resaleHoursPerJob: { ...segment.hoursPerJob } }
    : rest
  return { path: `segments/${segment.id}`, value }
}

/** Shares as typed, in percent, by job type id (insertion order is the display order). */
export type ShareDraft = Record<string, string>

export function draftFromMix(jobMix: Record<string, number>): ShareDraft {
  const out: ShareDraft = {}
  for (const [job, share] of Object.entries(jobMix)) out[job] = fieldText(share, true)
  return out
}

/**
 * The shares as fractions, or the job whose text is not a number. A text still as `stored` shows it reads
 * back as the stored share itself: the text has six decimals, and shares such as 25/61 would otherwise read
 * back a few billionths off and the untouched mix would not sum to 100 %.
 */
export function readShares(
  draft: ShareDraft,
  stored: Record<string, number> = {},
): { ok: true; shares: Record<string, number> } | { ok: false; job: string } {
  const shares: Record<string, number> = {}
  for (const [job, text] of Object.entries(draft)) {
    const kept = stored[job]
    if (kept !== undefined && text === fieldText(kept, true)) {
      shares[job] = kept
      continue
    }
    const parsed = parseNumberText(text)
    if (!parsed.ok) return { ok: false, job }
    shares[job] = percentToFraction(parsed.decimal)
  }
  return { ok: true, shares }
}

export function sumOf(shares: Record<string, number>): number {
  let sum = 0
  for (const v of Object.values(shares)) sum += v
  return sum
}

/** True when the shares sum to 1 as the schema requires (within its tolerance). */
export function sumsToOne(shares: Record<string, number>): boolean {
  return Math.abs(sumOf(shares) - 1) <= jobMixTolerance
}

/**
 * Scales the shares to 100 % in hundredths of a percent, rounded so that the texts read back sum to exactly
 * 100 % and none is negative. All-zero shares are split evenly.
 */
export function normaliseShares(draft: ShareDraft): ShareDraft {
  const read = readShares(draft)
  const jobs = Object.keys(draft)
  if (!read.ok || jobs.length === 0) return draft
  const total = sumOf(read.shares)
  const basis = jobs.map((j) => (total > 0 ? Math.max(0, read.shares[j]!) / total : 1 / jobs.length))
  // Largest remainders: floor every share, then give the missing hundredths to the largest remainders.
  const bp = basis.map((b) => Math.floor(b * 10000))
  const missing = 10000 - bp.reduce((a, b) => a + b, 0)
  const order = basis
    .map((b, i) => ({ i, rest: b * 10000 - bp[i]! }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (let k = 0; k < missing; k++) bp[order[k % order.length]!.i]! += 1
  const out: ShareDraft = {}
  jobs.forEach((j, i) => (out[j] = String(bp[i]! / 100)))
  return out
}

/**
 * What committing the draft writes: the jobMix alone when the job types are the same, else the whole segment
 * (jobMix and hoursPerJob must name the same job types, so both change in one edit; a new job type starts at
 * 0 h per job). Null when the shares cannot be read or do not sum to 100 %, or nothing changed.
 */
export function jobMixWrite(
  segment: Segment,
  draft: ShareDraft,
  profile: JobProfile = 'service',
): { path: string; value: unknown } | null {
  const keys = PROFILE_KEYS[profile]
  const { mix, hours } = profileOf(segment, profile)
  const read = readShares(draft, mix)
  if (!read.ok || !sumsToOne(read.shares)) return null
  const jobs = Object.keys(read.shares)
  const stored = Object.keys(mix)
  const sameJobs = jobs.length === stored.length && jobs.every((j) => stored.includes(j))
  if (sameJobs) {
    const changed = jobs.some((j) => read.shares[j] !== mix[j])
    return changed ? { path: `segments/${segment.id}/${keys.mix}`, value: read.shares } : null
  }
  const hoursPerJob: Record<string, number> = {}
  for (const j of jobs) hoursPerJob[j] = hours[j] ?? 0
  return {
    path: `segments/${segment.id}`,
    value: { ...segment, [keys.mix]: read.shares, [keys.hours]: hoursPerJob },
  }
}
