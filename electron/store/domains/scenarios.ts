// The scenarios domain: reading the tree, and every edit of it (values, overrides, create, copy, rename, delete, order, freeze).
import { canSetAtPath, diffInputs, isAtOrUnder, parsePath } from '../../../shared/model/overrides'
import type { ModelInput } from '../../../shared/model/types'
import { parentForChildOf } from '../../../shared/workspace/scenarioTree'
import type { EditOutcome, Override, ScenarioId, ScenarioSummary } from '../../../shared/workspace/types'
import { said, StoreError } from '../errors'
import type { Op } from '../ops'
import { rowToOverride, type OverrideRow } from '../overrideRepository'
import { rowInput, rowToScenario } from '../scenarioRepository'
import type { ReadTx, Step } from '../session'
import { reader, undoable } from './method'
import { resolveAll, resolveOne } from './resolve'
import {
  assertNameFree,
  frozenRow,
  describeValue,
  freeName,
  newRow,
  newScenarioStep,
  requireLive,
  setOps,
  summary,
} from './rules'

async function summaries(tx: ReadTx, frozen: boolean): Promise<ScenarioSummary[]> {
  const rows = await tx.scenarios.list()
  const counts = await tx.overrides.counts()
  return rows
    .filter((r) => (r.frozen_at !== null) === frozen)
    .map((r) => rowToScenario(r, counts.get(r.id) ?? 0))
}

/** Replies with the scenario a step created. */
const createdSummary = (tx: ReadTx, _outcome: EditOutcome | null, step: Step | null) =>
  summary(tx, step!.created!)
const nothing = async (): Promise<void> => undefined

export const scenarioMethods = {
  /** Live scenarios (the base and its descendants), in display order. */
  listScenarios: reader((tx) => summaries(tx, false)),

  /** Frozen versions, oldest first. */
  listFrozen: reader((tx) => summaries(tx, true)),

  /** The scenario whose name is exactly `name` (live or frozen), or undefined. */
  findScenario: reader(async (tx, name: string) => {
    const row = await tx.scenarios.byName(name)
    if (row === undefined) return undefined
    return rowToScenario(row, (await tx.overrides.counts()).get(row.id) ?? 0)
  }),

  /** The full ModelInput of a scenario and its own overrides that no longer apply. */
  resolve: reader((tx, id: ScenarioId) => resolveOne(tx, id)),

  /** Every scenario resolved, live and frozen. */
  resolveAll: reader((tx) => resolveAll(tx)),

  /** The overrides a scenario stores itself (empty for the base and frozen versions). */
  overrides: reader(async (tx, id: ScenarioId): Promise<Override[]> => {
    const row = await tx.scenarios.require(id)
    return (await tx.overrides.listFor(id)).map((o) => rowToOverride(o, row.name))
  }),

  sources: reader((tx) => tx.sources.list()),

  /**
   * Sets the value at `path` (override syntax, shared/model/overrides.ts). On the base it is written into
   * the base input; on another scenario it becomes an override, replacing any override below that path.
   * The scenario's resulting input must be valid, or nothing is written and the problems come back.
   */
  setValue: undoable(async (tx, id: ScenarioId, path: string, value: unknown) => {
    const row = await requireLive(tx, id)
    if (parsePath(path) === null)
      throw new StoreError(
        'invalid-path',
        `${JSON.stringify(path)} is not a valid path.`,
        path,
        said('invalidPath'),
      )
    if (value === undefined || JSON.stringify(value) === undefined) {
      throw new StoreError('invalid-request', `The value for ${path} is missing.`, path, said('valueMissing'))
    }
    if (!canSetAtPath((await resolveOne(tx, id)).input, path)) {
      throw new StoreError(
        'invalid-path',
        `${path} does not exist in scenario ${row.name}.`,
        path,
        said('invalidPath'),
      )
    }
    const ops = await setOps(tx, row, path, value)
    return { description: `Set ${path} to ${describeValue(value)} in ${row.name}`, ops, validate: id }
  }),

  /** Removes a scenario's overrides at and below `path`, so those values follow the parent again. */
  resetToParent: undoable(async (tx, id: ScenarioId, path: string) => {
    const row = await requireLive(tx, id)
    if (row.parent_id === null)
      throw new StoreError(
        'invalid-request',
        `${row.name} has no parent to reset to.`,
        undefined,
        said('noReset', { scenario: row.name }),
      )
    const hits = (await tx.overrides.listFor(id)).filter((o) => isAtOrUnder(o.path, path))
    if (hits.length === 0) {
      throw new StoreError(
        'invalid-request',
        `${row.name} does not override ${path}.`,
        path,
        said('noOverride', { scenario: row.name }),
      )
    }
    const ops = hits.map((o): Op => ({ op: 'unsetOverride', scenarioId: id, path: o.path }))
    return { description: `Reset ${path} to the parent's value in ${row.name}`, ops, validate: id }
  }),

  /** A new scenario on top of `parentId` (a live scenario), with no overrides yet. */
  createScenario: undoable(async (tx, parentId: ScenarioId, name: string) => {
    // Nothing differs from the parent yet, so there is nothing to validate.
    return { ...(await newScenarioStep(tx, { parentId, name, overrides: [] })), validate: undefined }
  }, createdSummary),

  /**
   * A copy placed last: of a scenario, a sibling with the same overrides; of the base, a scenario on the
   * base without overrides; of a frozen version, a scenario on the base whose overrides reproduce it.
   */
  duplicateScenario: undoable(async (tx, id: ScenarioId, name?: string) => {
    const source = await tx.scenarios.require(id)
    const cleanName = name === undefined ? await freeName(tx, source.name) : await assertNameFree(tx, name)
    const newId = await tx.scenarios.nextId()
    let parentId: number
    let overrides: OverrideRow[]
    if (source.frozen_at !== null) {
      const base = await tx.scenarios.base()
      parentId = parentForChildOf({ id: source.id, frozenAt: source.frozen_at }, base.id)
      const diff = diffInputs(
        rowInput({ ...base, input_json: base.input_json! }) as ModelInput,
        rowInput({ ...source, input_json: source.input_json! }) as ModelInput,
      )
      overrides = diff.map((o) => ({ scenario_id: newId, path: o.path, value_json: JSON.stringify(o.value) }))
    } else if (source.parent_id === null) {
      parentId = source.id
      overrides = []
    } else {
      parentId = source.parent_id
      overrides = (await tx.overrides.listFor(id)).map((o) => ({ ...o, scenario_id: newId }))
    }
    const row = newRow(tx, {
      id: newId,
      name: cleanName,
      parent_id: parentId,
      position: await tx.scenarios.nextPosition(),
      note: source.note,
      uncertainty_json: source.uncertainty_json ?? null,
    })
    return {
      description: `Duplicate ${source.name} as ${cleanName}`,
      ops: [{ op: 'insertScenarios', rows: [row], overrides }],
      created: newId,
    }
  }, createdSummary),

  renameScenario: undoable(async (tx, id: ScenarioId, name: string) => {
    const row = await tx.scenarios.require(id)
    const cleanName = await assertNameFree(tx, name, id)
    return {
      description: `Rename ${row.name} to ${cleanName}`,
      ops: [{ op: 'updateScenario', id, fields: { name: cleanName } }],
    }
  }, nothing),

  setNote: undoable(async (tx, id: ScenarioId, note: string) => {
    const row = await tx.scenarios.require(id)
    return {
      description: `Edit the note of ${row.name}`,
      ops: [{ op: 'updateScenario', id, fields: { note } }],
    }
  }, nothing),

  /** Deletes a scenario and the scenarios built on it (undo brings them all back). The base cannot be deleted. */
  deleteScenario: undoable(async (tx, id: ScenarioId) => {
    const row = await tx.scenarios.require(id)
    if (row.parent_id === null && row.frozen_at === null) {
      throw new StoreError(
        'invalid-request',
        'The base scenario cannot be deleted.',
        undefined,
        said('baseDelete'),
      )
    }
    const ids = (await tx.scenarios.subtree(id)).map((r) => r.id)
    const extra = ids.length - 1
    const suffix = extra === 0 ? '' : ` and ${extra} scenario${extra === 1 ? '' : 's'} built on it`
    return { description: `Delete ${row.name}${suffix}`, ops: [{ op: 'deleteScenarios', ids }] }
  }, nothing),

  /** Puts the live scenarios in the given order; `ids` must list every live scenario once. */
  reorderScenarios: undoable(async (tx, ids: ScenarioId[]) => {
    const live = (await tx.scenarios.list()).filter((r) => r.frozen_at === null)
    const known = new Set(live.map((r) => r.id))
    if (ids.length !== live.length || new Set(ids).size !== ids.length || ids.some((i) => !known.has(i))) {
      throw new StoreError(
        'invalid-request',
        'The new order must list every scenario exactly once.',
        undefined,
        said('orderIncomplete'),
      )
    }
    const ops: Op[] = []
    ids.forEach((id, position) => {
      if (live.find((r) => r.id === id)!.position !== position)
        ops.push({ op: 'updateScenario', id, fields: { position } })
    })
    return ops.length === 0 ? null : { description: 'Reorder scenarios', ops }
  }, nothing),

  /** Saves the scenario's resolved input as a named, dated, read-only version. */
  freeze: undoable(async (tx, id: ScenarioId, name: string) => {
    const source = await requireLive(tx, id)
    const cleanName = await assertNameFree(tx, name)
    const { input } = await resolveOne(tx, id)
    const newId = await tx.scenarios.nextId()
    const row = frozenRow(tx, newId, cleanName, source, input)
    return {
      description: `Freeze ${source.name} as ${cleanName}`,
      ops: [{ op: 'insertScenarios', rows: [row], overrides: [] }],
      created: newId,
    }
  }, createdSummary),
}
