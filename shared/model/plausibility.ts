// Valid but implausible inputs: warnings (never refusals) for growth, percent typed as a fraction, hours per job and hiring jumps.
import { createSeriesResolver } from '../engine/series'
import { setAtPath } from './overrides'
import type { ModelInput, Series } from './types'

/** Yearly growth beyond ±50 %/yr is implausible for watch sales (FH exports moved −22 % to +31 % in 2015–2025). */
export const maxPlausibleGrowth = 0.5
/**
 * Bench hours per job the research spans: 0.1 h (a water-resistance test) to 20 h and more for a grand
 * complication (shared/research/domain-data.md §3.3, §7.1); beyond 40 h a typo is likelier than a job.
 */
export const plausibleHoursPerJob = { min: 0.1, max: 40 } as const
/** A rate below 0.1 % where the usual value is several percent is likely a percent typed as a fraction. */
export const minPlausibleRate = 0.001
/** Planned hires of a grade in one year above half its starting FTE (and above 5 FTE) is a jump worth a second look. */
export const hiringJump = { shareOfStart: 0.5, minFte: 5 } as const

export type WarningKind = 'growth' | 'tinyRate' | 'hoursPerJob' | 'hiringJump'

export interface Warning {
  /** The editor field in override syntax (segments/quartz/preOwnedGrowth). */
  path: string
  kind: WarningKind
  /** The implausible value (a fraction for rates and growth). */
  value: number
  /** The first year it occurs in, for series. */
  year?: number
  /** What the user probably meant, in the stored unit (0.25 for "25 %"), when one reading is likely. */
  suggestion?: number
}

// Rates whose usual value is a few percent or more (MODEL.md, docs/model.md): a tiny one is suspicious.
const RATE_FIELDS = ['scrapRate', 'warrantyClaimRate', 'preOwnedServiceRate'] as const
const GRADE_RATES = ['attritionRate'] as const
const PROGRAMME_RATES = ['captureRate'] as const

/** A "tinyRate" warning for each listed rate of one item (`prefix` is its path, e.g. `grades/master`). */
function tinyRates<T extends Record<K, number>, K extends string>(
  prefix: string,
  item: T,
  keys: readonly K[],
): Warning[] {
  return keys
    .filter((key) => item[key] > 0 && item[key] < minPlausibleRate)
    .map((key) => ({
      path: `${prefix}/${key}`,
      kind: 'tinyRate',
      value: item[key],
      suggestion: item[key] * 100,
    }))
}

/**
 * Every warning of `input`, in the order of the editors. Series that do not resolve are skipped (they
 * are refused with their own problem). Pure; cheap enough to run on every edit.
 */
export function plausibilityWarnings(input: ModelInput): Warning[] {
  const out: Warning[] = []
  const resolve = createSeriesResolver(input.horizonYears, input.startYear)
  const firstBeyond = (series: Series, path: string, test: (v: number) => boolean) => {
    const r = resolve(series, path)
    if (!r.ok) return null
    const i = r.values.findIndex(test)
    return i < 0 ? null : { value: r.values[i]!, year: input.startYear + i }
  }

  for (const s of input.segments) {
    for (const key of ['newSalesGrowth', 'preOwnedGrowth'] as const) {
      const path = `segments/${s.id}/${key}`
      const hit = firstBeyond(s[key], path, (v) => Math.abs(v) > maxPlausibleGrowth)
      if (hit) {
        // 25 where 25 % was meant: a figure of 1 or more read as percent is plausible growth.
        const meant = Math.abs(hit.value) >= 1 ? hit.value / 100 : Number.NaN
        out.push({
          path,
          kind: 'growth',
          ...hit,
          ...(Math.abs(meant) <= maxPlausibleGrowth ? { suggestion: meant } : {}),
        })
      }
    }
    out.push(...tinyRates(`segments/${s.id}`, s, RATE_FIELDS))
    for (const [job, hours] of Object.entries(s.hoursPerJob)) {
      if (hours > 0 && (hours < plausibleHoursPerJob.min || hours > plausibleHoursPerJob.max))
        out.push({ path: `segments/${s.id}/hoursPerJob/${job}`, kind: 'hoursPerJob', value: hours })
    }
  }
  for (const g of input.grades) out.push(...tinyRates(`grades/${g.id}`, g, GRADE_RATES))
  for (const p of input.training) out.push(...tinyRates(`training/${p.id}`, p, PROGRAMME_RATES))
  const startFte = new Map<string, number>()
  for (const r of input.workforce.roster) startFte.set(r.grade, (startFte.get(r.grade) ?? 0) + r.fte)
  for (const [grade, series] of Object.entries(input.workforce.hires)) {
    const limit = Math.max(hiringJump.minFte, hiringJump.shareOfStart * (startFte.get(grade) ?? 0))
    const path = `workforce/hires/${grade}`
    const hit = firstBeyond(series, path, (v) => v > limit)
    if (hit) out.push({ path, kind: 'hiringJump', ...hit })
  }
  return out
}

/**
 * The warnings `value` would raise at `path` (a draft not stored yet, or refused by a bound): the same
 * rules on a copy of the input with that one value set.
 */
export function warningsAt(input: ModelInput, path: string, value: unknown): Warning[] {
  const copy = JSON.parse(JSON.stringify(input)) as ModelInput
  if (!setAtPath(copy, path, value)) return []
  return plausibilityWarnings(copy).filter((w) => w.path === path)
}
