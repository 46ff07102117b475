// The imports domain: a CSV or XLSX file previewed against a scenario (nothing stored), then confirmed as one undoable step.
import { randomBytes } from 'node:crypto'
import { getAtPath, jsonEqual } from '../../../shared/model/overrides'
import type {
  EditOutcome,
  ImportKind,
  ImportPreview,
  RosterAges,
  ScenarioId,
} from '../../../shared/workspace/types'
import { said, StoreError } from '../errors'
import { withAgeBands } from '../import/ageBands'
import { planImport, type PlannedImport } from '../import/planImport'
import { readTable } from '../import/readTable'
import type { Op } from '../ops'
import type { Session } from '../session'
import { reader, undoable, type Method } from './method'
import { resolveOne } from './resolve'
import { pendingPreview, requireLive, setOps } from './rules'

type PendingImport = { scenarioId: ScenarioId; plan: PlannedImport }

/** The previews a session may still confirm (at most one: a new preview replaces the last). Never stored. */
const pendingOf = (session: Session) => session.state('imports', () => new Map<string, PendingImport>())

/**
 * Reads a CSV or XLSX file for `kind` against a scenario and says what confirming would write. Nothing
 * is stored; columns that could identify a person are dropped here and never leave this function.
 */
const previewImport: Method<[ScenarioId, ImportKind, Uint8Array, string, RosterAges?], ImportPreview> = (
  session,
  ...args
) =>
  reader(
    async (
      tx,
      scenarioId: ScenarioId,
      kind: ImportKind,
      bytes: Uint8Array,
      fileName: string,
      ages: RosterAges = 'exact',
    ) => {
      const row = await requireLive(tx, scenarioId)
      const { input } = await resolveOne(tx, scenarioId)
      const planned = planImport(kind, await readTable(bytes, fileName), input)
      // The screens ask for bands unless the user keeps exact ages: an exact age can identify someone.
      const plan = kind === 'roster' && ages === 'bands' ? withAgeBands(planned) : planned
      const previewId = randomBytes(8).toString('hex')
      if (plan.errors.length === 0) {
        pendingOf(session).clear()
        pendingOf(session).set(previewId, { scenarioId: row.id, plan })
      }
      return {
        previewId,
        scenarioId: row.id,
        fileName,
        data: plan.data,
        errors: plan.errors,
        droppedColumns: plan.droppedColumns,
        ignoredColumns: plan.ignoredColumns,
        changes: plan.sets
          .map((s) => ({ path: s.path, before: getAtPath(input, s.path) ?? null, after: s.value }))
          .filter((c) => !jsonEqual(c.before, c.after)),
        ages: kind === 'roster' ? ages : null,
      }
    },
  )(session, ...args)

/** Writes a previewed import as one transaction and one undoable step; refused when the preview had errors. */
const confirmImport: Method<[string], EditOutcome> = (session, previewId) =>
  undoable(
    async (tx) => {
      const pending = pendingPreview(pendingOf(session), previewId)
      const row = await requireLive(tx, pending.scenarioId)
      const ops: Op[] = []
      for (const set of pending.plan.sets) {
        if (jsonEqual(getAtPath((await resolveOne(tx, row.id)).input, set.path), set.value)) continue
        ops.push(...(await setOps(tx, row, set.path, set.value)))
      }
      if (ops.length === 0) {
        throw new StoreError(
          'invalid-request',
          `Nothing to import: ${row.name} already has these values.`,
          undefined,
          said('importNothing', { scenario: row.name }),
        )
      }
      // No file name: it can carry a person's name, and the history is kept for good (issue 15).
      const what = { market: 'Market volumes', roster: 'Roster', intakes: 'Training intakes' }[
        pending.plan.data.kind
      ]
      const rows = pending.plan.data.rows.length
      const dropped = pending.plan.droppedColumns.length
      const droppedText = dropped === 0 ? '' : `, ${dropped} column${dropped === 1 ? '' : 's'} dropped`
      return {
        description: `${what} imported into ${row.name}: ${rows} row${rows === 1 ? '' : 's'}${droppedText}`,
        ops,
        validate: row.id,
      }
    },
    async (_tx, outcome) => {
      if (outcome?.ok) pendingOf(session).delete(previewId)
      return outcome!
    },
  )(session)

export const importMethods = { previewImport, confirmImport }
