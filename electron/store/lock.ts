// The writer's lock on a workspace: a `<file>.lock` JSON file created exclusively, naming the holder's pid and host.
import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { readFile, unlink, writeFile } from 'node:fs/promises'

export interface LockHolder {
  pid: number
  host: string
  /** ISO 8601 time the lock was taken. */
  since: string
}

export type LockAttempt =
  | { held: true; release(): Promise<void> }
  /** holder is null when the lock file cannot be created (read-only folder) or cannot be read. */
  | { held: false; holder: LockHolder | null; reason: 'in-use' | 'cannot-lock' }

interface LockContent extends LockHolder {
  app: 'etabli'
  /** Tells this lock from another instance's in the same process (same pid). */
  token: string
}

export function lockPathFor(workspacePath: string): string {
  return `${workspacePath}.lock`
}

/** True when a process with this pid exists on this machine (EPERM: it exists but belongs to someone else). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function parseLock(text: string): LockContent | null {
  try {
    const value = JSON.parse(text) as Partial<LockContent>
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string') {
      return {
        app: 'etabli',
        pid: value.pid,
        host: value.host,
        since: typeof value.since === 'string' ? value.since : '',
        token: value.token,
      }
    }
  } catch {
    // unreadable content: see below
  }
  return null
}

/**
 * Takes the lock, or says who holds it. A lock left by a dead process on this host (kill -9, crash) is
 * stale and taken over; a lock from another host is always respected, since its pid cannot be checked.
 */
export async function acquireLock(workspacePath: string, now: Date = new Date()): Promise<LockAttempt> {
  const lockPath = lockPathFor(workspacePath)
  const mine: LockContent = {
    app: 'etabli',
    pid: process.pid,
    host: hostname(),
    since: now.toISOString(),
    token: randomBytes(12).toString('hex'),
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(lockPath, JSON.stringify(mine), { flag: 'wx' })
      return { held: true, release: () => releaseLock(lockPath, mine.token) }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'EEXIST') return { held: false, holder: null, reason: 'cannot-lock' }
    }
    let text: string
    try {
      text = await readFile(lockPath, 'utf8')
    } catch {
      continue // removed meanwhile: try again
    }
    const holder = parseLock(text)
    if (holder === null) {
      // Half-written by a holder being created right now, or garbage: respect it, it may be live.
      return { held: false, holder: null, reason: 'in-use' }
    }
    if (holder.host === mine.host && !isProcessAlive(holder.pid)) {
      await unlink(lockPath).catch(() => undefined)
      continue
    }
    return {
      held: false,
      holder: { pid: holder.pid, host: holder.host, since: holder.since },
      reason: 'in-use',
    }
  }
  return { held: false, holder: null, reason: 'in-use' }
}

async function releaseLock(lockPath: string, token: string): Promise<void> {
  try {
    const current = parseLock(await readFile(lockPath, 'utf8'))
    if (current?.token === token) await unlink(lockPath)
  } catch {
    // already gone, or the folder became read-only: nothing more to do
  }
}
