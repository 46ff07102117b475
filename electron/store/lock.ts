// The writer's lock on a workspace: a `<file>.lock` JSON file created exclusively, naming the holder's pid and host.
import { createHash, randomBytes } from 'node:crypto'
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
  const mine: LockContent = {
    app: 'etabli',
    pid: process.pid,
    host: hostname(),
    since: now.toISOString(),
    token: randomBytes(12).toString('hex'),
  }
  return claim(lockPathFor(workspacePath), mine, 0)
}

/** Deepest chain of break files followed (a breaker that itself crashed mid-takeover leaves one). */
const MAX_BREAK_DEPTH = 3

async function claim(lockPath: string, mine: LockContent, depth: number): Promise<LockAttempt> {
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
      if (depth < MAX_BREAK_DEPTH && (await breakStale(lockPath, holder.token, mine, depth))) continue
      return { held: false, holder: null, reason: 'in-use' }
    }
    return {
      held: false,
      holder: { pid: holder.pid, host: holder.host, since: holder.since },
      reason: 'in-use',
    }
  }
  return { held: false, holder: null, reason: 'in-use' }
}

/**
 * Removes a dead holder's lock when no other opener is doing the same. Deleting on sight is a race: two
 * openers both see the stale lock, one deletes it and takes the lock, the other's delete then removes that
 * fresh lock and both write. So the right to delete is itself a lock, named after the dead holder's token:
 * one opener wins it, deletes the lock only if it still carries that token, and lets go. False: not won.
 */
async function breakStale(
  lockPath: string,
  staleToken: string,
  mine: LockContent,
  depth: number,
): Promise<boolean> {
  const name = createHash('sha256').update(staleToken).digest('hex').slice(0, 16)
  const right = await claim(`${lockPath}.break-${name}`, mine, depth + 1)
  if (!right.held) return false
  try {
    const current = parseLock(await readFile(lockPath, 'utf8').catch(() => ''))
    if (current?.token === staleToken) await unlink(lockPath).catch(() => undefined)
    return true
  } finally {
    await right.release()
  }
}

async function releaseLock(lockPath: string, token: string): Promise<void> {
  try {
    const current = parseLock(await readFile(lockPath, 'utf8'))
    if (current?.token === token) await unlink(lockPath)
  } catch {
    // already gone, or the folder became read-only: nothing more to do
  }
}
