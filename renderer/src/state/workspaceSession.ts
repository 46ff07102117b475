// The session's reads: show a scenario, re-read the list after a change, open a file; and the guard that banners store errors.
import type { ScenarioId } from '@shared/workspace/types'
import { call } from '../api'
import { shownError } from '../storeText'
import { formulasLoaded, formulasReady } from '../formulaMathLater'
import { pickScenario, type WorkspaceAction, type WorkspaceState } from './workspaceState'

export interface Session {
  /** Runs work; a throw becomes the banner's message instead of an unhandled rejection. */
  guard(work: () => Promise<void>): Promise<void>
  /** Reads a scenario's resolved input and its overrides, and shows them. */
  show(scenarioId: ScenarioId): Promise<void>
  /** Re-reads the scenario list and the workspace (undo state), then shows `preferred`, the current one, or the base. */
  refresh(preferred?: ScenarioId): Promise<void>
  /** Opens a workspace by `open` (a file, a sample, a new file) and shows its base scenario. */
  opened(open: () => Promise<unknown>): Promise<void>
}

export function createSession(
  dispatch: (action: WorkspaceAction) => void,
  getState: () => WorkspaceState,
): Session {
  const show = async (scenarioId: ScenarioId): Promise<void> => {
    const [resolved, overrides] = await Promise.all([
      call('scenario:resolve', { scenarioId }),
      call('scenario:overrides', { scenarioId }),
      // Another scenario may have formulas main did not send: they are compiled here.
      formulasLoaded() ? undefined : formulasReady().catch(() => undefined),
    ])
    dispatch({ type: 'shown', scenarioId, input: resolved.input, overrides })
  }
  return {
    async guard(work) {
      try {
        await work()
      } catch (error) {
        dispatch({ type: 'failed', error: shownError(error) })
      }
    },
    show,
    async refresh(preferred) {
      const [list, workspace] = await Promise.all([call('scenario:list', {}), call('workspace:current', {})])
      if (!workspace) return dispatch({ type: 'closed' })
      dispatch({ type: 'listed', list, workspace })
      const target = pickScenario(list, preferred ?? getState().scenarioId)
      if (target) await show(target.id)
    },
    async opened(open) {
      await open()
      const [list, workspace] = await Promise.all([call('scenario:list', {}), call('workspace:current', {})])
      if (!workspace) return
      dispatch({ type: 'opened', workspace, list })
      const base = list.scenarios.find((s) => s.isBase) ?? list.scenarios[0]
      if (base) await show(base.id)
    },
  }
}
