// Actuals in a real workspace file: edits undone and redone, imports (line/column errors, personal columns), variance on a frozen version, calibration, roll-forward, and the version 2 upgrade of stored inputs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openDb } from '../../electron/store/db'
import { APPLICATION_ID } from '../../electron/store/fileCheck'
import { migrations } from '../../electron/store/migrations'
import { createWorkspace, openWorkspace, type Workspace } from '../../electron/store/workspace'
import { project } from '../../shared/engine'
import type { ModelInput } from '../../shared/model/types'
import { applyOverrides } from '../../shared/model/overrides'
import { makeInput, smallInput } from '../support/makeInput'
import { makeTempDir } from '../fixtures/storeFiles'

let dir: string
let removeDir: () => Promise<void>
let ws: Workspace
let baseId: number
let path: string

beforeEach(async () => {
  ;({ dir, remove: removeDir } = await makeTempDir('etabli-actuals-'))
  path = join(dir, 'plan.etabli')
  ws = await createWorkspace(path, { name: 'Actuals test', base: smallInput() })
  baseId = (await ws.listScenarios())[0]!.id
})

afterEach(async () => {
  await ws.close()
  await removeDir()
})

const csv = (text: string) => new TextEncoder().encode(text)

describe('actuals edits', () => {
  it('are one undoable step each, undone and redone in the file', async () => {
    const first = await ws.setActuals([
      { year: 2026, metric: 'headcount', key: 'watchmaker', value: 4 },
      { year: 2026, metric: 'turnaroundWeeks', key: '', value: 3.5 },
    ])
    expect(first.ok).toBe(true)
    const second = await ws.setActuals([{ year: 2026, metric: 'headcount', key: 'watchmaker', value: 5 }])
    expect(second.ok).toBe(true)
    const values = async () => (await ws.listActuals()).rows.map((r) => `${r.metric}:${r.key}=${r.value}`)
    expect(await values()).toEqual(['headcount:watchmaker=5', 'turnaroundWeeks:=3.5'])
    await ws.undo()
    expect(await values()).toEqual(['headcount:watchmaker=4', 'turnaroundWeeks:=3.5'])
    await ws.undo()
    expect(await values()).toEqual([])
    await ws.redo()
    expect(await values()).toEqual(['headcount:watchmaker=4', 'turnaroundWeeks:=3.5'])
    // Removing a figure is a step too, and survives closing the file.
    expect((await ws.setActuals([{ year: 2026, metric: 'turnaroundWeeks', key: '', value: null }])).ok).toBe(
      true,
    )
    await ws.close()
    ws = await openWorkspace(path)
    expect(await values()).toEqual(['headcount:watchmaker=4'])
    await ws.undo()
    expect(await values()).toEqual(['headcount:watchmaker=4', 'turnaroundWeeks:=3.5'])
  })

  it('refuses a key the base has not, naming it, and writes nothing', async () => {
    const historyBefore = (await ws.history()).length
    const refused = await ws.setActuals([{ year: 2026, metric: 'headcount', key: 'apprentice', value: 1 }])
    expect(refused.ok).toBe(false)
    if (refused.ok) return
    expect(refused.problems[0]!.message).toContain("'apprentice' is not a grade")
    expect((await ws.listActuals()).rows).toEqual([])
    expect((await ws.history()).length).toBe(historyBefore)
  })
})

describe('actuals imports', () => {
  it('name the line and column of every error and store nothing', async () => {
    const preview = await ws.previewActualsImport(
      csv(
        'year,metric,key,value\n2026,headcount,watchmaker,4\n2027,hedcount,watchmaker,4\n2028,jobs,quartz,-1\n',
      ),
      'actuals.csv',
    )
    const where = preview.errors.map((e) => `${e.line}:${e.column}`)
    expect(where).toEqual(['3:metric', '4:value'])
    expect(preview.changes).toEqual([])
    await expect(ws.confirmActualsImport(preview.previewId)).rejects.toThrow(/no longer available/)
    expect((await ws.listActuals()).rows).toEqual([])
  })

  it('drop a name column: neither the names nor the file name reach the file', async () => {
    const fileName = 'effectifs-Zyxwvuts-Quiroga.csv'
    const preview = await ws.previewActualsImport(
      csv(
        'Nom,year,metric,key,value\nZyxwvuts Quiroga,2026,headcount,watchmaker,4\nPlumeaufrais Oberholzer,2026,headcount,technician,2\n',
      ),
      fileName,
    )
    expect(preview.errors).toEqual([])
    expect(preview.droppedColumns).toEqual(['Nom'])
    expect(preview.changes.map((c) => [c.key, c.before, c.after])).toEqual([
      ['watchmaker', null, 4],
      ['technician', null, 2],
    ])
    const outcome = await ws.confirmActualsImport(preview.previewId)
    expect(outcome.ok).toBe(true)
    expect((await ws.listActuals()).rows).toHaveLength(2)
    expect((await ws.history())[0]!.description).toBe('Actuals imported: 2 figures, 1 column dropped')
    await ws.close()
    const bytes = await readFile(path)
    for (const secret of ['Zyxwvuts', 'Quiroga', 'Plumeaufrais', 'Oberholzer', 'effectifs']) {
      expect(bytes.includes(Buffer.from(secret))).toBe(false)
    }
    ws = await openWorkspace(path)
  })
})

describe('plan versus actual on a frozen version', () => {
  it('gives actual minus plan in every cell, plan read from the version’s own projection', async () => {
    const frozen = await ws.freeze(baseId, 'Plan 2026')
    // Change the base afterwards: the version must keep comparing its own figures.
    expect((await ws.setValue(baseId, 'segments/quartz/serviceUptake', 0.9)).ok).toBe(true)
    const rows = [
      { year: 2026, metric: 'headcount', key: 'watchmaker', value: 3.2 },
      { year: 2027, metric: 'headcount', key: 'technician', value: 2.5 },
      { year: 2027, metric: 'jobs', key: 'automatic', value: 1234 },
      { year: 2028, metric: 'leavers', key: 'watchmaker', value: 0.4 },
    ] as const
    expect((await ws.setActuals([...rows])).ok).toBe(true)
    const cells = (await ws.actualsVariance(frozen.id)).cells
    const plan = project(smallInput())
    const at = (year: number) => plan.years.find((y) => y.year === year)!
    const expected = [
      at(2026).headcount.watchmaker!,
      at(2027).headcount.technician!,
      at(2027).jobs.automatic!,
      at(2028).leavers.watchmaker!,
    ]
    expect(cells).toHaveLength(4)
    rows.forEach((row, i) => {
      const cell = cells.find((c) => c.year === row.year && c.metric === row.metric && c.key === row.key)!
      expect(cell.plan).toBe(expected[i])
      expect(cell.actual).toBe(rows[i]!.value)
      expect(cell.difference).toBe(rows[i]!.value - expected[i]!)
      expect(cell.percent).toBeCloseTo((100 * (rows[i]!.value - expected[i]!)) / expected[i]!, 10)
    })
    // The live base now plans more quartz jobs; the version keeps its own plan.
    await ws.setActuals([{ year: 2027, metric: 'jobs', key: 'quartz', value: 10 }])
    const live = (await ws.actualsVariance(baseId)).cells.find((c) => c.key === 'quartz')!
    const old = (await ws.actualsVariance(frozen.id)).cells.find((c) => c.key === 'quartz')!
    expect(old.plan).toBe(at(2027).jobs.quartz)
    expect(live.plan).not.toBe(old.plan)
  })
})

describe('calibration and roll-forward in the file', () => {
  async function enterActualsFrom(input: ModelInput, years: number) {
    const result = project(input)
    const rows = result.years.slice(0, years).flatMap((y) => [
      ...Object.entries(y.jobs).map(([key, value]) => ({
        year: y.year,
        metric: 'jobs' as const,
        key,
        value,
      })),
      ...Object.entries(y.headcount).map(([key, value]) => ({
        year: y.year,
        metric: 'headcount' as const,
        key,
        value,
      })),
    ])
    expect((await ws.setActuals(rows)).ok).toBe(true)
  }

  it('applies the fit as a new scenario in one undo step, and rolls forward keeping the old plan frozen', async () => {
    const truth = structuredClone(smallInput())
    const automatic = truth.segments.find((s) => s.id === 'automatic')!
    const uptake = (automatic.serviceUptake as number) * 1.2
    automatic.serviceUptake = uptake
    await enterActualsFrom(truth, 3)
    const fit = await ws.calibrateScenario(baseId, [{ kind: 'serviceUptake', id: 'automatic' }])
    expect(fit.parameters[0]!.after).toBeCloseTo(uptake, 6)
    const historyBefore = (await ws.history()).length
    const applied = await ws.applyCalibration(baseId, [{ kind: 'serviceUptake', id: 'automatic' }], 'Calibré')
    expect(applied.ok).toBe(true)
    expect((await ws.history()).length).toBe(historyBefore + 1)
    const created = applied.scenario!
    expect((await ws.resolve(created.id)).input.segments[1]!.serviceUptake).toBeCloseTo(uptake, 6)
    await ws.undo()
    expect((await ws.listScenarios()).some((s) => s.name === 'Calibré')).toBe(false)
    await ws.redo()

    const rolled = await ws.rollForwardScenario(created.id, 'Plan 2029')
    expect(rolled.ok).toBe(true)
    const next = (await ws.resolve(rolled.scenario!.id)).input
    expect(next.startYear).toBe(2029)
    expect(next.horizonYears).toBe(7)
    const frozen = await ws.listFrozen()
    expect(frozen.map((f) => f.name)).toEqual(['Calibré (plan 2026)'])
    expect((await ws.resolve(frozen[0]!.id)).input.startYear).toBe(2026)
    // One step: undo removes the new plan and the frozen copy together.
    await ws.undo()
    expect(await ws.listFrozen()).toEqual([])
    expect((await ws.listScenarios()).some((s) => s.name === 'Plan 2029')).toBe(false)
  })
})

/** A schema version 2 file (migrations 001 and 002) holding version 1 inputs: a base, a scenario and a frozen version. */
/** A change a version 1 scenario can carry: more pre-owned growth for the automatic segment. */
const v1Override = { path: 'segments/automatic/preOwnedGrowth', value: 0.2 }

async function makeSchema2File(file: string): Promise<{ base: ModelInput; frozen: ModelInput }> {
  const db = await openDb(file, { create: true })
  await db.exec('PRAGMA journal_mode = WAL')
  for (const m of migrations.filter((m) => m.version <= 2)) await db.exec(m.sql)
  await db.exec(`PRAGMA application_id = ${APPLICATION_ID}`)
  await db.exec('PRAGMA user_version = 2')
  const now = '2025-06-01T08:00:00.000Z'
  await db.run("INSERT INTO meta (key, value) VALUES ('name', 'Atelier'), ('created_at', ?)", [now])
  // Files of schema 2 hold version 1 inputs (the samples are version 2 now): two v1 builders stand in for them.
  const base = makeInput()
  const frozen = smallInput()
  const insert = `INSERT INTO scenarios (id, name, parent_id, position, note, created_at, input_json, frozen_at, frozen_from, frozen_from_name)
                  VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?)`
  await db.run(insert, [1, 'Base', null, 0, now, JSON.stringify(base), null, null, null])
  await db.run(insert, [2, 'Prudent', 1, 1, now, null, null, null, null])
  await db.run(insert, [3, 'Version 2025', null, 0, now, JSON.stringify(frozen), now, 1, 'Base'])
  const override = v1Override
  await db.run('INSERT INTO overrides (scenario_id, path, value_json) VALUES (2, ?, ?)', [
    override.path,
    JSON.stringify(override.value),
  ])
  await db.close()
  return { base, frozen }
}

describe('the version 3 migration', () => {
  it('brings every stored input to schemaVersion 2 and every scenario projects the same to the last digit', async () => {
    const file = join(dir, 'old.etabli')
    const { base, frozen } = await makeSchema2File(file)
    expect(base.schemaVersion).toBe(1)
    expect(frozen.schemaVersion).toBe(1)
    const override = v1Override
    const expected = [base, applyOverrides(base, [override]).input, frozen].map((i) => project(i))

    const old = await openWorkspace(file)
    try {
      expect((await old.info()).fileSchemaVersion).toBe(3)
      const inputs = await Promise.all([1, 2, 3].map(async (id) => (await old.resolve(id)).input))
      inputs.forEach((input, i) => {
        expect(input.schemaVersion).toBe(2)
        // Nothing else changed: the input is the old one with the new version number.
        const was = [base, applyOverrides(base, [override]).input, frozen][i]!
        expect(input).toEqual({ ...was, schemaVersion: 2 })
        expect(project(input)).toEqual(expected[i])
      })
      // A version 2 field can now be set on the base.
      expect((await old.setValue(1, 'service/overtimeShare', 0.1)).ok).toBe(true)
    } finally {
      await old.close()
    }
  })
})
