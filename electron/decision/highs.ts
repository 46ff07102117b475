// Loads the HiGHS solver (WebAssembly, the `highs` package) once per process and solves sparse linear programs with it.
import loadHighs, { type Highs } from 'highs'
import type { LinearProgram } from './lp'

let loading: Promise<Highs> | null = null

/** The HiGHS runtime, loaded on first use (about 100 ms) and shared afterwards. */
export function getHighs(): Promise<Highs> {
  if (loading === null) {
    loading = loadHighs().catch((error: unknown) => {
      loading = null
      throw error
    })
  }
  return loading
}

export type LpStatus = 'optimal' | 'infeasible' | 'unbounded' | 'failed'

export interface LpSolution {
  status: LpStatus
  /** Column values (meaningful when optimal). */
  x: Float64Array
  objective: number
  /** HiGHS's model status name, for messages. */
  detail: string
}

export interface SolveLpOptions {
  /** Solve the continuous relaxation (integer columns treated as real). */
  relax?: boolean
  /** A feasible point to start a MIP from (every column); HiGHS checks it and uses it as its first incumbent. */
  start?: Float64Array
  /** Relative MIP gap; default 1e-7. */
  mipGap?: number
}

/** Solves a program (a MIP when it has integer columns, unless relaxed) to optimality with HiGHS, quietly. */
export function solveLinearProgram(
  highs: Highs,
  lp: LinearProgram,
  options: SolveLpOptions = {},
): LpSolution {
  const data = lp.toModelData(highs.infinity, options.relax === true)
  return highs.withModel(data, (model) => {
    // A relative MIP gap of 1e-7: benches are whole, the rest is exact to the LP's tolerances. The root's
    // heuristics are kept short (the start point is a good incumbent) and symmetry detection is off: on these
    // small models both cost far more time than the search itself.
    model.options.set({
      output_flag: false,
      mip_rel_gap: options.mipGap ?? 1e-7,
      mip_heuristic_effort: 0.01,
      mip_detect_symmetry: false,
      time_limit: 30,
    })
    if (options.start !== undefined && data.integrality !== undefined)
      model.setSolution({ colValue: options.start })
    model.run()
    const code = model.getModelStatus()
    const names = highs.constants.modelStatus
    const detail = Object.entries(names).find(([, v]) => v === code)?.[0] ?? String(code)
    if (code === names.optimal) {
      return {
        status: 'optimal' as const,
        x: model.getSolution().colValue,
        objective: model.getObjectiveValue(),
        detail,
      }
    }
    const status: LpStatus =
      code === names.infeasible
        ? 'infeasible'
        : code === names.unbounded || code === names.unboundedOrInfeasible
          ? 'unbounded'
          : 'failed'
    return { status, x: new Float64Array(lp.columnCount), objective: NaN, detail }
  })
}
