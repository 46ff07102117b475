// The plans domain: a solver's plan, or any set of overrides, written as a new scenario in one undoable step.
import { applyPlan as planOnto, type Plan } from '../../../shared/decision/plan'
import { checkUncertainty } from '../../../shared/decision/scenarioUncertainty'
import { uncertaintySchema, type Uncertainty } from '../../../shared/decision/uncertainty'
import { diffInputs } from '../../../shared/model/overrides'
import { validateInput } from '../../../shared/model/schema'
import type { ModelInput } from '../../../shared/model/types'
import { parentForChildOf } from '../../../shared/workspace/scenarioTree'
import type {
  EditOutcome,
  InputProblem,
  Override,
  ScenarioId,
  ScenarioSummary,
} from '../../../shared/workspace/types'
import { rowUncertainty } from '../scenarioRepository'
import { ValidationFailure, type ReadTx, type Step } from '../session'
import { undoable, type Method } from './method'
import { resolveOne } from './resolve'
import { newScenarioStep, summary } from './rules'

export type CreatedScenario =
  | { ok: true; historyId: number; description: string; scenario: ScenarioSummary }
  | { ok: false; problems: InputProblem[] }

/** Why a plan was refused: the source scenario cannot be projected, or the planned input is invalid. */
export type PlanOutcome =
  CreatedScenario | { ok: false; problems: InputProblem[]; refused: 'source' | 'plan' }

/** Replies with the created scenario, or the problems that kept it from being created. */
export async function created(
  tx: ReadTx,
  outcome: EditOutcome | null,
  step: Step | null,
): Promise<CreatedScenario> {
  if (!outcome!.ok) return outcome!
  return { ...outcome!, scenario: await summary(tx, step!.created!) }
}

/** The source's saved uncertain figures when they can be read and still fit `input`, else null. */
function carriedUncertainty(stored: unknown, input: ModelInput): Uncertainty | null {
  const parsed = uncertaintySchema.safeParse(stored)
  return parsed.success && checkUncertainty(input, parsed.data).ok ? parsed.data : null
}

/**
 * Writes `plan` onto scenario `scenarioId` as a new scenario named `name`, on the scenario itself or, for a
 * frozen version, on the base (parentForChildOf); it keeps the source's uncertain figures when they still
 * fit. One transaction and one undoable step; refused with the problems when the source cannot be
 * projected or the planned input is invalid.
 */
const applyPlan: Method<[ScenarioId, Plan, string, string | undefined], PlanOutcome> = (
  session,
  scenarioId,
  plan,
  name,
  note,
) => {
  let stage: 'source' | 'plan' = 'source'
  return undoable(
    async (tx) => {
      const source = await tx.scenarios.require(scenarioId)
      const base = await tx.scenarios.base()
      const parentId = parentForChildOf({ id: source.id, frozenAt: source.frozen_at }, base.id)
      const sourceChecked = validateInput((await resolveOne(tx, scenarioId)).input)
      if (!sourceChecked.ok) throw new ValidationFailure(sourceChecked.problems)
      stage = 'plan'
      const checked = validateInput(planOnto(sourceChecked.input, plan))
      if (!checked.ok) throw new ValidationFailure(checked.problems)
      const parentInput =
        parentId === scenarioId ? sourceChecked.input : (await resolveOne(tx, parentId)).input
      let stored: unknown = null
      try {
        stored = rowUncertainty(source)
      } catch {
        // Unreadable figures are not carried over; the source still says so on its own panel.
      }
      return newScenarioStep(tx, {
        parentId,
        name,
        overrides: diffInputs(parentInput, checked.input),
        note,
        uncertainty: carriedUncertainty(stored, checked.input),
        description: `Apply the solver's plan for ${source.name} as scenario ${name.trim()}`,
      })
    },
    async (tx, outcome, step): Promise<PlanOutcome> =>
      outcome!.ok ? created(tx, outcome, step) : { ...outcome!, refused: stage },
  )(session)
}

export const planMethods = {
  /**
   * A new scenario on top of `parentId` (a live scenario) holding `overrides` (and, optionally, uncertain
   * figures and a note), as ONE undoable step. Its resolved input must be valid, or nothing is written and
   * the problems come back.
   */
  createScenarioWithOverrides: undoable(
    (
      tx,
      parentId: ScenarioId,
      name: string,
      overrides: readonly Override[],
      options: { note?: string; uncertainty?: Uncertainty | null; description?: string } = {},
    ) => newScenarioStep(tx, { parentId, name, overrides, ...options }),
    (tx, outcome, step) => created(tx, outcome, step),
  ),
  applyPlan,
}
