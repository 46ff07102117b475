// docs/model-equations.md "Order within a year": workforce, capacity, service and cost, computed year by year.
import type { ModelInput } from '../model/types'
import { createCapacity, type Capacity } from './capacity'
import { createCosts, type Costs } from './cost'
import type { Demand } from './demand'
import type { Layout } from './layout'
import type { ResolvedSeries } from './resolve'
import { createService, type Service } from './service'
import type { Training } from './training'
import { createWorkforce, type AgeObserver, type Workforce } from './workforce'

/** The parts of a run that react to each other within the horizon. */
export interface YearParts {
  workforce: Workforce
  capacity: Capacity
  service: Service
  costs: Costs
}

export interface RunYearsOptions {
  /** Sees the stocks by grade and age (see AgeObserver). */
  observe?: AgeObserver
  /**
   * Parts already computed for an input that equals this one wherever they read it (decision tools
   * rerun only what a varied figure feeds); a part given here is not computed again.
   */
  reuse?: Partial<YearParts>
}

/**
 * Year t, for t = 0 … H-1: joiners, headcount and end-of-year flows (workforce; year t's hiring reads
 * year t-1's leavers, retirements and gapFte), then capacity, service, and cost. Demand and training
 * need nothing from the workforce and come computed for all years.
 */
export function runYears(
  input: ModelInput,
  layout: Layout,
  series: ResolvedSeries,
  demand: Demand,
  training: Training,
  options: RunYearsOptions = {},
): YearParts {
  const { reuse = {} } = options
  const workforceRun =
    reuse.workforce === undefined ? createWorkforce(input, layout, series, training, options.observe) : null
  const workforce = reuse.workforce ?? workforceRun!
  const capacityRun = reuse.capacity === undefined ? createCapacity(input, layout, training, workforce) : null
  const capacity = reuse.capacity ?? capacityRun!
  const serviceRun =
    reuse.service === undefined ? createService(input, layout, series, demand, capacity) : null
  const service = reuse.service ?? serviceRun!
  const costsRun = reuse.costs === undefined ? createCosts(input, layout, training, workforce, service) : null
  const costs = reuse.costs ?? costsRun!
  for (let t = 0; t < layout.H; t++) {
    workforceRun?.step(t, service.gapFte)
    capacityRun?.step(t)
    serviceRun?.step(t)
    costsRun?.step(t)
  }
  return { workforce, capacity, service, costs }
}
