// The actuals channels, their own handler group: figures entered (typed or pasted in the Réel grid) or imported, plan versus actual, calibration and roll-forward.
import { basename } from 'node:path'
import type { IpcHandlers } from '../../shared/ipc/contract'
import type { Workspace } from '../store/workspace'
import { guard } from './storeErrors'

export type ActualsChannels = Extract<keyof IpcHandlers, `actuals:${string}`>

export function createActualsHandlers({ open }: { open(): Workspace }): Pick<IpcHandlers, ActualsChannels> {
  return {
    'actuals:list': () => guard(() => open().listActuals()),
    'actuals:set': ({ rows }) => guard(() => open().setActuals(rows)),
    // Only the base name reaches the store, for the preview; it is never stored.
    'actuals:importPreview': ({ fileName, dataBase64 }) =>
      guard(() => open().previewActualsImport(Buffer.from(dataBase64, 'base64'), basename(fileName))),
    'actuals:importConfirm': ({ previewId }) => guard(() => open().confirmActualsImport(previewId)),
    'actuals:variance': ({ scenarioId }) => guard(() => open().actualsVariance(scenarioId)),
    'actuals:calibrate': ({ scenarioId, parameters }) =>
      guard(() => open().calibrateScenario(scenarioId, parameters)),
    'actuals:applyCalibration': ({ scenarioId, parameters, name }) =>
      guard(() => open().applyCalibration(scenarioId, parameters, name)),
    'actuals:rollForward': ({ scenarioId, name }) =>
      guard(() => open().rollForwardScenario(scenarioId, name)),
  }
}
