// Integration tests of the workspace store on real files: format, scenarios, overrides from the base, frozen versions, undo/redo, Save As.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { openDb } from '../../electron/store/db'
import { StoreError } from '../../electron/store/errors'
import { APPLICATION_ID, parseHeader } from '../../electron/store/fileCheck'
import {
  createWorkspace,
  openWorkspace,
  SCHEMA_VERSION,
  type Workspace,
} from '../../electron/store/workspace'
import type { ModelInput } from '../../shared/model/types'
import { smallInput } from '../support/makeInput'
import { filesIn, makeTempDir, sha256 } from '../fixtures/storeFiles'

let dir: string
let removeDir: () => Promise<void>
const open_: Workspace[] = []

beforeEach(async () => {
  ;({ dir, remove: removeDir } = await makeTempDir())
})

afterEach(async () => {
  for (const ws of open_.splice(0)) await ws.close()
  await removeDir()
})

function track(ws: Workspace): Workspace {
  open_.push(ws)
  return ws
}

async function fresh(name = 'plan.etabli', base: ModelInput = smallInput()): Promise<Workspace> {
  return track(await createWorkspace(join(dir, name), { name: 'Atelier test', base }))
}

async function reopen(ws: Workspace): Promise<Workspace> {
  const path = ws.path
  await ws.close()
  return track(await openWorkspace(path))
}

async function expectStoreError(promise: Promise<unknown>, code: string): Promise<StoreError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(StoreError)
  expect((error as StoreError).code).toBe(code)
  return error as StoreError
}

async function readHeader(path: string): Promise<ReturnType<typeof parseHeader>> {
  const handle = await open(path, 'r')
  const bytes = Buffer.alloc(100)
  await handle.read(bytes, 0, 100, 0)
  await handle.close()
  return parseHeader(bytes, 0)
}

describe('the file', () => {
  it("is a SQLite database marked as Établi's, at the current schema version, in WAL mode", async () => {
    const ws = await fresh()
    const path = ws.path
    expect((await ws.info()).name).toBe('Atelier test')
    await ws.close()
    const header = await readHeader(path)
    expect(header).not.toBeNull()
    expect(header!.applicationId).toBe(APPLICATION_ID)
    expect(header!.userVersion).toBe(SCHEMA_VERSION)
    expect(header!.wal).toBe(true)
    // Closing checkpoints the WAL and releases the lock: nothing is left beside the file.
    expect(await filesIn(dir)).toEqual(['plan.etabli'])
  })

  it('refuses to create over an existing file unless asked to replace it', async () => {
    const ws = await fresh()
    await ws.close()
    await expectStoreError(
      createWorkspace(join(dir, 'plan.etabli'), { name: 'x', base: smallInput() }),
      'exists',
    )
    const replaced = track(
      await createWorkspace(
        join(dir, 'plan.etabli'),
        { name: 'Replaced', base: smallInput() },
        { overwrite: true },
      ),
    )
    expect((await replaced.info()).name).toBe('Replaced')
  })

  it('refuses an invalid base and leaves no file behind', async () => {
    const bad = smallInput()
    bad.service.abandonRate = 2
    await expectStoreError(
      createWorkspace(join(dir, 'bad.etabli'), { name: 'x', base: bad }),
      'invalid-request',
    )
    expect(await filesIn(dir)).toEqual([])
  })
})

describe('scenarios and overrides', () => {
  it('lets a change to the base flow into every scenario that does not override it', async () => {
    const ws = await fresh()
    const [base] = await ws.listScenarios()
    const boom = await ws.createScenario(base!.id, 'Boom')
    const deeper = await ws.createScenario(boom.id, 'Boom+')
    expect((await ws.setValue(boom.id, 'segments/automatic/preOwnedGrowth', 0.12)).ok).toBe(true)

    expect((await ws.setValue(base!.id, 'segments/automatic/newSales', 4400)).ok).toBe(true)
    expect((await ws.setValue(base!.id, 'segments/automatic/preOwnedGrowth', 0.2)).ok).toBe(true)

    const boomInput = (await ws.resolve(boom.id)).input
    expect(boomInput.segments[1]!.newSales).toBe(4400) // from the base
    expect(boomInput.segments[1]!.preOwnedGrowth).toBe(0.12) // its own override wins
    const deeperInput = (await ws.resolve(deeper.id)).input
    expect(deeperInput.segments[1]!.newSales).toBe(4400)
    expect(deeperInput.segments[1]!.preOwnedGrowth).toBe(0.12) // inherited from Boom
    expect((await ws.resolve(base!.id)).input.segments[1]!.preOwnedGrowth).toBe(0.2)

    // The scenario stores only its override, not a copy of the base.
    expect(await ws.overrides(boom.id)).toEqual([{ path: 'segments/automatic/preOwnedGrowth', value: 0.12 }])
    expect(await ws.overrides(base!.id)).toEqual([])
  })

  it('refuses a value that makes the input invalid, writes nothing, and names the problem', async () => {
    const ws = await fresh()
    const [base] = await ws.listScenarios()
    const child = await ws.createScenario(base!.id, 'Child')
    const before = await ws.history()
    for (const id of [base!.id, child.id]) {
      const outcome = await ws.setValue(id, 'service/abandonRate', 1.5)
      expect(outcome.ok).toBe(false)
      if (!outcome.ok) expect(outcome.problems.map((p) => p.path).join(' ')).toContain('abandonRate')
      const jobMix = await ws.setValue(id, 'segments/automatic/jobMix/polish', 0.5)
      expect(jobMix.ok).toBe(false)
    }
    expect(await ws.history()).toEqual(before)
    expect(await ws.overrides(child.id)).toEqual([])
    expect((await ws.resolve(base!.id)).input).toEqual(smallInput())
  })

  it('refuses paths that do not exist or do not follow the syntax', async () => {
    const ws = await fresh()
    const [base] = await ws.listScenarios()
    await expectStoreError(ws.setValue(base!.id, 'segments/chronograph/newSales', 1), 'invalid-path')
    await expectStoreError(ws.setValue(base!.id, 'workforce/roster/0', 1), 'invalid-path')
    await expectStoreError(ws.setValue(base!.id, 'service//x', 1), 'invalid-path')
    await expectStoreError(ws.setValue(999, 'service/abandonRate', 0.1), 'no-such-scenario')
  })

  it('resets a field (or everything below a path) to the parent', async () => {
    const ws = await fresh()
    const [base] = await ws.listScenarios()
    const child = await ws.createScenario(base!.id, 'Child')
    await ws.setValue(child.id, 'segments/automatic/newSales', 9000)
    await ws.setValue(child.id, 'segments/automatic/preOwned', 2000)
    await ws.setValue(child.id, 'service/abandonRate', 0.5)
    expect((await ws.resetToParent(child.id, 'service/abandonRate')).ok).toBe(true)
    expect((await ws.resolve(child.id)).input.service.abandonRate).toBe(0.3)
    expect((await ws.resetToParent(child.id, 'segments/automatic')).ok).toBe(true)
    expect(await ws.overrides(child.id)).toEqual([])
    expect((await ws.resolve(child.id)).input).toEqual((await ws.resolve(base!.id)).input)
    await expectStoreError(ws.resetToParent(child.id, 'segments/automatic'), 'invalid-request')
    await expectStoreError(ws.resetToParent(base!.id, 'service/abandonRate'), 'invalid-request')
  })

  it('replaces the overrides below a path when the whole path is set', async () => {
    const ws = await fresh()
    const [base] = await ws.listScenarios()
    const child = await ws.createScenario(base!.id, 'Child')
    await ws.setValue(child.id, 'segments/automatic/newSales', 9000)
    const segment = { ...smallInput().segments[1]!, newSales: 1234 }
    await ws.setValue(child.id, 'segments/automatic', segment)
    expect(await ws.overrides(child.id)).toEqual([{ path: 'segments/automatic', value: segment }])
    expect((await ws.resolve(child.id)).input.segments[1]!.newSales).toBe(1234)
  })

  it('reports overrides left dangling when the base drops what they point to', async () => {
    const ws = await fresh()
    const [base] = await ws.listScenarios()
    const child = await ws.createScenario(base!.id, 'Child')
    await ws.setValue(child.id, 'segments/quartz/newSales', 10)
    const onlyAutomatic = smallInput().segments.filter((s) => s.id === 'automatic')
    expect((await ws.setValue(base!.id, 'segments', onlyAutomatic)).ok).toBe(true)
    const resolved = await ws.resolve(child.id)
    expect(resolved.dangling).toEqual([{ path: 'segments/quartz/newSales', value: 10 }])
    expect(resolved.input.segments.map((s) => s.id)).toEqual(['automatic'])
  })

  it('creates, duplicates, renames, annotates, reorders and deletes scenarios', async () => {
    const ws = await fresh()
    const [base] = await ws.listScenarios()
    const a = await ws.createScenario(base!.id, 'A')
    await ws.setValue(a.id, 'service/abandonRate', 0.4)
    const copy = await ws.duplicateScenario(a.id)
    expect(copy.name).toBe('A (2)')
    expect(copy.parentId).toBe(base!.id)
    expect(await ws.overrides(copy.id)).toEqual([{ path: 'service/abandonRate', value: 0.4 }])
    await expectStoreError(ws.createScenario(base!.id, 'A'), 'name-taken')
    await expectStoreError(ws.renameScenario(copy.id, ' A '), 'name-taken')
    await ws.renameScenario(copy.id, 'B')
    await ws.setNote(copy.id, 'Pour le conseil')
    await ws.reorderScenarios([copy.id, base!.id, a.id])
    const listed = await ws.listScenarios()
    expect(listed.map((s) => [s.name, s.position, s.note])).toEqual([
      ['B', 0, 'Pour le conseil'],
      ['Base', 1, ''],
      ['A', 2, ''],
    ])
    await expectStoreError(ws.reorderScenarios([copy.id, a.id]), 'invalid-request')
    await ws.deleteScenario(copy.id)
    expect((await ws.listScenarios()).map((s) => s.name)).toEqual(['Base', 'A'])
    await expectStoreError(ws.deleteScenario(base!.id), 'invalid-request')
  })

  it('deletes a scenario with the ones built on it, and undo brings them all back with their overrides', async () => {
    const ws = await fresh()
    const [base] = await ws.listScenarios()
    const a = await ws.createScenario(base!.id, 'A')
    const b = await ws.createScenario(a.id, 'B')
    await ws.setValue(a.id, 'service/abandonRate', 0.4)
    await ws.setValue(b.id, 'service/rampUpFactor', 0.9)
    const before = await ws.resolveAll()
    await ws.deleteScenario(a.id)
    expect((await ws.listScenarios()).map((s) => s.name)).toEqual(['Base'])
    expect((await ws.history())[0]!.description).toBe('Delete A and 1 scenario built on it')
    await ws.undo()
    expect(await ws.resolveAll()).toEqual(before)
    expect((await ws.resolve(b.id)).input.service.rampUpFactor).toBe(0.9)
  })

  it('serialises concurrent calls: every edit is committed as its own step', async () => {
    const ws = await fresh()
    const [base] = await ws.listScenarios()
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => ws.setValue(base!.id, 'workforce/hires/watchmaker', i + 1)),
    )
    expect(outcomes.every((o) => o.ok)).toBe(true)
    expect(await ws.history()).toHaveLength(20)
    expect((await ws.resolve(base!.id)).input.workforce.hires.watchmaker).toBe(20)
  })
})

describe('frozen versions', () => {
  it('keep the resolved input as it was, read-only, and can be duplicated back into a live scenario', async () => {
    const ws = await fresh()
    const [base] = await ws.listScenarios()
    const plan = await ws.createScenario(base!.id, 'Plan')
    await ws.setValue(plan.id, 'training/apprenticeship/intake', 6)
    const snapshot = (await ws.resolve(plan.id)).input
    const frozen = await ws.freeze(plan.id, 'Conseil mars')
    expect(frozen.frozenAt).not.toBeNull()
    expect(frozen.frozenFromName).toBe('Plan')
    expect((await ws.listFrozen()).map((s) => s.name)).toEqual(['Conseil mars'])
    expect((await ws.listScenarios()).map((s) => s.name)).toEqual(['Base', 'Plan'])

    await ws.setValue(base!.id, 'segments/automatic/newSales', 5000)
    await ws.setValue(plan.id, 'training/apprenticeship/intake', 9)
    expect((await ws.resolve(frozen.id)).input).toEqual(snapshot)
    await expectStoreError(ws.setValue(frozen.id, 'service/abandonRate', 0.1), 'frozen')
    await expectStoreError(ws.createScenario(frozen.id, 'On frozen'), 'frozen')

    const revived = await ws.duplicateScenario(frozen.id, 'Plan as in March')
    expect(revived.parentId).toBe(base!.id)
    expect((await ws.resolve(revived.id)).input).toEqual(snapshot)
  })
})

describe('undo and redo', () => {
  it('revert and replay every kind of edit, in order', async () => {
    const ws = await fresh()
    const [base] = await ws.listScenarios()
    const states: unknown[] = [await ws.resolveAll()]
    const lists: unknown[] = [await ws.listScenarios()]
    const snap = async (): Promise<void> => {
      states.push(await ws.resolveAll())
      lists.push(await ws.listScenarios())
    }
    await ws.setValue(base!.id, 'workforce/hires/technician', 2) // adds a key
    await snap()
    const a = await ws.createScenario(base!.id, 'A')
    await snap()
    await ws.setValue(a.id, 'segments/quartz/newSales', 100)
    await snap()
    await ws.renameScenario(a.id, 'A2')
    await snap()
    await ws.setNote(a.id, 'note')
    await snap()
    await ws.freeze(a.id, 'F')
    await snap()
    await ws.resetToParent(a.id, 'segments/quartz/newSales')
    await snap()
    await ws.deleteScenario(a.id)
    await snap()

    for (let i = states.length - 2; i >= 0; i--) {
      expect(await ws.undo()).not.toBeNull()
      expect(await ws.resolveAll()).toEqual(states[i])
      expect(await ws.listScenarios()).toEqual(lists[i])
    }
    expect(await ws.undo()).toBeNull()
    expect((await ws.resolve(base!.id)).input).toEqual(smallInput())
    for (let i = 1; i < states.length; i++) {
      expect(await ws.redo()).not.toBeNull()
      expect(await ws.resolveAll()).toEqual(states[i])
    }
    expect(await ws.redo()).toBeNull()
  })

  it('forget the redo tail when a new edit follows an undo', async () => {
    const ws = await fresh()
    const [base] = await ws.listScenarios()
    await ws.setValue(base!.id, 'service/abandonRate', 0.1)
    await ws.setValue(base!.id, 'service/abandonRate', 0.2)
    await ws.setValue(base!.id, 'service/abandonRate', 0.3)
    await ws.undo()
    await ws.undo()
    expect((await ws.info()).canRedo).toBe(true)
    await ws.setValue(base!.id, 'service/rampUpFactor', 0.5)
    const info = await ws.info()
    expect(info.canRedo).toBe(false)
    expect(await ws.redo()).toBeNull()
    expect((await ws.history()).map((h) => h.description)).toEqual([
      'Set service/rampUpFactor to 0.5 in Base',
      'Set service/abandonRate to 0.1 in Base',
    ])
    expect((await ws.resolve(base!.id)).input.service.abandonRate).toBe(0.1)
  })

  it('survive closing and reopening the file', async () => {
    let ws = await fresh()
    const [base] = await ws.listScenarios()
    const a = await ws.createScenario(base!.id, 'Boom du pré-owné')
    await ws.setValue(a.id, 'segments/automatic/preOwnedGrowth', 0.12)
    await ws.setValue(a.id, 'segments/automatic/preOwnedGrowth', 0.15)
    ws = await reopen(ws)
    const history = await ws.history()
    expect(history.map((h) => h.description)).toEqual([
      'Set segments/automatic/preOwnedGrowth to 0.15 in Boom du pré-owné',
      'Set segments/automatic/preOwnedGrowth to 0.12 in Boom du pré-owné',
      'Create scenario Boom du pré-owné on Base',
    ])
    expect(history.every((h) => !Number.isNaN(Date.parse(h.at)))).toBe(true)
    expect((await ws.info()).undoDescription).toBe(history[0]!.description)
    await ws.undo()
    ws = await reopen(ws)
    expect((await ws.resolve(a.id)).input.segments[1]!.preOwnedGrowth).toBe(0.12)
    expect((await ws.info()).redoDescription).toBe(
      'Set segments/automatic/preOwnedGrowth to 0.15 in Boom du pré-owné',
    )
    await ws.redo()
    ws = await reopen(ws)
    expect((await ws.resolve(a.id)).input.segments[1]!.preOwnedGrowth).toBe(0.15)
  })
})

describe('Save As', () => {
  it('copies everything, history included, then edits the copy and leaves the original as it was', async () => {
    const ws = await fresh('first.etabli')
    const [base] = await ws.listScenarios()
    const a = await ws.createScenario(base!.id, 'A')
    await ws.setValue(a.id, 'service/abandonRate', 0.4)
    const firstPath = ws.path
    const before = await ws.resolveAll()
    await ws.saveAs(join(dir, 'second.etabli'))
    expect(ws.path).toBe(join(dir, 'second.etabli'))
    expect(await ws.resolveAll()).toEqual(before)
    expect(await ws.history()).toHaveLength(2)
    const header = await readHeader(ws.path)
    expect(header!.applicationId).toBe(APPLICATION_ID)
    // The original is closed and unlocked; later edits go to the copy only.
    expect(await filesIn(dir)).not.toContain('first.etabli.lock')
    const originalHash = await sha256(firstPath)
    await ws.setValue(a.id, 'service/abandonRate', 0.5)
    expect(await sha256(firstPath)).toBe(originalHash)
    const original = track(await openWorkspace(firstPath))
    expect(original.readOnly).toBeNull()
    expect((await original.resolve(a.id)).input.service.abandonRate).toBe(0.4)
    await ws.undo()
    expect((await ws.resolve(a.id)).input.service.abandonRate).toBe(0.4)
  })

  it('refuses to replace a file that is open elsewhere', async () => {
    const ws = await fresh('one.etabli')
    const other = await fresh('two.etabli')
    await expectStoreError(ws.saveAs(other.path, { overwrite: true }), 'read-only')
    await expectStoreError(ws.saveAs(other.path), 'exists')
    expect(ws.path).toBe(join(dir, 'one.etabli'))
  })
})

describe('sources', () => {
  it('are stored with the workspace', async () => {
    const path = join(dir, 'src.etabli')
    const sources = [
      {
        figure: 'Watchmakers in Geneva',
        value: '40',
        source: 'Census 2023',
        year: 2023,
        kind: 'sourced' as const,
      },
      {
        figure: 'Hours per FTE',
        value: '1600',
        source: 'Assumption',
        year: null,
        kind: 'assumed' as const,
        note: 'CCT',
      },
    ]
    const ws = track(await createWorkspace(path, { name: 'S', base: smallInput(), sources }))
    expect(await (await reopen(ws)).sources()).toEqual(sources)
  })
})

describe('the raw tables', () => {
  it('hold overrides as path and JSON value rows, and the base as one JSON input', async () => {
    const ws = await fresh()
    const [base] = await ws.listScenarios()
    const a = await ws.createScenario(base!.id, 'A')
    await ws.setValue(a.id, 'workforce/hires/watchmaker', 4)
    const path = ws.path
    await ws.close()
    const db = await openDb(path, { readOnly: true })
    try {
      expect(await db.all('SELECT scenario_id, path, value_json FROM overrides')).toEqual([
        { scenario_id: a.id, path: 'workforce/hires/watchmaker', value_json: '4' },
      ])
      const row = await db.get<{ input_json: string }>('SELECT input_json FROM scenarios WHERE id = ?', [
        base!.id,
      ])
      expect(JSON.parse(row!.input_json)).toEqual(smallInput())
    } finally {
      await db.close()
    }
  })
})
