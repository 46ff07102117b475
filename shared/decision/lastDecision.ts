// The last decision year of each training programme: the latest intake whose graduates still arrive by the first shortage year.
import { project } from '../engine/index'
import type { ModelInput, ModelResult } from '../model/types'

/**
 * One programme's deadline. Students admitted in year y study `durationYears` years and, per docs/model-equations.md,
 * graduates join the workshop at the start of year y + durationYears; so the last useful intake is
 * firstShortageYear - durationYears. The intake of startYear is already in the classroom (year 0's
 * first-year students), so startYear + 1 is the earliest intake a decision can still change.
 */
export interface LastDecision {
  programme: string
  durationYears: number
  /** The scenario's first shortage year; null when there is none within the horizon. */
  firstShortageYear: number | null
  /** firstShortageYear - durationYears; null when there is no shortage. */
  lastIntakeYear: number | null
  /** Year the graduates of that intake join: lastIntakeYear + durationYears (= firstShortageYear). */
  joinYear: number | null
  /** startYear + 1. */
  earliestIntakeYear: number
  /**
   * `open`: there is still time (lastIntakeYear >= earliestIntakeYear); `too-late`: more students can no longer
   * arrive before the shortage; `no-shortage`: nothing to meet within the horizon.
   */
  status: 'open' | 'too-late' | 'no-shortage'
  /** lastIntakeYear - earliestIntakeYear when open (0 = decide for next year's intake), else null. */
  yearsLeft: number | null
}

/** The last decision year of every programme, in `training` order; pass the projection when you have it. */
export function lastDecisionYears(input: ModelInput, result: ModelResult = project(input)): LastDecision[] {
  const first = result.summary.firstShortageYear
  const earliestIntakeYear = input.startYear + 1
  return input.training.map((p) => {
    if (first === null) {
      return {
        programme: p.id,
        durationYears: p.durationYears,
        firstShortageYear: null,
        lastIntakeYear: null,
        joinYear: null,
        earliestIntakeYear,
        status: 'no-shortage' as const,
        yearsLeft: null,
      }
    }
    const lastIntakeYear = first - p.durationYears
    const open = lastIntakeYear >= earliestIntakeYear
    return {
      programme: p.id,
      durationYears: p.durationYears,
      firstShortageYear: first,
      lastIntakeYear,
      joinYear: lastIntakeYear + p.durationYears,
      earliestIntakeYear,
      status: open ? ('open' as const) : ('too-late' as const),
      yearsLeft: open ? lastIntakeYear - earliestIntakeYear : null,
    }
  })
}
