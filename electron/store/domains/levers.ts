// The levers domain: several values of one scenario set as one undoable step (a global lever), and a scenario template applied as a new scenario.
import { canSetAtPath, diffInputs, isAtOrUnder, jsonEqual, parsePath } from '../../../shared/model/overrides'
import { validateInput } from '../../../shared/model/schema'
import {
  applyTemplate as templateOnto,
  leverWrites,
  type LeverApplication,
  type TemplateId,
} from '../../../shared/workspace/levers'
import { parentForChildOf } from '../../../shared/workspace/scenarioTree'
import type { Override, ScenarioId } from '../../../shared/workspace/types'
import { said, StoreError } from '../errors'
import type { Op } from '../ops'
import { ValidationFailure, type ReadTx } from '../session'
import { undoable } from './method'
import { created } from './plans'
import { resolveOne } from './resolve'
import { newScenarioStep, requireLive, setOps } from './rules'

/** Refuses a list the store cannot write as one step: empty, a bad path, a missing value, or one path inside another. */
async function checkValues(tx: ReadTx, id: ScenarioId, values: readonly Override[]): Promise<void> {
  if (values.length === 0)
    throw new StoreError('invalid-request', 'There is no value to set.', undefined, said('noValue'))
  const { input } = await resolveOne(tx, id)
  values.forEach((v, i) => {
    if (parsePath(v.path) === null || !canSetAtPath(input, v.path)) {
      throw new StoreError(
        'invalid-path',
        `${JSON.stringify(v.path)} is not a field of this scenario.`,
        v.path,
        said('invalidPath'),
      )
    }
    if (v.value === undefined || JSON.stringify(v.value) === undefined) {
      throw new StoreError(
        'invalid-request',
        `The value for ${v.path} is missing.`,
        v.path,
        said('valueMissing'),
      )
    }
    const other = values.findIndex((w, j) => j !== i && isAtOrUnder(v.path, w.path))
    if (other >= 0) {
      throw new StoreError(
        'invalid-request',
        `${v.path} is given twice (or inside ${values[other]!.path}).`,
        v.path,
        said('givenTwice'),
      )
    }
  })
}

/** The store's own check that the values are exactly what the lever writes, so the history says what was done. */
async function checkLever(tx: ReadTx, id: ScenarioId, values: readonly Override[], lever: LeverApplication) {
  const expected = leverWrites((await resolveOne(tx, id)).input, lever)
  const same =
    expected.length === values.length &&
    expected.every((e) => values.some((v) => v.path === e.path && jsonEqual(v.value, e.value)))
  if (!same) {
    throw new StoreError(
      'invalid-request',
      'These values are not what the lever gives: show the scenario again.',
      undefined,
      said('leverStale'),
    )
  }
}

export const leverMethods = {
  /**
   * Sets several values of one scenario (override syntax, as setValue) as ONE undoable step. The scenario's
   * resulting input must be valid as a whole, or nothing is written and the problems come back. With
   * `lever`, the values must be that lever's writes on the scenario, and the history names the lever.
   */
  setValues: undoable(async (tx, id: ScenarioId, values: readonly Override[], lever?: LeverApplication) => {
    const row = await requireLive(tx, id)
    await checkValues(tx, id, values)
    if (lever) await checkLever(tx, id, values, lever)
    const ops: Op[] = []
    for (const v of values) ops.push(...(await setOps(tx, row, v.path, v.value)))
    const n = values.length
    const description = lever
      ? `Apply lever ${lever.lever} ${lever.op} ${lever.amount} to ${n} field${n === 1 ? '' : 's'} in ${row.name}`
      : `Set ${n} value${n === 1 ? '' : 's'} in ${row.name}`
    return { description, ops, validate: id }
  }),

  /**
   * A new scenario named `name`, child of `scenarioId` (of the base for a frozen version), holding what the
   * template changes: one undoable step. Refused when the template changes nothing in this workspace;
   * answered with the problems when the result is invalid.
   */
  applyTemplate: undoable(
    async (tx, scenarioId: ScenarioId, template: TemplateId, name: string) => {
      const source = await tx.scenarios.require(scenarioId)
      const parentId = parentForChildOf(
        { id: source.id, frozenAt: source.frozen_at },
        (await tx.scenarios.base()).id,
      )
      const { input } = await resolveOne(tx, scenarioId)
      const edited = templateOnto(input, template)
      const checked = validateInput(edited)
      if (!checked.ok) throw new ValidationFailure(checked.problems)
      const overrides = diffInputs((await resolveOne(tx, parentId)).input, edited)
      if (jsonEqual(edited, input)) {
        throw new StoreError(
          'invalid-request',
          `The template ${template} changes nothing in ${source.name}.`,
          undefined,
          said('templateNoChange', { template, scenario: source.name }),
        )
      }
      return newScenarioStep(tx, {
        parentId,
        name,
        overrides,
        description: `Apply template ${template} to ${source.name} as scenario ${name.trim()}`,
      })
    },
    (tx, outcome, step) => created(tx, outcome, step),
  ),
}
