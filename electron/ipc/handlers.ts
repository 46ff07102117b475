// createHandlers(deps): the one object answering every channel of the contract, for Electron IPC and the HTTP bridge alike.
import type { IpcHandlers, Language, StartData, TransportKind } from '../../shared/ipc/contract'
import type { RecentFiles } from '../store/recentFiles'
import { createActualsHandlers } from './actualsHandlers'
import { createDecisionHandlers } from './decisionHandlers'
import { createFileHandlers, type FileDialogs } from './fileHandlers'
import type { createWorkspaceHandlers } from './workspaceHandlers'
import { toIpcError } from './dispatch'

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
  const handlers: IpcHandlers = {
    'app:start': (args) => start(handlers, args),
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
  return handlers
}

/**
 * The start-up as the renderer used to ask it, step by step, but in one round trip: every step is the
 * channel's own handler, so its answer and its failure are what that request would give. A failure to open
 * the workspace or to show its base is the reply's `failed`, as the renderer shows a refused open.
 */
async function start(
  handlers: IpcHandlers,
  { sample, language }: { sample: string; language?: Language },
): Promise<StartData> {
  const [info, current, recentFiles] = await Promise.all([
    handlers['app:info']({}),
    handlers['workspace:current']({}),
    handlers['workspace:recent']({}),
  ])
  const path = current?.path ?? (info.openAtStart || undefined) ?? recentFiles.find((f) => f.exists)?.path
  const none = { info, workspace: null, shown: null }
  let opened: StartData['workspace']
  try {
    await (path !== undefined
      ? handlers['workspace:open']({ path })
      : handlers['workspace:openSample']({ key: sample, language: language ?? info.language }))
    const [list, workspace] = await Promise.all([
      handlers['scenario:list']({}),
      handlers['workspace:current']({}),
    ])
    if (!workspace) return { ...none, failed: null }
    opened = { info: workspace, list }
  } catch (error) {
    return { ...none, failed: toIpcError(error) }
  }
  const base = opened.list.scenarios.find((s) => s.isBase) ?? opened.list.scenarios[0]
  if (!base) return { info, workspace: opened, shown: null, failed: null }
  try {
    const [resolved, overrides] = await Promise.all([
      handlers['scenario:resolve']({ scenarioId: base.id, project: true }),
      handlers['scenario:overrides']({ scenarioId: base.id }),
    ])
    return { info, workspace: opened, shown: { scenarioId: base.id, resolved, overrides }, failed: null }
  } catch (error) {
    return { info, workspace: opened, shown: null, failed: toIpcError(error) }
  }
}

/** The group's channels without its session helpers. */
function channelsOf<T extends { dispose: unknown; open: unknown }>(handlers: T): Omit<T, 'dispose' | 'open'> {
  const { dispose: _dispose, open: _open, ...rest } = handlers
  return rest
}
