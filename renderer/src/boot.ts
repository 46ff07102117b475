// The start-up request (app info, the workspace opened, its scenarios and base), sent before the app's code is evaluated so that the two overlap.
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

/**
 * Opens the workspace the app starts on: the one already open (a reload), the command line's file, the last
 * one that still exists, else the sample. One request (`app:start`, main runs the steps): every round trip
 * delays the first paint, and one sent before the app's code is evaluated is answered while it is. A failure
 * to open or show the workspace is reported, as a refused open is later on; a failure before that (no token,
 * no answer) rejects.
 */
export async function startBoot(): Promise<BootData> {
  perfMark('boot:sent')
  // The sample's scenarios in the language the UI will show (the one chosen in this browser, else main's).
  const language = storedLanguage()
  const start = await call('app:start', { sample: DEFAULT_SAMPLE, ...(language ? { language } : {}) })
  perfMark('boot:asked')
  const { info, workspace, shown, failed } = start
  return {
    info,
    workspace,
    shown: shown && {
      scenarioId: shown.scenarioId,
      input: shown.resolved.input,
      overrides: shown.overrides,
      ...(shown.resolved.projection
        ? { projection: shown.resolved.projection, formulas: shown.resolved.formulas }
        : {}),
    },
    failed: failed && shownError(Object.assign(new Error(failed.message), failed)),
  }
}
