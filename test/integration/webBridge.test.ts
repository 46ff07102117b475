// The HTTP bridge of browser mode, in process on a real socket: token, origin and host checks, body limit, same handlers.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBridge, type RunningBridge } from '../../electron/web/server'
import { makeTestHandlers } from '../support/handlers'

let bridge: RunningBridge
let dir: string
const setLanguage = vi.fn()

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'etabli-bridge-'))
  await mkdir(join(dir, 'renderer'))
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Établi</title>')
  const { handlers } = makeTestHandlers(dir, { onLanguageChange: setLanguage })
  bridge = await startBridge({ handlers, rendererDir: join(dir, 'renderer'), maxBodyBytes: 1024 })
})

afterAll(async () => {
  await bridge.close()
  await rm(dir, { recursive: true, force: true })
})

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw HTTP request, so Host and Origin can be set as an attacker would. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        path,
        method: options.method ?? 'POST',
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        )
      },
    )
    req.on('error', reject)
    if (options.body !== undefined) req.write(options.body)
    req.end()
  })
}

const auth = (): Record<string, string> => ({
  Authorization: `Bearer ${bridge.token}`,
  'Content-Type': 'application/json',
})

describe('HTTP bridge', () => {
  it('listens on 127.0.0.1 only and prints the token in the fragment', () => {
    expect(bridge.server.address()).toMatchObject({ address: '127.0.0.1' })
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/#token=${bridge.token}`)
    expect(bridge.token.length).toBeGreaterThanOrEqual(32)
  })

  it('answers the same handlers with the token', async () => {
    const answer = await send('/api/app:info', { headers: auth(), body: '{}' })
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body)).toMatchObject({
      ok: true,
      value: { name: 'Établi', version: '9.9.9', transport: 'http' },
    })
  })

  it('runs the same validation: a bad request never reaches the handler', async () => {
    const answer = await send('/api/app:setLanguage', { headers: auth(), body: '{"language":"xx"}' })
    expect(JSON.parse(answer.body)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', path: 'language' },
    })
    expect(setLanguage).not.toHaveBeenCalled()
    const good = await send('/api/app:setLanguage', { headers: auth(), body: '{"language":"en"}' })
    expect(JSON.parse(good.body)).toEqual({ ok: true, value: null })
    expect(setLanguage).toHaveBeenCalledWith('en')
  })

  it('refuses a request without the token, or with a wrong one (401)', async () => {
    expect((await send('/api/app:info', { body: '{}' })).status).toBe(401)
    const wrong = await send('/api/app:info', { headers: { Authorization: 'Bearer nope' }, body: '{}' })
    expect(wrong.status).toBe(401)
    // The token with its last character changed (to another one: a token may end in 'x').
    const other = bridge.token.endsWith('x') ? 'y' : 'x'
    const almost = await send('/api/app:info', {
      headers: { Authorization: `Bearer ${bridge.token.slice(0, -1)}${other}` },
      body: '{}',
    })
    expect(almost.status).toBe(401)
  })

  it('refuses a foreign Origin (403) even with the token', async () => {
    const answer = await send('/api/app:info', {
      headers: { ...auth(), Origin: 'http://evil.example' },
      body: '{}',
    })
    expect(answer.status).toBe(403)
    const ok = await send('/api/app:info', {
      headers: { ...auth(), Origin: `http://127.0.0.1:${bridge.port}` },
      body: '{}',
    })
    expect(ok.status).toBe(200)
  })

  it('refuses a foreign Host header (DNS rebinding, 403)', async () => {
    const answer = await send('/api/app:info', {
      headers: { ...auth(), Host: `evil.example:${bridge.port}` },
      body: '{}',
    })
    expect(answer.status).toBe(403)
    const page = await send('/', { method: 'GET', headers: { Host: 'evil.example' } })
    expect(page.status).toBe(403)
  })

  it('refuses an oversized body (413), declared or streamed', async () => {
    const big = JSON.stringify({ padding: 'x'.repeat(4096) })
    expect((await send('/api/app:info', { headers: auth(), body: big })).status).toBe(413)
  })

  it('answers 400 to a body that is not JSON and 405 to GET on the API', async () => {
    expect((await send('/api/app:info', { headers: auth(), body: '{nope' })).status).toBe(400)
    expect((await send('/api/app:info', { method: 'GET', headers: auth() })).status).toBe(405)
  })

  it('serves the renderer with the CSP header, and never a file outside it', async () => {
    const page = await send('/', { method: 'GET' })
    expect(page.status).toBe(200)
    expect(page.body).toContain('Établi')
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    const escape = await send('/..%2f..%2f..%2fetc%2fpasswd', { method: 'GET' })
    expect(escape.status).not.toBe(200)
    expect(escape.body).not.toContain('root:')
  })
})
