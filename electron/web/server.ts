// Browser mode: serves the built renderer and the same handlers as Electron IPC over POST /api/<channel>, on 127.0.0.1 only.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import type { IpcHandlers } from '../../shared/ipc/contract'
import { MAX_REQUEST_DEPTH, nestsDeeperThan } from '../ipc/depth'
import { dispatch } from '../ipc/dispatch'
import { CONTENT_SECURITY_POLICY } from '../security'

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024

export interface BridgeOptions {
  handlers: IpcHandlers
  /** Folder of the built renderer (out/renderer). */
  rendererDir: string
  /** 0 picks a free port. */
  port?: number
  /** Per-run secret every API request must carry; a random one is made when omitted. */
  token?: string
  maxBodyBytes?: number
}

export interface RunningBridge {
  server: Server
  port: number
  token: string
  /** The address to open, with the token in the fragment (never sent to the server, never in logs). */
  url: string
  close(): Promise<void>
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
}

export function makeToken(): string {
  return randomBytes(24).toString('base64url')
}

export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const token = options.token ?? makeToken()
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  let port = 0
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', message: String(error) } })
      else res.end()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: a page on another name that resolves to 127.0.0.1 carries its own Host and Origin.
    // Node keeps only the first of several Host headers; a request carrying two is refused outright.
    if (hostHeaderCount(req.rawHeaders) !== 1 || !isLocalHost(req.headers.host, port))
      return send(res, 403, errorBody('Forbidden host.'))
    const origin = req.headers.origin
    if (origin !== undefined && !isLocalOrigin(origin, port))
      return send(res, 403, errorBody('Forbidden origin.'))

    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, errorBody('Use POST.'), { Allow: 'POST' })
      if (!hasToken(req.headers.authorization, token))
        return send(res, 401, errorBody('Missing or wrong token.'))
      const declared = Number(req.headers['content-length'] ?? 0)
      if (declared > maxBody) return tooLarge(req, res)
      const body = await readBody(req, maxBody)
      if (body === null) return tooLarge(req, res)
      let args: unknown = {}
      if (body.length > 0) {
        try {
          args = JSON.parse(body.toString('utf8'))
        } catch {
          return send(res, 400, errorBody('The request body is not JSON.', 'INVALID_REQUEST'))
        }
      }
      if (nestsDeeperThan(args)) {
        return send(res, 400, errorBody(`The request is nested more than ${MAX_REQUEST_DEPTH} levels deep.`))
      }
      const channel = decodeSegment(url.pathname.slice('/api/'.length))
      if (channel === null) return send(res, 400, errorBody('The channel name is not a valid URL path.'))
      return send(res, 200, await dispatch(options.handlers, channel, args))
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, errorBody('Use GET.'), { Allow: 'GET' })
    return serveStatic(options.rendererDir, url.pathname, res)
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen())
  })
  port = (server.address() as AddressInfo).port
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r())
        // A browser keeps idle sockets open; without this, close() waits for them (up to Node's 60 s timeout).
        server.closeAllConnections()
      }),
  }
}

function errorBody(message: string, code = 'INVALID_REQUEST'): unknown {
  return { ok: false, error: { code, message } }
}

function tooLarge(req: IncomingMessage, res: ServerResponse): void {
  send(res, 413, errorBody('The request body is too large.'), { Connection: 'close' })
  req.resume()
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  })
  res.end(text)
}

/** Reads the body, giving up (null) as soon as it passes the limit. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    req.on('data', (chunk: Buffer) => {
      if (done) return
      size += chunk.length
      if (size > limit) {
        done = true
        resolveBody(null)
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (!done) resolveBody(Buffer.concat(chunks))
    })
    req.on('error', reject)
  })
}

/** How many Host headers the request carried (rawHeaders alternates names and values). */
function hostHeaderCount(rawHeaders: readonly string[]): number {
  let count = 0
  for (let i = 0; i < rawHeaders.length; i += 2) if (rawHeaders[i]!.toLowerCase() === 'host') count++
  return count
}

/** A %-decoded path segment, or null when an escape is malformed. */
function decodeSegment(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

function hasToken(header: string | undefined, token: string): boolean {
  if (!header?.startsWith('Bearer ')) return false
  const given = Buffer.from(header.slice('Bearer '.length))
  const expected = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export function isLocalHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

export function isLocalOrigin(origin: string, port: number): boolean {
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
}

async function serveStatic(rootDir: string, pathname: string, res: ServerResponse): Promise<void> {
  let relative = decodeSegment(pathname)
  if (relative === null) return send(res, 400, errorBody('Bad path.'))
  if (relative === '/' || relative === '') relative = '/index.html'
  const full = normalize(join(rootDir, relative))
  if (!full.startsWith(normalize(rootDir + sep))) return send(res, 403, errorBody('Forbidden path.'))
  let data: Buffer
  let file = full
  try {
    data = await readFile(file)
  } catch {
    // Unknown paths without an extension are screens of the single-page app.
    if (extname(relative) !== '') return send(res, 404, errorBody('Not found.', 'NOT_FOUND'))
    file = join(rootDir, 'index.html')
    data = await readFile(file)
  }
  res.writeHead(200, {
    'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': extname(file) === '.html' ? 'no-store' : 'max-age=3600',
  })
  res.end(data)
}
