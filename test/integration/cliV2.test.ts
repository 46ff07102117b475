// The CLI on version 2 scenarios: project (JSON and CSV with the new yearly columns), validate, and export from a workspace.
import { mkdtempSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/main'
import type { CliIo } from '../../electron/cli/io'
import { createWorkspace } from '../../electron/store/workspace'
import type { ModelResult } from '../../shared/model/types'
import { makeInput, withEveryPolicy } from '../support/makeInput'

function fakeIo(files: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '' }
  const io: CliIo = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readFile: async (path) => files[path] ?? readFile(path, 'utf8'),
    writeFile: async () => undefined,
  }
  return { io, out }
}

const v2 = withEveryPolicy(makeInput())
const v1WithV2Field = makeInput()
v1WithV2Field.service.overtimeShare = 0.1
const files = { 'v2.json': JSON.stringify(v2), 'mixed.json': JSON.stringify(v1WithV2Field) }

/** The yearly columns version 2 adds (for makeInput's grades watchmaker and master, segment automatic, programme apprenticeship). */
const v2Columns = [
  'overtimeHours.watchmaker',
  'outsourcedHours.master',
  'turnaroundWeeksByGrade.watchmaker',
  'statusByGrade.master',
  'resaleJobs.automatic',
  'admitted.apprenticeship',
  'cost.overtime',
  'cost.outsourcing',
  'revenue',
  'lostRevenue',
  'margin',
]

describe('the CLI on version 2 inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'etabli-cli-v2-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('validates a v2 file', async () => {
    const { io, out } = fakeIo(files)
    expect(await runCli(['validate', 'v2.json'], io)).toBe(0)
    expect(out.stdout).toBe('valid\n')
  })

  it('names the v2 field a v1 file must not carry', async () => {
    const { io, out } = fakeIo(files)
    expect(await runCli(['validate', 'mixed.json'], io)).toBe(1)
    expect(out.stdout).toContain(
      'service.overtimeShare: is a version 2 field; set schemaVersion to 2 to use it',
    )
  })

  it('projects a v2 file to JSON with the v2 figures and summary', async () => {
    const { io, out } = fakeIo(files)
    expect(await runCli(['project', 'v2.json'], io)).toBe(0)
    const result = JSON.parse(out.stdout) as ModelResult
    expect(Object.keys(result.years[0].statusByGrade)).toEqual(['watchmaker', 'master'])
    expect(result.summary).toHaveProperty('totalMargin')
    expect(result.summary).toHaveProperty('firstShortageGrade')
  })

  it('prints the v2 yearly columns in CSV, one cell per column in every row', async () => {
    const { io, out } = fakeIo(files)
    expect(await runCli(['project', 'v2.json', '--format', 'csv'], io)).toBe(0)
    const [header, ...rows] = out.stdout.trimEnd().split('\r\n')
    const columns = header!.split(',')
    for (const column of v2Columns) expect(columns).toContain(column)
    for (const row of rows) expect(row.split(',')).toHaveLength(columns.length)
    const status = columns.indexOf('statusByGrade.master')
    for (const row of rows) expect(['ok', 'shortage']).toContain(row.split(',')[status])
  })

  it('exports a v2 scenario of a workspace as its input and as CSV results', async () => {
    const path = join(dir, 'v2.etabli')
    const ws = await createWorkspace(path, { name: 'v2', base: v2 })
    await ws.close()
    const json = fakeIo()
    expect(await runCli(['export', path], json.io)).toBe(0)
    expect(JSON.parse(json.out.stdout)).toEqual(v2)
    const csv = fakeIo()
    expect(await runCli(['export', path, '--format', 'csv'], csv.io)).toBe(0)
    const columns = csv.out.stdout.split('\r\n')[0]!.split(',')
    for (const column of v2Columns) expect(columns).toContain(column)
  })
})
