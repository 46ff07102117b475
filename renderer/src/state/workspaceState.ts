// The renderer's workspace state and its pure reducer: what is open, which scenario is shown, and edits in flight.
import type { ModelInput } from '@shared/model/types'
import { canSetAtPath, getAtPath, parsePath, setAtPath } from '@shared/model/overrides'
import type { ScenarioList } from '@shared/ipc/contract'
import type { InputProblem, Override, ScenarioId, WorkspaceInfo } from '@shared/workspace/types'
import type { ShownError } from '../storeText'

export type Screen =
  | 'market'
  | 'service'
  | 'workforce'
  | 'training'
  | 'benches'
  | 'results'
  | 'compare'
  | 'decisions'
  | 'report'
  | 'actuals'
  | 'sources'
  | 'history'

export const SCREENS: readonly Screen[] = [
  'market',
  'service',
  'workforce',
  'training',
  'benches',
  'results',
  'compare',
  'decisions',
  'report',
  'actuals',
  'sources',
  'history',
]

export interface WorkspaceState {
  workspace: WorkspaceInfo | null
  list: ScenarioList
  scenarioId: ScenarioId | null
  /** The shown scenario's resolved input, with edits not yet confirmed already applied. */
  input: ModelInput | null
  /** The shown scenario's own overrides (empty for the base and frozen versions). */
  overrides: Override[]
  /** Problems of the last refused edit, by field path; cleared by the next accepted edit of that field. */
  problems: Record<string, InputProblem[]>
  /** Edits sent and not yet answered: the input shown already includes them. */
  pending: number
  /** The last failed operation (store error), worded in the UI language by the banner. */
  error: ShownError | null
  screen: Screen
}

export const initialState: WorkspaceState = {
  workspace: null,
  list: { scenarios: [], frozen: [] },
  scenarioId: null,
  input: null,
  overrides: [],
  problems: {},
  pending: 0,
  error: null,
  screen: 'results',
}

export type WorkspaceAction =
  | { type: 'opened'; workspace: WorkspaceInfo; list: ScenarioList }
  | { type: 'closed' }
  | { type: 'listed'; list: ScenarioList; workspace: WorkspaceInfo }
  | { type: 'shown'; scenarioId: ScenarioId; input: ModelInput; overrides: Override[] }
  /** An edit applied locally at once, before the store confirms it. */
  | { type: 'edited'; path: string; value: unknown; input?: ModelInput }
  | { type: 'editConfirmed'; path: string; workspace: WorkspaceInfo }
  /** The store (or the local check) refused the edit: `input` is the last confirmed one. */
  | { type: 'editRefused'; path: string; problems: InputProblem[]; input: ModelInput | null }
  | { type: 'failed'; error: ShownError }
  | { type: 'dismissError' }
  | { type: 'navigated'; screen: Screen }
  /** mathjs arrived after a formula was refused as still loading: everything derived from the input again. */
  | { type: 'formulasLoaded' }

/**
 * Where an edit is written: `path` itself when it can be set, else its nearest existing object ancestor with the
 * missing maps built around the value (`workforce/backfill/master` on an input without backfill writes
 * `workforce/backfill` = { master: value }). Optional v2 maps start absent, and the store sets one path per step.
 */
export function writeFor(input: ModelInput, path: string, value: unknown): { path: string; value: unknown } {
  const segments = parsePath(path)
  if (segments === null || canSetAtPath(input, path)) return { path, value }
  for (let i = segments.length - 1; i > 0; i--) {
    const head = segments.slice(0, i).join('/')
    const parent = getAtPath(input, head)
    if (typeof parent !== 'object' || parent === null || Array.isArray(parent)) continue
    let wrapped: unknown = value
    for (let j = segments.length - 1; j > i; j--) wrapped = { [segments[j]!]: wrapped }
    return { path: `${head}/${segments[i]!}`, value: wrapped }
  }
  return { path, value }
}

/** Applies an edit to a copy of the input (structuredClone keeps the previous state untouched for undo and diffs). */
export function withValue(input: ModelInput, path: string, value: unknown): ModelInput | null {
  const next = structuredClone(input)
  return setAtPath(next, path, structuredClone(value)) ? next : null
}

export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  switch (action.type) {
    case 'opened':
      return {
        ...initialState,
        screen: state.screen,
        workspace: action.workspace,
        list: action.list,
      }
    case 'closed':
      return { ...initialState, screen: state.screen }
    case 'listed':
      return { ...state, list: action.list, workspace: action.workspace }
    case 'shown':
      return {
        ...state,
        scenarioId: action.scenarioId,
        input: action.input,
        overrides: action.overrides,
        problems: {},
      }
    case 'edited': {
      if (!state.input) return state
      // The caller may hand over the input it already built (and checked) with the new value.
      const next = action.input ?? withValue(state.input, action.path, action.value)
      if (!next)
        return {
          ...state,
          error: {
            message: `No field ${action.path} in this scenario.`,
            code: 'NOT_FOUND',
            reason: 'invalidPath',
            path: action.path,
          },
        }
      return { ...state, input: next, pending: state.pending + 1 }
    }
    case 'editConfirmed': {
      const { [action.path]: _cleared, ...problems } = state.problems
      return { ...state, workspace: action.workspace, problems, pending: Math.max(0, state.pending - 1) }
    }
    case 'editRefused':
      return {
        ...state,
        input: action.input ?? state.input,
        problems: { ...state.problems, [action.path]: action.problems },
        pending: Math.max(0, state.pending - (action.input ? 1 : 0)),
      }
    case 'failed':
      return { ...state, error: action.error }
    case 'dismissError':
      return { ...state, error: null }
    case 'navigated':
      return { ...state, screen: action.screen }
    case 'formulasLoaded':
      // A new input object with the same figures: every projection and warning keyed by it is made again.
      return state.input ? { ...state, input: { ...state.input } } : state
  }
}

/** True when the shown scenario stores its own value at or under `path`. */
export function isOverridden(overrides: readonly Override[], path: string): boolean {
  return overrides.some((o) => o.path === path || o.path.startsWith(`${path}/`))
}

/** The scenario shown, from the list (live or frozen). */
export function currentScenario(state: WorkspaceState) {
  return [...state.list.scenarios, ...state.list.frozen].find((s) => s.id === state.scenarioId) ?? null
}

/**
 * The scenario to show after the list changes: the one wanted (created, or shown before) if it still
 * exists, else the base, else the first; null for an empty list.
 */
export function pickScenario(list: ScenarioList, wanted: ScenarioId | null | undefined) {
  const all = [...list.scenarios, ...list.frozen]
  return all.find((s) => s.id === wanted) ?? list.scenarios.find((s) => s.isBase) ?? all[0] ?? null
}
