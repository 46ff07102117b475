// The renderer's one client of the typed API: window.etabli (Electron preload) when present, the HTTP bridge otherwise.
import type {
  EtabliApi,
  IpcArgs,
  IpcChannel,
  IpcEvent,
  IpcEvents,
  IpcReply,
  IpcValue,
} from '@shared/ipc/contract'

declare global {
  interface Window {
    etabli?: EtabliApi
  }
}

const TOKEN_KEY = 'etabli.token'

/** Takes the per-run token from `#token=…` (then removes it from the address bar), or from this tab's session. */
export function takeToken(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash)
  if (match?.[1]) {
    storage.setItem(TOKEN_KEY, match[1])
    history.replaceState(null, '', location.pathname + location.search)
    return match[1]
  }
  return storage.getItem(TOKEN_KEY)
}

/** The HTTP transport: POST /api/<channel> with the token; network and HTTP errors become error replies. */
export function createHttpApi(token: string, fetchFn: typeof fetch = fetch.bind(globalThis)): EtabliApi {
  return {
    transport: 'http',
    async invoke<C extends IpcChannel>(channel: C, args: IpcArgs<C>): Promise<IpcReply<IpcValue<C>>> {
      let response: Response
      try {
        response = await fetchFn(`/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(args ?? {}),
        })
      } catch (error) {
        return {
          ok: false,
          error: { code: 'IO_ERROR', message: `Établi's server cannot be reached (${String(error)}).` },
        }
      }
      try {
        return (await response.json()) as IpcReply<IpcValue<C>>
      } catch {
        return {
          ok: false,
          error: { code: 'IO_ERROR', message: `Établi's server answered ${response.status}.` },
        }
      }
    },
    // Menu events exist only in the desktop app; the browser page has its own buttons.
    on<E extends IpcEvent>(_event: E, _listener: (payload: IpcEvents[E]) => void) {
      return () => undefined
    },
  }
}

export class MissingTokenError extends Error {}

let api: EtabliApi | null = null

export function getApi(): EtabliApi {
  if (api) return api
  if (window.etabli) return (api = window.etabli)
  const token = takeToken(window.location, window.sessionStorage, window.history)
  if (!token) throw new MissingTokenError('No access token')
  return (api = createHttpApi(token))
}

/** Calls a channel and returns its value, or throws the reply's error (with its code) for the caller to show. */
export async function call<C extends IpcChannel>(channel: C, args: IpcArgs<C>): Promise<IpcValue<C>> {
  const reply = await getApi().invoke(channel, args)
  if (reply.ok) return reply.value
  // `message` and `details` (zod's English, raw paths) are for developers; the UI words `code` and `reason`.
  const { code, path, reason, params, details } = reply.error
  throw Object.assign(new Error(reply.error.message), { code, path, reason, params, details })
}
