// Two writers after a crash: many openers (in one process, and in four processes) racing for a dead process's lock, 50 rounds each, exactly one writer each round.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { acquireLock, lockPathFor } from '../../electron/store/lock'
import { createWorkspace, openWorkspace } from '../../electron/store/workspace'
import { smallInput } from '../support/makeInput'
import { makeTempDir, runStoreChild, type Child } from '../fixtures/storeFiles'

let dir: string
let removeDir: () => Promise<void>
let path: string
/** The pid of a process that has exited: its lock is stale, as after kill -9. */
let deadPid: number

beforeAll(async () => {
  ;({ dir, remove: removeDir } = await makeTempDir())
  const ws = await createWorkspace(join(dir, 'race.etabli'), { name: 'Race', base: smallInput() })
  path = ws.path
  await ws.close()
  deadPid = spawnSync(process.execPath, ['-e', '']).pid!
})

afterAll(() => removeDir())

/** Leaves a lock as a crashed writer does: its pid is dead, the file stays. */
async function plantStaleLock(): Promise<void> {
  const stale = {
    app: 'etabli',
    pid: deadPid,
    host: hostname(),
    since: '2026-01-01T00:00:00.000Z',
    token: 'dead',
  }
  await writeFile(lockPathFor(path), JSON.stringify(stale))
}

const OPENERS = 8

describe('taking over a stale lock', () => {
  it('gives the lock to exactly one of many simultaneous openers, in each of 50 rounds', async () => {
    for (let round = 0; round < 50; round++) {
      await plantStaleLock()
      const all = await Promise.all(Array.from({ length: OPENERS }, () => openWorkspace(path)))
      const writers = all.filter((ws) => ws.readOnly === null)
      expect({ round, writers: writers.length }).toEqual({ round, writers: 1 })
      for (const ws of all.filter((w) => w.readOnly !== null)) expect(ws.readOnly?.code).toBe('in-use')
      await Promise.all(all.map((ws) => ws.close()))
    }
  }, 60_000)

  it('gives the lock to exactly one of many simultaneous acquireLock calls, in each of 50 rounds', async () => {
    for (let round = 0; round < 50; round++) {
      await plantStaleLock()
      const attempts = await Promise.all(Array.from({ length: OPENERS }, () => acquireLock(path)))
      const held = attempts.filter((a) => a.held)
      expect({ round, held: held.length }).toEqual({ round, held: 1 })
      for (const a of held) await a.release()
    }
  }, 60_000)

  it('gives the lock to exactly one of four processes opening at the same moment, in each of 50 rounds', async () => {
    const children: Child[] = Array.from({ length: 4 }, () => runStoreChild(['race', path], { stdin: true }))
    try {
      await Promise.all(children.map((c) => c.waitFor((l) => l === 'ready')))
      for (let round = 0; round < 50; round++) {
        await plantStaleLock()
        const at = Date.now() + 150
        for (const c of children) c.process.stdin!.write(`open ${round} ${at}\n`)
        const results = await Promise.all(
          children.map((c) => c.waitFor((l) => l.startsWith(`opened ${round} `))),
        )
        const writers = results.filter((l) => l.endsWith(' writer')).length
        expect({ round, writers }).toEqual({ round, writers: 1 })
        expect(results.filter((l) => l.endsWith(' in-use'))).toHaveLength(3)
        for (const c of children) c.process.stdin!.write(`close ${round}\n`)
        await Promise.all(children.map((c) => c.waitFor((l) => l === `closed ${round}`)))
      }
    } finally {
      for (const c of children) c.process.kill('SIGKILL')
      await Promise.all(children.map((c) => c.exited))
    }
  }, 120_000)
})
