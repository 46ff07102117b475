// The one truth about what the renderer may ask of the Node side: channels, events, and the reply envelope.
import type { ActualRow, CalibrationResult, CalibrationTarget, Variance } from '../actuals'
import type { ModelInput } from '../model/types'
import type { Plan, SolveOptions, SolveResult } from '../decision/plan'
import type { ScenarioUncertainty } from '../decision/scenarioUncertainty'
import type {
  ActualsImportPreview,
  ActualsList,
  CreatedOutcome,
  EditOutcome,
  ExportFormat,
  HistoryEntry,
  ImportKind,
  ImportPreview,
  Override,
  ResolvedScenario,
  RosterAges,
  ScenarioId,
  ScenarioSummary,
  SourceRow,
  WorkspaceInfo,
} from '../workspace/types'
import type { LeverApplication, TemplateId } from '../workspace/levers'
import type { ReasonParams, Said, StoreReason } from '../workspace/storeReasons'

/** How the renderer reaches the handlers: Electron IPC in the desktop app, HTTP on 127.0.0.1 in browser mode. */
export type TransportKind = 'electron' | 'http'

export interface AppInfo {
  name: string
  version: string
  /** Folder holding recent files and the embedded samples (overridable with --data-dir / ETABLI_DATA_DIR). */
  dataDir: string
  transport: TransportKind
  /** Versions of the runtimes, for the About box. */
  versions: { node: string; electron: string | null; chrome: string | null }
  platform: string
  /** The workspace file given on the command line (`etabli file.etabli`), to open once the page is ready. */
  openAtStart: string | null
  /** The language the UI starts in (from the system locale in the desktop app). */
  language: Language
}

/** The UI languages, in the order the switcher shows them. */
export const languages = ['fr', 'en', 'de'] as const
export type Language = (typeof languages)[number]

export interface RecentFile {
  path: string
  /** The file name without folder, for menus. */
  name: string
  /** ISO 8601 time of the last opening. */
  openedAt: string
  /** False when the file has been moved or deleted since. */
  exists: boolean
}

/** A workspace file found in the data folder (browser mode lists these instead of a native Open dialog). */
export interface WorkspaceFile {
  path: string
  name: string
  /** Bytes on disk. */
  sizeBytes: number
  /** ISO 8601 time of the last change. */
  modifiedAt: string
}

/** An embedded sample, its name and description in each UI language. */
export interface SampleInfo {
  key: string
  names: Record<Language, string>
  descriptions: Record<Language, string>
}

/** The scenarios of the open workspace: live ones in display order, then frozen versions by date. */
export interface ScenarioList {
  scenarios: ScenarioSummary[]
  frozen: ScenarioSummary[]
}

/**
 * What the first screen needs, answered in one round trip (`app:start`): each part is what its own channel
 * answers. The workspace is the one already open (a reload), the command line's file, the last one that still
 * exists, else the embedded sample; `shown` is its base scenario, resolved with main's projection.
 */
export interface StartData {
  info: AppInfo
  /** The workspace opened and its scenarios; null when none is (then `failed` says why, if a step failed). */
  workspace: { info: WorkspaceInfo; list: ScenarioList } | null
  /** Its base scenario: input (with projection and formulas when the engine accepts it) and overrides. */
  shown: { scenarioId: ScenarioId; resolved: ResolvedScenario; overrides: Override[] } | null
  /** Why opening the workspace or showing its base failed, as that channel's error reply would say. */
  failed: IpcError | null
}

/** An exported file, as bytes for the renderer to save. */
export interface ExportedFile {
  fileName: string
  mimeType: string
  dataBase64: string
}

/**
 * Where Save As writes, always a place the user chose: in the desktop app, the file picked in main's own
 * dialog, which main keeps and names by a one-time handle (the renderer never sends a path); in browser
 * mode, a new `.etabli` file called `name` inside `folder`, never over an existing file.
 */
export type SaveAsTarget = { handle: string } | { folder: string; name: string }

/**
 * Where a new workspace is created, also a place the user chose without the renderer naming a path: in the
 * desktop app, the file picked in main's New dialog (a one-time handle, as for Save As), which may replace an
 * existing Établi workspace nobody holds, never another kind of file; otherwise (the welcome form, both
 * runtimes), a new `.etabli` file named after `name` in the data folder, never over an existing file.
 */
export type CreateTarget = { handle: string } | { name: string }

type None = Record<string, never>

/** A file the user picked in main's own Open dialog: its name (without folder) and bytes; the path stays in main. */
export interface ChosenFile {
  fileName: string
  dataBase64: string
}

/** Every request the renderer can make: channel → (request) => reply. */
export type IpcRequests = {
  /**
   * The app's name, version, runtime and data folder. The renderer reads them from `app:start` (the shell's
   * About line shows them); this channel is that step's handler, and the bridge's plain read-only request.
   */
  'app:info': (args: None) => AppInfo
  /**
   * The start-up in one request (its steps are the channels named in StartData): opens the workspace the app
   * starts on, `sample` (in `language`, else the app's) when there is none to reopen.
   */
  'app:start': (args: { sample: string; language?: Language }) => StartData
  'app:setLanguage': (args: { language: Language }) => void
  'workspace:recent': (args: None) => RecentFile[]
  /** Workspace files in the data folder. */
  'workspace:files': (args: None) => WorkspaceFile[]
  'workspace:samples': (args: None) => SampleInfo[]
  /** The open workspace, or null when none is open. */
  'workspace:current': (args: None) => WorkspaceInfo | null
  'workspace:open': (args: { path: string; readOnly?: boolean }) => WorkspaceInfo
  /** Opens an embedded sample, creating its file in the data folder the first time, with its scenarios named in `language` (French by default). */
  'workspace:openSample': (args: { key: string; language?: Language }) => WorkspaceInfo
  /** Creates a new workspace (from the starter template) and opens it. */
  'workspace:create': (args: CreateTarget) => WorkspaceInfo
  /** Copies the open workspace to the chosen file and continues there. */
  'workspace:saveAs': (args: SaveAsTarget) => WorkspaceInfo
  'workspace:close': (args: None) => void
  'scenario:list': (args: None) => ScenarioList
  /**
   * The scenario's input; with `project`, also its projection by main's engine (the start-up's first paint
   * draws it without running the engine first), left out when the engine refuses the input.
   */
  'scenario:resolve': (args: { scenarioId: ScenarioId; project?: boolean }) => ResolvedScenario
  'scenario:overrides': (args: { scenarioId: ScenarioId }) => Override[]
  /** Sets one value (a ModelInput path) in a scenario: one undoable step, or the problems and nothing written. */
  'scenario:setValue': (args: { scenarioId: ScenarioId; path: string; value: unknown }) => EditOutcome
  /**
   * Sets several values of one scenario as ONE undoable step (all or nothing: the problems and nothing written
   * when the resulting input is invalid). With `lever`, the values must be that global lever's writes.
   */
  'scenario:setValues': (args: {
    scenarioId: ScenarioId
    values: Override[]
    lever?: LeverApplication
  }) => EditOutcome
  /** A new scenario, child of `scenarioId` (the base for a frozen version), made by a template: one undoable step. */
  'scenario:applyTemplate': (args: {
    scenarioId: ScenarioId
    template: TemplateId
    name: string
  }) => CreatedOutcome
  'scenario:reset': (args: { scenarioId: ScenarioId; path: string }) => EditOutcome
  'scenario:create': (args: { parentId: ScenarioId; name: string }) => ScenarioSummary
  'scenario:duplicate': (args: { scenarioId: ScenarioId; name?: string }) => ScenarioSummary
  'scenario:rename': (args: { scenarioId: ScenarioId; name: string }) => void
  'scenario:setNote': (args: { scenarioId: ScenarioId; note: string }) => void
  'scenario:delete': (args: { scenarioId: ScenarioId }) => void
  'scenario:reorder': (args: { ids: ScenarioId[] }) => void
  /** Freezes a scenario as a named, dated, read-only version. */
  'scenario:freeze': (args: { scenarioId: ScenarioId; name: string }) => ScenarioSummary
  'history:list': (args: { limit?: number }) => HistoryEntry[]
  'history:undo': (args: None) => HistoryEntry | null
  'history:redo': (args: None) => HistoryEntry | null
  'sources:list': (args: None) => SourceRow[]
  /** Parses a CSV or XLSX file for a preview; nothing is stored. */
  'import:preview': (args: {
    scenarioId: ScenarioId
    kind: ImportKind
    fileName: string
    dataBase64: string
    /** Roster only: 'bands' rounds each age to the middle of its 5-year band (the screens' default); 'exact' when absent. */
    ages?: RosterAges
  }) => ImportPreview
  'import:confirm': (args: { previewId: string }) => EditOutcome
  /** A scenario's resolved input as JSON, or the results of some scenarios as CSV or XLSX. */
  'export:file': (args: { scenarioIds: ScenarioId[]; format: ExportFormat }) => ExportedFile
  /** Desktop: main's Open dialog for an import (CSV or XLSX); null when the user cancels. */
  'file:chooseImport': (args: None) => ChosenFile | null
  /** Desktop: exports as export:file, into a file the user picks in main's Save dialog; false when cancelled. */
  'export:save': (args: { scenarioIds: ScenarioId[]; format: ExportFormat }) => { saved: boolean }
  /** Desktop: the page printed to PDF (webContents.printToPDF) into a file the user picks; false when cancelled. */
  'report:savePdf': (args: { fileName: string }) => { saved: boolean }
  /** A workspace file sent from the computer (browser mode's upload): stored as a new file in the data folder and opened. */
  'workspace:upload': (args: { fileName: string; dataBase64: string }) => WorkspaceInfo
  /** A consistent copy of the open workspace (VACUUM INTO), to download. */
  'workspace:download': (args: None) => ExportedFile
  /** A scenario's saved uncertain figures (null when none), checked against its input; frozen versions read-only. */
  'scenario:uncertainty': (args: { scenarioId: ScenarioId }) => ScenarioUncertainty
  /**
   * Saves a scenario's uncertain figures (an Uncertainty list, or null to forget them) as one undoable step,
   * or returns the problems (`[i].path`, `[i].distribution`, …) and writes nothing.
   */
  'scenario:setUncertainty': (args: { scenarioId: ScenarioId; uncertainty: unknown[] | null }) => EditOutcome
  /** The cheapest plan of hires, students and benches that removes the scenario's shortage (HiGHS, in Node). */
  'decision:solve': (args: { scenarioId: ScenarioId; options?: SolveOptions }) => SolveResult
  /** Writes a plan into a new scenario on top of `scenarioId` (the base for a frozen version): one undoable step. */
  'decision:applyPlan': (args: {
    scenarioId: ScenarioId
    plan: Plan
    name: string
    note?: string
  }) => ScenarioSummary
  /** The workspace's actuals in long form, checked against the base scenario. */
  'actuals:list': (args: None) => ActualsList
  /** Writes figures (value null removes one): one undoable step, or the problems and nothing written. */
  'actuals:set': (args: { rows: (Omit<ActualRow, 'value'> & { value: number | null })[] }) => EditOutcome
  /** Reads a CSV or XLSX file of actuals in long form for a preview; nothing is stored. */
  'actuals:importPreview': (args: { fileName: string; dataBase64: string }) => ActualsImportPreview
  'actuals:importConfirm': (args: { previewId: string }) => EditOutcome
  /** Plan versus actual of a scenario or frozen version (difference = actual - plan). */
  'actuals:variance': (args: { scenarioId: ScenarioId }) => Variance
  /** Fits the chosen parameters to the actuals; nothing is written. */
  'actuals:calibrate': (args: {
    scenarioId: ScenarioId
    parameters: CalibrationTarget[]
  }) => CalibrationResult
  /** Writes the fitted values as a new scenario on top of `scenarioId`: one undoable step. */
  'actuals:applyCalibration': (args: {
    scenarioId: ScenarioId
    parameters: CalibrationTarget[]
    name: string
  }) => CreatedOutcome
  /** Next year's plan as a new scenario on the base; the old plan is kept as a frozen version. One step. */
  'actuals:rollForward': (args: { scenarioId: ScenarioId; name?: string }) => CreatedOutcome
}

export type { ModelInput }

export type IpcChannel = keyof IpcRequests
export type IpcArgs<C extends IpcChannel> = Parameters<IpcRequests[C]>[0]
export type IpcValue<C extends IpcChannel> = ReturnType<IpcRequests[C]>

/** The allow-list the preload and both transports check; `satisfies` makes a missing or extra channel a compile error. */
export const ipcChannels = {
  'app:info': true,
  'app:start': true,
  'app:setLanguage': true,
  'workspace:recent': true,
  'workspace:files': true,
  'workspace:samples': true,
  'workspace:current': true,
  'workspace:open': true,
  'workspace:openSample': true,
  'workspace:create': true,
  'workspace:saveAs': true,
  'workspace:close': true,
  'scenario:list': true,
  'scenario:resolve': true,
  'scenario:overrides': true,
  'scenario:setValue': true,
  'scenario:setValues': true,
  'scenario:applyTemplate': true,
  'scenario:reset': true,
  'scenario:create': true,
  'scenario:duplicate': true,
  'scenario:rename': true,
  'scenario:setNote': true,
  'scenario:delete': true,
  'scenario:reorder': true,
  'scenario:freeze': true,
  'history:list': true,
  'history:undo': true,
  'history:redo': true,
  'sources:list': true,
  'import:preview': true,
  'import:confirm': true,
  'export:file': true,
  'file:chooseImport': true,
  'export:save': true,
  'report:savePdf': true,
  'workspace:upload': true,
  'workspace:download': true,
  'scenario:uncertainty': true,
  'scenario:setUncertainty': true,
  'decision:solve': true,
  'decision:applyPlan': true,
  'actuals:list': true,
  'actuals:set': true,
  'actuals:importPreview': true,
  'actuals:importConfirm': true,
  'actuals:variance': true,
  'actuals:calibrate': true,
  'actuals:applyCalibration': true,
  'actuals:rollForward': true,
} as const satisfies Record<IpcChannel, true>

export function isIpcChannel(name: unknown): name is IpcChannel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(ipcChannels, name)
}

/** Commands the native menu sends to the renderer. */
export type MenuCommand =
  | 'new'
  | 'open'
  | 'save-as'
  | 'close'
  | 'undo'
  | 'redo'
  | 'about'
  | 'open-recent'
  | 'import-roster'
  | 'import-market'
  | 'import-intakes'
  | 'export-json'
  | 'export-csv'
  | 'export-xlsx'
  | 'report'

/** Events main pushes to the renderer: event → payload. */
export type IpcEvents = {
  /**
   * `handle`: the file chosen in main's dialog, to pass to workspace:saveAs ('save-as') or workspace:create ('new');
   * `path`: the file to open ('open', 'open-recent').
   */
  'menu:command': { command: MenuCommand; path?: string; handle?: string }
}

export type IpcEvent = keyof IpcEvents

export const ipcEvents = {
  'menu:command': true,
} as const satisfies Record<IpcEvent, true>

export function isIpcEvent(name: unknown): name is IpcEvent {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(ipcEvents, name)
}

/** Error codes a reply can carry; the renderer chooses its message and behaviour by code. */
export type IpcErrorCode =
  | 'UNKNOWN_CHANNEL'
  | 'INVALID_REQUEST'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'READ_ONLY'
  | 'NOT_A_WORKSPACE'
  | 'IO_ERROR'
  | 'CONFLICT'
  /** A part of the open workspace (a scenario, an override, a history step) cannot be read; the rest can. */
  | 'DAMAGED'
  | 'INTERNAL'

export interface IpcError {
  code: IpcErrorCode
  message: string
  /** The request field (or model input path) the error is about, when there is one. */
  path?: string
  /** Further problems when there are several (e.g. every validation problem of a ModelInput). */
  details?: { path: string; message: string }[]
  /** The reason the UI words instead of `message` (shared/workspace/storeReasons.ts), and its parameters. */
  reason?: StoreReason
  params?: ReasonParams
}

/** Electron keeps only `message` of a thrown error, so every reply is an envelope instead. */
export type IpcReply<T> = { ok: true; value: T } | { ok: false; error: IpcError }

/** The handler object main registers: one entry per channel, typed from the contract. */
export type IpcHandlers = {
  [C in IpcChannel]: (args: IpcArgs<C>) => Promise<IpcValue<C>> | IpcValue<C>
}

/** What the preload exposes as `window.etabli`, and what the HTTP client implements in browser mode. */
export interface EtabliApi {
  invoke<C extends IpcChannel>(channel: C, args: IpcArgs<C>): Promise<IpcReply<IpcValue<C>>>
  /** Subscribes to an event; returns the function that unsubscribes. */
  on<E extends IpcEvent>(event: E, listener: (payload: IpcEvents[E]) => void): () => void
  readonly transport: TransportKind
}

/** Thrown by handlers for a failure the user should read; turned into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly path?: string,
    readonly details?: { path: string; message: string }[],
    readonly said?: Said,
  ) {
    super(message)
    this.name = 'AppError'
  }
}
