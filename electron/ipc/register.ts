// The only place that touches ipcMain: every channel of the allow-list goes through dispatch().
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { ipcChannels, type IpcHandlers } from '../../shared/ipc/contract'
import { dispatch } from './dispatch'

/**
 * Registers one ipcMain.handle per channel. `isTrustedSender` rejects requests from any frame that is
 * not our own page (defence in depth: there are no other frames, but a navigation bug must not open the API).
 */
export function registerIpc(
  ipcMain: IpcMain,
  handlers: IpcHandlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const channel of Object.keys(ipcChannels)) {
    ipcMain.handle(channel, (event, args: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'INVALID_REQUEST', message: 'Request from an untrusted frame.' } }
      }
      return dispatch(handlers, channel, args)
    })
  }
}
