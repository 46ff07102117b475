// docs/model-equations.md "Capacity": hours each grade can give to service after the ramp-up deficit, supervision and the bench limit.
import type { ModelInput } from '../model/types'
import { gradeAt, type Layout } from './layout'
import type { Training } from './training'
import type { Workforce } from './workforce'

/** Capacity of every year. */
export interface Capacity {
  /** C[g][t], hours grade g can serve (h/yr), laid out [g * H + t]. */
  capacityHours: Float64Array
  /** SV[t], tutor hours the students need (h/yr). */
  supervisionHours: Float64Array
  /** Tutor hours the supervisor grades could not give (h/yr). */
  unsupervisedHours: Float64Array
  /** Bench seats available (seats). */
  seats: Float64Array
  /** Seats wanted by the working headcount and the students (seats). */
  seatsNeeded: Float64Array
  /** 1, or seats / seatsNeeded when seats are short (0..1). */
  benchFactor: Float64Array
  /** seatsNeeded / seats; Infinity when there are no seats but some are needed. */
  benchUtilisation: Float64Array
}

/** Capacity computed one year at a time, after that year's joiners. */
export interface CapacityRun extends Capacity {
  step(t: number): void
}

export function createCapacity(
  input: ModelInput,
  layout: Layout,
  training: Training,
  workforce: Workforce,
): CapacityRun {
  const { H, startYear } = layout
  const G = input.grades.length
  const P = input.training.length
  const C = new Float64Array(G * H)
  const supervisionHours = new Float64Array(H)
  const unsupervisedHours = new Float64Array(H)
  const seats = new Float64Array(H)
  const seatsNeeded = new Float64Array(H)
  const benchFactor = new Float64Array(H)
  const benchUtilisation = new Float64Array(H)
  const raw = new Float64Array(G)
  const supervisors = input.training.map((p) => gradeAt(layout, p.supervisorGrade))
  const { students, offsets } = training
  const W = workforce.headcount
  const J = workforce.joiners
  const { benches } = input
  // (v2) rampUp defaults to [rampUpFactor]; K = its length. keptAfter[g * K + k] = (1 - attritionRate[g])^k.
  const rampUp = input.service.rampUp ?? [input.service.rampUpFactor]
  const K = rampUp.length
  const keptAfter = new Float64Array(G * K)
  for (let g = 0; g < G; g++) {
    for (let k = 0; k < K; k++) keptAfter[g * K + k] = Math.pow(1 - input.grades[g].attritionRate, k)
  }

  const step = (t: number): void => {
    // Ramp-up deficit RD[g][t] = sum over k = 0 … min(K-1, t) of J[g][t-k] * (1 - attritionRate[g])^k *
    // (1 - rampUp[k]); raw[g] = max(0, W[g][t] - RD[g][t]) * hoursPerFte[g]. With K = 1 this is v1's
    // (W - J * (1 - rampUpFactor)) * hoursPerFte, where the floor only removes rounding noise.
    for (let g = 0; g < G; g++) {
      let deficit = 0
      for (let k = 0, last = Math.min(K - 1, t); k <= last; k++) {
        deficit += J[g * H + t - k] * keptAfter[g * K + k] * (1 - rampUp[k])
      }
      raw[g] = Math.max(0, W[g * H + t] - deficit) * input.grades[g].hoursPerFte
    }

    // Supervision, programme by programme, taken from raw of the programme's supervisorGrade.
    let sv = 0
    for (let p = 0; p < P; p++) {
      const hoursPerStudent = input.training[p].supervisionHoursPerStudent
      let need = 0
      for (let k = offsets[p]; k < offsets[p + 1]; k++) need += students[k * H + t] * hoursPerStudent
      raw[supervisors[p]] -= need
      sv += need
    }
    supervisionHours[t] = sv
    // A grade's raw is floored at 0; what could not be taken is unsupervised.
    let unsupervised = 0
    for (let g = 0; g < G; g++) {
      if (raw[g] < 0) {
        unsupervised += -raw[g]
        raw[g] = 0
      }
    }
    unsupervisedHours[t] = unsupervised

    // Seats: (initial + expansions dated up to this year) * shifts.
    let benchCount = benches.initial
    for (const expansion of benches.expansions) {
      if (expansion.year <= startYear + t) benchCount += expansion.benches
    }
    const seatsNow = benchCount * benches.shifts
    // seatsNeeded = sum over g of W + sum over p, k of S * benchSharePerStudent
    let people = 0
    for (let g = 0; g < G; g++) people += W[g * H + t]
    let studentSeats = 0
    for (let p = 0; p < P; p++) {
      const share = input.training[p].benchSharePerStudent
      for (let k = offsets[p]; k < offsets[p + 1]; k++) studentSeats += students[k * H + t] * share
    }
    const needed = people + studentSeats
    seats[t] = seatsNow
    seatsNeeded[t] = needed
    const factor = needed <= seatsNow ? 1 : seatsNow / needed
    benchFactor[t] = factor
    benchUtilisation[t] = seatsNow > 0 ? needed / seatsNow : needed > 0 ? Infinity : 0

    // C[g][t] = max(0, raw[g]) * benchFactor[t]
    for (let g = 0; g < G; g++) C[g * H + t] = Math.max(0, raw[g]) * factor
  }
  return {
    capacityHours: C,
    supervisionHours,
    unsupervisedHours,
    seats,
    seatsNeeded,
    benchFactor,
    benchUtilisation,
    step,
  }
}
