// Why a year is or is not a shortage (tolerance, turnaround promise, which grade), and where the market limit or benches bind.
import type { ModelInput, ModelResult, YearResult } from '../model/types'
import { createSeriesResolver } from './series'

const sum = (m: Record<string, number>): number => Object.values(m).reduce((a, b) => a + b, 0)

/** Effective demand ED = served + unserved (MODEL.md "Service"), in hours. */
function effectiveDemand(y: YearResult, grade?: string): number {
  if (grade === undefined) return sum(y.servedHours) + sum(y.unservedHours)
  return (y.servedHours[grade] ?? 0) + (y.unservedHours[grade] ?? 0)
}

export interface ShortageReason {
  year: number
  /** The grade named: the summary's firstShortageGrade, or the grade with the largest gap. */
  grade: string | null
  /** Unserved share of that grade's effective demand, 0..1. */
  unservedShare: number
  /** shortageTolerance, 0..1. */
  tolerance: number
  /** That grade's turnaround (null: nothing served with a backlog) and the target, in weeks. */
  turnaroundWeeks: number | null
  targetWeeks: number
  /** What makes it a shortage: unserved beyond the tolerance, or turnaround beyond the promise. */
  cause: 'unserved' | 'turnaround'
}

export interface Headline {
  /** The first shortage year and why; null when no year is a shortage. */
  firstShortage: ShortageReason | null
  /**
   * A year with a gap (shortageFte > 0) that is not a shortage because it stays within the tolerance and
   * the turnaround promise: the peak such year. Null when every gap year is a shortage or there is no gap.
   */
  gapWithinTolerance: (Omit<ShortageReason, 'cause'> & { gapFte: number }) | null
}

function gradeReason(input: ModelInput, y: YearResult, grade: string | null): Omit<ShortageReason, 'cause'> {
  const ed = grade === null ? effectiveDemand(y) : effectiveDemand(y, grade)
  const unserved = grade === null ? sum(y.unservedHours) : (y.unservedHours[grade] ?? 0)
  return {
    year: y.year,
    grade,
    unservedShare: ed > 0 ? unserved / ed : 0,
    tolerance: input.service.shortageTolerance,
    turnaroundWeeks:
      grade === null ? y.turnaroundWeeks : (y.turnaroundWeeksByGrade?.[grade] ?? y.turnaroundWeeks),
    targetWeeks: input.service.targetTurnaroundWeeks,
  }
}

function largestGap(y: YearResult, only?: (g: string) => boolean): string | null {
  let best: string | null = null
  let most = 0
  for (const [g, gap] of Object.entries(y.gapFte)) {
    if (gap > most && (!only || only(g))) {
      most = gap
      best = g
    }
  }
  return best
}

/** Which test makes a short year a shortage: unserved beyond the tolerance, else turnaround beyond the promise. */
function withCause(r: Omit<ShortageReason, 'cause'>): ShortageReason {
  const late = r.turnaroundWeeks === null || r.turnaroundWeeks > r.targetWeeks
  return { ...r, cause: r.unservedShare > r.tolerance || !late ? 'unserved' : 'turnaround' }
}

/**
 * Why one year is or is not a shortage (MODEL.md "Service", status): in a shortage year, the short grade with
 * the largest gap and the test that failed; otherwise the grade with the largest gap (null without one) and
 * `cause` null, its share and turnaround showing how far it stays within the tolerance and the promise.
 */
export function yearReason(
  input: ModelInput,
  y: YearResult,
): Omit<ShortageReason, 'cause'> & { cause: ShortageReason['cause'] | null } {
  if (y.status !== 'shortage') return { ...gradeReason(input, y, largestGap(y)), cause: null }
  const grade = largestGap(y, (g) => y.statusByGrade?.[g] === 'shortage') ?? largestGap(y)
  return withCause(gradeReason(input, y, grade))
}

/** The KPI strip's explanation: why the first shortage year is one, or why a gap is not a shortage. */
export function headline(input: ModelInput, result: ModelResult): Headline {
  const { summary } = result
  let firstShortage: ShortageReason | null = null
  const first = result.years.find((y) => y.year === summary.firstShortageYear)
  if (first) {
    const grade =
      summary.firstShortageGrade ??
      largestGap(first, (g) => first.statusByGrade?.[g] === 'shortage') ??
      largestGap(first)
    firstShortage = withCause(gradeReason(input, first, grade))
  }
  let gapWithinTolerance: Headline['gapWithinTolerance'] = null
  for (const y of result.years) {
    if (y.status === 'shortage' || y.shortageFte <= 0) continue
    if (gapWithinTolerance && y.shortageFte <= gapWithinTolerance.gapFte) continue
    gapWithinTolerance = { ...gradeReason(input, y, largestGap(y)), gapFte: y.shortageFte }
  }
  return { firstShortage, gapWithinTolerance }
}

export interface Binding {
  kind: 'marketLimit' | 'benches'
  /** The grade whose hires the market capped (marketLimit only). */
  grade?: string
  /** Calendar years in which it binds. */
  years: number[]
  /** marketLimit: the cap in the first such year (FTE); benches: the lowest bench factor (0..1). */
  value: number
  /** marketLimit: the hires planned in the first such year (FTE). */
  planned?: number
}

/**
 * Where the user's plan does not take full effect: planned hires above the market limit (the engine hires
 * min(planned, limit), MODEL.md "Workforce"), and years whose benches scale capacity down (benchFactor < 1).
 */
export function bindings(input: ModelInput, result: ModelResult): Binding[] {
  const out: Binding[] = []
  const resolve = createSeriesResolver(input.horizonYears, input.startYear)
  for (const [grade, hires] of Object.entries(input.workforce.hires)) {
    const limitSeries = input.workforce.marketLimit[grade]
    if (limitSeries === undefined) continue
    const planned = resolve(hires, `workforce/hires/${grade}`)
    const limit = resolve(limitSeries, `workforce/marketLimit/${grade}`)
    if (!planned.ok || !limit.ok) continue
    const years: number[] = []
    let firstAt = -1
    for (let t = 0; t < result.years.length; t++) {
      if (planned.values[t]! > limit.values[t]! + 1e-9) {
        years.push(result.years[t]!.year)
        if (firstAt < 0) firstAt = t
      }
    }
    if (firstAt >= 0)
      out.push({
        kind: 'marketLimit',
        grade,
        years,
        value: limit.values[firstAt]!,
        planned: planned.values[firstAt]!,
      })
  }
  const short = result.years.filter((y) => y.benchFactor < 1 - 1e-9)
  if (short.length > 0)
    out.push({
      kind: 'benches',
      years: short.map((y) => y.year),
      value: Math.min(...short.map((y) => y.benchFactor)),
    })
  return out
}
