// Starts browser mode (the built out/main/web.js) as a child process on a free port with its own data dir, for tests.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export interface WebServer {
  url: string
  origin: string
  token: string
  dataDir: string
  stop(): Promise<void>
}

const ROOT = resolve(__dirname, '..', '..')

export async function startWebServer(
  options: { dataDir?: string; args?: string[] } = {},
): Promise<WebServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'etabli-web-')))
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'out', 'main', 'web.js'), '--port', '0', '--data-dir', dataDir, ...(options.args ?? [])],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(() => reject(new Error(`browser mode did not start: ${out}${err}`)), 20_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)/.exec(out)
      if (match) {
        clearTimeout(timer)
        resolveUrl(match[1]!)
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`browser mode exited with ${code}: ${out}${err}`))
    })
  })
  const parsed = new URL(url)
  return {
    url,
    origin: parsed.origin,
    token: parsed.hash.replace('#token=', ''),
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true })
    },
  }
}
