// Pure edits of the bench expansions list (written whole, since its rows have no ids): change a cell, add or remove a row.
import type { BenchExpansion } from '@shared/model/types'

export type ExpansionKey = keyof BenchExpansion

export function setExpansion(
  list: readonly BenchExpansion[],
  index: number,
  key: ExpansionKey,
  value: number,
): BenchExpansion[] {
  return list.map((e, i) => (i === index ? { ...e, [key]: value } : { ...e }))
}

/**
 * A new row after the others: the year after the latest one (or after the start year), no benches yet (so the
 * projection does not change until the user says how many), and the last row's cost per bench.
 */
export function addExpansion(list: readonly BenchExpansion[], startYear: number): BenchExpansion[] {
  const latest = list.reduce((y, e) => Math.max(y, e.year), startYear)
  const cost = list.length > 0 ? list[list.length - 1]!.costPerBench : 0
  return [...list.map((e) => ({ ...e })), { year: latest + 1, benches: 0, costPerBench: cost }]
}

export function removeExpansion(list: readonly BenchExpansion[], index: number): BenchExpansion[] {
  return list.filter((_, i) => i !== index).map((e) => ({ ...e }))
}

/** What the expansions cost over the horizon: those dated startYear … startYear + H − 1 (earlier ones are never charged). */
export function expansionsCostChf(
  list: readonly BenchExpansion[],
  startYear: number,
  horizonYears: number,
): number {
  let sum = 0
  for (const e of list)
    if (e.year >= startYear && e.year < startYear + horizonYears) sum += e.benches * e.costPerBench
  return sum
}
