// The recent-files list: a small JSON file in the app's data dir, most recent first (written by the lead; store agent may extend).
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import type { RecentFile } from '../../shared/ipc/contract'

const FILE_NAME = 'recent.json'
export const MAX_RECENT = 10

interface StoredEntry {
  path: string
  openedAt: string
}

export interface RecentFiles {
  /** Most recent first; `exists` tells whether the file is still there. */
  list(): Promise<RecentFile[]>
  /** Moves (or adds) the path to the top. */
  add(path: string, openedAt?: Date): Promise<void>
  remove(path: string): Promise<void>
}

export function createRecentFiles(dataDir: string): RecentFiles {
  const file = join(dataDir, FILE_NAME)

  async function read(): Promise<StoredEntry[]> {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch {
      return []
    }
    try {
      const parsed: unknown = JSON.parse(text)
      if (!Array.isArray(parsed)) return []
      return parsed.filter(
        (e): e is StoredEntry =>
          typeof e === 'object' && e !== null && typeof e.path === 'string' && typeof e.openedAt === 'string',
      )
    } catch {
      // A damaged list is not worth an error: it only lists paths, and the next add rewrites it whole.
      return []
    }
  }

  async function write(entries: StoredEntry[]): Promise<void> {
    await mkdir(dataDir, { recursive: true })
    const tmp = `${file}.${process.pid}.tmp`
    await writeFile(tmp, JSON.stringify(entries, null, 2))
    await rename(tmp, file)
  }

  return {
    async list() {
      const entries = await read()
      return Promise.all(
        entries.map(async (e) => ({
          path: e.path,
          name: basename(e.path),
          openedAt: e.openedAt,
          exists: await stat(e.path).then(
            (s) => s.isFile(),
            () => false,
          ),
        })),
      )
    },
    async add(path, openedAt = new Date()) {
      const absolute = resolve(path)
      const rest = (await read()).filter((e) => e.path !== absolute)
      await write([{ path: absolute, openedAt: openedAt.toISOString() }, ...rest].slice(0, MAX_RECENT))
    },
    async remove(path) {
      const absolute = resolve(path)
      await write((await read()).filter((e) => e.path !== absolute))
    },
  }
}
