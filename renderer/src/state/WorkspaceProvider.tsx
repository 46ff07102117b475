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
import { bootActions, createWorkspaceActions, type WorkspaceActions } from './workspaceActions'
import type { BootData } from '../boot'
import { currentScenario, initialState, workspaceReducer, type WorkspaceState } from './workspaceState'

interface WorkspaceContextValue {
  state: WorkspaceState
  projection: Projection
  actions: WorkspaceActions
}

const WorkspaceContext = createContext<WorkspaceContextValue | null>(null)

/** The open workspace's name and the shown scenario's, apart: a chart names them in its PNG, and an edit changes neither. */
export interface ShownNames {
  workspace: string | undefined
  scenario: string
}

const NamesContext = createContext<ShownNames>({ workspace: undefined, scenario: '' })

/** The names of the open workspace and of the shown scenario; a component using only these is not rendered again by an edit. */
export function useShownNames(): ShownNames {
  return useContext(NamesContext)
}

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext)
  if (!value) throw new Error('useWorkspace outside WorkspaceProvider')
  return value
}

/** `initial`: the start-up's answer when it came before the first render, shown by that render. */
export function WorkspaceProvider({ children, initial }: { children: ReactNode; initial?: BootData }) {
  const [state, dispatch] = useReducer(workspaceReducer, initial, (boot) =>
    boot ? bootActions(boot).reduce(workspaceReducer, initialState) : initialState,
  )
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
  const workspaceName = state.workspace?.name
  const scenarioName = currentScenario(state)?.name ?? ''
  const names = useMemo(
    () => ({ workspace: workspaceName, scenario: scenarioName }),
    [workspaceName, scenarioName],
  )
  return (
    <WorkspaceContext.Provider value={value}>
      <NamesContext.Provider value={names}>{children}</NamesContext.Provider>
    </WorkspaceContext.Provider>
  )
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
