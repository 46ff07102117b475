// Checks and builders several domains share: live scenarios, free names, new rows, summaries, and the ops that set a value.
import { isAtOrUnder } from '../../../shared/model/overrides'
import type { Uncertainty } from '../../../shared/decision/uncertainty'
import type { Override, ScenarioId, ScenarioSummary } from '../../../shared/workspace/types'
import { said, StoreError } from '../errors'
import type { Op } from '../ops'
import { rowToScenario, type ScenarioRow } from '../scenarioRepository'
import type { OverrideRow } from '../overrideRepository'
import type { ReadTx, Step } from '../session'

/** The scenario, refused when it is a frozen version (they cannot change). */
export async function requireLive(tx: ReadTx, id: ScenarioId): Promise<ScenarioRow> {
  const row = await tx.scenarios.require(id)
  if (row.frozen_at !== null) {
    throw new StoreError(
      'frozen',
      `${row.name} is a frozen version: it cannot be changed. Duplicate it to edit a copy.`,
      undefined,
      said('frozen', { scenario: row.name }),
    )
  }
  return row
}

/** The trimmed name, refused when empty or used by another scenario than `except`. */
export async function assertNameFree(tx: ReadTx, name: string, except?: ScenarioId): Promise<string> {
  const trimmed = name.trim()
  if (trimmed === '')
    throw new StoreError('invalid-request', 'A scenario needs a name.', undefined, said('nameEmpty'))
  const other = await tx.scenarios.byName(trimmed)
  if (other !== undefined && other.id !== except) {
    throw new StoreError(
      'name-taken',
      `There is already a scenario named ${trimmed}.`,
      undefined,
      said('nameTaken', { name: trimmed }),
    )
  }
  return trimmed
}

/** `wanted`, or `wanted (2)`, `wanted (3)`, … whichever is free first. */
export async function freeName(tx: ReadTx, wanted: string): Promise<string> {
  if ((await tx.scenarios.byName(wanted)) === undefined) return wanted
  for (let n = 2; ; n++) {
    const candidate = `${wanted} (${n})`
    if ((await tx.scenarios.byName(candidate)) === undefined) return candidate
  }
}

/** A scenario row with the defaults of a new live scenario of overrides. */
export function newRow(
  tx: ReadTx,
  fields: Pick<ScenarioRow, 'id' | 'name' | 'parent_id' | 'position'> & Partial<ScenarioRow>,
): ScenarioRow {
  return {
    note: '',
    created_at: tx.now().toISOString(),
    input_json: null,
    frozen_at: null,
    frozen_from: null,
    frozen_from_name: null,
    ...fields,
  }
}

export async function summary(tx: ReadTx, id: ScenarioId): Promise<ScenarioSummary> {
  const row = await tx.scenarios.require(id)
  return rowToScenario(row, (await tx.overrides.counts()).get(id) ?? 0)
}

/**
 * The ops that set `value` at `path`: on the base, into its input; on another scenario, an override that
 * replaces any override below that path.
 */
export async function setOps(tx: ReadTx, row: ScenarioRow, path: string, value: unknown): Promise<Op[]> {
  if (row.input_json !== null) return [{ op: 'setInput', scenarioId: row.id, path, value }]
  const below = (await tx.overrides.listFor(row.id)).filter(
    (o) => o.path !== path && isAtOrUnder(o.path, path),
  )
  return [
    ...below.map((o): Op => ({ op: 'unsetOverride', scenarioId: row.id, path: o.path })),
    { op: 'setOverride', scenarioId: row.id, path, value },
  ]
}

export interface NewScenario {
  parentId: ScenarioId
  name: string
  overrides: readonly Override[]
  note?: string
  uncertainty?: Uncertainty | null
  description?: string
}

/** The step that inserts a live scenario holding overrides; its resolved input is validated by the session. */
export async function newScenarioStep(tx: ReadTx, wanted: NewScenario): Promise<Step> {
  const parent = await requireLive(tx, wanted.parentId)
  const cleanName = await assertNameFree(tx, wanted.name)
  const id = await tx.scenarios.nextId()
  const row = newRow(tx, {
    id,
    name: cleanName,
    parent_id: parent.id,
    position: await tx.scenarios.nextPosition(),
    note: wanted.note ?? '',
    uncertainty_json: wanted.uncertainty ? JSON.stringify(wanted.uncertainty) : null,
  })
  const rows: OverrideRow[] = wanted.overrides.map((o) => ({
    scenario_id: id,
    path: o.path,
    value_json: JSON.stringify(o.value),
  }))
  return {
    description: wanted.description ?? `Create scenario ${cleanName} on ${parent.name}`,
    ops: [{ op: 'insertScenarios', rows: [row], overrides: rows }],
    validate: id,
    created: id,
  }
}

/** The row of a frozen version of `source` holding `input` (its uncertain figures kept as they were, read-only like its input). */
export function frozenRow(
  tx: ReadTx,
  id: ScenarioId,
  name: string,
  source: ScenarioRow,
  input: unknown,
): ScenarioRow {
  return newRow(tx, {
    id,
    name,
    parent_id: null,
    position: 0,
    note: source.note,
    input_json: JSON.stringify(input),
    frozen_at: tx.now().toISOString(),
    frozen_from: source.id,
    frozen_from_name: source.name,
    uncertainty_json: source.uncertainty_json ?? null,
  })
}

/** A pending import preview by id, or the refusal that asks for a new preview. */
export function pendingPreview<T>(pending: ReadonlyMap<string, T>, previewId: string): T {
  const found = pending.get(previewId)
  if (found === undefined) {
    throw new StoreError(
      'invalid-request',
      'This import preview is no longer available (it had errors, or was replaced): preview the file again.',
      undefined,
      said('importExpired'),
    )
  }
  return found
}

/** A short, one-line rendering of a value for history descriptions. */
export function describeValue(value: unknown): string {
  const text = JSON.stringify(value) ?? 'nothing'
  return text.length > 40 ? `${text.slice(0, 37)}…` : text
}
