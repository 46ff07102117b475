// The uncertainty domain: a scenario's saved uncertain figures, read against its input and saved as one undoable step.
import { checkUncertainty, type ScenarioUncertainty } from '../../../shared/decision/scenarioUncertainty'
import { uncertaintySchema, type Uncertainty } from '../../../shared/decision/uncertainty'
import { jsonEqual } from '../../../shared/model/overrides'
import type { ScenarioId } from '../../../shared/workspace/types'
import { said, StoreError } from '../errors'
import { rowUncertainty } from '../scenarioRepository'
import { ValidationFailure } from '../session'
import { reader, undoable } from './method'
import { resolveOne } from './resolve'
import { requireLive } from './rules'

export const uncertaintyMethods = {
  /**
   * A scenario's saved uncertain figures (null when none were saved), checked against its input as it is
   * now. Frozen versions answer theirs, read-only.
   */
  uncertainty: reader(async (tx, id: ScenarioId): Promise<ScenarioUncertainty> => {
    const row = await tx.scenarios.require(id)
    const readOnly = tx.readOnly !== null || row.frozen_at !== null
    let stored: unknown
    try {
      stored = rowUncertainty(row)
    } catch (error) {
      if (!(error instanceof StoreError)) throw error
      return { scenarioId: id, uncertainty: null, problems: [{ path: '', message: error.message }], readOnly }
    }
    if (stored === null) return { scenarioId: id, uncertainty: null, problems: [], readOnly }
    const parsed = uncertaintySchema.safeParse(stored)
    if (!parsed.success) {
      return {
        scenarioId: id,
        uncertainty: null,
        problems: [
          { path: '', message: `The saved uncertain figures cannot be read: ${parsed.error.message}` },
        ],
        readOnly,
      }
    }
    const check = checkUncertainty((await resolveOne(tx, id)).input, parsed.data)
    return { scenarioId: id, uncertainty: parsed.data, problems: check.ok ? [] : check.problems, readOnly }
  }),

  /**
   * Saves a scenario's uncertain figures (an Uncertainty list; null forgets them) as one undoable step.
   * The list must pass `uncertaintySchema` and fit the scenario's resolved input (`checkUncertainty`),
   * or nothing is written and the problems come back, named `[i].path`, `[i].distribution`, …
   */
  setUncertainty: undoable(async (tx, id: ScenarioId, uncertainty: unknown) => {
    const row = await requireLive(tx, id)
    let value: Uncertainty | null = null
    if (uncertainty !== null) {
      const check = checkUncertainty((await resolveOne(tx, id)).input, uncertainty)
      if (!check.ok) throw new ValidationFailure(check.problems)
      value = check.uncertainty
    }
    if (jsonEqual(rowUncertainty(row), value)) {
      throw new StoreError(
        'invalid-request',
        `${row.name} already has these uncertain figures.`,
        undefined,
        said('uncertaintySame', { scenario: row.name }),
      )
    }
    const count = value?.length ?? 0
    return {
      description:
        value === null
          ? `Forget the uncertain figures of ${row.name}`
          : `Set ${count} uncertain figure${count === 1 ? '' : 's'} in ${row.name}`,
      ops: [{ op: 'setUncertainty', scenarioId: id, uncertainty: value }],
    }
  }),
}
