// Where Établi keeps its data: --data-dir, then ETABLI_DATA_DIR, then the platform's default; and the app's version.
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { readFileSync } from 'node:fs'

/** Reads `--name value` or `--name=value` from argv. */
export function readFlag(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === `--${name}`) return argv[i + 1]
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3)
  }
  return undefined
}

/** The data dir for browser mode and the CLI; the desktop app passes Electron's userData as the fallback. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback?: string): string {
  const fromFlag = readFlag(argv, 'data-dir')
  if (fromFlag) return resolve(fromFlag)
  if (env.ETABLI_DATA_DIR) return resolve(env.ETABLI_DATA_DIR)
  if (fallback) return fallback
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Établi')
  if (process.platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Établi')
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'etabli')
}

/** The version in package.json, found from the built file's folder (out/main) or the source tree. */
export function readAppVersion(fromDir: string): string {
  for (const candidate of [join(fromDir, '..', '..', 'package.json'), join(fromDir, '..', 'package.json')]) {
    try {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string }
      if (pkg.name === 'etabli' && pkg.version) return pkg.version
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0'
}

/** The first argument naming a workspace file (`etabli path/to/file.etabli`), made absolute. */
export function findWorkspaceArg(argv: readonly string[]): string | null {
  const found = argv.find((a) => !a.startsWith('-') && a.toLowerCase().endsWith('.etabli'))
  return found === undefined ? null : resolve(found)
}
