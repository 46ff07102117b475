// Row operations that make up a history step; applying one returns the operations that revert it.
import { canSetAtPath, deleteAtPath, getAtPath, hasPath, setAtPath } from '../../shared/model/overrides'
import type { ActualMetric } from '../../shared/actuals'
import type { ActualsRepository } from './actualsRepository'
import { said, StoreError } from './errors'
import type { OverrideRepository, OverrideRow } from './overrideRepository'
import {
  rowInput,
  rowUncertainty,
  type ScenarioFields,
  type ScenarioRepository,
  type ScenarioRow,
} from './scenarioRepository'
import { parseStoredJson } from './storedJson'

/**
 * One change to the rows of a workspace. Every edit is a list of these (the step's redo); while they are
 * applied, each returns its inverse, and the reversed list of inverses is the step's undo. Stored as JSON
 * in `history`, so their shape is part of the file format: add kinds, never change one.
 */
export type Op =
  /** Writes a value at a path of a full-input scenario (the base). */
  | { op: 'setInput'; scenarioId: number; path: string; value: unknown }
  /** Removes an object key at a path of a full-input scenario (the inverse of adding a key). */
  | { op: 'unsetInput'; scenarioId: number; path: string }
  | { op: 'setOverride'; scenarioId: number; path: string; value: unknown }
  | { op: 'unsetOverride'; scenarioId: number; path: string }
  /** Inserts scenarios (parents first) and their overrides. */
  | { op: 'insertScenarios'; rows: ScenarioRow[]; overrides: OverrideRow[] }
  /** Deletes scenarios and their overrides; `ids` parents first (they are deleted children first). */
  | { op: 'deleteScenarios'; ids: number[] }
  | { op: 'updateScenario'; id: number; fields: ScenarioFields }
  /** Replaces a scenario's uncertain figures (an Uncertainty list; null: none saved). Schema version 2. */
  | { op: 'setUncertainty'; scenarioId: number; uncertainty: unknown[] | null }
  /** Writes actual figures (value null: none recorded). Schema version 3. */
  | { op: 'setActuals'; rows: ActualChange[] }

/** One actual figure as a history step writes it; `value` null removes the figure. */
export interface ActualChange {
  year: number
  metric: ActualMetric
  key: string
  value: number | null
}

export interface OpRepositories {
  scenarios: ScenarioRepository
  overrides: OverrideRepository
  actuals: ActualsRepository
}

async function readInput(
  repos: OpRepositories,
  scenarioId: number,
): Promise<{ row: ScenarioRow; input: unknown }> {
  const row = await repos.scenarios.require(scenarioId)
  if (row.input_json === null) {
    throw new StoreError(
      'invalid-request',
      `Scenario ${row.name} holds overrides, not a full input.`,
      undefined,
      said('holdsOverrides', { scenario: row.name }),
    )
  }
  return { row, input: rowInput({ ...row, input_json: row.input_json }) }
}

const OP_KINDS: ReadonlySet<string> = new Set<Op['op']>([
  'setInput',
  'unsetInput',
  'setOverride',
  'unsetOverride',
  'insertScenarios',
  'deleteScenarios',
  'updateScenario',
  'setUncertainty',
  'setActuals',
])

/**
 * A history step's stored operations, or a 'damaged' refusal naming the step (`what`) when the text is not
 * JSON, not a list of operations, or holds a kind this version does not know: nothing of it is applied.
 */
export function parseOps(text: string, what: string): Op[] {
  const value = parseStoredJson(text, what)
  if (!Array.isArray(value)) {
    throw new StoreError(
      'damaged',
      `${what} cannot be applied: it does not hold a list of changes.`,
      undefined,
      said('damagedPart'),
    )
  }
  for (const op of value as unknown[]) {
    const kind = typeof op === 'object' && op !== null ? (op as { op?: unknown }).op : undefined
    if (typeof kind !== 'string' || !OP_KINDS.has(kind)) {
      throw new StoreError(
        'damaged',
        `${what} cannot be applied: it holds a change this version of Établi does not know (${JSON.stringify(kind ?? null)}). Nothing was changed.`,
        undefined,
        said('damagedPart'),
      )
    }
  }
  return value as Op[]
}

/** Applies one operation and returns its inverse (in the order it must be applied). */
export async function applyOp(repos: OpRepositories, op: Op): Promise<Op[]> {
  switch (op.op) {
    case 'setInput':
    case 'unsetInput': {
      const { input } = await readInput(repos, op.scenarioId)
      const inverse: Op[] = hasPath(input, op.path)
        ? [{ op: 'setInput', scenarioId: op.scenarioId, path: op.path, value: getAtPath(input, op.path) }]
        : [{ op: 'unsetInput', scenarioId: op.scenarioId, path: op.path }]
      if (op.op === 'setInput') {
        if (!canSetAtPath(input, op.path) || !setAtPath(input, op.path, op.value)) {
          throw new StoreError(
            'invalid-path',
            `The path ${op.path} does not exist in this scenario.`,
            op.path,
            said('invalidPath'),
          )
        }
      } else if (!deleteAtPath(input, op.path)) {
        return []
      }
      await repos.scenarios.setInputJson(op.scenarioId, JSON.stringify(input))
      return inverse
    }
    case 'setOverride':
    case 'unsetOverride': {
      const before = await repos.overrides.get(op.scenarioId, op.path)
      const inverse: Op[] =
        before === undefined
          ? [{ op: 'unsetOverride', scenarioId: op.scenarioId, path: op.path }]
          : [
              {
                op: 'setOverride',
                scenarioId: op.scenarioId,
                path: op.path,
                value: parseStoredJson(
                  before.value_json,
                  `The value of ${op.path} in scenario ${(await repos.scenarios.require(op.scenarioId)).name}`,
                  op.path,
                ),
              },
            ]
      if (op.op === 'setOverride') {
        await repos.overrides.upsert({
          scenario_id: op.scenarioId,
          path: op.path,
          value_json: JSON.stringify(op.value),
        })
      } else {
        if (before === undefined) return []
        await repos.overrides.delete(op.scenarioId, op.path)
      }
      return inverse
    }
    case 'insertScenarios': {
      for (const row of op.rows) await repos.scenarios.insert(row)
      for (const row of op.overrides) await repos.overrides.upsert(row)
      return [{ op: 'deleteScenarios', ids: op.rows.map((r) => r.id) }]
    }
    case 'deleteScenarios': {
      const rows: ScenarioRow[] = []
      const overrides: OverrideRow[] = []
      for (const id of op.ids) {
        rows.push(await repos.scenarios.require(id))
        overrides.push(...(await repos.overrides.listFor(id)))
      }
      for (const id of [...op.ids].reverse()) await repos.scenarios.delete(id)
      return [{ op: 'insertScenarios', rows, overrides }]
    }
    case 'updateScenario': {
      const row = await repos.scenarios.require(op.id)
      const before: ScenarioFields = {}
      for (const key of Object.keys(op.fields) as (keyof ScenarioFields)[]) {
        ;(before as Record<string, unknown>)[key] = row[key]
      }
      await repos.scenarios.update(op.id, op.fields)
      return [{ op: 'updateScenario', id: op.id, fields: before }]
    }
    case 'setUncertainty': {
      const row = await repos.scenarios.require(op.scenarioId)
      const before = rowUncertainty(row) as unknown[] | null
      await repos.scenarios.setUncertaintyJson(
        op.scenarioId,
        op.uncertainty === null ? null : JSON.stringify(op.uncertainty),
      )
      return [{ op: 'setUncertainty', scenarioId: op.scenarioId, uncertainty: before }]
    }
    case 'setActuals': {
      const before: ActualChange[] = []
      for (const row of op.rows) {
        before.push({ ...row, value: await repos.actuals.get(row.year, row.metric, row.key) })
        await repos.actuals.set(row.year, row.metric, row.key, row.value)
      }
      return [{ op: 'setActuals', rows: before.reverse() }]
    }
    default:
      // parseOps refuses unknown kinds before anything runs; this keeps a new kind from being skipped silently.
      throw new StoreError(
        'damaged',
        `A change of an unknown kind cannot be applied; nothing was changed.`,
        undefined,
        said('damagedPart'),
      )
  }
}

/** Applies a list of operations; returns the list that reverts all of them (last change reverted first). */
export async function applyOps(repos: OpRepositories, ops: readonly Op[]): Promise<Op[]> {
  const inverses: Op[][] = []
  for (const op of ops) inverses.push(await applyOp(repos, op))
  return inverses.reverse().flat()
}
