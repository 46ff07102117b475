// The one truth about what the renderer may ask of the Node side: channels, events, and the reply envelope.

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

export type Language = 'fr' | 'en'

export interface RecentFile {
  path: string
  /** The file name without folder, for menus. */
  name: string
  /** ISO 8601 time of the last opening. */
  openedAt: string
  /** False when the file has been moved or deleted since. */
  exists: boolean
}

/** Every request the renderer can make: channel → (request) => reply. */
export type IpcRequests = {
  'app:info': (args: Record<string, never>) => AppInfo
  'app:setLanguage': (args: { language: Language }) => void
  'workspace:recent': (args: Record<string, never>) => RecentFile[]
}

export type IpcChannel = keyof IpcRequests
export type IpcArgs<C extends IpcChannel> = Parameters<IpcRequests[C]>[0]
export type IpcValue<C extends IpcChannel> = ReturnType<IpcRequests[C]>

/** The allow-list the preload and both transports check; `satisfies` makes a missing or extra channel a compile error. */
export const ipcChannels = {
  'app:info': true,
  'app:setLanguage': true,
  'workspace:recent': true,
} as const satisfies Record<IpcChannel, true>

export function isIpcChannel(name: unknown): name is IpcChannel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(ipcChannels, name)
}

/** Commands the native menu sends to the renderer. */
export type MenuCommand = 'new' | 'open' | 'save-as' | 'close' | 'undo' | 'redo' | 'about' | 'open-recent'

/** Events main pushes to the renderer: event → payload. */
export type IpcEvents = {
  'menu:command': { command: MenuCommand; path?: string }
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
  | 'INTERNAL'

export interface IpcError {
  code: IpcErrorCode
  message: string
  /** The request field (or model input path) the error is about, when there is one. */
  path?: string
  /** Further problems when there are several (e.g. every validation problem of a ModelInput). */
  details?: { path: string; message: string }[]
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
  ) {
    super(message)
    this.name = 'AppError'
  }
}
