// The start-up requests (app info, which workspace to open, its list and base scenario), sent before the app's code is evaluated so that the two overlap.
import type { AppInfo, ScenarioList } from '@shared/ipc/contract'
import type { Override, ScenarioId, WorkspaceInfo } from '@shared/workspace/types'
import type { ModelInput, ModelResult } from '@shared/model/types'
import type { EvaluatedFormulas } from '@shared/engine/formulaCache'
import { call } from './api'
import { storedLanguage } from './language'
import { perfMark } from './perf'
import { shownError, type ShownError } from './storeText'

export const DEFAULT_SAMPLE = 'atelier-geneve'

/**
 * What the app shows first: the workspace opened (null when none), its base scenario (null until read), and
 * why a step failed (null when none), in the order the app used to dispatch them.
 */
export interface BootData {
  info: AppInfo
  workspace: { info: WorkspaceInfo; list: ScenarioList } | null
  shown: {
    scenarioId: ScenarioId
    input: ModelInput
    overrides: Override[]
    /** Main's projection of `input`, when it gave one (the first paint then does not run the engine). */
    projection?: ModelResult
    /** With it, the values of the input's formulas (nor does it compile them). */
    formulas?: EvaluatedFormulas
  } | null
  failed: ShownError | null
}

const message = shownError

/**
 * Opens the workspace the app starts on: the one already open (a reload), the command line's file, the last
 * one that still exists, else the sample. A failure to open or show it is reported, as a refused open is
 * later on; a failure before that (no token, no answer) rejects.
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
  const none = { info, workspace: null, shown: null }
  let opened: BootData['workspace']
  try {
    await (path !== undefined
      ? call('workspace:open', { path })
      : // The sample's scenarios in the language the UI will show (the one chosen in this browser, else main's).
        call('workspace:openSample', { key: DEFAULT_SAMPLE, language: storedLanguage() ?? info.language }))
    const [list, workspace] = await Promise.all([call('scenario:list', {}), call('workspace:current', {})])
    if (!workspace) return { ...none, failed: null }
    opened = { info: workspace, list }
  } catch (error) {
    return { ...none, failed: message(error) }
  }
  const base = opened.list.scenarios.find((s) => s.isBase) ?? opened.list.scenarios[0]
  if (!base) return { info, workspace: opened, shown: null, failed: null }
  try {
    const [resolved, overrides] = await Promise.all([
      call('scenario:resolve', { scenarioId: base.id, project: true }),
      call('scenario:overrides', { scenarioId: base.id }),
    ])
    const { input, projection, formulas } = resolved
    const shown = { scenarioId: base.id, input, overrides, ...(projection ? { projection, formulas } : {}) }
    return { info, workspace: opened, shown, failed: null }
  } catch (error) {
    return { info, workspace: opened, shown: null, failed: message(error) }
  }
}
