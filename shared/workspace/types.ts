// What a workspace (.etabli file) tells the UI and the CLI: scenarios, history, imports, sources — plain data, no I/O.
import type { Said } from './storeReasons'
import type { ActualRow, ActualsProblem } from '../actuals/types'
import type { ModelInput, ModelResult } from '../model/types'
import type { EvaluatedFormulas } from '../engine/formulaCache'
import type { Override, SourceRow } from '../sample/types'

export type { Override, SourceRow }

/** Scenario ids are SQLite row ids: stable for the life of the file, reused only by undo of a delete. */
export type ScenarioId = number

/** Why a workspace is open read-only; null when it can be edited. */
export type ReadOnlyReason =
  | { code: 'in-use'; message: string; holder: { pid: number; host: string; since: string } | null }
  | { code: 'newer-version'; message: string; fileSchemaVersion: number }
  | { code: 'not-writable'; message: string }
  | { code: 'requested'; message: string }

export interface WorkspaceInfo {
  /** Absolute path of the .etabli file. */
  path: string
  name: string
  /** ISO 8601 creation time. */
  createdAt: string
  /** Schema version of the file (`PRAGMA user_version`) and the one this build writes. */
  fileSchemaVersion: number
  appSchemaVersion: number
  readOnly: ReadOnlyReason | null
  canUndo: boolean
  canRedo: boolean
  /** One-line descriptions of the step undo would revert and the step redo would replay. */
  undoDescription: string | null
  redoDescription: string | null
  /** A message for the user about something done on opening (e.g. a backup made before an upgrade); null otherwise. */
  notice: string | null
  /** The notice as the UI words it (`words.store.<reason>`). */
  noticeSaid?: Said
}

export interface ScenarioSummary {
  id: ScenarioId
  name: string
  /** null for the base scenario and for frozen versions (which hold a full input). */
  parentId: ScenarioId | null
  isBase: boolean
  /** Display order among live scenarios (0 first); frozen versions are ordered by frozenAt. */
  position: number
  note: string
  createdAt: string
  /** ISO 8601 time the version was frozen; null for a live scenario. */
  frozenAt: string | null
  /** The scenario a frozen version was taken from (it may have been deleted since). */
  frozenFromId: ScenarioId | null
  frozenFromName: string | null
  /** Number of overrides this scenario stores (0 for base and frozen versions). */
  overrideCount: number
}

export interface ResolvedScenario {
  scenarioId: ScenarioId
  input: ModelInput
  /** The scenario's own overrides whose path no longer exists in its parent (not applied). */
  dangling: Override[]
  /** `project(input)`, when asked for (scenario:resolve's `project`) and the engine projects the input. */
  projection?: ModelResult
  /** With `projection`: the values of the input's formulas, so the renderer need not evaluate them first. */
  formulas?: EvaluatedFormulas
}

/** A problem with a value, named by its path in the ModelInput (the validator's report). */
export interface InputProblem {
  path: string
  message: string
  year?: number
  /** The code the UI words it by, with its parameters (shared/model/problems.ts). */
  code?: string
  params?: Record<string, string | number>
}

/** What an edit did: applied as one history step, or refused with the reasons (nothing written). */
export type EditOutcome =
  { ok: true; historyId: number; description: string } | { ok: false; problems: InputProblem[] }

export interface HistoryEntry {
  id: number
  /** ISO 8601 time of the edit. */
  at: string
  description: string
  /** True when the step has been undone (it is then in the redo tail). */
  undone: boolean
}

export type ImportKind = 'market' | 'roster' | 'intakes'

export interface ImportError {
  /** 1-based line (CSV) or row (XLSX) number in the file; 1 is the header. */
  line: number
  /** The column's header as written in the file, or the expected column's name when it is missing. */
  column: string
  message: string
  /** The code the UI words it by, with its parameters (shared/actuals). */
  code?: string
  params?: Record<string, string | number>
}

export interface MarketRow {
  line: number
  segment: string
  year: number
  newSales: number | null
  preOwned: number | null
}

export interface RosterRow {
  line: number
  grade: string
  age: number
  fte: number
}

export interface IntakeRow {
  line: number
  programme: string
  year: number
  intake: number
}

export type ImportRows =
  | { kind: 'market'; rows: MarketRow[] }
  | { kind: 'roster'; rows: RosterRow[] }
  | { kind: 'intakes'; rows: IntakeRow[] }

/** One value the import would write, with the scenario's current value for comparison. */
export interface ImportChange {
  path: string
  before: unknown
  after: unknown
}

/** How exact the ages of a roster import stay: as in the file, or the middle of their 5-year band (30–34 → 32). */
export type RosterAges = 'exact' | 'bands'

export interface ImportPreview {
  /** Pass to confirmImport; valid until the workspace closes or another preview replaces it. */
  previewId: string
  scenarioId: ScenarioId
  fileName: string
  data: ImportRows
  errors: ImportError[]
  /** Headers of columns that could identify a person: dropped, never stored. */
  droppedColumns: string[]
  /** Headers of other columns the import does not use. */
  ignoredColumns: string[]
  /** What confirming would write (empty when there are errors). */
  changes: ImportChange[]
  /** Roster only (null otherwise): whether the ages written are exact or 5-year bands. */
  ages: RosterAges | null
}

export type ExportFormat = 'json' | 'csv' | 'xlsx'

/** The workspace's actuals in long form, checked against the base scenario. */
export interface ActualsList {
  rows: ActualRow[]
  /** Problems with the stored figures (a key the base no longer has). */
  problems: ActualsProblem[]
  /** Valid but worth a look: years the base scenario does not cover. */
  warnings: ActualsProblem[]
  readOnly: boolean
}

/** What an actuals import would write: nothing is stored until it is confirmed. */
export interface ActualsImportPreview {
  /** Pass to confirmActualsImport; valid until the workspace closes or another preview replaces it. */
  previewId: string
  fileName: string
  rows: ActualRow[]
  errors: ImportError[]
  /** Headers of columns that could identify a person: dropped, never stored. */
  droppedColumns: string[]
  /** Headers of other columns the import does not use. */
  ignoredColumns: string[]
  /** The figures confirming would change (before null: not recorded yet). */
  changes: { year: number; metric: string; key: string; before: number | null; after: number }[]
}

/** An edit that creates a scenario: the outcome, and the new scenario when it was written. */
export type CreatedOutcome = EditOutcome & { scenario?: ScenarioSummary }
