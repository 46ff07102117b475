// The workspace context: state from workspaceReducer, its projection, and the actions (workspaceActions.ts) that talk to the Node side.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  type ReactNode,
} from 'react'
import { perfSince } from '../perf'
import { onFormulasLoaded } from '../formulaMathLater'
import { runProjection, type Projection } from './projection'
import { createWorkspaceActions, type WorkspaceActions } from './workspaceActions'
import { currentScenario, initialState, workspaceReducer, type WorkspaceState } from './workspaceState'

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

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(workspaceReducer, initialState)
  // For the bench: from this render to the commit of the whole tree below (its layout effects run first).
  const renderStart = performance.now()
  useLayoutEffect(() => perfSince('react:render', renderStart))
  // Actions read the latest state without being rebuilt on every change.
  const stateRef = useRef(state)
  stateRef.current = state

  const projection = useMemo(() => runProjection(state.input), [state.input])
  const actions = useMemo(() => createWorkspaceActions(dispatch, () => stateRef.current), [])
  // Formulas refused while mathjs loaded (renderer/src/formulaMathLater.ts) are compiled now.
  useEffect(() => onFormulasLoaded((missed) => missed && dispatch({ type: 'formulasLoaded' })), [])

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
