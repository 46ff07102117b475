// Integration tests of imports on real workspace files: market volumes, roster and intakes from CSV and XLSX, errors, personal columns.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { StoreError } from '../../electron/store/errors'
import { isPersonalColumn } from '../../electron/store/import/personalColumns'
import { createWorkspace, openWorkspace, type Workspace } from '../../electron/store/workspace'
import { smallInput } from '../support/makeInput'
import { makeTempDir } from '../fixtures/storeFiles'

const FIXTURES = join(__dirname, '..', 'fixtures', 'import')

let dir: string
let removeDir: () => Promise<void>
let ws: Workspace
let baseId: number

beforeEach(async () => {
  ;({ dir, remove: removeDir } = await makeTempDir('etabli-import-'))
  ws = await createWorkspace(join(dir, 'plan.etabli'), { name: 'Import test', base: smallInput() })
  baseId = (await ws.listScenarios())[0]!.id
})

afterEach(async () => {
  await ws.close()
  await removeDir()
})

async function fixture(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(join(FIXTURES, name)))
}

async function xlsx(rows: (string | number | null)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Data')
  for (const row of rows) sheet.addRow(row)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

describe('market volumes', () => {
  it('previews without writing, then writes the start-year volume and growth that reproduce every imported year, as one step', async () => {
    const before = await ws.resolveAll()
    const preview = await ws.previewImport(
      baseId,
      'market',
      await fixture('market-good.csv'),
      'market-good.csv',
    )
    expect(preview.errors).toEqual([])
    expect(preview.droppedColumns).toEqual([])
    expect(preview.data.kind).toBe('market')
    expect(preview.data.rows).toHaveLength(4)
    expect(preview.data.rows[1]).toEqual({
      line: 3,
      segment: 'automatic',
      year: 2027,
      newSales: 4400,
      preOwned: 1800,
    })
    // Only values that differ from the scenario's are listed (the start-year volumes of automatic are unchanged).
    expect(preview.changes.map((c) => c.path).sort()).toEqual([
      'segments/automatic/newSalesGrowth',
      'segments/automatic/preOwnedGrowth',
      'segments/quartz/newSales',
    ])
    expect(preview.changes.find((c) => c.path === 'segments/quartz/newSales')).toEqual({
      path: 'segments/quartz/newSales',
      before: 3000,
      after: 3100,
    })
    // Nothing is stored by a preview.
    expect(await ws.resolveAll()).toEqual(before)
    expect(await ws.history()).toEqual([])

    const outcome = await ws.confirmImport(preview.previewId)
    expect(outcome.ok).toBe(true)
    const segment = (await ws.resolve(baseId)).input.segments.find((s) => s.id === 'automatic')!
    const growth = segment.newSalesGrowth as number[]
    const preGrowth = segment.preOwnedGrowth as number[]
    expect(growth).toHaveLength(10)
    // docs/model-equations.md: NS[t] = NS[t-1] * (1 + growth[t]); the imported volumes come back.
    let ns = segment.newSales
    let po = segment.preOwned
    const imported = [
      [4000, 1500],
      [4400, 1800],
      [4840, 2000],
    ]
    for (let t = 0; t < 3; t++) {
      if (t > 0) {
        ns *= 1 + growth[t]!
        po *= 1 + preGrowth[t]!
      }
      expect(ns).toBeCloseTo(imported[t]![0]!, 9)
      expect(po).toBeCloseTo(imported[t]![1]!, 9)
    }
    // After the last imported year the scenario's own growth continues (0.03 and 0.1 in the fixture input).
    expect(growth.slice(3)).toEqual(new Array(7).fill(0.03))
    expect(preGrowth.slice(3)).toEqual(new Array(7).fill(0.1))
    expect((await ws.resolve(baseId)).input.segments[0]!.newSales).toBe(3100)

    const history = await ws.history()
    expect(history).toHaveLength(1)
    // No file name in the history: a file's name can carry a person's name (issue 15).
    expect(history[0]!.description).toBe('Market volumes imported into Base: 4 rows')
    await ws.undo()
    expect(await ws.resolveAll()).toEqual(before)
  })

  it('reports every error with its line and column, and refuses to confirm', async () => {
    const before = await ws.resolveAll()
    const preview = await ws.previewImport(
      baseId,
      'market',
      await fixture('market-errors.csv'),
      'market-errors.csv',
    )
    const found = preview.errors.map((e) => [e.line, e.column])
    expect(found).toEqual(
      expect.arrayContaining([
        [3, 'Segment'],
        [4, 'New sales'],
        [5, 'Year'],
        [6, 'Pre-owned'],
        [6, 'Year'],
      ]),
    )
    expect(preview.errors.find((e) => e.line === 3)!.message).toMatch(/Unknown segment "chronograph"/)
    expect(preview.errors.find((e) => e.line === 4)!.message).toMatch(/"lots" is not a number/)
    expect(preview.errors.find((e) => e.line === 5)!.message).toMatch(/outside/)
    expect(preview.ignoredColumns).toEqual(['Comment'])
    expect(preview.changes).toEqual([])
    await expect(ws.confirmImport(preview.previewId)).rejects.toBeInstanceOf(StoreError)
    expect(await ws.resolveAll()).toEqual(before)
    expect(await ws.history()).toEqual([])
  })

  it('a file that cannot be read at all carries the code the UI words it by, and the line when there is one', async () => {
    const old = await ws.previewImport(baseId, 'market', new Uint8Array([1, 2, 3]), 'volumes.xls')
    expect(old.errors).toMatchObject([{ line: 0, code: 'import.file.oldExcel', params: {} }])
    // An opening quote never closed on line 3 of 3.
    const quotes = new TextEncoder().encode('year,segment,newSales\n2026,automatic,10\n2027,"automatic,11\n')
    const malformed = await ws.previewImport(baseId, 'market', quotes, 'm.csv')
    expect(malformed.errors).toMatchObject([{ code: 'import.file.csvMalformed', params: { line: 3 } }])
    const empty = await ws.previewImport(baseId, 'market', new TextEncoder().encode('\n\n'), 'm.csv')
    expect(empty.errors).toMatchObject([{ code: 'import.file.noData' }])
    expect(await ws.history()).toEqual([])
  })

  it('names a missing column on the header line', async () => {
    const bytes = new TextEncoder().encode('segment,volume\nautomatic,10\n')
    const preview = await ws.previewImport(baseId, 'market', bytes, 'm.csv')
    expect(preview.errors.map((e) => [e.line, e.column])).toEqual([
      [1, 'year'],
      [1, 'newSales'],
    ])
  })

  it('into a scenario: written as its overrides, the base unchanged', async () => {
    const child = await ws.createScenario(baseId, 'Import here')
    const preview = await ws.previewImport(
      child.id,
      'market',
      await fixture('market-good.csv'),
      'market-good.csv',
    )
    expect((await ws.confirmImport(preview.previewId)).ok).toBe(true)
    expect((await ws.overrides(child.id)).map((o) => o.path).sort()).toEqual(
      preview.changes.map((c) => c.path).sort(),
    )
    expect((await ws.resolve(baseId)).input).toEqual(smallInput())
    expect((await ws.resolve(child.id)).input.segments[0]!.newSales).toBe(3100)
  })
})

describe('roster', () => {
  it('drops every column that could identify a person, adds up rows of the same grade and age, and stores no personal data', async () => {
    const bytes = await fixture('roster-personal.csv')
    const preview = await ws.previewImport(baseId, 'roster', bytes, 'effectif.csv')
    expect(preview.errors).toEqual([])
    expect(preview.droppedColumns).toEqual(['Nom', 'Prénom', 'Date de naissance', 'E-mail', 'No AVS'])
    expect(preview.ignoredColumns).toEqual([])
    expect(preview.data.rows).toEqual([
      { line: 2, grade: 'watchmaker', age: 34, fte: 1 },
      { line: 3, grade: 'watchmaker', age: 34, fte: 0.8 },
      { line: 4, grade: 'watchmaker', age: 58, fte: 1 },
      { line: 5, grade: 'technician', age: 25, fte: 1 },
    ])
    // The preview itself carries none of it either.
    expect(JSON.stringify(preview)).not.toMatch(/Dupont|Jean|example\.ch|756\.|1992/)
    expect((await ws.confirmImport(preview.previewId)).ok).toBe(true)
    expect((await ws.resolve(baseId)).input.workforce.roster).toEqual([
      { grade: 'technician', age: 25, fte: 1 },
      { grade: 'watchmaker', age: 34, fte: 1.8 },
      { grade: 'watchmaker', age: 58, fte: 1 },
    ])
    // Not a byte of it in the file (closing checkpoints the WAL into the file).
    const path = ws.path
    await ws.close()
    const stored = (await readFile(path)).toString('latin1')
    for (const personal of ['Dupont', 'Bernasconi', 'example.ch', '756.1234', '1992-03-14']) {
      expect(stored).not.toContain(personal)
    }
    ws = await openWorkspace(path)
  })

  it('keeps no file name in the workspace: the history says what was imported, not from which file', async () => {
    const bytes = await fixture('roster-personal.csv')
    const preview = await ws.previewImport(baseId, 'roster', bytes, 'JBQ-Ravensworth.csv')
    expect((await ws.confirmImport(preview.previewId)).ok).toBe(true)
    // The fixture has 4 data lines and 5 columns that could identify a person (Nom … No AVS).
    expect((await ws.history())[0]!.description).toBe('Roster imported into Base: 4 rows, 5 columns dropped')
    const path = ws.path
    await ws.close()
    expect((await readFile(path)).toString('latin1')).not.toContain('Ravensworth')
    ws = await openWorkspace(path)
  })

  it('counts one FTE per row when there is no FTE column, and checks grades and ages', async () => {
    const bytes = new TextEncoder().encode(
      'grade,age,employee id\nwatchmaker,40,E1\nwatchmaker,40,E2\nmaster,50,E3\nwatchmaker,12,E4\ntechnician,33.5,E5\n',
    )
    const preview = await ws.previewImport(baseId, 'roster', bytes, 'r.csv')
    expect(preview.droppedColumns).toEqual(['employee id'])
    expect(preview.errors.map((e) => [e.line, e.column])).toEqual([
      [4, 'grade'],
      [5, 'age'],
      [6, 'age'],
    ])
    const good = await ws.previewImport(
      baseId,
      'roster',
      new TextEncoder().encode('grade,age\nwatchmaker,40\nwatchmaker,40\n'),
      'r.csv',
    )
    expect(good.changes).toEqual([
      {
        path: 'workforce/roster',
        before: smallInput().workforce.roster,
        after: [{ grade: 'watchmaker', age: 40, fte: 2 }],
      },
    ])
  })

  it('reads Windows-1252 CSV as older Excel writes it', async () => {
    const header = Buffer.from('Grade;\xc2ge;ETP\n', 'latin1') // "Âge" in Windows-1252
    const bytes = Buffer.concat([header, Buffer.from('watchmaker;45;1,5\n', 'latin1')])
    const preview = await ws.previewImport(baseId, 'roster', new Uint8Array(bytes), 'r.csv')
    expect(preview.errors).toEqual([])
    expect(preview.data.rows).toEqual([{ line: 2, grade: 'watchmaker', age: 45, fte: 1.5 }])
  })
})

describe('training intakes from XLSX', () => {
  it('sets each year given and keeps the scenario’s value for the others; a name column is dropped', async () => {
    const bytes = await xlsx([
      ['Programme', 'Année', 'Intake', 'Responsable'],
      ['apprenticeship', 2026, 4],
      ['apprenticeship', 2027, 5],
      ['Apprenticeship', 2030, 8],
    ])
    const preview = await ws.previewImport(baseId, 'intakes', bytes, 'intakes.xlsx')
    expect(preview.errors).toEqual([])
    expect(preview.ignoredColumns).toEqual(['Responsable'])
    expect(preview.data.rows.map((r) => r.line)).toEqual([2, 3, 4])
    expect((await ws.confirmImport(preview.previewId)).ok).toBe(true)
    expect((await ws.resolve(baseId)).input.training[0]!.intake).toEqual([4, 5, 3, 3, 8, 3, 3, 3, 3, 3])
  })

  it('reports errors by row and header, and a personal column is dropped', async () => {
    const bytes = await xlsx([
      ['Formation', 'Jahr', 'Eintritte', 'Name'],
      ['apprenticeship', 2026, 4, 'Jean Dupont'],
      ['academy', 2027, 5, 'Anna Müller'],
      ['apprenticeship', 2027, -1, 'Luca Rossi'],
      ['apprenticeship', 2026, 6, 'Marco B.'],
    ])
    const preview = await ws.previewImport(baseId, 'intakes', bytes, 'intakes.xlsx')
    expect(preview.droppedColumns).toEqual(['Name'])
    expect(preview.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'Formation'],
      [4, 'Eintritte'],
      [5, 'Jahr'],
    ])
    expect(JSON.stringify(preview)).not.toContain('Dupont')
  })

  it('says when the file cannot be read', async () => {
    const preview = await ws.previewImport(
      baseId,
      'intakes',
      new TextEncoder().encode('PK not a zip'),
      'x.xlsx',
    )
    expect(preview.errors).toHaveLength(1)
    expect(preview.errors[0]!.line).toBe(0)
    expect(preview.errors[0]!.message).toMatch(/cannot be read/)
    const old = await ws.previewImport(baseId, 'intakes', new Uint8Array([0xd0, 0xcf]), 'x.xls')
    expect(old.errors[0]!.message).toMatch(/\.xlsx or \.csv/)
  })
})

describe('personal columns', () => {
  it('are recognised in French, English and German, whatever the case, accents or punctuation', () => {
    const personal = [
      'Name',
      'first name',
      'LastName',
      'Surname',
      'Nom',
      'Prénom',
      'Vorname',
      'Nachname',
      'Full name',
      'ID',
      'Employee ID',
      'employee_no',
      'Matricule',
      'Personalnummer',
      'Mitarbeiternummer',
      'E-mail',
      'Email address',
      'Courriel',
      'Phone',
      'Téléphone',
      'Natel',
      'Telefon',
      'Address',
      'Adresse',
      'Strasse',
      'Birth date',
      'Date of birth',
      'DOB',
      'Date de naissance',
      'Geburtsdatum',
      'AVS',
      'No AVS',
      'AHV-Nr',
      'SSN',
      'Social security number',
    ]
    const kept = [
      'grade',
      'Âge',
      'Alter',
      'FTE',
      'ETP',
      'segment',
      'year',
      'Année',
      'intake',
      'Comment',
      'Pensum',
    ]
    expect(personal.filter((h) => !isPersonalColumn(h))).toEqual([])
    expect(kept.filter((h) => isPersonalColumn(h))).toEqual([])
  })
})
