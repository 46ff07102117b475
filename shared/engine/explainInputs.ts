// Which input fields (override paths) each part of an explained year comes from, per docs/model-equations.md: the "inputs" links of the explain panel.
import type { ModelInput } from '../model/types'

/** A part of explain.ts's YearExplanation whose inputs can be listed. */
export type ExplainedPart =
  | { part: 'segment'; segment: string }
  | { part: 'jobType'; jobType: string }
  | {
      part:
        | 'backlogIn'
        | 'headcount'
        | 'rampUp'
        | 'tutoring'
        | 'bench'
        | 'overtime'
        | 'outsourced'
        | 'lost'
        | 'turnaround'
        | 'status'
      grade: string
    }

const has = (map: object | undefined, key: string): boolean => map !== undefined && Object.hasOwn(map, key)

/**
 * The override paths of the inputs a part is computed from, most direct first. Only fields the input has
 * (or that the editors show with a default) are listed, so each path names a field the user can edit.
 */
export function inputsOf(input: ModelInput, what: ExplainedPart): string[] {
  const { workforce } = input
  switch (what.part) {
    case 'segment': {
      // "Demand": SC = IB * serviceUptake / serviceIntervalYears, WA = NS * warrantyClaimRate,
      // RS = PO * preOwnedServiceRate, SCN = max(0, SC - resaleReplacesService * RS), D by jobMix * hoursPerJob.
      const seg = input.segments.find((s) => s.id === what.segment)
      if (!seg) return []
      const at = (field: string) => `segments/${seg.id}/${field}`
      return [
        at('installedBase'),
        at('scrapRate'),
        at('serviceUptake'),
        at('serviceIntervalYears'),
        at('newSales'),
        at('newSalesGrowth'),
        at('warrantyClaimRate'),
        at('preOwned'),
        at('preOwnedGrowth'),
        at('preOwnedServiceRate'),
        ...(seg.resaleReplacesService !== undefined ? [at('resaleReplacesService')] : []),
        at('jobMix'),
        at('hoursPerJob'),
        ...(seg.resaleJobMix !== undefined ? [at('resaleJobMix'), at('resaleHoursPerJob')] : []),
        'service/productivityGain',
      ]
    }
    case 'jobType':
      return [`jobTypes/${what.jobType}/grade`]
    case 'backlogIn':
      // BL[g][0] is the initial backlog; later years carry the previous year's (no input of its own).
      return ['service/initialBacklogHours']
    case 'headcount': {
      // "Workforce": the roster, hires (v2: backfill, gap hiring, capped by the market limit), graduates, and the flows.
      const g = what.grade
      const graduates = input.training
        .filter((p) => p.entryGrade === g)
        .map((p) => `training/${p.id}/captureRate`)
      return [
        'workforce/roster',
        `workforce/hires/${g}`,
        ...(has(workforce.marketLimit, g) ? [`workforce/marketLimit/${g}`] : []),
        ...(has(workforce.backfill, g) ? [`workforce/backfill/${g}`] : []),
        ...(has(workforce.gapHiring, g) ? [`workforce/gapHiring/${g}`] : []),
        ...graduates,
        `grades/${g}/hoursPerFte`,
        `grades/${g}/attritionRate`,
        `grades/${g}/promotionRate`,
        'retirementAge',
      ]
    }
    case 'rampUp':
      return ['service/rampUp', `grades/${what.grade}/attritionRate`]
    case 'tutoring':
      return input.training
        .filter((p) => p.supervisorGrade === what.grade)
        .flatMap((p) => [`training/${p.id}/supervisionHoursPerStudent`, `training/${p.id}/intake`])
    case 'bench':
      return [
        'benches/initial',
        'benches/shifts',
        ...(input.benches.expansions.length > 0 ? ['benches/expansions'] : []),
        ...input.training.map((p) => `training/${p.id}/benchSharePerStudent`),
      ]
    case 'overtime':
      return ['service/overtimeShare']
    case 'outsourced':
      return has(input.service.outsourcing, what.grade) ? [`service/outsourcing/${what.grade}/maxHours`] : []
    case 'lost':
      return ['service/abandonRate', `grades/${what.grade}/revenuePerHour`]
    case 'turnaround':
      return ['service/baseTurnaroundWeeks', 'service/targetTurnaroundWeeks']
    case 'status':
      return ['service/shortageTolerance', 'service/targetTurnaroundWeeks', 'service/statusBasis']
  }
}
