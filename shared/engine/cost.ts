// docs/model-equations.md "Cost": salaries, hiring, training and new benches per year (CHF/yr).
import type { ModelInput } from '../model/types'
import type { Layout } from './layout'
import type { Training } from './training'
import type { Workforce } from './workforce'

/** Costs of every year (CHF). */
export interface Costs {
  salaries: Float64Array
  hiring: Float64Array
  training: Float64Array
  benches: Float64Array
  total: Float64Array
}

export function computeCosts(
  input: ModelInput,
  layout: Layout,
  training: Training,
  workforce: Workforce,
): Costs {
  const { H, startYear } = layout
  const G = input.grades.length
  const P = input.training.length
  const salaries = new Float64Array(H)
  const hiring = new Float64Array(H)
  const trainingCost = new Float64Array(H)
  const benches = new Float64Array(H)
  const total = new Float64Array(H)
  const { students, offsets } = training

  for (let t = 0; t < H; t++) {
    // salaries = sum W[g][t] * salaryPerFte[g]; hiring = sum Hr[g][t] * hireCost[g]
    let sal = 0
    let hir = 0
    for (let g = 0; g < G; g++) {
      sal += workforce.headcount[g * H + t] * input.grades[g].salaryPerFte
      hir += workforce.hires[g * H + t] * input.grades[g].hireCost
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
    total[t] = sal + hir + tra + ben
  }
  return { salaries, hiring, training: trainingCost, benches, total }
}
