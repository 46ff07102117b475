// Workforce responses to one extra hire or one extra student, measured with the engine on an empty workshop.
import { project } from '../../shared/engine'
import type { ModelInput } from '../../shared/model/types'

/**
 * How one extra hire (per grade) and one extra first-year student (per programme) show in later years.
 * The workforce and training equations are linear with constant rates, so the effect of a decision in
 * year τ on year t depends only on the lag s = t - τ, and effects add up. Arrays are indexed by lag
 * s = 0 … H-1 (the decision's own year is lag 0).
 */
export interface Responses {
  H: number
  G: number
  P: number
  /** W[g][τ+s] per hire of grade h in year τ: at [(h * G + g) * H + s] (FTE per FTE hired). */
  hireHeadcount: Float64Array
  /** J[g][τ+s] per hire: same layout. */
  hireJoiners: Float64Array
  /** W[g][τ+s] per student admitted to programme p in year τ >= 1: at [(p * G + g) * H + s]. */
  intakeHeadcount: Float64Array
  intakeJoiners: Float64Array
  /**
   * (v2) Hires the backfill policy adds in grade g at τ+s per extra hire of grade h in year τ (the pulse
   * itself left out): at [(h * G + g) * H + s]; per student admitted to programme p: at [(p * G + g) * H + s].
   */
  hireHires: Float64Array
  intakeHires: Float64Array
  /** Students of programme p (all years of study) at τ+s per student admitted: at [p * H + s]. */
  intakeStudents: Float64Array
}

/**
 * Measures the responses by projecting an empty copy of the input (no roster, no hires, no students)
 * with a single hire or a single student in it, so every figure read is the response itself, with no
 * subtraction. Students are admitted in year 1: year 0's students are the initial ones (docs/model-equations.md).
 * (v2) Backfill stays in: it re-hires a share of last year's leavers and retirements, which is linear in the
 * headcount, so one hire's response includes the hires that replace it. Gap hiring is left out (it reacts
 * to unserved work, which is not linear; docs/decision-tools.md "Hiring policies"), and so is the market
 * limit (the program caps hires itself).
 */
export function measureResponses(input: ModelInput): Responses {
  const H = input.horizonYears
  const G = input.grades.length
  const P = input.training.length
  const empty = JSON.parse(JSON.stringify(input)) as ModelInput
  empty.workforce.roster = []
  empty.workforce.hires = {}
  empty.workforce.marketLimit = {}
  if (empty.workforce.gapHiring !== undefined) empty.workforce.gapHiring = {}
  for (const p of empty.training) {
    p.intake = 0
    p.initialStudents = new Array<number>(p.durationYears).fill(0)
  }
  empty.service.initialBacklogHours = 0
  const gradeIds = input.grades.map((g) => g.id)
  const r: Responses = {
    H,
    G,
    P,
    hireHeadcount: new Float64Array(G * G * H),
    hireJoiners: new Float64Array(G * G * H),
    intakeHeadcount: new Float64Array(P * G * H),
    intakeJoiners: new Float64Array(P * G * H),
    intakeStudents: new Float64Array(P * H),
    hireHires: new Float64Array(G * G * H),
    intakeHires: new Float64Array(P * G * H),
  }
  for (let h = 0; h < G; h++) {
    const one = { ...empty, workforce: { ...empty.workforce, hires: { [gradeIds[h]!]: pulse(H, 0) } } }
    const years = project(one).years
    for (let g = 0; g < G; g++) {
      for (let s = 0; s < H; s++) {
        r.hireHeadcount[(h * G + g) * H + s] = years[s]!.headcount[gradeIds[g]!]!
        r.hireJoiners[(h * G + g) * H + s] = years[s]!.joiners[gradeIds[g]!]!
        r.hireHires[(h * G + g) * H + s] = years[s]!.hires[gradeIds[g]!]! - (s === 0 && g === h ? 1 : 0)
      }
    }
  }
  if (H < 2) return r
  for (let p = 0; p < P; p++) {
    const training = empty.training.map((x, i) => (i === p ? { ...x, intake: pulse(H, 1) } : x))
    const years = project({ ...empty, training }).years
    const id = input.training[p]!.id
    for (let s = 0; s + 1 < H; s++) {
      const y = years[s + 1]!
      r.intakeStudents[p * H + s] = y.students[id]!
      for (let g = 0; g < G; g++) {
        r.intakeHeadcount[(p * G + g) * H + s] = y.headcount[gradeIds[g]!]!
        r.intakeJoiners[(p * G + g) * H + s] = y.joiners[gradeIds[g]!]!
        r.intakeHires[(p * G + g) * H + s] = y.hires[gradeIds[g]!]!
      }
    }
  }
  return r
}

/** H values, 1 in year `t`, 0 elsewhere. */
function pulse(H: number, t: number): number[] {
  const values = new Array<number>(H).fill(0)
  values[t] = 1
  return values
}
