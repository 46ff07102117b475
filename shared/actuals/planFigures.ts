// The one mapping from a projected year (YearResult) to the figure an actual of a metric and key is compared with.
import type { ModelInput, YearResult } from '../model/types'
import { metricKeyKind, totalKey, type ActualMetric, type MetricKeyKind } from './types'

/**
 * The plan's figure for an actual, or null when the plan has none (turnaround unknown: nothing served
 * while a backlog remains; or an id the year does not carry). The mapping (docs/calibration.md):
 * - jobs[segment]: `jobs` (jobs/yr); demandHours, servedHours[grade]: `demandHours`, `servedHours` (h/yr);
 * - headcount[grade]: `headcount`, the working FTE of the year after its joiners;
 * - hires, leavers, retirements[grade]: `hires` (after the market limit), `leavers`, `retirements` (FTE/yr);
 * - backlogHours[grade]: `backlogHours`, the backlog left at the end of the year (carried into the next);
 * - turnaroundWeeks (workshop): `turnaroundWeeks`; students[programme]: `students`, all years of study.
 * The key '' is the workshop total: the sum over every segment, grade or programme of the year.
 */
export function planFigure(year: YearResult, metric: ActualMetric, key: string): number | null {
  if (metric === 'turnaroundWeeks') return key === totalKey ? year.turnaroundWeeks : null
  const values: Record<string, number> = year[metric]
  if (key === totalKey) {
    let sum = 0
    for (const id of Object.keys(values)) sum += values[id]!
    return sum
  }
  return Object.hasOwn(values, key) ? values[key]! : null
}

/** The ids an actual of a key kind may name in `input`. */
export function idsOfKind(input: ModelInput, kind: MetricKeyKind): string[] {
  switch (kind) {
    case 'segment':
      return input.segments.map((s) => s.id)
    case 'grade':
      return input.grades.map((g) => g.id)
    case 'programme':
      return input.training.map((p) => p.id)
    case 'workshop':
      return []
  }
}

/** The ids a metric's actuals may name (besides '' for the total). */
export function idsForMetric(input: ModelInput, metric: ActualMetric): string[] {
  return idsOfKind(input, metricKeyKind[metric])
}
