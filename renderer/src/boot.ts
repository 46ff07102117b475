// The start-up requests (app info, which workspace to open, its list and base scenario), sent before the app's code is evaluated so that the two overlap.
import type { AppInfo, ScenarioList } from '@shared/ipc/contract'
import type { Override, ScenarioId, WorkspaceInfo } from '@shared/workspace/types'
import type { ModelInput } from '@shared/model/types'
import { call } from './api'
import { perfMark } from './perf'

export const DEFAULT_SAMPLE = 'atelier-geneve'

/** What the app shows first: the workspace opened (if any) with its base scenario, or why opening failed. */
export interface BootData {
  info: AppInfo
  opened:
    | {
        workspace: WorkspaceInfo
        list: ScenarioList
        shown: { scenarioId: ScenarioId; input: ModelInput; overrides: Override[] } | null
      }
    | { failed: string }
    | null
}

/**
 * Opens the workspace the app starts on: the one already open (a reload), the command line's file, the last
 * one that still exists, else the sample. A failure to open is reported, as a refused open is later on; a
 * failure before that (no token, no answer) rejects.
 */
export async function startBoot(): Promise<BootData> {
  perfMark('boot:sent')
  // Independent questions go out together: every round trip delays the first paint.
  const [info, current, recentFiles] = await Promise.all([
    call('app:info', {}),
    call('workspace:current', {}),
    call('workspace:recent', {}),
  ])
  perfMark('boot:asked')
  const path = current?.path ?? (info.openAtStart || undefined) ?? recentFiles.find((f) => f.exists)?.path
  try {
    await (path !== undefined
      ? call('workspace:open', { path })
      : call('workspace:openSample', { key: DEFAULT_SAMPLE }))
    const [list, workspace] = await Promise.all([call('scenario:list', {}), call('workspace:current', {})])
    if (!workspace) return { info, opened: null }
    const base = list.scenarios.find((s) => s.isBase) ?? list.scenarios[0]
    if (!base) return { info, opened: { workspace, list, shown: null } }
    const [resolved, overrides] = await Promise.all([
      call('scenario:resolve', { scenarioId: base.id }),
      call('scenario:overrides', { scenarioId: base.id }),
    ])
    return {
      info,
      opened: { workspace, list, shown: { scenarioId: base.id, input: resolved.input, overrides } },
    }
  } catch (error) {
    return { info, opened: { failed: error instanceof Error ? error.message : String(error) } }
  }
}
