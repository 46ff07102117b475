// Finds the Electron executable the way electron's index.js does, but without its download attempt (impossible offline).
const { existsSync, readFileSync } = require('node:fs')
const { dirname, join } = require('node:path')

const platformExecutable = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' }

/** Returns the executable's path, or null when there is none on this machine. */
function findElectronBinary(env = process.env) {
  let pkgDir
  try {
    pkgDir = dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
  const pathFile = join(pkgDir, 'path.txt')
  const relative = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : (platformExecutable[process.platform] ?? 'electron')
  const candidates = []
  if (env.ELECTRON_OVERRIDE_DIST_PATH) candidates.push(join(env.ELECTRON_OVERRIDE_DIST_PATH, relative))
  if (env.ELECTRON_EXEC_PATH) candidates.push(env.ELECTRON_EXEC_PATH)
  candidates.push(join(pkgDir, 'dist', relative))
  return candidates.find((p) => existsSync(p)) ?? null
}

module.exports = { findElectronBinary }
