// The workforce by grade and age at the start and at the end of the horizon, for the age pyramid (a report beside docs/model-equations.md's output).
import { minAgeYears, maxAgeYears } from '../model/limits'
import type { ModelInput } from '../model/types'
import { makeLayout } from './layout'
import { resolveInputSeries } from './resolve'
import { computeDemand } from './demand'
import { computeTraining } from './training'
import { ageCount } from './workforce'
import { runYears } from './years'

export interface AgeProfiles {
  /** FTE of a grade at an age in year 0, after joiners (the working roster of the first year). */
  start(grade: string, age: number): number
  /** FTE of a grade at an age left at the end of the horizon (the start of year H, before joiners). */
  end(grade: string, age: number): number
}

/**
 * Runs the engine and keeps the stocks by age of the first year and after the last. The whole year loop
 * runs: from version 2, hiring reacts to last year's service.
 */
export function ageProfiles(input: ModelInput): AgeProfiles {
  const layout = makeLayout(input)
  const series = resolveInputSeries(input, layout)
  const training = computeTraining(input, layout, series)
  let first: Float64Array | null = null
  let last: Float64Array | null = null
  const demand = computeDemand(input, layout, series)
  runYears(input, layout, series, demand, training, {
    observe: (t, stocks) => {
      if (t === 0) first = stocks.slice()
      if (t === layout.H) last = stocks.slice()
    },
  })
  const read = (stocks: Float64Array | null) => (grade: string, age: number) => {
    const g = layout.gradeIndex.get(grade)
    if (stocks === null || g === undefined || age < minAgeYears || age > maxAgeYears) return 0
    return stocks[g * ageCount + age - minAgeYears]!
  }
  return { start: read(first), end: read(last) }
}
