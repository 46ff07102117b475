// New workspace goes only where the user chose, on a real folder and real SQLite files: main's New dialog (a one-time handle, desktop) or a name in the data folder (the welcome form).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import type { SaveTargets } from '../../electron/ipc/saveTargets'
import { createWorkspace, openWorkspace } from '../../electron/store/workspace'
import type { IpcReply, ScenarioList } from '../../shared/ipc/contract'
import type { WorkspaceInfo } from '../../shared/workspace/types'
import { smallInput } from '../support/makeInput'
import { filesIn, makeTempDir, sha256 } from '../fixtures/storeFiles'
import { makeDialogHarness } from '../support/handlers'

let dir: string
let removeDir: () => Promise<void>
// Stands in for main's New dialog: main.ts registers the file the dialog returned (after its own
// "replace?" question) and sends the renderer only the handle.
let dialog: SaveTargets
let call: (channel: string, args?: unknown) => Promise<IpcReply<unknown>>
let dispose: () => Promise<void>

beforeEach(async () => {
  ;({ dir, remove: removeDir } = await makeTempDir('etabli-new-'))
  ;({ targets: dialog, call, dispose } = makeDialogHarness(dir))
})

afterEach(async () => {
  await dispose()
  await removeDir()
})

async function currentPath(): Promise<string | null> {
  const reply = await call('workspace:current')
  return reply.ok ? ((reply.value as WorkspaceInfo | null)?.path ?? null) : null
}

async function scenarioNames(): Promise<string[]> {
  const reply = await call('scenario:list')
  if (!reply.ok) throw new Error('no scenario list')
  return (reply.value as ScenarioList).scenarios.map((s) => s.name)
}

/** A closed workspace with a scenario of its own, at `file`. */
async function oldWorkspace(file: string): Promise<string> {
  const ws = await createWorkspace(join(dir, file), {
    name: 'Old plan',
    base: smallInput(),
    scenarios: [{ name: 'Only in the old file', note: '', overrides: [] }],
  })
  await ws.close()
  return ws.path
}

describe('desktop: the file chosen in main’s New dialog, passed as a handle', () => {
  it('creates a new file there, named after the file, and opens it', async () => {
    const chosen = join(dir, 'Atelier 2027.etabli')
    const reply = await call('workspace:create', { handle: dialog.register(chosen) })
    expect(reply).toMatchObject({ ok: true, value: { path: chosen, name: 'Atelier 2027' } })
    expect(await currentPath()).toBe(chosen)
    expect(await filesIn(dir)).toContain('Atelier 2027.etabli')
  })

  it('replaces an existing Établi workspace once the dialog asked (no CONFLICT), and starts afresh', async () => {
    const chosen = await oldWorkspace('old.etabli')
    expect(await scenarioNames().catch(() => null)).toBeNull() // nothing open yet
    const reply = await call('workspace:create', { handle: dialog.register(chosen) })
    expect(reply).toMatchObject({ ok: true, value: { path: chosen, name: 'old' } })
    // The new workspace holds the starter's base only: the old file's own scenario is gone.
    expect(await scenarioNames()).not.toContain('Only in the old file')
    await dispose()
    const reopened = await openWorkspace(chosen, { readOnly: true })
    expect((await reopened.info()).name).toBe('old')
    expect((await reopened.listScenarios()).map((s) => s.name)).not.toContain('Only in the old file')
    await reopened.close()
  })

  it('never replaces a file that is not an Établi workspace, even with the dialog’s consent', async () => {
    const opened = await call('workspace:create', { name: 'Current' })
    expect(opened.ok).toBe(true)
    const text = join(dir, 'notes.txt')
    await writeFile(text, 'my notes\n')
    // A file that only looks like one by its name.
    const fake = join(dir, 'fake.etabli')
    await writeFile(fake, 'not SQLite at all')
    for (const file of [text, fake]) {
      const before = await sha256(file)
      const reply = await call('workspace:create', { handle: dialog.register(file) })
      expect({ file, reply }).toMatchObject({
        file,
        reply: { ok: false, error: { code: 'NOT_A_WORKSPACE' } },
      })
      expect(await sha256(file)).toBe(before)
    }
    expect(await readFile(text, 'utf8')).toBe('my notes\n')
    expect(await currentPath()).toBe(join(dir, 'Current.etabli'))
  })

  it('never replaces the workspace open in this window, nor one another process holds', async () => {
    const opened = await call('workspace:create', { name: 'Current' })
    expect(opened.ok).toBe(true)
    const open = join(dir, 'Current.etabli')
    const openHash = await sha256(open)
    const self = await call('workspace:create', { handle: dialog.register(open) })
    expect(self).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await scenarioNames()).toEqual([expect.any(String)])

    const held = await oldWorkspace('held.etabli')
    // A live process other than this one (our parent) holds it.
    const lock = JSON.stringify({ app: 'etabli', pid: process.ppid, host: hostname(), since: '', token: 'x' })
    await writeFile(`${held}.lock`, lock)
    const heldHash = await sha256(held)
    const refused = await call('workspace:create', { handle: dialog.register(held) })
    expect(refused).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } })
    expect(await sha256(held)).toBe(heldHash)
    expect(await currentPath()).toBe(open)
    await dispose()
    expect(await sha256(open)).toBe(openHash)
  })

  it('uses a handle once, and never takes a path from the renderer', async () => {
    const handle = dialog.register(join(dir, 'once.etabli'))
    expect((await call('workspace:create', { handle })).ok).toBe(true)
    expect(await call('workspace:create', { handle })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    // The old request shape, and a path slipped in beside a valid handle or name.
    const elsewhere = join(dir, 'elsewhere.etabli')
    for (const args of [
      { path: elsewhere, name: 'Elsewhere' },
      { handle: dialog.register(join(dir, 'ok.etabli')), path: elsewhere },
      { name: 'Elsewhere', path: elsewhere },
      { handle: elsewhere },
    ]) {
      const reply = await call('workspace:create', args)
      expect({ args, reply }).toMatchObject({
        args,
        reply: { ok: false, error: { code: 'INVALID_REQUEST' } },
      })
    }
    expect(await filesIn(dir)).not.toContain('elsewhere.etabli')
    expect(await filesIn(dir)).not.toContain('Elsewhere.etabli')
    expect(await filesIn(dir)).not.toContain('ok.etabli')
  })
})

describe('the welcome form (both runtimes): a name, a new file in the data folder', () => {
  it('creates <name>.etabli in the data folder, never over an existing file', async () => {
    const made = await call('workspace:create', { name: 'Plan 2027' })
    expect(made).toMatchObject({
      ok: true,
      value: { path: join(dir, 'Plan 2027.etabli'), name: 'Plan 2027' },
    })
    const planHash = await sha256(join(dir, 'Plan 2027.etabli'))
    const again = await call('workspace:create', { name: 'Plan 2027' })
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await sha256(join(dir, 'Plan 2027.etabli'))).toBe(planHash)
    expect(await currentPath()).toBe(join(dir, 'Plan 2027.etabli'))
  })

  it('keeps the file in the data folder whatever the name holds', async () => {
    const made = await call('workspace:create', { name: '../../Évasion/plan' })
    // Separators and dots go from the file name (not from the workspace's own name).
    expect(made).toMatchObject({
      ok: true,
      value: { path: join(dir, 'Évasionplan.etabli'), name: '../../Évasion/plan' },
    })
  })
})
