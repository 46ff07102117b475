// A scenario's stored uncertain figures as the store answers them, and the one check both the store and the UI run on a list.
import { formatPath, problem, type Problem } from '../model/problems'
import type { ModelInput } from '../model/types'
import { prepareUncertainty, uncertaintySchema, type Uncertainty } from './uncertainty'

/** What `scenario:uncertainty` answers: the saved list of one scenario, checked against its current input. */
export interface ScenarioUncertainty {
  scenarioId: number
  /** The saved list, in draw order; null when none has been saved (the UI then offers `defaultUncertainty`). */
  uncertainty: Uncertainty | null
  /**
   * Problems of the saved list against the scenario's input as it is now (an edit since may have removed a
   * segment it names), path-named `[i].path`, `[i].distribution`; empty when it fits.
   */
  problems: Problem[]
  /** True for a frozen version (it keeps its list read-only) and in a read-only workspace. */
  readOnly: boolean
}

export type UncertaintyCheck = { ok: true; uncertainty: Uncertainty } | { ok: false; problems: Problem[] }

/**
 * Parses `raw` with `uncertaintySchema` (shape, finite numbers) and checks it against `input` with
 * `prepareUncertainty` (paths exist, apply suits the field, distributions fit the valid range). Every
 * problem at once, each named `[i].field…` so the UI shows it next to row i.
 */
export function checkUncertainty(input: ModelInput, raw: unknown): UncertaintyCheck {
  const parsed = uncertaintySchema.safeParse(raw)
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => problem(formatPath(issue.path), issue.message)),
    }
  }
  const prepared = prepareUncertainty(input, parsed.data)
  return prepared.ok ? { ok: true, uncertainty: parsed.data } : { ok: false, problems: prepared.problems }
}

/** The row a problem path such as `[2].distribution` or `[2].distribution.min` belongs to, or null. */
export function problemRow(path: string): number | null {
  const match = /^\[(\d+)\]/.exec(path)
  return match ? Number(match[1]) : null
}
