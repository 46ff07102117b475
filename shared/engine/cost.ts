// docs/model-equations.md "Cost, revenue and margin": salaries, hiring, training, new benches, (v2) overtime, outsourcing, revenue and margin per year (CHF/yr).
import type { ModelInput } from '../model/types'
import type { Layout } from './layout'
import type { Service } from './service'
import type { Training } from './training'
import type { Workforce } from './workforce'

/** Costs, revenue and margin of every year (CHF). */
export interface Costs {
  salaries: Float64Array
  hiring: Float64Array
  training: Float64Array
  benches: Float64Array
  /** (v2) sum OT * salaryPerFte / hoursPerFte * (1 + overtimePremium). */
  overtime: Float64Array
  /** (v2) sum OS * costPerHour. */
  outsourcing: Float64Array
  total: Float64Array
  /** (v2) sum served * revenuePerHour. */
  revenue: Float64Array
  /** (v2) sum lost * revenuePerHour. */
  lostRevenue: Float64Array
  /** (v2) revenue - total. */
  margin: Float64Array
}

/** Costs computed one year at a time, after that year's service. */
export interface CostsRun extends Costs {
  step(t: number): void
}

export function createCosts(
  input: ModelInput,
  layout: Layout,
  training: Training,
  workforce: Workforce,
  service: Service,
): CostsRun {
  const { H, startYear } = layout
  const G = input.grades.length
  const P = input.training.length
  const salaries = new Float64Array(H)
  const hiring = new Float64Array(H)
  const trainingCost = new Float64Array(H)
  const benches = new Float64Array(H)
  const overtime = new Float64Array(H)
  const outsourcing = new Float64Array(H)
  const total = new Float64Array(H)
  const revenue = new Float64Array(H)
  const lostRevenue = new Float64Array(H)
  const margin = new Float64Array(H)
  const { students, offsets } = training
  const premium = 1 + (input.service.overtimePremium ?? 0.25)
  const salary = Float64Array.from(input.grades, (g) => g.salaryPerFte)
  const hireCost = Float64Array.from(input.grades, (g) => g.hireCost)
  const hoursPerFte = Float64Array.from(input.grades, (g) => g.hoursPerFte)
  const revenuePerHour = Float64Array.from(input.grades, (g) => g.revenuePerHour ?? 0)
  const { headcount, hires } = workforce
  const { overtimeHours, outsourcedHours, servedHours, lostHours } = service
  const outsourcingPrice = input.grades.map((g) => {
    const entry = input.service.outsourcing
    return entry !== undefined && Object.hasOwn(entry, g.id) ? entry[g.id].costPerHour : 0
  })

  const step = (t: number): void => {
    // salaries = sum W[g][t] * salaryPerFte[g]; hiring = sum Hr[g][t] * hireCost[g]
    let sal = 0
    let hir = 0
    // (v2) overtime = sum OT * salaryPerFte / hoursPerFte * (1 + overtimePremium); outsourcing = sum OS * costPerHour;
    // revenue = sum served * revenuePerHour; lostRevenue = sum lost * revenuePerHour.
    let ove = 0
    let out = 0
    let rev = 0
    let lostRev = 0
    for (let g = 0; g < G; g++) {
      const i = g * H + t
      sal += headcount[i] * salary[g]
      hir += hires[i] * hireCost[g]
      // An hour of 0 costs 0: skipping it changes no figure.
      if (overtimeHours[i] !== 0) ove += ((overtimeHours[i] * salary[g]) / hoursPerFte[g]) * premium
      if (outsourcedHours[i] !== 0) out += outsourcedHours[i] * outsourcingPrice[g]
      rev += servedHours[i] * revenuePerHour[g]
      lostRev += lostHours[i] * revenuePerHour[g]
    }
    // training = sum S[p][k][t] * costPerStudentYear[p]
    let tra = 0
    for (let p = 0; p < P; p++) {
      const cost = input.training[p].costPerStudentYear
      for (let k = offsets[p]; k < offsets[p + 1]; k++) tra += students[k * H + t] * cost
    }
    // benches = sum over expansions dated this calendar year of benches * costPerBench; expansions
    // dated before startYear are never charged, and shifts do not multiply the cost.
    let ben = 0
    for (const expansion of input.benches.expansions) {
      if (expansion.year === startYear + t) ben += expansion.benches * expansion.costPerBench
    }
    salaries[t] = sal
    hiring[t] = hir
    trainingCost[t] = tra
    benches[t] = ben
    overtime[t] = ove
    outsourcing[t] = out
    // total = salaries + hiring + training + benches + overtime + outsourcing (v1: the last two are 0).
    const all = sal + hir + tra + ben + ove + out
    total[t] = all
    revenue[t] = rev
    lostRevenue[t] = lostRev
    margin[t] = rev - all
  }
  return {
    salaries,
    hiring,
    training: trainingCost,
    benches,
    overtime,
    outsourcing,
    total,
    revenue,
    lostRevenue,
    margin,
    step,
  }
}
