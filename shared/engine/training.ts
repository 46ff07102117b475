// docs/model-equations.md "Training": the conveyor of students through the years of study, and graduates per programme.
import type { ModelInput } from '../model/types'
import type { Layout } from './layout'
import type { ResolvedSeries } from './resolve'

/** Students and graduates of every programme and year. */
export interface Training {
  /** Row of programme p's first year of study: S[p][k][t] is at `(offsets[p] + k) * H + t`. offsets[P] = rows. */
  offsets: Int32Array
  /** S[p][k][t], students in year of study k (students). */
  students: Float64Array
  /** sum over k of S[p][k][t], laid out [p * H + t]. */
  studentsTotal: Float64Array
  /** (v2) S[p][0][t], first-year students, laid out [p * H + t]. */
  admitted: Float64Array
  /** GR[p][t], graduates at the end of year t, before captureRate, laid out [p * H + t]. */
  graduates: Float64Array
}

export function computeTraining(input: ModelInput, layout: Layout, series: ResolvedSeries): Training {
  const { H } = layout
  const P = input.training.length
  const offsets = new Int32Array(P + 1)
  for (let p = 0; p < P; p++) offsets[p + 1] = offsets[p] + input.training[p].durationYears
  const students = new Float64Array(offsets[P] * H)
  const studentsTotal = new Float64Array(P * H)
  const graduates = new Float64Array(P * H)
  const admitted = new Float64Array(P * H)

  for (let p = 0; p < P; p++) {
    const prog = input.training[p]
    const d = prog.durationYears
    const q = prog.dropoutRate
    const intake = series.intake[p]
    const cap = series.maxIntake[p]
    // (v2) AD[p][t] = min(intake[t], maxIntake[t]); intake[t] without a cap.
    const AD = (t: number): number => (cap === null ? intake[t] : Math.min(intake[t], cap[t]))
    const row = (k: number): number => (offsets[p] + k) * H
    // t = 0: S[p][k][0] = initialStudents[k], or AD[0] * (1 - q)^k when not given.
    for (let k = 0; k < d; k++) {
      students[row(k)] =
        prog.initialStudents !== undefined ? prog.initialStudents[k] : AD(0) * Math.pow(1 - q, k)
    }
    // t >= 1: S[p][0][t] = AD[t]; S[p][k][t] = S[p][k-1][t-1] * (1 - q)
    for (let t = 1; t < H; t++) {
      students[row(0) + t] = AD(t)
      for (let k = 1; k < d; k++) students[row(k) + t] = students[row(k - 1) + t - 1] * (1 - q)
    }
    // GR[p][t] = S[p][d-1][t] * (1 - q); students = sum over k of S[p][k][t]
    for (let t = 0; t < H; t++) {
      graduates[p * H + t] = students[row(d - 1) + t] * (1 - q)
      admitted[p * H + t] = students[row(0) + t]
      let total = 0
      for (let k = 0; k < d; k++) total += students[row(k) + t]
      studentsTotal[p * H + t] = total
    }
  }
  return { offsets, students, studentsTotal, graduates, admitted }
}
