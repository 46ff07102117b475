// Entry of browser mode (`npm run web -- --port N --data-dir D`): the same handlers as the desktop app, served on 127.0.0.1.
import { join } from 'node:path'
import { mkdirSync } from 'node:fs'
import { createHandlers } from '../ipc/handlers'
import { createWorkspaceHandlers } from '../ipc/workspaceHandlers'
import { createRecentFiles } from '../store/recentFiles'
import { findWorkspaceArg, readAppVersion, readFlag, resolveDataDir } from '../appPaths'
import { startBridge } from './server'

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const portFlag = readFlag(argv, 'port')
  const port = portFlag === undefined ? 0 : Number(portFlag)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be a whole number from 0 to 65535, not ${JSON.stringify(portFlag)}.\n`)
    process.exit(2)
  }
  const dataDir = resolveDataDir(argv, process.env)
  mkdirSync(dataDir, { recursive: true })
  const recentFiles = createRecentFiles(dataDir)
  const workspace = createWorkspaceHandlers({ dataDir, recentFiles })
  const handlers = createHandlers({
    transport: 'http',
    version: readAppVersion(__dirname),
    dataDir,
    versions: { node: process.versions.node, electron: null, chrome: null },
    platform: process.platform,
    openAtStart: findWorkspaceArg(argv),
    language: 'fr',
    recentFiles,
    workspace,
  })
  const bridge = await startBridge({ handlers, rendererDir: join(__dirname, '..', 'renderer'), port })
  process.stdout.write(`Établi (browser mode) is running at ${bridge.url}\n`)
  const stop = (): void => {
    void Promise.all([bridge.close(), workspace.dispose()]).then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Établi could not start browser mode: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  process.exit(1)
})
