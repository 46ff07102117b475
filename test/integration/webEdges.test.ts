// The HTTP bridge's edge cases from the input-surface probe: malformed escapes, doubled Host headers, deep bodies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBridge, type RunningBridge } from '../../electron/web/server'
import { makeTestHandlers } from '../support/handlers'

let bridge: RunningBridge
let dir: string
let dispose: () => Promise<void>

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'etabli-edges-'))
  await mkdir(join(dir, 'renderer'))
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Établi</title>')
  const made = makeTestHandlers(dir)
  dispose = made.dispose
  bridge = await startBridge({ handlers: made.handlers, rendererDir: join(dir, 'renderer') })
})

afterAll(async () => {
  await bridge.close()
  await dispose()
  await rm(dir, { recursive: true, force: true })
})

/** A request with the headers exactly as given (Host included). */
function send(
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: bridge.port, path, method: 'POST', headers, setHost: false },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString() }))
      },
    )
    req.on('error', reject)
    if (body !== undefined) req.write(body)
    req.end()
  })
}

/** The status line of a request written by hand (Node's client will not send two Host headers). */
function rawStatus(hosts: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(bridge.port, '127.0.0.1', () => {
      const lines = [
        'POST /api/app:info HTTP/1.1',
        ...hosts.map((h) => `Host: ${h}`),
        `Authorization: Bearer ${bridge.token}`,
        'Content-Type: application/json',
        'Content-Length: 2',
        'Connection: close',
      ]
      socket.write(`${lines.join('\r\n')}\r\n\r\n{}`)
    })
    let text = ''
    socket.on('data', (c: Buffer) => (text += c.toString()))
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0)))
    socket.on('error', reject)
  })
}

const auth = (): Record<string, string> => ({
  Host: `127.0.0.1:${bridge.port}`,
  Authorization: `Bearer ${bridge.token}`,
  'Content-Type': 'application/json',
})

describe('HTTP bridge edge cases', () => {
  it('answers 400, not 500, to a channel with a malformed % escape', async () => {
    const answer = await send('/api/%', auth(), '{}')
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
    expect((await send('/api/app%3Ainfo%E0%A4%A', auth(), '{}')).status).toBe(400)
  })

  it('refuses two Host headers (403), even when both name 127.0.0.1', async () => {
    const host = `127.0.0.1:${bridge.port}`
    expect(await rawStatus([host, 'evil.example'])).toBe(403)
    expect(await rawStatus([host, host])).toBe(403)
    expect(await rawStatus([host])).toBe(200)
  })

  it('answers 400 to a body nested 200,000 deep, and still answers the next request', async () => {
    const deep = `{"scenarioId":1,"path":"startYear","value":${'['.repeat(200_000)}${']'.repeat(200_000)}}`
    const answer = await send('/api/scenario:setValue', auth(), deep)
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body).error.message).toMatch(/nested/)
    const flat = await send('/api/app:info', auth(), '{}')
    expect(flat.status).toBe(200)
  })
})
