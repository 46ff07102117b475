// The local check of an edit before it is shown and stored: read-only and frozen refusals, the schema, and the engine.
import { validateAndProject } from '@shared/model/schema'
// For the global levers' preview, which loads the schema through editChecks.ts too.
export { validateInput } from '@shared/model/schema'
import { toFieldPath } from '@shared/model/fieldPath'
import type { ModelInput } from '@shared/model/types'
import type { InputProblem } from '@shared/workspace/types'
import { readOnlySaid, said } from '@shared/workspace/storeReasons'
import { rememberProjection, runProjection } from './projection'
import { perfMeasure } from '../perf'
import { currentScenario, withValue, writeFor, type WorkspaceState } from './workspaceState'

/**
 * `write`: the path and value the store is asked to set (see writeFor). `upgrade`: the edit gives a version 2
 * field to a version 1 scenario, which must then become schemaVersion 2 first.
 */
export type EditCheck =
  | { ok: true; input: ModelInput; write: { path: string; value: unknown }; upgrade: boolean }
  | { ok: false; problems: InputProblem[] }

/** What setting `path` to `value` gives for the shown scenario; null when no scenario is shown. */
export function checkEdit(state: WorkspaceState, path: string, value: unknown): EditCheck | null {
  const scenario = currentScenario(state)
  if (!state.input || state.scenarioId === null || !scenario) return null
  if (state.workspace?.readOnly || scenario.frozenAt) {
    // English for the console; the field words the reason in the UI language (words.store.*).
    const readOnly = state.workspace?.readOnly
    const { reason, params } = readOnly ? readOnlySaid(readOnly) : said('frozen', { scenario: scenario.name })
    const message = readOnly?.message ?? 'A frozen version cannot be changed.'
    return {
      ok: false,
      problems: [{ path, message, code: `store.${reason}`, ...(params ? { params } : {}) }],
    }
  }
  const write = writeFor(state.input, path, value)
  let candidate = withValue(state.input, write.path, write.value)
  const validate = (c: ModelInput) => {
    const checked = perfMeasure('edit:validate', () => validateAndProject(c))
    // The check projects a valid input anyway: that projection is the one drawn.
    if (checked.ok) rememberProjection(checked.input, checked.result)
    return checked
  }
  let check = candidate ? validate(candidate) : null
  let upgrade = false
  if (candidate && check && !check.ok && candidate.schemaVersion === 1) {
    // A v1 input may not carry a v2 field (shared/model/crossField.ts); as v2 it gives the same figures.
    const asV2 = { ...candidate, schemaVersion: 2 as const }
    const second = validate(asV2)
    // Refused as v2 too: its problems are the value's own, without "is a version 2 field".
    check = second
    if (second.ok) [candidate, upgrade] = [asV2, true]
  }
  // A map built by writeFor that the schema refuses as a whole names a field that does not exist.
  const unknown =
    write.path !== path &&
    check !== null &&
    !check.ok &&
    check.problems.some((p) => toFieldPath(p.path, candidate) === write.path)
  if (!check || !check.ok || unknown) {
    // An invalid value never reaches the store: the message goes next to the field it names.
    const problems =
      check && !check.ok && !unknown ? check.problems : [{ path, message: `${path}: no such field` }]
    return { ok: false, problems: problems.map((p) => ({ ...p, path: toFieldPath(p.path, candidate) })) }
  }
  // The store refuses formulas that fail in a later year, but so does the engine: check it too.
  const run = runProjection(check.input)
  if (run.problems.length > 0) return { ok: false, problems: run.problems }
  return { ok: true, input: check.input, write, upgrade }
}
