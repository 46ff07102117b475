// The headline figures of a projection (shortage, turnaround, losses, cost and margin), with the status colour each shows in.
import type { ModelInput, ModelResult, YearStatus } from '@shared/model/types'

export interface Kpis {
  firstShortageYear: number | null
  /** The grade short first (the engine's summary.firstShortageGrade); null without a shortage year. */
  firstShortageGrade: string | null
  peak: { fte: number; year: number | null; grade: string | null }
  turnaround: { weeks: number | null; targetWeeks: number; year: number }
  totalLostHours: number
  totalCost: number
  totalRevenue: number
  totalLostRevenue: number
  totalMargin: number
  /** Worst status over the horizon: colours the strip. */
  worst: YearStatus
}

const rank: Record<YearStatus, number> = { ok: 0, tight: 1, shortage: 2 }

export function computeKpis(input: ModelInput, result: ModelResult): Kpis {
  const { summary } = result
  const peakYear = result.years.find((y) => y.year === summary.peakShortageYear) ?? null
  let grade: string | null = null
  if (peakYear) {
    let most = 0
    for (const g of input.grades) {
      const gap = peakYear.gapFte[g.id] ?? 0
      if (gap > most) {
        most = gap
        grade = g.id
      }
    }
  }
  const last = result.years[result.years.length - 1]!
  const worst = result.years.reduce<YearStatus>((w, y) => (rank[y.status] > rank[w] ? y.status : w), 'ok')
  return {
    firstShortageYear: summary.firstShortageYear,
    firstShortageGrade: summary.firstShortageGrade,
    peak: { fte: summary.peakShortageFte, year: summary.peakShortageYear, grade },
    turnaround: {
      weeks: last.turnaroundWeeks,
      targetWeeks: input.service.targetTurnaroundWeeks,
      year: last.year,
    },
    totalLostHours: summary.totalLostHours,
    totalCost: summary.totalCost,
    totalRevenue: summary.totalRevenue,
    totalLostRevenue: summary.totalLostRevenue,
    totalMargin: summary.totalMargin,
    worst,
  }
}

/** Status of the turnaround figure: over target (or infinite) is a shortage. */
export function turnaroundStatus(k: Kpis['turnaround']): YearStatus {
  if (k.weeks === null || k.weeks > k.targetWeeks) return 'shortage'
  return k.weeks > 0.8 * k.targetWeeks ? 'tight' : 'ok'
}
