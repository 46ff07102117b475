// The one path from a raw request to a reply, used by Electron IPC and the HTTP bridge alike: allow-list, schema, handler, envelope.
import {
  AppError,
  isIpcChannel,
  type IpcError,
  type IpcHandlers,
  type IpcReply,
} from '../../shared/ipc/contract'
import { requestSaid } from '../../shared/ipc/requestReason'
import { requestSchemas } from '../../shared/ipc/schemas'
import { MAX_REQUEST_DEPTH, nestsDeeperThan } from './depth'

/** Checks the channel against the allow-list, parses the request with its schema, then runs the handler. */
export async function dispatch(
  handlers: IpcHandlers,
  channel: unknown,
  rawArgs: unknown,
): Promise<IpcReply<unknown>> {
  if (!isIpcChannel(channel)) {
    return fail({ code: 'UNKNOWN_CHANNEL', message: `Unknown channel ${JSON.stringify(String(channel))}.` })
  }
  if (nestsDeeperThan(rawArgs)) {
    return fail({
      code: 'INVALID_REQUEST',
      message: `Invalid request for ${channel}: values are nested more than ${MAX_REQUEST_DEPTH} levels deep.`,
    })
  }
  const parsed = requestSchemas[channel].safeParse(rawArgs ?? {})
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }))
    const first = details[0]
    // zod's English and the raw paths stay in `message` and `details` for developers; the UI words `reason`.
    return fail({
      code: 'INVALID_REQUEST',
      message: `Invalid request for ${channel}: ${first ? `${first.path || '(request)'}: ${first.message}` : 'malformed'}.`,
      path: first?.path,
      details,
      ...requestSaid(channel, parsed.error.issues[0], rawArgs),
    })
  }
  try {
    const handler = handlers[channel] as (args: unknown) => unknown
    const value = await handler(parsed.data)
    return { ok: true, value: value === undefined ? null : value }
  } catch (error) {
    return fail(toIpcError(error))
  }
}

function fail(error: IpcError): IpcReply<never> {
  return { ok: false, error }
}

/** An AppError keeps its code, path and reason; anything else is INTERNAL with its message (no stack crosses the boundary). */
export function toIpcError(error: unknown): IpcError {
  if (error instanceof AppError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.path === undefined ? {} : { path: error.path }),
      ...(error.details === undefined ? {} : { details: error.details }),
      ...(error.said === undefined ? {} : error.said),
    }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { code: 'INTERNAL', message }
}
