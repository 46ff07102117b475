// The actuals domain: the workshop's recorded figures (edit, paste, import), plan versus actual, calibration and roll-forward, each edit one undoable step.
import { randomBytes } from 'node:crypto'
import {
  calibrate,
  calibrationOverrides,
  parseActualsTable,
  rollForward,
  rowsToActuals,
  validateActuals,
  variance,
  type ActualRow,
  type ActualsProblem,
  type CalibrationResult,
  type CalibrationTarget,
  type Variance,
} from '../../../shared/actuals'
import { diffInputs } from '../../../shared/model/overrides'
import type { ModelInput } from '../../../shared/model/types'
import type {
  ActualsImportPreview,
  ActualsList,
  CreatedOutcome,
  EditOutcome,
  ImportError,
  InputProblem,
  ScenarioId,
} from '../../../shared/workspace/types'
import { said, StoreError } from '../errors'
import { isPersonalColumn } from '../import/personalColumns'
import { readTable, type Table } from '../import/readTable'
import type { ActualChange } from '../ops'
import type { OverrideRow } from '../overrideRepository'
import { ValidationFailure, type ReadTx, type Session, type Step } from '../session'
import { reader, undoable, type Method } from './method'
import { resolveOne } from './resolve'
import {
  assertNameFree,
  freeName,
  frozenRow,
  newRow,
  newScenarioStep,
  pendingPreview,
  requireLive,
  summary,
} from './rules'

const rowKey = (r: { year: number; metric: string; key: string }) =>
  `${r.year}\u0000${r.metric}\u0000${r.key}`

/** The base scenario's input: the ids (segments, grades, programmes) actuals are checked against. */
async function baseInput(tx: ReadTx): Promise<ModelInput> {
  return (await resolveOne(tx, (await tx.scenarios.base()).id)).input
}

function toInputProblems(problems: readonly ActualsProblem[]): InputProblem[] {
  return problems.map((p) =>
    p.code === undefined
      ? { path: p.field, message: p.message }
      : { path: p.field, message: p.message, code: p.code, params: p.params ?? {} },
  )
}

/**
 * The step that writes `changes` (value null removes a figure) on top of the stored actuals, refused
 * (ValidationFailure) when the actuals that would result do not fit the base scenario. Null when
 * nothing differs.
 */
async function actualsStep(
  tx: ReadTx,
  changes: readonly ActualChange[],
  description: string,
): Promise<Step | null> {
  const stored = new Map((await tx.actuals.list()).map((r) => [rowKey(r), r]))
  const effective: ActualChange[] = []
  const seen = new Set<string>()
  for (const change of changes) {
    const key = rowKey(change)
    if (seen.has(key)) {
      throw new ValidationFailure([
        {
          path: 'rows',
          message: `${change.metric} ${change.key} of ${change.year} is given twice; keep one`,
        },
      ])
    }
    seen.add(key)
    if ((stored.get(key)?.value ?? null) !== change.value) effective.push(change)
  }
  if (effective.length === 0) return null
  const next = new Map(stored)
  for (const c of effective) {
    if (c.value === null) next.delete(rowKey(c))
    else next.set(rowKey(c), { year: c.year, metric: c.metric, key: c.key, value: c.value })
  }
  const check = validateActuals([...next.values()], await baseInput(tx))
  if (check.problems.length > 0) throw new ValidationFailure(toInputProblems(check.problems))
  return { description, ops: [{ op: 'setActuals', rows: effective }] }
}

const figures = (n: number) => `${n} figure${n === 1 ? '' : 's'}`

/** Long-form cells (header first) read with the core parser; line numbers kept from the table. */
function tableCells(table: Table): unknown[][] {
  const cells: unknown[][] = []
  cells[table.headerLine - 1] = table.headers
  for (const row of table.rows) cells[row.line - 1] = row.cells
  return Array.from(cells, (row) => row ?? [])
}

type ParsedTable = { rows: ActualRow[]; errors: ImportError[]; dropped: string[]; ignored: string[] }

/** Parses long-form cells and checks them against the base; a column that could name a person is dropped unseen. */
async function parseCells(tx: ReadTx, cells: readonly (readonly unknown[])[]): Promise<ParsedTable> {
  const parsed = parseActualsTable(cells)
  const asErrors = (problems: readonly ActualsProblem[]): ImportError[] =>
    problems.map((p) => ({
      line: p.line ?? 1,
      column: p.field,
      message: p.message,
      ...(p.code === undefined ? {} : { code: p.code, params: p.params ?? {} }),
    }))
  if (!parsed.ok) return { rows: [], errors: asErrors(parsed.problems), dropped: [], ignored: [] }
  const dropped = parsed.droppedColumns.filter(isPersonalColumn)
  const ignored = parsed.droppedColumns.filter((c) => !isPersonalColumn(c))
  const check = validateActuals(parsed.rows, await baseInput(tx), parsed.lines)
  return { rows: parsed.rows, errors: asErrors(check.problems), dropped, ignored }
}

type PendingActuals = { rows: ActualRow[]; dropped: number }
const pendingOf = (session: Session) =>
  session.state('actualsImports', () => new Map<string, PendingActuals>())

/** Reads a CSV or XLSX file of actuals in long form and says what confirming would write; nothing is stored. */
const previewActualsImport: Method<[Uint8Array, string], ActualsImportPreview> = (session, ...args) =>
  reader(async (tx, bytes: Uint8Array, fileName: string): Promise<ActualsImportPreview> => {
    const table = await readTable(bytes, fileName)
    const parsed: ParsedTable =
      table.fileError !== null
        ? { rows: [], errors: [{ line: 1, column: '', ...table.fileError }], dropped: [], ignored: [] }
        : await parseCells(tx, tableCells(table))
    const previewId = randomBytes(8).toString('hex')
    const stored = new Map((await tx.actuals.list()).map((r) => [rowKey(r), r.value]))
    if (parsed.errors.length === 0) {
      pendingOf(session).clear()
      pendingOf(session).set(previewId, { rows: parsed.rows, dropped: parsed.dropped.length })
    }
    return {
      previewId,
      fileName,
      rows: parsed.rows,
      errors: parsed.errors,
      droppedColumns: parsed.dropped,
      ignoredColumns: parsed.ignored,
      changes:
        parsed.errors.length > 0
          ? []
          : parsed.rows
              .map((r) => ({ ...r, before: stored.get(rowKey(r)) ?? null, after: r.value }))
              .filter((c) => c.before !== c.after),
    }
  })(session, ...args)

/** Writes a previewed import of actuals as one undoable step (no file name in it: it may name a person). */
const confirmActualsImport: Method<[string], EditOutcome> = (session, previewId) =>
  undoable(
    async (tx) => {
      const pending = pendingPreview(pendingOf(session), previewId)
      const dropped =
        pending.dropped === 0 ? '' : `, ${pending.dropped} column${pending.dropped === 1 ? '' : 's'} dropped`
      const step = await actualsStep(
        tx,
        pending.rows,
        `Actuals imported: ${figures(pending.rows.length)}${dropped}`,
      )
      if (step === null)
        throw new StoreError(
          'invalid-request',
          'Nothing to import: the actuals already hold these figures.',
          undefined,
          said('actualsNothing'),
        )
      return step
    },
    async (_tx, outcome) => {
      if (outcome?.ok) pendingOf(session).delete(previewId)
      return outcome!
    },
  )(session)

/** The stored actuals checked against a scenario (the base when none is given). */
async function checkedActuals(tx: ReadTx, input: ModelInput) {
  const rows = await tx.actuals.list()
  const check = validateActuals(rows, input)
  if (check.problems.length > 0) {
    throw new StoreError(
      'invalid-request',
      `The actuals do not fit this scenario: ${check.problems[0]!.message}`,
      undefined,
      said('actualsMisfit'),
    )
  }
  if (rows.length === 0)
    throw new StoreError(
      'invalid-request',
      'There are no actuals yet: enter or import some first.',
      undefined,
      said('actualsNone'),
    )
  return rowsToActuals(rows)
}

async function calibrationOf(tx: ReadTx, id: ScenarioId, parameters: CalibrationTarget[]) {
  const { input } = await resolveOne(tx, id)
  if (parameters.length === 0)
    throw new StoreError(
      'invalid-request',
      'Choose at least one parameter to fit.',
      undefined,
      said('fitNoParameter'),
    )
  try {
    return { input, result: calibrate(input, await checkedActuals(tx, input), { parameters }) }
  } catch (error) {
    if (error instanceof StoreError) throw error
    throw new StoreError('invalid-request', (error as Error).message, undefined, said('fitFailed'))
  }
}

/** Replies with the outcome and, when it was written, the scenario the step created. */
const withCreated = async (
  tx: ReadTx,
  outcome: EditOutcome | null,
  step: Step | null,
): Promise<CreatedOutcome> =>
  outcome?.ok === true ? { ...outcome, scenario: await summary(tx, step!.created!) } : outcome!

export const actualsMethods = {
  /** Every actual, in long form, with the warnings against the base scenario (years it does not cover). */
  listActuals: reader(async (tx): Promise<ActualsList> => {
    const rows = await tx.actuals.list()
    const check = validateActuals(rows, await baseInput(tx))
    return { rows, problems: check.problems, warnings: check.warnings, readOnly: tx.readOnly !== null }
  }),

  /** Writes figures (value null removes one) as one undoable step, or answers the problems and writes nothing. */
  setActuals: undoable(async (tx, changes: ActualChange[]) => {
    const set = changes.filter((c) => c.value !== null).length
    const removed = changes.length - set
    const parts = [set > 0 ? `${figures(set)} entered` : '', removed > 0 ? `${figures(removed)} removed` : '']
    return actualsStep(tx, changes, `Actuals: ${parts.filter((p) => p !== '').join(', ')}`)
  }),

  previewActualsImport,
  confirmActualsImport,

  /** Plan versus actual for a scenario or a frozen version (difference = actual - plan). */
  actualsVariance: reader(async (tx, id: ScenarioId): Promise<Variance> => {
    const { input } = await resolveOne(tx, id)
    return variance(input, await checkedActuals(tx, input))
  }),

  /** Fits the chosen parameters of a scenario to the actuals; nothing is written. */
  calibrateScenario: reader(
    async (tx, id: ScenarioId, parameters: CalibrationTarget[]): Promise<CalibrationResult> =>
      (await calibrationOf(tx, id, parameters)).result,
  ),

  /**
   * Writes the fitted values as a new scenario on top of `id` (one undoable step). The fit is run again
   * here: it is deterministic, so it gives what the user saw, and nothing else is changed.
   */
  applyCalibration: undoable(async (tx, id: ScenarioId, parameters: CalibrationTarget[], name: string) => {
    const source = await requireLive(tx, id)
    const { input, result } = await calibrationOf(tx, id, parameters)
    const overrides = calibrationOverrides(input, result.parameters)
    return newScenarioStep(tx, {
      parentId: source.id,
      name,
      overrides,
      description: `Calibrate ${source.name} to the actuals as ${name.trim()}`,
    })
  }, withCreated),

  /**
   * Next year's plan from a scenario and the actuals, in one undoable step: the scenario is kept as a
   * frozen version (unless it is one), and the new plan is a scenario on the base whose overrides give
   * the rolled-forward input (docs/calibration.md "Roll-forward").
   */
  rollForwardScenario: undoable(async (tx, id: ScenarioId, name?: string) => {
    const source = await tx.scenarios.require(id)
    const { input } = await resolveOne(tx, id)
    const outcome = rollForward(input, await checkedActuals(tx, input))
    if (!outcome.ok)
      throw new StoreError('invalid-request', outcome.problems[0]!.message, undefined, said('actualsMisfit'))
    const base = await tx.scenarios.base()
    const cleanName =
      name === undefined
        ? await freeName(tx, `Plan ${outcome.input.startYear}`)
        : await assertNameFree(tx, name)
    const rows = []
    let nextId = await tx.scenarios.nextId()
    if (source.frozen_at === null) {
      const frozenName = await freeName(tx, `${source.name} (plan ${input.startYear})`)
      rows.push(frozenRow(tx, nextId++, frozenName, source, input))
    }
    const newId = nextId
    const baseInputNow = (await resolveOne(tx, base.id)).input
    const overrides: OverrideRow[] = diffInputs(baseInputNow, outcome.input).map((o) => ({
      scenario_id: newId,
      path: o.path,
      value_json: JSON.stringify(o.value),
    }))
    rows.push(
      newRow(tx, {
        id: newId,
        name: cleanName,
        parent_id: base.id,
        position: await tx.scenarios.nextPosition(),
      }),
    )
    return {
      description: `Roll ${source.name} forward to ${outcome.input.startYear} as ${cleanName}`,
      ops: [{ op: 'insertScenarios', rows, overrides }],
      validate: newId,
      created: newId,
    }
  }, withCreated),
}
