// The workspace actions the screens call: each a request to the Node side, in the edit queue where it changes the store.
import type { CreateTarget, Language, SaveAsTarget } from '@shared/ipc/contract'
import type { BootData } from '../boot'
import type { ExportFormat, ImportKind, ScenarioId } from '@shared/workspace/types'
import { call } from '../api'
import { createEdit } from './editAction'
import { createEditQueue } from './editQueue'
import { bytesToBase64, downloadFile } from './fileBytes'
import { createSession } from './workspaceSession'
import { rememberProjection } from './projection'
import { rememberEvaluatedFormulas } from '@shared/engine/formulaCache'
import type { Screen, WorkspaceAction, WorkspaceState } from './workspaceState'

export interface WorkspaceActions {
  openPath(path: string, readOnly?: boolean): Promise<void>
  /** Opens a sample; its scenarios are written in `language` the first time (French by default). */
  openSample(key: string, language?: Language): Promise<void>
  /** A new workspace at a target the user chose: main's New dialog handle (desktop) or a name in the data folder. */
  createWorkspace(target: CreateTarget): Promise<void>
  /** Save As to a target the user chose: main's dialog handle (desktop) or a folder and name (browser mode). */
  saveAs(target: SaveAsTarget): Promise<void>
  close(): Promise<void>
  /** Opens a workspace file sent from the computer (browser mode's upload), stored as a new file in the data folder. */
  openUpload(fileName: string, dataBase64: string): Promise<void>
  /** Downloads a consistent copy of the open workspace. */
  downloadWorkspace(): Promise<void>
  showScenario(id: ScenarioId): Promise<void>
  /** Sets one value: shown at once, stored as one undoable step, or refused with the field's problems. */
  edit(path: string, value: unknown): Promise<boolean>
  /** Checks a value as it is typed (in an idle moment), so that committing it right after is quicker. */
  prepareEdit(path: string, value: unknown): void
  resetToParent(path: string): Promise<void>
  undo(): Promise<void>
  redo(): Promise<void>
  createScenario(name: string, parentId?: ScenarioId): Promise<void>
  duplicateScenario(id: ScenarioId, name: string): Promise<void>
  renameScenario(id: ScenarioId, name: string): Promise<void>
  setNote(id: ScenarioId, note: string): Promise<void>
  deleteScenario(id: ScenarioId): Promise<void>
  freeze(id: ScenarioId, name: string): Promise<void>
  importFile(kind: ImportKind, file: File): ReturnType<typeof previewImport>
  confirmImport(previewId: string): Promise<boolean>
  exportFile(scenarioIds: ScenarioId[], format: ExportFormat): Promise<void>
  navigate(screen: Screen): void
  /** Shows what the start-up requests opened (boot.ts), and a failure in the banner. */
  showOpened(boot: BootData): void
  dismissError(): void
  /**
   * Runs a store change made through another channel (a plan applied, uncertain figures saved) in the edit
   * queue, then re-reads the scenarios and the workspace (undo state) and shows `show(value)` when given.
   * A store error goes to the banner and gives undefined.
   */
  storeChange<T>(work: () => Promise<T>, show?: (value: T) => ScenarioId | undefined): Promise<T | undefined>
}

/**
 * What showing the start-up's answer does to the state, as the actions to apply in order (the first render
 * applies them at once when the answer came before the app's code). Main ran the same engine on this very
 * input: drawing it needs no projection here, and what else reads its series (warnings, age pyramid,
 * bindings) finds its formulas evaluated.
 */
export function bootActions({ workspace, shown, failed }: BootData): WorkspaceAction[] {
  const actions: WorkspaceAction[] = []
  if (workspace) actions.push({ type: 'opened', workspace: workspace.info, list: workspace.list })
  if (shown) {
    const { projection, formulas, ...rest } = shown
    if (formulas) rememberEvaluatedFormulas(formulas)
    if (projection) rememberProjection(shown.input, projection)
    actions.push({ type: 'shown', ...rest })
  }
  if (failed !== null) actions.push({ type: 'failed', error: failed })
  return actions
}

async function previewImport(scenarioId: ScenarioId, kind: ImportKind, file: File) {
  const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()))
  return call('import:preview', { scenarioId, kind, fileName: file.name, dataBase64 })
}

/** Save As: copies the open workspace to the chosen target (main resolves a handle to its dialog's path). */
function saveWorkspaceAs(target: SaveAsTarget) {
  return call('workspace:saveAs', target)
}

export function createWorkspaceActions(
  dispatch: (action: WorkspaceAction) => void,
  getState: () => WorkspaceState,
): WorkspaceActions {
  const enqueue = createEditQueue()
  const { guard, show, refresh, opened } = createSession(dispatch, getState)
  const edits = createEdit(dispatch, getState, enqueue)
  /** A store change in the queue, then the list re-read (showing `pick(value)` when given). */
  const change = <T>(work: () => Promise<T>, pick?: (value: T) => ScenarioId | undefined) =>
    guard(async () => {
      const done = await enqueue(work)
      await refresh(pick?.(done))
    })

  return {
    openPath: (path, readOnly) => guard(() => opened(() => call('workspace:open', { path, readOnly }))),
    openSample: (key, language) =>
      guard(() => opened(() => call('workspace:openSample', { key, ...(language ? { language } : {}) }))),
    createWorkspace: (target) => guard(() => opened(() => call('workspace:create', target))),
    saveAs: (target) =>
      guard(async () => {
        await saveWorkspaceAs(target)
        await refresh()
      }),
    openUpload: (fileName, dataBase64) =>
      guard(() => opened(() => call('workspace:upload', { fileName, dataBase64 }))),
    downloadWorkspace: () => guard(async () => downloadFile(await call('workspace:download', {}))),
    close: () =>
      guard(async () => {
        await call('workspace:close', {})
        dispatch({ type: 'closed' })
      }),
    showScenario: (id) => guard(() => show(id)),
    edit: edits.edit,
    prepareEdit: edits.prepare,
    resetToParent: (path) => {
      const id = getState().scenarioId
      if (id === null) return Promise.resolve()
      return change(() => call('scenario:reset', { scenarioId: id, path }))
    },
    undo: () => change(() => call('history:undo', {})),
    redo: () => change(() => call('history:redo', {})),
    createScenario: (name, parentId) => {
      const s = getState()
      const parent = parentId ?? s.scenarioId ?? s.list.scenarios.find((x) => x.isBase)?.id
      if (parent === undefined || parent === null) return Promise.resolve()
      return change(
        () => call('scenario:create', { parentId: parent, name }),
        (created) => created.id,
      )
    },
    duplicateScenario: (id, name) =>
      change(
        () => call('scenario:duplicate', { scenarioId: id, name }),
        (created) => created.id,
      ),
    renameScenario: (id, name) => change(() => call('scenario:rename', { scenarioId: id, name })),
    setNote: (id, note) => change(() => call('scenario:setNote', { scenarioId: id, note })),
    deleteScenario: (id) => change(() => call('scenario:delete', { scenarioId: id })),
    freeze: (id, name) => change(() => call('scenario:freeze', { scenarioId: id, name })),
    importFile: (kind, file) => {
      const id = getState().scenarioId
      if (id === null) return Promise.reject(new Error('No scenario is shown.'))
      return previewImport(id, kind, file)
    },
    async confirmImport(previewId) {
      const outcome = await enqueue(() => call('import:confirm', { previewId }))
      await refresh()
      return outcome.ok
    },
    exportFile: (scenarioIds, format) =>
      guard(async () => downloadFile(await call('export:file', { scenarioIds, format }))),
    navigate: (screen) => dispatch({ type: 'navigated', screen }),
    showOpened: (boot) => bootActions(boot).forEach(dispatch),
    dismissError: () => dispatch({ type: 'dismissError' }),
    async storeChange<T>(work: () => Promise<T>, pick?: (value: T) => ScenarioId | undefined) {
      let value: T | undefined
      await change(async () => {
        value = await work()
        return value
      }, pick)
      return value
    },
  }
}
