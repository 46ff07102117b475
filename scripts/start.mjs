// `npm start`: launches the built desktop app, or browser mode with one clear line where no Electron binary exists.
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

const { findElectronBinary } = createRequire(import.meta.url)('./electronPath.cjs')

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const electron = findElectronBinary()

const child = electron
  ? spawn(electron, [root, ...args], { stdio: 'inherit' })
  : (console.log(
      'No Electron binary on this machine (set ELECTRON_OVERRIDE_DIST_PATH to one): starting Établi in browser mode instead.',
    ),
    spawn(process.execPath, [join(root, 'out', 'main', 'web.js'), ...args], { stdio: 'inherit' }))

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
