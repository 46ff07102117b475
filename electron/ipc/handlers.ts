// createHandlers(deps): the one object answering every channel of the contract, for Electron IPC and the HTTP bridge alike.
import type { IpcHandlers, Language, TransportKind } from '../../shared/ipc/contract'
import type { RecentFiles } from '../store/recentFiles'
import { createActualsHandlers } from './actualsHandlers'
import { createDecisionHandlers } from './decisionHandlers'
import { createFileHandlers, type FileDialogs } from './fileHandlers'
import type { createWorkspaceHandlers } from './workspaceHandlers'

export interface HandlerDeps {
  transport: TransportKind
  version: string
  dataDir: string
  versions: { node: string; electron: string | null; chrome: string | null }
  platform: string
  openAtStart: string | null
  language: Language
  recentFiles: RecentFiles
  /** The workspace channels, over the store (see workspaceHandlers.ts). */
  workspace: ReturnType<typeof createWorkspaceHandlers>
  /** The desktop app's dialogs and PDF printing; browser mode has none. */
  dialogs?: FileDialogs
  /** Called when the user switches language (the desktop app rebuilds its native menu). */
  onLanguageChange?: (language: Language) => void
}

export function createHandlers(deps: HandlerDeps): IpcHandlers {
  let language = deps.language
  return {
    'app:info': () => ({
      name: 'Établi',
      version: deps.version,
      dataDir: deps.dataDir,
      transport: deps.transport,
      versions: deps.versions,
      platform: deps.platform,
      openAtStart: deps.openAtStart,
      language,
    }),
    'app:setLanguage': ({ language: next }) => {
      language = next
      deps.onLanguageChange?.(next)
    },
    'workspace:recent': () => deps.recentFiles.list(),
    ...channelsOf(deps.workspace),
    ...createDecisionHandlers({ open: deps.workspace.open }),
    ...createFileHandlers({
      dataDir: deps.dataDir,
      open: deps.workspace.open,
      openPath: async (path) => deps.workspace['workspace:open']({ path }),
      dialogs: deps.dialogs,
    }),
    ...createActualsHandlers({ open: deps.workspace.open }),
  }
}

/** The group's channels without its session helpers. */
function channelsOf<T extends { dispose: unknown; open: unknown }>(handlers: T): Omit<T, 'dispose' | 'open'> {
  const { dispose: _dispose, open: _open, ...rest } = handlers
  return rest
}
