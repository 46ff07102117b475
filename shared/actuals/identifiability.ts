// Which fitted parameters the actuals cannot pin down: near-zero or near-collinear columns of the fit's Jacobian.
import type { ParameterSpec } from './calibrationParameters'

export interface CalibrationWarning {
  code: 'noEffect' | 'indistinguishable' | 'atBound' | 'noObservations' | 'planUnknown'
  /** Override paths of the parameters concerned (empty for warnings about the data). */
  paths: string[]
  message: string
}

/** A column norm below this (relative change of the normalised observations per relative change of the parameter) counts as no effect. */
export const noEffectThreshold = 1e-4
/** |cosine| between two columns above this counts as indistinguishable. */
export const collinearThreshold = 0.999

/**
 * Reads the Jacobian `columns[j][i]` = d(observation i, normalised)/d(parameter j), each column already
 * multiplied by its parameter's typical size (so a column says how much the fit moves for a relative
 * change of the parameter). A column near 0: no observed metric depends on the parameter. Two columns
 * nearly parallel: the data cannot tell the two parameters apart (only a combination is fitted).
 */
export function identifiabilityWarnings(
  specs: readonly ParameterSpec[],
  columns: readonly Float64Array[],
): CalibrationWarning[] {
  const warnings: CalibrationWarning[] = []
  const norms = columns.map((c) => Math.sqrt(dot(c, c)))
  const effective: number[] = []
  specs.forEach((spec, j) => {
    if (norms[j]! < noEffectThreshold) {
      warnings.push({
        code: 'noEffect',
        paths: [spec.path],
        message: `${spec.path}: none of the actuals depends on this parameter; it keeps its value (enter the figures it drives, e.g. ${drivenBy(spec)})`,
      })
    } else effective.push(j)
  })
  for (let a = 0; a < effective.length; a++) {
    for (let b = a + 1; b < effective.length; b++) {
      const i = effective[a]!
      const j = effective[b]!
      const cosine = dot(columns[i]!, columns[j]!) / (norms[i]! * norms[j]!)
      if (Math.abs(cosine) > collinearThreshold) {
        const [p, q] = [specs[i]!.path, specs[j]!.path]
        warnings.push({
          code: 'indistinguishable',
          paths: [p, q],
          message: `${p} and ${q} cannot be told apart by these actuals: only their combined effect is fitted; fix one, or add actuals that only one of them drives`,
        })
      }
    }
  }
  return warnings
}

function drivenBy(spec: ParameterSpec): string {
  if (spec.kind === 'attritionRate') return 'leavers or headcount'
  if (spec.kind === 'hoursPerJob') return 'demand hours'
  return 'jobs'
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!
  return s
}
