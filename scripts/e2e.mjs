// Runs the Playwright suite: says which Chromium it uses, and gives Electron a virtual display (xvfb-run) on a Linux box without one.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { findElectronBinary } = require('./electronPath.cjs')

const check = spawnSync(process.execPath, [new URL('./check-chromium.mjs', import.meta.url).pathname], {
  stdio: 'inherit',
})
if (check.status !== 0) process.exit(check.status ?? 1)

const playwright = ['npx', 'playwright', 'test', ...process.argv.slice(2)]
const needsDisplay =
  process.platform === 'linux' &&
  !process.env.DISPLAY &&
  findElectronBinary() !== null &&
  spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0
const [command, ...args] = needsDisplay ? ['xvfb-run', '-a', ...playwright] : playwright
const run = spawnSync(command, args, { stdio: 'inherit' })
process.exit(run.status ?? 1)
