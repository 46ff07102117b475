// The preload bridge passes only the contract's channels and events, and never the Electron event object.
import { describe, expect, it, vi } from 'vitest'
import { createBridge, type IpcRendererLike } from '../../electron/preloadBridge'
import { ipcChannels } from '../../shared/ipc/contract'

function fakeIpc(): IpcRendererLike & {
  invoke: ReturnType<typeof vi.fn>
  listeners: Map<string, unknown[]>
} {
  const listeners = new Map<string, unknown[]>()
  return {
    listeners,
    invoke: vi.fn(async () => ({ ok: true, value: 'answered' })),
    on: (channel, listener) => listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
    removeListener: (channel, listener) =>
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((l) => l !== listener),
      ),
  }
}

describe('preload bridge', () => {
  it('forwards every allowed channel', async () => {
    const ipc = fakeIpc()
    const bridge = createBridge(ipc)
    for (const channel of Object.keys(ipcChannels)) {
      await bridge.invoke(channel as 'app:info', {})
      expect(ipc.invoke).toHaveBeenLastCalledWith(channel, {})
    }
  })

  it('refuses an unknown channel without reaching ipcRenderer', async () => {
    const ipc = fakeIpc()
    const bridge = createBridge(ipc)
    const reply = await bridge.invoke('shell:openExternal' as 'app:info', {})
    expect(reply).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
    expect(ipc.invoke).not.toHaveBeenCalled()
  })

  it('subscribes only to contract events, hands over the payload alone, and unsubscribes', () => {
    const ipc = fakeIpc()
    const bridge = createBridge(ipc)
    expect(() => bridge.on('ipc:any' as 'menu:command', () => undefined)).toThrow(/not allowed/)
    const seen: unknown[] = []
    const off = bridge.on('menu:command', (payload) => seen.push(payload))
    const [listener] = ipc.listeners.get('menu:command') as ((e: unknown, p: unknown) => void)[]
    listener!({ sender: 'secret' }, { command: 'undo' })
    expect(seen).toEqual([{ command: 'undo' }])
    off()
    expect(ipc.listeners.get('menu:command')).toEqual([])
  })
})
