// The local check of an edit before it is shown and stored: read-only and frozen refusals, the schema, and the engine.
import { validateInput } from '@shared/model/schema'
import { toFieldPath } from '@shared/model/fieldPath'
import type { ModelInput } from '@shared/model/types'
import type { InputProblem } from '@shared/workspace/types'
import { runProjection } from './projection'
import { currentScenario, withValue, type WorkspaceState } from './workspaceState'

export type EditCheck = { ok: true; input: ModelInput } | { ok: false; problems: InputProblem[] }

/** What setting `path` to `value` gives for the shown scenario; null when no scenario is shown. */
export function checkEdit(state: WorkspaceState, path: string, value: unknown): EditCheck | null {
  const scenario = currentScenario(state)
  if (!state.input || state.scenarioId === null || !scenario) return null
  if (state.workspace?.readOnly || scenario.frozenAt) {
    const message = state.workspace?.readOnly?.message ?? 'A frozen version cannot be changed.'
    return { ok: false, problems: [{ path, message }] }
  }
  const candidate = withValue(state.input, path, value)
  const check = candidate ? validateInput(candidate) : null
  if (!check || !check.ok) {
    // An invalid value never reaches the store: the message goes next to the field it names.
    const problems = check?.problems ?? [{ path, message: `${path}: no such field` }]
    return { ok: false, problems: problems.map((p) => ({ ...p, path: toFieldPath(p.path, candidate) })) }
  }
  // The store refuses formulas that fail in a later year, but so does the engine: check it too.
  const run = runProjection(check.input)
  if (run.problems.length > 0) return { ok: false, problems: run.problems }
  return { ok: true, input: check.input }
}
