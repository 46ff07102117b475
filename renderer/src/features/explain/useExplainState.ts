// Which year the explain panel shows (null: closed), who opened it, and the context that lets charts open it.
import { createContext, useCallback, useContext, useMemo, useState } from 'react'
import type { ModelInput, ModelResult } from '@shared/model/types'

/** The KPI cards of the strip that can be explained (their test ids without the `kpi-` prefix). */
export type KpiId =
  'first-shortage-year' | 'peak-shortage' | 'turnaround' | 'lost-hours' | 'total-cost' | 'total-margin'

export interface ExplainRequest {
  year: number
  /** Gets the focus back when the panel closes (Esc, the close button). */
  opener: HTMLElement | null
  /** The KPI it was opened from: horizon totals also show each year's share. */
  kpi?: KpiId
}

/** Opens the panel on `year`, or on the year a KPI is about. */
export interface ExplainOpeners {
  openYear(year: number, opener: HTMLElement | null): void
  openKpi(kpi: KpiId, opener: HTMLElement | null): void
}

export const ExplainContext = createContext<ExplainOpeners | null>(null)

/** The openers, or null outside the shell (a chart drawn elsewhere has no panel to open). */
export function useExplain(): ExplainOpeners | null {
  return useContext(ExplainContext)
}

/**
 * The year a KPI is about: the first shortage year (else the year of the largest gap), the peak year, the last
 * year for turnaround, and the year that contributes most to a horizon total.
 */
export function kpiYear(kpi: KpiId, input: ModelInput, result: ModelResult): number {
  const { summary, years } = result
  const most = (pick: (y: ModelResult['years'][number]) => number): number =>
    years.reduce((best, y) => (pick(y) > pick(best) ? y : best), years[0]!).year
  const lost = (y: ModelResult['years'][number]) => Object.values(y.lostHours).reduce((a, b) => a + b, 0)
  switch (kpi) {
    case 'first-shortage-year':
      return summary.firstShortageYear ?? summary.peakShortageYear ?? input.startYear
    case 'peak-shortage':
      return summary.peakShortageYear ?? summary.firstShortageYear ?? input.startYear
    case 'turnaround':
      return years[years.length - 1]!.year
    case 'lost-hours':
      return most(lost)
    case 'total-cost':
      return most((y) => y.cost.total)
    case 'total-margin':
      return most((y) => -y.margin)
  }
}

export function useExplainState(input: ModelInput | null, result: ModelResult | null) {
  const [request, setRequest] = useState<ExplainRequest | null>(null)
  const openYear = useCallback((year: number, opener: HTMLElement | null) => setRequest({ year, opener }), [])
  const openKpi = useCallback(
    (kpi: KpiId, opener: HTMLElement | null) => {
      if (input && result) setRequest({ year: kpiYear(kpi, input, result), opener, kpi })
    },
    [input, result],
  )
  const openers = useMemo<ExplainOpeners>(() => ({ openYear, openKpi }), [openYear, openKpi])
  const close = useCallback(() => setRequest(null), [])
  return { request, setRequest, openers, close }
}
