// The workspace context: state from workspaceReducer, and the actions that talk to the Node side through the typed API.
import { createContext, useCallback, useContext, useMemo, useReducer, useRef, type ReactNode } from 'react'
import type { ModelInput, ModelResult } from '@shared/model/types'
import { validateInput } from '@shared/model/schema'
import { toFieldPath } from '@shared/model/fieldPath'
import { project, ModelInputError } from '@shared/engine'
import type { ExportFormat, ImportKind, InputProblem, ScenarioId } from '@shared/workspace/types'
import type { SaveAsTarget } from '@shared/ipc/contract'
import { call } from '../api'
import {
  currentScenario,
  initialState,
  withValue,
  workspaceReducer,
  type Screen,
  type WorkspaceState,
} from './workspaceState'

export interface Projection {
  result: ModelResult | null
  /** Problems that stop the projection (e.g. a formula failing in a later year). */
  problems: InputProblem[]
}

/** Projections of inputs still in use, so an edit checked by projecting is not projected again to draw. */
const projections = new WeakMap<ModelInput, Projection>()

/** Runs the engine on an input; never throws (a failing series becomes problems). Inputs are never mutated. */
export function runProjection(input: ModelInput | null): Projection {
  if (!input) return { result: null, problems: [] }
  const known = projections.get(input)
  if (known) return known
  let run: Projection
  try {
    run = { result: project(input), problems: [] }
  } catch (error) {
    run =
      error instanceof ModelInputError
        ? { result: null, problems: error.problems }
        : { result: null, problems: [{ path: '', message: String(error) }] }
  }
  projections.set(input, run)
  return run
}

export interface WorkspaceActions {
  openPath(path: string, readOnly?: boolean): Promise<void>
  openSample(key: string): Promise<void>
  createWorkspace(path: string, name: string): Promise<void>
  /** Save As to a target the user chose: main's dialog handle (desktop) or a folder and name (browser mode). */
  saveAs(target: SaveAsTarget): Promise<void>
  close(): Promise<void>
  showScenario(id: ScenarioId): Promise<void>
  /** Sets one value: shown at once, stored as one undoable step, or refused with the field's problems. */
  edit(path: string, value: unknown): Promise<boolean>
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
  dismissError(): void
  /**
   * Runs a store change made through another channel (a plan applied, uncertain figures saved) in the edit
   * queue, then re-reads the scenarios and the workspace (undo state) and shows `show(value)` when given.
   * A store error goes to the banner and gives undefined.
   */
  storeChange<T>(work: () => Promise<T>, show?: (value: T) => ScenarioId | undefined): Promise<T | undefined>
}

async function previewImport(scenarioId: ScenarioId, kind: ImportKind, file: File) {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return call('import:preview', { scenarioId, kind, fileName: file.name, dataBase64: btoa(binary) })
}

interface WorkspaceContextValue {
  state: WorkspaceState
  projection: Projection
  actions: WorkspaceActions
}

const WorkspaceContext = createContext<WorkspaceContextValue | null>(null)

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext)
  if (!value) throw new Error('useWorkspace outside WorkspaceProvider')
  return value
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(workspaceReducer, initialState)
  // Actions read the latest state without being rebuilt on every change.
  const stateRef = useRef(state)
  stateRef.current = state
  // Edits are stored one after another, in the order made, so undo steps follow the user's order.
  const queue = useRef<Promise<unknown>>(Promise.resolve())

  const projection = useMemo(() => runProjection(state.input), [state.input])

  const actions = useMemo<WorkspaceActions>(() => {
    const guard = async (work: () => Promise<void>): Promise<void> => {
      try {
        await work()
      } catch (error) {
        dispatch({ type: 'failed', message: message(error) })
      }
    }

    const show = async (scenarioId: ScenarioId): Promise<void> => {
      const [resolved, overrides] = await Promise.all([
        call('scenario:resolve', { scenarioId }),
        call('scenario:overrides', { scenarioId }),
      ])
      dispatch({ type: 'shown', scenarioId, input: resolved.input, overrides })
    }

    const refresh = async (preferred?: ScenarioId): Promise<void> => {
      const [list, workspace] = await Promise.all([call('scenario:list', {}), call('workspace:current', {})])
      if (!workspace) return dispatch({ type: 'closed' })
      dispatch({ type: 'listed', list, workspace })
      const all = [...list.scenarios, ...list.frozen]
      const wanted = preferred ?? stateRef.current.scenarioId
      const target = all.find((s) => s.id === wanted) ?? list.scenarios.find((s) => s.isBase) ?? all[0]
      if (target) await show(target.id)
    }

    const opened = async (open: () => Promise<unknown>): Promise<void> => {
      await open()
      const [list, workspace] = await Promise.all([call('scenario:list', {}), call('workspace:current', {})])
      if (!workspace) return
      dispatch({ type: 'opened', workspace, list })
      const base = list.scenarios.find((s) => s.isBase) ?? list.scenarios[0]
      if (base) await show(base.id)
    }

    const enqueue = <T,>(work: () => Promise<T>): Promise<T> => {
      const next = queue.current.then(work, work)
      queue.current = next.catch(() => undefined)
      return next
    }

    return {
      openPath: (path, readOnly) => guard(() => opened(() => call('workspace:open', { path, readOnly }))),
      openSample: (key) => guard(() => opened(() => call('workspace:openSample', { key }))),
      createWorkspace: (path, name) => guard(() => opened(() => call('workspace:create', { path, name }))),
      saveAs: (target) =>
        guard(async () => {
          await call('workspace:saveAs', target)
          await refresh()
        }),
      close: () =>
        guard(async () => {
          await call('workspace:close', {})
          dispatch({ type: 'closed' })
        }),
      showScenario: (id) => guard(() => show(id)),
      async edit(path, value) {
        const s = stateRef.current
        const scenario = currentScenario(s)
        if (!s.input || s.scenarioId === null || !scenario) return false
        if (s.workspace?.readOnly || scenario.frozenAt) {
          dispatch({
            type: 'editRefused',
            path,
            input: null,
            problems: [
              { path, message: s.workspace?.readOnly?.message ?? 'A frozen version cannot be changed.' },
            ],
          })
          return false
        }
        const candidate = withValue(s.input, path, value)
        const check = candidate ? validateInput(candidate) : null
        if (!check || !check.ok) {
          // An invalid value never reaches the store: the message goes next to the field it names.
          const problems = check?.problems ?? [{ path, message: `${path}: no such field` }]
          const mine = problems.map((p) => ({ ...p, path: toFieldPath(p.path, candidate) }))
          dispatch({ type: 'editRefused', path, input: null, problems: mine })
          return false
        }
        // The store refuses formulas that fail in a later year, but so does the engine: check it too.
        const run = runProjection(check.input)
        if (run.problems.length > 0) {
          dispatch({ type: 'editRefused', path, input: null, problems: run.problems })
          return false
        }
        dispatch({ type: 'edited', path, value, input: check.input })
        const scenarioId = s.scenarioId
        return enqueue(async () => {
          try {
            const outcome = await call('scenario:setValue', { scenarioId, path, value })
            if (!outcome.ok) {
              const resolved = await call('scenario:resolve', { scenarioId })
              dispatch({ type: 'editRefused', path, input: resolved.input, problems: outcome.problems })
              return false
            }
            const [workspace, overrides] = await Promise.all([
              call('workspace:current', {}),
              call('scenario:overrides', { scenarioId }),
            ])
            if (workspace) dispatch({ type: 'editConfirmed', path, workspace })
            if (
              stateRef.current.scenarioId === scenarioId &&
              overrides.length !== stateRef.current.overrides.length
            ) {
              dispatch({ type: 'shown', scenarioId, input: stateRef.current.input!, overrides })
            }
            return true
          } catch (error) {
            const resolved = await call('scenario:resolve', { scenarioId }).catch(() => null)
            dispatch({
              type: 'editRefused',
              path,
              input: resolved?.input ?? null,
              problems: [{ path, message: message(error) }],
            })
            return false
          }
        })
      },
      resetToParent: (path) =>
        guard(async () => {
          const id = stateRef.current.scenarioId
          if (id === null) return
          await enqueue(() => call('scenario:reset', { scenarioId: id, path }))
          await refresh()
        }),
      undo: () =>
        guard(async () => {
          await enqueue(() => call('history:undo', {}))
          await refresh()
        }),
      redo: () =>
        guard(async () => {
          await enqueue(() => call('history:redo', {}))
          await refresh()
        }),
      createScenario: (name, parentId) =>
        guard(async () => {
          const s = stateRef.current
          const parent = parentId ?? s.scenarioId ?? s.list.scenarios.find((x) => x.isBase)?.id
          if (parent === undefined || parent === null) return
          const created = await enqueue(() => call('scenario:create', { parentId: parent, name }))
          await refresh(created.id)
        }),
      duplicateScenario: (id, name) =>
        guard(async () => {
          const created = await enqueue(() => call('scenario:duplicate', { scenarioId: id, name }))
          await refresh(created.id)
        }),
      renameScenario: (id, name) =>
        guard(async () => {
          await enqueue(() => call('scenario:rename', { scenarioId: id, name }))
          await refresh()
        }),
      setNote: (id, note) =>
        guard(async () => {
          await enqueue(() => call('scenario:setNote', { scenarioId: id, note }))
          await refresh()
        }),
      deleteScenario: (id) =>
        guard(async () => {
          await enqueue(() => call('scenario:delete', { scenarioId: id }))
          await refresh()
        }),
      freeze: (id, name) =>
        guard(async () => {
          await enqueue(() => call('scenario:freeze', { scenarioId: id, name }))
          await refresh()
        }),
      importFile: (kind, file) => {
        const id = stateRef.current.scenarioId
        if (id === null) return Promise.reject(new Error('No scenario is shown.'))
        return previewImport(id, kind, file)
      },
      async confirmImport(previewId) {
        const outcome = await enqueue(() => call('import:confirm', { previewId }))
        await refresh()
        return outcome.ok
      },
      exportFile: (scenarioIds, format) =>
        guard(async () => {
          const file = await call('export:file', { scenarioIds, format })
          const bytes = Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0))
          const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }))
          const link = document.createElement('a')
          link.href = url
          link.download = file.fileName
          link.click()
          setTimeout(() => URL.revokeObjectURL(url), 10_000)
        }),
      navigate: (screen) => dispatch({ type: 'navigated', screen }),
      dismissError: () => dispatch({ type: 'dismissError' }),
      async storeChange<T>(work: () => Promise<T>, pick?: (value: T) => ScenarioId | undefined) {
        let value: T | undefined
        await guard(async () => {
          const done = await enqueue(work)
          value = done
          await refresh(pick?.(done))
        })
        return value
      },
    }
  }, [])

  const value = useMemo(() => ({ state, projection, actions }), [state, projection, actions])
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>
}

/** The edit function bound to a field path, plus its problems and override status, for editors. */
export function useField(path: string) {
  const { state, actions } = useWorkspace()
  const scenario = currentScenario(state)
  const overridden =
    scenario !== null &&
    !scenario.isBase &&
    !scenario.frozenAt &&
    state.overrides.some((o) => o.path === path || o.path.startsWith(`${path}/`))
  return {
    problems: state.problems[path] ?? [],
    overridden,
    readOnly: Boolean(state.workspace?.readOnly) || Boolean(scenario?.frozenAt),
    set: useCallback((value: unknown) => actions.edit(path, value), [actions, path]),
    reset: useCallback(() => actions.resetToParent(path), [actions, path]),
  }
}
