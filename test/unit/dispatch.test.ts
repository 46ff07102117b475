// dispatch(): the allow-list and the request schemas stand between any caller and the handlers.
import { describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../electron/ipc/dispatch'
import { AppError, type IpcHandlers } from '../../shared/ipc/contract'
import { makeTestHandlers } from '../support/handlers'

function makeHandlers(overrides: Partial<IpcHandlers> = {}): IpcHandlers {
  const { handlers } = makeTestHandlers('/nonexistent/etabli-data', { version: '1.2.3' })
  return { ...handlers, ...overrides }
}

describe('dispatch', () => {
  it('answers a valid request with the handler value', async () => {
    const reply = await dispatch(makeHandlers(), 'app:info', {})
    expect(reply.ok).toBe(true)
    if (reply.ok) expect(reply.value).toMatchObject({ name: 'Établi', version: '1.2.3', transport: 'http' })
  })

  it('refuses a request that fails its schema, without calling the handler', async () => {
    const handler = vi.fn()
    // Italian is not (yet) a UI language; German is, since it was added beside French and English.
    const reply = await dispatch(makeHandlers({ 'app:setLanguage': handler }), 'app:setLanguage', {
      language: 'it',
    })
    expect(handler).not.toHaveBeenCalled()
    expect(reply.ok).toBe(false)
    if (!reply.ok) {
      expect(reply.error.code).toBe('INVALID_REQUEST')
      expect(reply.error.path).toBe('language')
      expect(reply.error.message).toContain('language')
    }
  })

  it('passes each UI language, German included, to the handler', async () => {
    const handler = vi.fn()
    for (const language of ['fr', 'en', 'de']) {
      const reply = await dispatch(makeHandlers({ 'app:setLanguage': handler }), 'app:setLanguage', {
        language,
      })
      expect(reply.ok, language).toBe(true)
    }
    expect(handler.mock.calls.map(([args]) => (args as { language: string }).language)).toEqual([
      'fr',
      'en',
      'de',
    ])
  })

  it('refuses extra fields (strict schemas)', async () => {
    const handler = vi.fn()
    const reply = await dispatch(makeHandlers({ 'app:info': handler }), 'app:info', { evil: true })
    expect(handler).not.toHaveBeenCalled()
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
  })

  it('refuses an unknown channel, including prototype names', async () => {
    for (const channel of ['fs:read', 'constructor', '__proto__', 'toString', 42, null]) {
      const reply = await dispatch(makeHandlers(), channel, {})
      expect(reply).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
    }
  })

  it('turns an AppError into its code and path, and any other throw into INTERNAL', async () => {
    const appError = await dispatch(
      makeHandlers({
        'workspace:recent': () => {
          throw new AppError('NOT_FOUND', 'No such file.', 'path')
        },
      }),
      'workspace:recent',
      {},
    )
    expect(appError).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No such file.', path: 'path' },
    })
    const crash = await dispatch(
      makeHandlers({
        'workspace:recent': async () => {
          throw new TypeError('boom')
        },
      }),
      'workspace:recent',
      {},
    )
    expect(crash).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'boom' } })
  })
})
