// The workspace, scenario, history, import and export channels: one open workspace per app window, over the store.
import { mkdir, readdir, stat } from 'node:fs/promises'
import { basename, isAbsolute, join, resolve } from 'node:path'
import {
  AppError,
  type CreateTarget,
  type IpcHandlers,
  type Language,
  type SaveAsTarget,
} from '../../shared/ipc/contract'
import { project } from '../../shared/engine'
import { evaluatedFormulas } from '../../shared/engine/formulaCache'
import { sampleIn, samples } from '../../shared/sample'
import { said } from '../../shared/workspace/storeReasons'
import type { SampleWorkspace } from '../../shared/sample/types'
import type { ResolvedScenario } from '../../shared/workspace/types'
import type { RecentFiles } from '../store/recentFiles'
import { createWorkspace, openWorkspace, type Workspace } from '../store/workspace'
import { assertReplaceable } from '../store/workspaceFile'
import { exportFile } from '../store/export'
import type { ActualsChannels } from './actualsHandlers'
import type { DecisionChannels } from './decisionHandlers'
import type { FileChannels } from './fileHandlers'
import { createSaveTargets, type SaveTargets } from './saveTargets'
import { guard } from './storeErrors'

type WorkspaceChannels = Exclude<
  keyof IpcHandlers,
  | 'app:info'
  | 'app:start'
  | 'app:setLanguage'
  | 'workspace:recent'
  | DecisionChannels
  | FileChannels
  | ActualsChannels
>

export interface WorkspaceDeps {
  dataDir: string
  recentFiles: RecentFiles
  /** The template a new workspace starts from. */
  starter?: SampleWorkspace
  /** Save As and New targets chosen in main's dialogs (desktop); browser mode has none, so handles are unknown there. */
  saveTargets?: SaveTargets
}

export const SAMPLES_FOLDER = 'samples'

/**
 * The resolved scenario with its projection by the same engine the renderer runs, so the renderer's first paint
 * need not run it cold (nor load the formula compiler first). An input the engine refuses goes without: the
 * renderer then projects it itself and shows why.
 */
function withProjection(resolved: ResolvedScenario): ResolvedScenario {
  try {
    const projection = project(resolved.input)
    return { ...resolved, projection, formulas: evaluatedFormulas(resolved.input) }
  } catch {
    return resolved
  }
}

/**
 * Handlers for every workspace channel. They share one session: the workspace open in this window
 * (Electron) or this browser-mode server. Opening another closes the previous one first.
 */
export function createWorkspaceHandlers(deps: WorkspaceDeps): Pick<IpcHandlers, WorkspaceChannels> & {
  /** The open workspace (throws NOT_FOUND when there is none), for the other handler groups. */
  open(): Workspace
  /** Closes the open workspace (on quit). */
  dispose(): Promise<void>
} {
  let current: Workspace | null = null
  const saveTargets = deps.saveTargets ?? createSaveTargets()

  /**
   * The file a Save As request may write and whether it may replace one. A dialog's path may replace an
   * existing workspace (the dialog asked); a browser-mode name is a new file in an existing folder.
   */
  async function saveAsPath(target: SaveAsTarget): Promise<{ path: string; overwrite: boolean }> {
    if ('handle' in target) return { path: chosen(target.handle, 'Save As'), overwrite: true }
    const folderIsDir = isAbsolute(target.folder)
      ? await stat(target.folder).then(
          (s) => s.isDirectory(),
          () => false,
        )
      : null
    if (folderIsDir === null) {
      throw new AppError(
        'INVALID_REQUEST',
        'The folder must be given as a full path.',
        'folder',
        undefined,
        said('folderRelative'),
      )
    }
    if (!folderIsDir)
      throw new AppError(
        'NOT_FOUND',
        `There is no folder ${target.folder}.`,
        'folder',
        undefined,
        said('noFolder', { folder: target.folder }),
      )
    const name = target.name.toLowerCase().endsWith('.etabli') ? target.name : `${target.name}.etabli`
    return { path: join(target.folder, name), overwrite: false }
  }

  /** The file behind a handle from main's dialog, once. */
  function chosen(handle: string, what: string): string {
    const path = saveTargets.take(handle)
    if (path === undefined) {
      throw new AppError(
        'NOT_FOUND',
        `This ${what} choice has expired: choose the file again.`,
        'handle',
        undefined,
        said('saveExpired'),
      )
    }
    return resolve(path)
  }

  /**
   * The file a new workspace goes to, its name, and whether it may replace a file. A dialog's file may replace
   * an Établi workspace (the dialog asked; see workspace:create); a name from the welcome form is a new file
   * in the data folder, named after it.
   */
  function createPath(target: CreateTarget): { path: string; name: string; overwrite: boolean } {
    if ('handle' in target) {
      const path = chosen(target.handle, 'New workspace')
      return { path, name: basename(path).replace(/\.etabli$/i, '') || 'Workspace', overwrite: true }
    }
    const file = target.name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'workspace'
    return { path: join(deps.dataDir, `${file}.etabli`), name: target.name, overwrite: false }
  }

  function open(): Workspace {
    if (!current)
      throw new AppError('NOT_FOUND', 'No workspace is open.', undefined, undefined, said('noWorkspace'))
    return current
  }

  /**
   * Opens `path` in place of the current workspace. The same file again (a reload of the page, the
   * command line naming the open file) keeps the open workspace: reopening it would find our own lock
   * and come back read-only.
   */
  async function switchTo(path: string | null, next: () => Promise<Workspace>, readOnly = false) {
    if (current && path !== null && current.path === resolve(path) && !readOnly) {
      return guard(() => current!.info())
    }
    if (current && path !== null && current.path === resolve(path)) {
      // Asked for read-only: let go of the writer first, or the new connection would see our lock.
      await current.close().catch(() => undefined)
      current = null
    }
    const workspace = await guard(next)
    if (current) await current.close().catch(() => undefined)
    current = workspace
    const info = await workspace.info()
    await deps.recentFiles.add(info.path).catch(() => undefined)
    return info
  }

  function findSample(key: string): SampleWorkspace {
    const sample = samples.find((s) => s.key === key)
    if (!sample)
      throw new AppError('NOT_FOUND', `There is no sample called ${key}.`, 'key', undefined, said('noSample'))
    return sample
  }

  function initFrom(sample: SampleWorkspace, name?: string, language: Language = 'fr') {
    const words = sampleIn(sample, language)
    return {
      name: name ?? words.name,
      description: words.description,
      base: sample.base,
      baseName: words.baseName,
      baseNote: words.baseNote,
      scenarios: name ? [] : words.scenarios,
      sources: sample.sources,
    }
  }

  return {
    'workspace:files': async () => {
      const found: { path: string; name: string; sizeBytes: number; modifiedAt: string }[] = []
      for (const dir of [deps.dataDir, join(deps.dataDir, SAMPLES_FOLDER)]) {
        const names = await readdir(dir).catch(() => [] as string[])
        for (const name of names.filter((n) => n.toLowerCase().endsWith('.etabli'))) {
          const path = join(dir, name)
          const info = await stat(path).catch(() => null)
          if (info?.isFile())
            found.push({ path, name, sizeBytes: info.size, modifiedAt: info.mtime.toISOString() })
        }
      }
      return found.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt))
    },
    'workspace:samples': () =>
      samples.map((s) => ({ key: s.key, names: s.names, descriptions: s.descriptions })),
    'workspace:current': async () => (current ? guard(() => current!.info()) : null),
    'workspace:open': ({ path, readOnly }) =>
      switchTo(path, () => openWorkspace(path, { readOnly }), readOnly),
    'workspace:openSample': async ({ key, language = 'fr' }) => {
      const sample = findSample(key)
      const folder = join(deps.dataDir, SAMPLES_FOLDER)
      await mkdir(folder, { recursive: true })
      // One file per language (French keeps the name it always had): each is written once in its own language.
      const path = join(
        folder,
        language === 'fr' ? `${sample.key}.etabli` : `${sample.key}.${language}.etabli`,
      )
      const exists = await stat(path).then(
        () => true,
        () => false,
      )
      // The sample is created once; after that it is the user's file and is opened as it is.
      return switchTo(path, () =>
        exists ? openWorkspace(path) : createWorkspace(path, initFrom(sample, undefined, language)),
      )
    },
    'workspace:create': async (target) => {
      const { path, name, overwrite } = createPath(target)
      const exists = await stat(path).then(
        () => true,
        () => false,
      )
      if (overwrite && exists) {
        // The dialog asked before replacing, but only a workspace may be replaced: any other file (or one
        // that cannot be read as a workspace) is refused and left as it is, as is the one open here.
        if (current?.path === path) {
          throw new AppError('CONFLICT', `${path} is open in this window: choose another name.`, 'handle')
        }
        await guard(() => assertReplaceable(path))
      }
      return switchTo(null, () =>
        createWorkspace(path, initFrom(deps.starter ?? samples[0]!, name), { overwrite }),
      )
    },
    'workspace:saveAs': async (target) => {
      const workspace = open()
      const { path, overwrite } = await saveAsPath(target)
      await guard(() => workspace.saveAs(path, { overwrite }))
      const info = await guard(() => workspace.info())
      await deps.recentFiles.add(info.path).catch(() => undefined)
      return info
    },
    'workspace:close': async () => {
      if (current) await guard(() => current!.close())
      current = null
    },
    'scenario:list': async () => {
      const workspace = open()
      const [scenarios, frozen] = await guard(() =>
        Promise.all([workspace.listScenarios(), workspace.listFrozen()]),
      )
      return { scenarios, frozen }
    },
    'scenario:resolve': async ({ scenarioId, project: wanted }) => {
      const resolved = await guard(() => open().resolve(scenarioId))
      return wanted ? withProjection(resolved) : resolved
    },
    'scenario:overrides': ({ scenarioId }) => guard(() => open().overrides(scenarioId)),
    'scenario:setValue': ({ scenarioId, path, value }) =>
      guard(() => open().setValue(scenarioId, path, value)),
    'scenario:setValues': ({ scenarioId, values, lever }) =>
      guard(() => open().setValues(scenarioId, values, lever)),
    'scenario:applyTemplate': ({ scenarioId, template, name }) =>
      guard(() => open().applyTemplate(scenarioId, template, name)),
    'scenario:reset': ({ scenarioId, path }) => guard(() => open().resetToParent(scenarioId, path)),
    'scenario:create': ({ parentId, name }) => guard(() => open().createScenario(parentId, name)),
    'scenario:duplicate': ({ scenarioId, name }) => guard(() => open().duplicateScenario(scenarioId, name)),
    'scenario:rename': ({ scenarioId, name }) => guard(() => open().renameScenario(scenarioId, name)),
    'scenario:setNote': ({ scenarioId, note }) => guard(() => open().setNote(scenarioId, note)),
    'scenario:delete': ({ scenarioId }) => guard(() => open().deleteScenario(scenarioId)),
    'scenario:reorder': ({ ids }) => guard(() => open().reorderScenarios(ids)),
    'scenario:freeze': ({ scenarioId, name }) => guard(() => open().freeze(scenarioId, name)),
    'history:list': ({ limit }) => guard(() => open().history(limit)),
    'history:undo': () => guard(() => open().undo()),
    'history:redo': () => guard(() => open().redo()),
    'sources:list': () => guard(() => open().sources()),
    'import:preview': ({ scenarioId, kind, fileName, dataBase64, ages }) =>
      guard(() =>
        open().previewImport(scenarioId, kind, Buffer.from(dataBase64, 'base64'), basename(fileName), ages),
      ),
    'import:confirm': ({ previewId }) => guard(() => open().confirmImport(previewId)),
    'export:file': async ({ scenarioIds, format }) => {
      const file = await guard(() => exportFile(open(), scenarioIds, format))
      return {
        fileName: file.fileName,
        mimeType: file.mimeType,
        dataBase64: Buffer.from(file.bytes).toString('base64'),
      }
    },
    open,
    async dispose() {
      if (current) await current.close().catch(() => undefined)
      current = null
    },
  }
}
