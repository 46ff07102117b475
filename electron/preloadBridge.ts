// The preload's logic, kept free of Electron imports so it can be tested: only the contract's channels and events pass.
import {
  isIpcChannel,
  isIpcEvent,
  type EtabliApi,
  type IpcReply,
  type IpcEvents,
  type IpcEvent,
} from '../shared/ipc/contract'

/** The part of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
}

export function createBridge(ipc: IpcRendererLike): EtabliApi {
  return {
    transport: 'electron',
    invoke(channel, args) {
      if (!isIpcChannel(channel)) {
        return Promise.resolve({
          ok: false,
          error: {
            code: 'UNKNOWN_CHANNEL',
            message: `Channel ${JSON.stringify(String(channel))} is not allowed.`,
          },
        }) as Promise<IpcReply<never>>
      }
      return ipc.invoke(channel, args) as Promise<IpcReply<never>>
    },
    on<E extends IpcEvent>(event: E, listener: (payload: IpcEvents[E]) => void) {
      if (!isIpcEvent(event)) throw new Error(`Event ${JSON.stringify(String(event))} is not allowed.`)
      // The Electron event object (with its sender) never reaches the page: only the payload does.
      const wrapped = (_event: unknown, payload: unknown): void => listener(payload as IpcEvents[E])
      ipc.on(event, wrapped)
      return () => {
        ipc.removeListener(event, wrapped)
      }
    },
  }
}
