// Why a year is or is not a shortage (tolerance, turnaround promise, which grade), and where the market limit or benches bind.
import type { ModelInput, ModelResult, YearResult } from '../model/types'
import { createSeriesResolver } from './series'

const sum = (m: Record<string, number>): number => Object.values(m).reduce((a, b) => a + b, 0)

/** Beyond the turnaround promise, or unknown (nothing served while a backlog waits). */
const late = (weeks: number | null, target: number): boolean => weeks === null || weeks > target

/** What makes a short grade or year one: unserved beyond the tolerance first, else the turnaround promise. */
function causeOf(r: {
  unservedShare: number
  tolerance: number
  turnaroundWeeks: number | null
  targetWeeks: number
}) {
  return r.unservedShare > r.tolerance || !late(r.turnaroundWeeks, r.targetWeeks) ? 'unserved' : 'turnaround'
}

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
    const r = gradeReason(input, first, grade)
    firstShortage = { ...r, cause: causeOf(r) }
  }
  let gapWithinTolerance: Headline['gapWithinTolerance'] = null
  for (const y of result.years) {
    if (y.status === 'shortage' || y.shortageFte <= 0) continue
    if (gapWithinTolerance && y.shortageFte <= gapWithinTolerance.gapFte) continue
    gapWithinTolerance = { ...gradeReason(input, y, largestGap(y)), gapFte: y.shortageFte }
  }
  return { firstShortage, gapWithinTolerance }
}

/** One grade's part in a year's reason: its gap, its unserved share and its own turnaround. */
export interface GradeReason {
  grade: string
  gapFte: number
  /** Unserved share of the grade's effective demand, 0..1. */
  unservedShare: number
  /** The grade's own turnaround in weeks (null: nothing served while a backlog waits). */
  turnaroundWeeks: number | null
  /** The grade's status is a shortage (MODEL.md "Service": unserved beyond the tolerance or late). */
  short: boolean
  /** What fails for a short grade: its unserved share, else its turnaround. */
  cause: 'unserved' | 'turnaround' | null
}

/** Why one year is or is not a shortage: the figures a tooltip, a data table or the KPI strip words. */
export interface YearReason {
  year: number
  /** The year's status is a shortage (the band shaded on the charts). */
  shortage: boolean
  /** shortageFte: the year's gap over all grades, FTE. */
  gapFte: number
  /** The grades with a gap or in shortage, in input order (grade order, junior first). */
  grades: GradeReason[]
  /** The workshop's unserved share of its effective demand (0..1) and its turnaround (weeks, null: unknown). */
  unservedShare: number
  turnaroundWeeks: number | null
  tolerance: number
  targetWeeks: number
  /**
   * Grade mismatch in the cascade: regular hours left idle (h) in a year where some grade is short of hours.
   * Work only flows down the grades (a senior serves junior work, never the reverse), so capacity in total
   * above demand does not prevent a grade above from falling short. 0 when there is no such mismatch.
   */
  idleHours: number
  /** The bench factor when benches bind (below 1), else null. */
  benchFactor: number | null
}

/** The reason of every year, in year order: one home for "why is this year a shortage, or not". */
export function yearReasons(input: ModelInput, result: ModelResult): YearReason[] {
  return result.years.map((y) => yearReason(input, y))
}

/** The reason of one year (the explain panel's, the charts' and the table's: one rule). */
export function yearReason(input: ModelInput, y: YearResult): YearReason {
  const { shortageTolerance: tolerance, targetTurnaroundWeeks: targetWeeks } = input.service
  const grades: GradeReason[] = []
  for (const { id } of input.grades) {
    const gap = y.gapFte[id] ?? 0
    const short = y.statusByGrade?.[id] === 'shortage'
    if (gap <= 0 && !short) continue
    const r = gradeReason(input, y, id)
    grades.push({
      grade: id,
      gapFte: gap,
      unservedShare: r.unservedShare,
      turnaroundWeeks: r.turnaroundWeeks,
      short,
      cause: short ? causeOf(r) : null,
    })
  }
  const total = effectiveDemand(y)
  const hoursShort = Object.values(y.unservedHours).some((u) => u > 0)
  return {
    year: y.year,
    shortage: y.status === 'shortage',
    gapFte: y.shortageFte,
    grades,
    unservedShare: total > 0 ? sum(y.unservedHours) / total : 0,
    turnaroundWeeks: y.turnaroundWeeks,
    tolerance,
    targetWeeks,
    idleHours: hoursShort && (y.idleHours ?? 0) > 0 ? y.idleHours : 0,
    benchFactor: y.benchFactor < 1 - 1e-9 ? y.benchFactor : null,
  }
}

/** The grade a year's reason is mainly about: a short grade with the largest gap, else the largest gap (null: none). */
export function mainGrade(r: YearReason): string | null {
  const pick = (list: GradeReason[]) =>
    list.reduce<GradeReason | null>((best, g) => (best === null || g.gapFte > best.gapFte ? g : best), null)
  return (pick(r.grades.filter((g) => g.short)) ?? pick(r.grades))?.grade ?? null
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
