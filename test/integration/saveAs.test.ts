// Save As writes only where the user chose: main's own dialog (a handle, desktop) or a new .etabli file in a named folder (browser mode).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import type { SaveTargets } from '../../electron/ipc/saveTargets'
import { createWorkspace, openWorkspace } from '../../electron/store/workspace'
import type { IpcReply } from '../../shared/ipc/contract'
import type { WorkspaceInfo } from '../../shared/workspace/types'
import { smallInput } from '../support/makeInput'
import { filesIn, makeTempDir, sha256 } from '../fixtures/storeFiles'
import { makeDialogHarness } from '../support/handlers'

let dir: string
let removeDir: () => Promise<void>
let targets: SaveTargets
let call: (channel: string, args?: unknown) => Promise<IpcReply<unknown>>
let dispose: () => Promise<void>

beforeEach(async () => {
  ;({ dir, remove: removeDir } = await makeTempDir('etabli-saveas-'))
  ;({ targets, call, dispose } = makeDialogHarness(dir))
  const opened = await call('workspace:create', { name: 'Current' })
  expect(opened.ok).toBe(true)
})

afterEach(async () => {
  await dispose()
  await removeDir()
})

/** A closed workspace named `name` at `file` (what the native dialog may point at). */
async function otherWorkspace(file: string, name: string): Promise<string> {
  const ws = await createWorkspace(join(dir, file), { name, base: smallInput() })
  await ws.close()
  return ws.path
}

describe('desktop: the path chosen in main’s dialog, passed as a handle', () => {
  it('replaces an existing Établi workspace the dialog already asked about, and continues there', async () => {
    const chosen = await otherWorkspace('old.etabli', 'Old')
    const reply = await call('workspace:saveAs', { handle: targets.register(chosen) })
    expect(reply.ok).toBe(true)
    if (reply.ok) expect((reply.value as WorkspaceInfo).path).toBe(chosen)
    const copy = await openWorkspace(chosen, { readOnly: true })
    expect((await copy.info()).name).toBe('Current')
    await copy.close()
  })

  it('uses a handle once, and never takes a path from the renderer', async () => {
    const handle = targets.register(join(dir, 'once.etabli'))
    expect((await call('workspace:saveAs', { handle })).ok).toBe(true)
    expect(await call('workspace:saveAs', { handle })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    const byPath = await call('workspace:saveAs', { path: join(dir, 'elsewhere.etabli'), overwrite: true })
    expect(byPath).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
    expect(await filesIn(dir)).not.toContain('elsewhere.etabli')
  })

  it('never replaces a file that is not an Établi workspace, nor another process’s lock', async () => {
    const text = join(dir, 'notes.txt')
    await writeFile(text, 'my notes\n')
    const refusedText = await call('workspace:saveAs', { handle: targets.register(text) })
    expect(refusedText).toMatchObject({ ok: false, error: { code: 'NOT_A_WORKSPACE' } })
    expect(await readFile(text, 'utf8')).toBe('my notes\n')

    const held = await otherWorkspace('held.etabli', 'Held')
    // A live process other than this one (our parent) holds it.
    const lock = JSON.stringify({ app: 'etabli', pid: process.ppid, host: hostname(), since: '', token: 'x' })
    await writeFile(`${held}.lock`, lock)
    const heldHash = await sha256(held)
    const refusedHeld = await call('workspace:saveAs', { handle: targets.register(held) })
    expect(refusedHeld).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } })
    expect(await sha256(held)).toBe(heldHash)
    const refusedLock = await call('workspace:saveAs', { handle: targets.register(`${held}.lock`) })
    expect(refusedLock).toMatchObject({ ok: false, error: { code: 'NOT_A_WORKSPACE' } })
    expect(await readFile(`${held}.lock`, 'utf8')).toBe(lock)
    // The workspace stayed where it was.
    const current = await call('workspace:current')
    if (current.ok) expect((current.value as WorkspaceInfo).path).toBe(join(dir, 'Current.etabli'))
  })
})

describe('browser mode: a new .etabli file inside a folder the user named', () => {
  it('creates the file with the .etabli extension, and never over an existing one', async () => {
    const folder = join(dir, 'copies')
    await mkdir(folder)
    const made = await call('workspace:saveAs', { folder, name: 'Plan 2027' })
    expect(made.ok).toBe(true)
    if (made.ok) expect((made.value as WorkspaceInfo).path).toBe(join(folder, 'Plan 2027.etabli'))
    expect(await filesIn(folder)).toContain('Plan 2027.etabli')

    await writeFile(join(folder, 'notes.txt'), 'keep me')
    expect((await call('workspace:saveAs', { folder, name: 'Other' })).ok).toBe(true)
    const planHash = await sha256(join(folder, 'Plan 2027.etabli'))
    const again = await call('workspace:saveAs', { folder, name: 'Plan 2027.etabli' })
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await sha256(join(folder, 'Plan 2027.etabli'))).toBe(planHash)
    expect((await call('workspace:saveAs', { folder, name: 'notes.txt' })).ok).toBe(true)
    expect(await readFile(join(folder, 'notes.txt'), 'utf8')).toBe('keep me')
    expect(await filesIn(folder)).toContain('notes.txt.etabli')
  })

  it('refuses a folder that does not exist and a name that leaves the folder', async () => {
    const missing = await call('workspace:saveAs', { folder: join(dir, 'nowhere'), name: 'x' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', path: 'folder' } })
    for (const name of ['../escape', 'a/b', 'a\\b', '..', '.']) {
      const reply = await call('workspace:saveAs', { folder: dir, name })
      expect({ name, reply }).toMatchObject({
        name,
        reply: { ok: false, error: { code: 'INVALID_REQUEST' } },
      })
    }
    expect((await call('workspace:saveAs', { folder: 'relative/folder', name: 'x' })).ok).toBe(false)
  })
})
