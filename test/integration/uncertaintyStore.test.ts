// A scenario's uncertain figures in the workspace file: saved, checked, undone, frozen, kept through delete/undo, and a version 1 file upgraded.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { openDb } from '../../electron/store/db'
import { StoreError } from '../../electron/store/errors'
import { APPLICATION_ID } from '../../electron/store/fileCheck'
import { migrations } from '../../electron/store/migrations'
import {
  createWorkspace,
  openWorkspace,
  SCHEMA_VERSION,
  type Workspace,
} from '../../electron/store/workspace'
import type { Uncertainty } from '../../shared/decision/uncertainty'
import type { ModelInput } from '../../shared/model/types'
import { smallInput } from '../support/makeInput'
import { filesIn, makeTempDir, sha256 } from '../fixtures/storeFiles'

let dir: string
let removeDir: () => Promise<void>
const opened: Workspace[] = []

beforeEach(async () => {
  ;({ dir, remove: removeDir } = await makeTempDir('etabli-uncertainty-'))
})

afterEach(async () => {
  for (const ws of opened.splice(0)) await ws.close()
  await removeDir()
})

function track(ws: Workspace): Workspace {
  opened.push(ws)
  return ws
}

async function fresh(): Promise<Workspace> {
  return track(
    await createWorkspace(join(dir, 'plan.etabli'), {
      name: 'Atelier test',
      base: smallInput(),
      scenarios: [
        { name: 'Boom', note: '', overrides: [{ path: 'segments/automatic/preOwnedGrowth', value: 0.2 }] },
      ],
    }),
  )
}

async function ids(ws: Workspace): Promise<{ base: number; boom: number }> {
  const list = await ws.listScenarios()
  return { base: list.find((s) => s.isBase)!.id, boom: list.find((s) => s.name === 'Boom')!.id }
}

const attrition: Uncertainty = [
  {
    path: 'grades/watchmaker/attritionRate',
    distribution: { kind: 'normal', mean: 0.05, sd: 0.02 },
    label: 'Départs horlogers',
  },
  {
    path: 'segments/automatic/preOwnedGrowth',
    apply: 'add',
    distribution: { kind: 'triangular', min: -0.05, mode: 0, max: 0.05 },
  },
]

async function expectStoreError(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(StoreError)
  expect((error as StoreError).code).toBe(code)
}

describe('uncertain figures per scenario', () => {
  it('are none until saved, then saved as one undoable step that survives reopening', async () => {
    let ws = await fresh()
    const { base, boom } = await ids(ws)
    expect(await ws.uncertainty(boom)).toEqual({
      scenarioId: boom,
      uncertainty: null,
      problems: [],
      readOnly: false,
    })
    const historyBefore = (await ws.history()).length

    const outcome = await ws.setUncertainty(boom, attrition)
    expect(outcome.ok).toBe(true)
    expect((await ws.history()).length).toBe(historyBefore + 1)
    expect((await ws.info()).undoDescription).toBe('Set 2 uncertain figures in Boom')
    expect((await ws.uncertainty(boom)).uncertainty).toEqual(attrition)
    // Another scenario's figures are its own.
    expect((await ws.uncertainty(base)).uncertainty).toBeNull()

    const path = ws.path
    await ws.close()
    opened.splice(opened.indexOf(ws), 1)
    ws = track(await openWorkspace(path))
    expect((await ws.uncertainty(boom)).uncertainty).toEqual(attrition)

    await ws.undo()
    expect((await ws.uncertainty(boom)).uncertainty).toBeNull()
    await ws.redo()
    expect((await ws.uncertainty(boom)).uncertainty).toEqual(attrition)
    // A second save replaces the list; undo restores the first list exactly.
    expect((await ws.setUncertainty(boom, attrition.slice(0, 1))).ok).toBe(true)
    await ws.undo()
    expect((await ws.uncertainty(boom)).uncertainty).toEqual(attrition)
    // null forgets the list (one step too).
    expect((await ws.setUncertainty(boom, null)).ok).toBe(true)
    expect((await ws.uncertainty(boom)).uncertainty).toBeNull()
    await ws.undo()
    expect((await ws.uncertainty(boom)).uncertainty).toEqual(attrition)
  })

  it('refuses a list that does not fit the scenario, names each row, and writes nothing', async () => {
    const ws = await fresh()
    const { boom } = await ids(ws)
    const historyBefore = (await ws.history()).length
    const outcome = await ws.setUncertainty(boom, [
      { path: 'segments/nowhere/scrapRate', distribution: { kind: 'uniform', min: 0, max: 0.1 } },
      { path: 'grades/watchmaker/attritionRate', distribution: { kind: 'uniform', min: 0.5, max: 1.5 } },
      { path: 'startYear', distribution: { kind: 'uniform', min: 2020, max: 2030 } },
    ])
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.problems.map((p) => p.path)).toEqual(['[0].path', '[1].distribution', '[2].path'])
    expect(outcome.problems[0]!.message).toContain('does not exist')
    // A malformed list (unknown distribution, missing parameter) is refused by the schema, row by row.
    const malformed = await ws.setUncertainty(boom, [
      { path: 'grades/watchmaker/attritionRate', distribution: { kind: 'beta', a: 1 } },
      { path: 'grades/watchmaker/hoursPerFte', distribution: { kind: 'uniform', min: 1400 } },
    ])
    expect(malformed.ok).toBe(false)
    if (!malformed.ok) {
      expect(malformed.problems.some((p) => p.path.startsWith('[0].distribution'))).toBe(true)
      expect(malformed.problems.some((p) => p.path.startsWith('[1].distribution'))).toBe(true)
    }
    expect((await ws.uncertainty(boom)).uncertainty).toBeNull()
    expect((await ws.history()).length).toBe(historyBefore)
    // Saving the same list twice is refused (no empty history step).
    expect((await ws.setUncertainty(boom, attrition)).ok).toBe(true)
    await expectStoreError(ws.setUncertainty(boom, attrition), 'invalid-request')
  })

  it('reports a saved list that no longer fits after an edit of the input', async () => {
    const ws = await fresh()
    const { base, boom } = await ids(ws)
    const quartz: Uncertainty = [
      ...attrition,
      { path: 'segments/quartz/scrapRate', distribution: { kind: 'uniform', min: 0.03, max: 0.07 } },
    ]
    expect((await ws.setUncertainty(boom, quartz)).ok).toBe(true)
    expect((await ws.uncertainty(boom)).problems).toEqual([])
    // The base drops the quartz segment: Boom's saved list still reads, and says which row no longer fits.
    const segments = (await ws.resolve(base)).input.segments.filter((s) => s.id !== 'quartz')
    expect((await ws.setValue(base, 'segments', segments)).ok).toBe(true)
    const after = await ws.uncertainty(boom)
    expect(after.uncertainty).toEqual(quartz)
    expect(after.problems.map((p) => p.path)).toEqual(['[2].path'])
  })

  it('is copied into a frozen version, read-only there, and kept by delete and undo', async () => {
    const ws = await fresh()
    const { base, boom } = await ids(ws)
    expect((await ws.setUncertainty(boom, attrition)).ok).toBe(true)
    const frozen = await ws.freeze(boom, 'Boom mars')
    const snapshot = await ws.uncertainty(frozen.id)
    expect(snapshot.uncertainty).toEqual(attrition)
    expect(snapshot.readOnly).toBe(true)
    await expectStoreError(ws.setUncertainty(frozen.id, []), 'frozen')
    // Later changes to the scenario do not reach the frozen version.
    expect((await ws.setUncertainty(boom, [])).ok).toBe(true)
    expect((await ws.uncertainty(frozen.id)).uncertainty).toEqual(attrition)

    await ws.undo() // back to `attrition` on Boom
    await ws.deleteScenario(boom)
    await expectStoreError(ws.uncertainty(boom), 'no-such-scenario')
    await ws.undo()
    expect((await ws.uncertainty(boom)).uncertainty).toEqual(attrition)
    // A duplicate carries the list too.
    const copy = await ws.duplicateScenario(boom, 'Boom bis')
    expect((await ws.uncertainty(copy.id)).uncertainty).toEqual(attrition)
    expect((await ws.uncertainty(base)).uncertainty).toBeNull()
  })

  it('creates a scenario with overrides and uncertain figures as one undoable step, or nothing when invalid', async () => {
    const ws = await fresh()
    const { base } = await ids(ws)
    const historyBefore = (await ws.history()).length
    const created = await ws.createScenarioWithOverrides(
      base,
      'Plan',
      [
        { path: 'workforce/hires/watchmaker', value: [1, 2, 2, 2, 2, 2, 2, 2, 2, 2] },
        { path: 'training/apprenticeship/intake', value: 5 },
      ],
      { uncertainty: attrition, note: 'from the solver' },
    )
    expect(created.ok).toBe(true)
    if (!created.ok) return
    expect(created.scenario.name).toBe('Plan')
    expect(created.scenario.parentId).toBe(base)
    expect(created.scenario.overrideCount).toBe(2)
    expect(created.scenario.note).toBe('from the solver')
    expect((await ws.history()).length).toBe(historyBefore + 1)
    const input = (await ws.resolve(created.scenario.id)).input
    expect(input.workforce.hires.watchmaker).toEqual([1, 2, 2, 2, 2, 2, 2, 2, 2, 2])
    expect(input.training[0]!.intake).toBe(5)
    expect((await ws.uncertainty(created.scenario.id)).uncertainty).toEqual(attrition)

    await ws.undo()
    expect((await ws.listScenarios()).some((s) => s.name === 'Plan')).toBe(false)

    const refused = await ws.createScenarioWithOverrides(base, 'Bad plan', [
      { path: 'workforce/hires/watchmaker', value: [1, 2] },
    ])
    expect(refused.ok).toBe(false)
    expect((await ws.listScenarios()).some((s) => s.name === 'Bad plan')).toBe(false)
    expect((await ws.history()).length).toBe(historyBefore + 1) // the undone step only
  })
})

/**
 * A file exactly as a schema version 1 build wrote it: migration 001 only, user_version 1, a base, a
 * scenario with an override and one history step (whose rows have no uncertainty_json).
 */
async function makeVersion1File(path: string, base: ModelInput): Promise<void> {
  const v1 = migrations.find((m) => m.version === 1)!
  const db = await openDb(path, { create: true })
  await db.exec('PRAGMA journal_mode = WAL')
  await db.exec(v1.sql)
  await db.exec(`PRAGMA application_id = ${APPLICATION_ID}`)
  await db.exec('PRAGMA user_version = 1')
  const now = '2025-01-15T10:00:00.000Z'
  await db.run("INSERT INTO meta (key, value) VALUES ('name', 'Ancien atelier'), ('created_at', ?)", [now])
  const insert = `INSERT INTO scenarios (id, name, parent_id, position, note, created_at, input_json, frozen_at, frozen_from, frozen_from_name)
                  VALUES (?, ?, ?, ?, '', ?, ?, NULL, NULL, NULL)`
  await db.run(insert, [1, 'Base', null, 0, now, JSON.stringify(base)])
  await db.run(insert, [2, 'Ancien', 1, 1, now, null])
  await db.run(
    "INSERT INTO overrides (scenario_id, path, value_json) VALUES (2, 'service/abandonRate', '0.5')",
  )
  const row = {
    id: 2,
    name: 'Ancien',
    parent_id: 1,
    position: 1,
    note: '',
    created_at: now,
    input_json: null,
  }
  const redo = [
    {
      op: 'insertScenarios',
      rows: [{ ...row, frozen_at: null, frozen_from: null, frozen_from_name: null }],
      overrides: [{ scenario_id: 2, path: 'service/abandonRate', value_json: '0.5' }],
    },
  ]
  await db.run('INSERT INTO history (at, description, undo_json, redo_json) VALUES (?, ?, ?, ?)', [
    now,
    'Create scenario Ancien on Base',
    JSON.stringify([{ op: 'deleteScenarios', ids: [2] }]),
    JSON.stringify(redo),
  ])
  await db.close()
}

describe('a schema version 1 file', () => {
  it('is backed up, then upgraded; its data, history and undo survive, and it takes uncertain figures', async () => {
    expect(SCHEMA_VERSION).toBe(3)
    const path = join(dir, 'ancien.etabli')
    await makeVersion1File(path, smallInput())
    const ws = track(await openWorkspace(path))
    const info = await ws.info()
    expect(info.readOnly).toBeNull()
    expect(info.fileSchemaVersion).toBe(3)
    expect(info.notice).toContain('ancien.etabli.v1.bak')
    // The UI words the notice from its reason: the new format and the backup's name.
    expect(info.noticeSaid).toEqual({
      reason: 'upgraded',
      params: { version: 3, backup: 'ancien.etabli.v1.bak' },
    })

    // The copy made before migrating is a complete version 1 file.
    const backupPath = `${path}.v1.bak`
    expect((await stat(backupPath)).size).toBeGreaterThan(0)
    const backup = await openDb(backupPath, { readOnly: true })
    expect((await backup.get<{ user_version: number }>('PRAGMA user_version'))!.user_version).toBe(1)
    const columns = (await backup.all<{ name: string }>('PRAGMA table_info(scenarios)')).map((c) => c.name)
    expect(columns).not.toContain('uncertainty_json')
    expect((await backup.get<{ n: number }>('SELECT COUNT(*) AS n FROM scenarios'))!.n).toBe(2)
    await backup.close()

    // The data survived.
    expect(info.name).toBe('Ancien atelier')
    const list = await ws.listScenarios()
    expect(list.map((s) => s.name)).toEqual(['Base', 'Ancien'])
    expect((await ws.resolve(2)).input.service.abandonRate).toBe(0.5)
    // Migration 3 brings the stored input to schemaVersion 2 and changes nothing else.
    expect((await ws.resolve(1)).input).toEqual({ ...smallInput(), schemaVersion: 2 })
    expect(await ws.uncertainty(2)).toEqual({
      scenarioId: 2,
      uncertainty: null,
      problems: [],
      readOnly: false,
    })

    // The new column works, and so does the history written by version 1 (rows without the column).
    expect((await ws.setUncertainty(2, attrition)).ok).toBe(true)
    expect((await ws.uncertainty(2)).uncertainty).toEqual(attrition)
    await ws.undo()
    expect((await ws.uncertainty(2)).uncertainty).toBeNull()
    await ws.undo() // version 1's step: removes Ancien
    expect((await ws.listScenarios()).map((s) => s.name)).toEqual(['Base'])
    await ws.redo() // re-inserts a version 1 row
    expect((await ws.resolve(2)).input.service.abandonRate).toBe(0.5)
    expect((await ws.uncertainty(2)).uncertainty).toBeNull()
  })

  it('whose upgrade fails is left as it was, with no backup beside it, and the error says so', async () => {
    const path = join(dir, 'ancien.etabli')
    await makeVersion1File(path, smallInput())
    // A tampered file: marked version 1 but already holding version 2's column, so the upgrade's ALTER fails.
    const db = await openDb(path)
    await db.exec('ALTER TABLE scenarios ADD COLUMN uncertainty_json TEXT')
    await db.close()
    const hash = await sha256(path)
    const files = await filesIn(dir)
    const error = await openWorkspace(path).then(
      (ws) => track(ws),
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(StoreError)
    expect((error as StoreError).message).toMatch(/could not be upgraded.*left as it was/)
    expect(await filesIn(dir)).toEqual(files)
    expect(files.some((f) => f.includes('.bak'))).toBe(false)
    expect(await sha256(path)).toBe(hash)
  })

  it('opened read-only (not migrated) still lists its scenarios, with no uncertain figures', async () => {
    const path = join(dir, 'ancien.etabli')
    await makeVersion1File(path, smallInput())
    const ws = track(await openWorkspace(path, { readOnly: true }))
    expect((await ws.info()).fileSchemaVersion).toBe(1)
    expect((await ws.listScenarios()).map((s) => s.name)).toEqual(['Base', 'Ancien'])
    expect(await ws.uncertainty(2)).toEqual({
      scenarioId: 2,
      uncertainty: null,
      problems: [],
      readOnly: true,
    })
    await expectStoreError(ws.setUncertainty(2, attrition), 'read-only')
  })
})
