// One edit: checked locally, shown at once (optimistic), then stored as one undoable step or rolled back with the store's problems.
import type { InputProblem } from '@shared/workspace/types'
import { call } from '../api'
import { editChecks, loadedEditChecks } from './editChecks'
import type { EditCheck } from './editCheck'
import { perfMark, perfMeasure } from '../perf'
import { formulasLoaded, formulasReady } from '../formulaMathLater'
import type { Enqueue } from './editQueue'
import { shownError } from '../storeText'
import type { WorkspaceAction, WorkspaceState } from './workspaceState'

/** A check made ahead of its edit (prepareEdit), with what it was made on: it is reused only for the same. */
interface Prepared {
  state: Pick<WorkspaceState, 'input' | 'scenarioId' | 'workspace' | 'list'>
  path: string
  value: unknown
  check: EditCheck | null
}

const sameValue = (a: unknown, b: unknown): boolean =>
  Object.is(a, b) || (typeof a === 'object' && JSON.stringify(a) === JSON.stringify(b))

/** Whether `prepared` was checked on the same state (the parts checkEdit reads), path and value. */
function fits(prepared: Prepared | null, s: WorkspaceState, path: string, value: unknown): boolean {
  if (!prepared) return false
  const { state } = prepared
  return (
    state.input === s.input &&
    state.scenarioId === s.scenarioId &&
    state.workspace === s.workspace &&
    state.list === s.list &&
    prepared.path === path &&
    sameValue(prepared.value, value)
  )
}

/**
 * The `edit` action: resolves true once the store has the value, false when it is refused (locally or by the
 * store). `prepare`: checks a value being typed in an idle moment, so that the key press committing it (if
 * nothing changed meanwhile) need not check it again.
 */
export function createEdit(
  dispatch: (action: WorkspaceAction) => void,
  getState: () => WorkspaceState,
  enqueue: Enqueue,
): {
  edit: (path: string, value: unknown) => Promise<boolean>
  prepare: (path: string, value: unknown) => void
} {
  let prepared: Prepared | null = null
  let waiting: (() => void) | null = null
  const prepare = (path: string, value: unknown): void => {
    waiting?.()
    waiting = whenIdle(() => {
      waiting = null
      const checks = loadedEditChecks()
      const s = getState()
      if (!checks || !formulasLoaded()) return
      const { input, scenarioId, workspace, list } = s
      prepared = {
        state: { input, scenarioId, workspace, list },
        path,
        value,
        check: checks.checkEdit(s, path, value),
      }
    })
  }
  const edit = async (path: string, value: unknown): Promise<boolean> => {
    // A check still waiting for its idle moment is of no use now.
    waiting?.()
    waiting = null
    // An edit in the moment after the first paint waits for mathjs: its check may compile a formula.
    if (!formulasLoaded()) await formulasReady().catch(() => undefined)
    // So does it for its checks (the schema); once loaded, the check runs in the key press itself.
    const checks = loadedEditChecks() ?? (await editChecks().catch(() => null))
    if (!checks) {
      const message = 'The edit check could not be loaded.'
      dispatch({
        type: 'editRefused',
        path,
        input: null,
        problems: [{ path, message, code: 'failure.IO_ERROR' }],
      })
      return false
    }
    const s = getState()
    const ahead = fits(prepared, s, path, value) ? prepared!.check : undefined
    prepared = null
    const check = perfMeasure('edit:check', () =>
      ahead !== undefined ? ahead : checks.checkEdit(s, path, value),
    )
    if (check === null || s.scenarioId === null) return false
    if (!check.ok) {
      dispatch({ type: 'editRefused', path, input: null, problems: check.problems })
      return false
    }
    dispatch({ type: 'edited', path, value, input: check.input })
    perfMark('edit:dispatched')
    const scenarioId = s.scenarioId
    return enqueue(async () => {
      // The store write goes out once the frame showing the edit is made: sending it (and main's answer, on
      // the same cores) would otherwise delay that frame.
      await afterTheFrame()
      try {
        // Until stored scenarios are all schemaVersion 2, the first v2 field of a v1 scenario raises its version
        // (a step of its own in the history that changes no figure), then the field is set.
        const upgraded = check.upgrade
          ? await call('scenario:setValue', { scenarioId, path: 'schemaVersion', value: 2 })
          : null
        const outcome =
          upgraded && !upgraded.ok
            ? upgraded
            : await call('scenario:setValue', {
                scenarioId,
                path: check.write.path,
                value: check.write.value,
              })
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
        // A first override of this scenario (or one removed) changes the markers next to the fields.
        const now = getState()
        if (now.scenarioId === scenarioId && overrides.length !== now.overrides.length) {
          dispatch({ type: 'shown', scenarioId, input: now.input!, overrides })
        }
        return true
      } catch (error) {
        const resolved = await call('scenario:resolve', { scenarioId }).catch(() => null)
        dispatch({
          type: 'editRefused',
          path,
          input: resolved?.input ?? null,
          problems: [problemOf(path, error)],
        })
        return false
      }
    })
  }
  return { edit, prepare }
}

/** Runs `task` in an idle moment (at the latest after 200 ms); returns the cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 200 })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(task, 0)
  return () => clearTimeout(id)
}

/** Waiting longer for a frame (a hidden window makes none) would only hold the write back: its cap. */
const FRAME_WAIT_CAP_MS = 50

/** Resolves after the next frame (or at the cap, whichever comes first). */
function afterTheFrame(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve()
  return new Promise((resolve) => {
    const cap = setTimeout(resolve, FRAME_WAIT_CAP_MS)
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(cap)
        resolve()
      }, 0),
    )
  })
}

/** The store's refusal as the field's problem: its reason (`store.<reason>`) for the UI, its English for the console. */
function problemOf(path: string, error: unknown): InputProblem {
  const { message, code, reason, params } = shownError(error)
  if (reason !== undefined) return { path, message, code: `store.${reason}`, ...(params ? { params } : {}) }
  return { path, message, ...(code !== undefined ? { code: `failure.${code}` } : {}) }
}
