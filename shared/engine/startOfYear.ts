// The engine's state at the start of a year t, before that year's joiners: what a plan rolled forward to start in year t starts from.
import { maxAgeYears, minAgeYears } from '../model/limits'
import type { ModelInput } from '../model/types'
import { computeDemand } from './demand'
import { makeLayout } from './layout'
import { resolveInputSeries, type ResolvedSeries } from './resolve'
import { computeTraining } from './training'
import { ageCount } from './workforce'
import { runYears } from './years'

export interface StartOfYear {
  /** FTE of a grade at an age at the start of year t, before its joiners (the roster a start in year t has). */
  stocks(grade: string, age: number): number
  /** IB[s][t], watches in use at the start of year t, by segment id. */
  installedBase: Record<string, number>
  /** NS[s][t] and PO[s][t], new and pre-owned sales of year t, by segment id. */
  newSales: Record<string, number>
  preOwned: Record<string, number>
  /** S[p][k][t], students in each year of study k in year t, by programme id. */
  studentsByYearOfStudy: Record<string, number[]>
}

/**
 * The state of `input`'s projection at the start of year index t (0 <= t < horizonYears). The stocks
 * come from running the workforce over the first t years only (its stocks after year t-1 are the
 * roster of year t); demand and training are read at t from the full run. t = 0 gives the roster.
 */
export function startOfYear(input: ModelInput, t: number): StartOfYear {
  if (!Number.isInteger(t) || t < 0 || t >= input.horizonYears) {
    throw new RangeError(`startOfYear: t = ${t} is outside 0..${input.horizonYears - 1}`)
  }
  const layout = makeLayout(input)
  const series = resolveInputSeries(input, layout)
  const demand = computeDemand(input, layout, series)
  const training = computeTraining(input, layout, series)
  const { H, segmentIds, programmeIds } = layout

  let stocks: Float64Array
  if (t === 0) {
    stocks = new Float64Array(input.grades.length * ageCount)
    for (const entry of input.workforce.roster) {
      stocks[layout.gradeIndex.get(entry.grade)! * ageCount + entry.age - minAgeYears] += entry.fte
    }
  } else {
    // The engine is causal: the first t years of a run do not depend on the years after them. In v2
    // the workforce reacts to the service (gap hiring), so the whole year loop runs over t years; its
    // observer sees the stocks left at the end of the last of them with year index t.
    const short = { ...layout, H: t }
    const head = (a: Float64Array | null) => (a === null ? null : a.subarray(0, t))
    const headSeries = Object.fromEntries(
      Object.entries(series).map(([field, rows]) => [field, (rows as (Float64Array | null)[]).map(head)]),
    ) as unknown as ResolvedSeries
    let last = new Float64Array(0)
    const headDemand = computeDemand(input, short, headSeries)
    const headTraining = computeTraining(input, short, headSeries)
    runYears(input, short, headSeries, headDemand, headTraining, {
      observe: (year, n) => {
        if (year === t) last = n.slice()
      },
    })
    stocks = last
  }

  const at = (values: Float64Array, i: number) => values[i * H + t]!
  const bySegment = (values: Float64Array) =>
    Object.fromEntries(segmentIds.map((id, s) => [id, at(values, s)]))
  const studentsByYearOfStudy: Record<string, number[]> = {}
  programmeIds.forEach((id, p) => {
    const rows: number[] = []
    for (let k = training.offsets[p]!; k < training.offsets[p + 1]!; k++)
      rows.push(training.students[k * H + t]!)
    studentsByYearOfStudy[id] = rows
  })
  return {
    stocks(grade, age) {
      const g = layout.gradeIndex.get(grade)
      if (g === undefined || !Number.isInteger(age) || age < minAgeYears || age > maxAgeYears) return 0
      return stocks[g * ageCount + age - minAgeYears]!
    },
    installedBase: bySegment(demand.installedBase),
    newSales: bySegment(demand.newSales),
    preOwned: bySegment(demand.preOwned),
    studentsByYearOfStudy,
  }
}
