// The solver's words: the verdict (agreeing with the re-simulated KPIs), the binding limits, and planned figures at a sensible precision.
import type { BindingLimit, SolveResult } from '@shared/decision/plan'
import type { ModelInput } from '@shared/model/types'
import { formatNumber } from '../../format'
import type { Translate } from '../../translate'
import { yearRuns } from './useSolve'

/**
 * One sentence per limit that keeps the plan from removing the shortage. For places: the year before which
 * training alone cannot close the gap (the one after the last short year), or "within the horizon".
 */
export function bindingText(
  limit: BindingLimit,
  t: Translate,
  name: (id: string) => string,
  lastYear: number,
): string {
  const vars = { ids: limit.ids.map(name).join(', '), years: yearRuns(limit.years) }
  if (limit.limit === 'places') {
    const last = Math.max(...limit.years)
    if (limit.years.length === 0 || last >= lastYear) return t('decisions.solver.binding.placesHorizon', vars)
    return t('decisions.solver.binding.places', { ...vars, until: last + 1 })
  }
  return t(`decisions.solver.binding.${limit.limit}`, vars)
}

/** Digits a plan's sums are shown with: whole people, else one decimal. */
export function planDigits(result: SolveResult): number {
  return result.options.whole ? 0 : 1
}

/**
 * A planned figure (FTE, students): a whole number when the plan is in whole people and the figure is one,
 * else one decimal; a fractional one below 0.05 reads "< 0.1" rather than "0.0".
 */
export function planFigure(value: number, whole: boolean): string {
  if (whole && Math.abs(value - Math.round(value)) < 1e-9) return formatNumber(Math.round(value), 0)
  if (value > 0 && value < 0.05) return `< ${formatNumber(0.1, 1)}`
  return formatNumber(value, 1)
}

/**
 * The verdict in words that agree with the re-simulated KPIs: no shortage year, and whether (and how
 * much) unserved work stays within the tolerance; or that none removes the shortage.
 */
export function verdictText(input: ModelInput, result: SolveResult, t: Translate): string {
  if (!result.feasible) return t('decisions.solver.infeasible')
  const s = result.plannedSummary
  const percent = Math.round(input.service.shortageTolerance * 1000) / 10
  if (s.peakShortageFte <= 0 && s.totalLostHours <= 0) return t('decisions.solver.feasibleClean')
  return t('decisions.solver.feasibleResidual', {
    fte: formatNumber(s.peakShortageFte, 1),
    year: s.peakShortageYear ?? '',
    lost: formatNumber(s.totalLostHours),
    tolerance: `${formatNumber(percent, Number.isInteger(percent) ? 0 : 1)} %`,
  })
}
