// The projection of an input for the screens: the engine run once per input object, its failures turned into problems.
import type { ModelInput, ModelResult } from '@shared/model/types'
import { project, ModelInputError } from '@shared/engine'
import type { InputProblem } from '@shared/workspace/types'
import { perfMeasure } from '../perf'

export interface Projection {
  result: ModelResult | null
  /** Problems that stop the projection (e.g. a formula failing in a later year). */
  problems: InputProblem[]
}

/** Projections of inputs still in use, so an edit checked by projecting is not projected again to draw. */
const projections = new WeakMap<ModelInput, Projection>()

/** Runs the engine on an input; never throws (a failing series becomes problems). Inputs are never mutated. */
export function runProjection(input: ModelInput | null): Projection {
  if (!input) return { result: null, problems: [] }
  const known = projections.get(input)
  if (known) return known
  let run: Projection
  try {
    run = { result: perfMeasure('project', () => project(input)), problems: [] }
  } catch (error) {
    run =
      error instanceof ModelInputError
        ? { result: null, problems: error.problems }
        : { result: null, problems: [{ path: '', message: String(error) }] }
  }
  projections.set(input, run)
  return run
}

/** Remembers a projection made elsewhere of this very input object (the edit check's), so drawing does not repeat it. */
export function rememberProjection(input: ModelInput, result: ModelResult): void {
  if (!projections.has(input)) projections.set(input, { result, problems: [] })
}
