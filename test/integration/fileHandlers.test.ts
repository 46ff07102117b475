// The file channels over a real workspace: main's dialogs and PDF behind the FileDialogs seam (a test double choosing temp files), upload and download.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { createHandlers } from '../../electron/ipc/handlers'
import { dispatch } from '../../electron/ipc/dispatch'
import type { FileDialogs } from '../../electron/ipc/fileHandlers'
import { openWorkspace } from '../../electron/store/workspace'
import type { IpcReply, ScenarioList } from '../../shared/ipc/contract'
import type { RosterEntry } from '../../shared/model/types'
import type { ImportPreview, WorkspaceInfo } from '../../shared/workspace/types'
import { makeTempDir } from '../fixtures/storeFiles'
import { makeHandlerDeps } from '../support/handlers'

type Call = (channel: string, args?: unknown) => Promise<IpcReply<unknown>>

let dir: string
let removeDir: () => Promise<void>
/** What the fake dialogs answer next: a path, or null for Cancel. */
let nextOpen: string | null
let nextSave: string | null
let savedDefault: string | null
const PDF = new TextEncoder().encode('%PDF-1.7 test')
let dispose: (() => Promise<void>)[]

const dialogs: FileDialogs = {
  chooseOpen: async () => nextOpen,
  chooseSave: async (defaultName) => {
    savedDefault = defaultName
    return nextSave
  },
  printToPdf: async () => PDF,
}

function handlersWith(withDialogs: boolean): Call {
  const deps = makeHandlerDeps(dir, withDialogs ? { dialogs } : {})
  dispose.push(() => deps.workspace.dispose())
  const handlers = createHandlers(deps)
  return (channel, args = {}) => dispatch(handlers, channel, args)
}

function value<T>(reply: IpcReply<unknown>): T {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`)
  return reply.value as T
}

beforeEach(async () => {
  ;({ dir, remove: removeDir } = await makeTempDir('etabli-files-'))
  nextOpen = null
  nextSave = null
  savedDefault = null
  dispose = []
})

afterEach(async () => {
  for (const d of dispose) await d()
  await removeDir()
})

async function baseId(call: Call): Promise<number> {
  value<WorkspaceInfo>(await call('workspace:openSample', { key: 'atelier-geneve' }))
  return value<ScenarioList>(await call('scenario:list')).scenarios.find((s) => s.isBase)!.id
}

describe('desktop: main’s dialogs keep the paths', () => {
  it('reads the file chosen for an import and answers its name and bytes only; Cancel answers null', async () => {
    const call = handlersWith(true)
    const path = join(dir, 'roster.csv')
    await writeFile(path, 'Grade,Age\nwatchmaker,40\n')
    nextOpen = path
    const chosen = value<{ fileName: string; dataBase64: string }>(await call('file:chooseImport'))
    expect(chosen).toEqual({
      fileName: 'roster.csv',
      dataBase64: Buffer.from('Grade,Age\nwatchmaker,40\n').toString('base64'),
    })
    nextOpen = null
    expect(value(await call('file:chooseImport'))).toBeNull()
  })

  it('writes an XLSX export where the Save dialog chose, and nothing when cancelled', async () => {
    const call = handlersWith(true)
    const id = await baseId(call)
    nextSave = join(dir, 'out.xlsx')
    expect(value(await call('export:save', { scenarioIds: [id], format: 'xlsx' }))).toEqual({ saved: true })
    expect(savedDefault).toBe('Atelier Genève (exemple) - Base.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await readFile(nextSave)) as unknown as ExcelJS.Buffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Summary', 'Base', 'Inputs', 'Sources'])
    nextSave = null
    const before = await readdir(dir)
    expect(value(await call('export:save', { scenarioIds: [id], format: 'csv' }))).toEqual({ saved: false })
    expect(await readdir(dir)).toEqual(before)
  })

  it('prints the page to the PDF file the user picks, adding .pdf to the suggested name', async () => {
    const call = handlersWith(true)
    await baseId(call)
    nextSave = join(dir, 'board.pdf')
    expect(value(await call('report:savePdf', { fileName: 'Board report' }))).toEqual({ saved: true })
    expect(savedDefault).toBe('Board report.pdf')
    expect(new Uint8Array(await readFile(nextSave))).toEqual(PDF)
  })

  it('browser mode has no dialogs: the desktop channels are refused with a clear message', async () => {
    const call = handlersWith(false)
    const reply = await call('file:chooseImport')
    expect(reply.ok).toBe(false)
    if (!reply.ok) expect(reply.error).toMatchObject({ code: 'INVALID_REQUEST', message: /desktop app/ })
    expect((await call('report:savePdf', { fileName: 'x' })).ok).toBe(false)
  })
})

describe('browser mode: upload and download', () => {
  it('downloads a consistent copy that uploads as a new file and holds the same scenarios', async () => {
    const call = handlersWith(false)
    await baseId(call)
    const before = value<ScenarioList>(await call('scenario:list'))
    const file = value<{ fileName: string; dataBase64: string }>(await call('workspace:download'))
    expect(file.fileName).toBe('atelier-geneve.etabli')
    const bytes = Buffer.from(file.dataBase64, 'base64')
    expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0')
    // Twice the same name: the second upload gets a name of its own, never over the first.
    const upload = { fileName: file.fileName, dataBase64: file.dataBase64 }
    const first = value<WorkspaceInfo>(await call('workspace:upload', upload))
    const second = value<WorkspaceInfo>(await call('workspace:upload', upload))
    expect(first.path).toBe(join(dir, 'atelier-geneve.etabli'))
    expect(second.path).toBe(join(dir, 'atelier-geneve 2.etabli'))
    const copy = await openWorkspace(first.path, { readOnly: true })
    expect((await copy.listScenarios()).map((s) => s.name)).toEqual(before.scenarios.map((s) => s.name))
    await copy.close()
  })

  it('refuses an upload that is not a workspace and keeps no copy of it', async () => {
    const call = handlersWith(false)
    const reply = await call('workspace:upload', {
      fileName: 'notes.etabli',
      dataBase64: Buffer.from('just text, not SQLite').toString('base64'),
    })
    expect(reply.ok).toBe(false)
    if (!reply.ok) expect(reply.error.code).toBe('NOT_A_WORKSPACE')
    expect((await readdir(dir)).filter((f) => f.endsWith('.etabli'))).toEqual([])
  })
})

describe('roster ages', () => {
  it('rounds ages to the middle of their 5-year band unless exact ages are asked for', async () => {
    const call = handlersWith(false)
    const scenarioId = await baseId(call)
    const csv =
      'Nom,Grade,Age,FTE\nA. Muster,watchmaker,34,1\nB. Muster,watchmaker,30,0.5\nC. Muster,senior,61,1\n'
    const dataBase64 = Buffer.from(csv).toString('base64')
    const args = { scenarioId, kind: 'roster', fileName: 'roster.csv', dataBase64 }
    const banded = value<ImportPreview>(await call('import:preview', { ...args, ages: 'bands' }))
    expect(banded.ages).toBe('bands')
    expect(banded.droppedColumns).toEqual(['Nom'])
    // 34 and 30 fall in 30–34 (middle 32) and add up; 61 falls in 60–64 (middle 62).
    const roster = banded.changes.find((c) => c.path === 'workforce/roster')!.after as RosterEntry[]
    expect(roster).toEqual([
      { grade: 'watchmaker', age: 32, fte: 1.5 },
      { grade: 'senior', age: 62, fte: 1 },
    ])
    const exact = value<ImportPreview>(await call('import:preview', { ...args, ages: 'exact' }))
    expect((exact.changes[0]!.after as RosterEntry[]).map((r) => r.age)).toEqual([30, 34, 61])
  })
})
