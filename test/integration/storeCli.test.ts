// Integration tests of the CLI's workspace commands on real files: sample, scenarios, export, and project on a .etabli.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runCli } from '../../electron/cli/main'
import type { CliIo } from '../../electron/cli/io'
import { openWorkspace } from '../../electron/store/workspace'
import { samples } from '../../shared/sample'
import type { ModelResult } from '../../shared/model/types'
import { makeTempDir } from '../fixtures/storeFiles'

let dir: string
let removeDir: () => Promise<void>

beforeEach(async () => {
  ;({ dir, remove: removeDir } = await makeTempDir('etabli-cli-'))
})

afterEach(async () => {
  await removeDir()
})

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: (p) => readFile(p, 'utf8'),
    writeFile: (p, t) => writeFile(p, t, 'utf8'),
  }
  const code = await runCli(argv, io)
  return { code, stdout, stderr }
}

describe('etabli sample', () => {
  it('writes each embedded sample with its base, scenarios and sources, and refuses to overwrite without --force', async () => {
    for (const sample of samples) {
      const path = join(dir, `${sample.key}.etabli`)
      const run = await cli('sample', path, '--which', sample.key)
      expect(run.code).toBe(0)
      const ws = await openWorkspace(path)
      try {
        expect((await ws.info()).name).toBe(sample.name)
        expect((await ws.listScenarios()).map((s) => s.name)).toEqual([
          sample.baseName,
          ...sample.scenarios.map((s) => s.name),
        ])
        expect(await ws.sources()).toHaveLength(sample.sources.length)
        expect((await ws.resolve((await ws.listScenarios())[0]!.id)).input).toEqual(sample.base)
        expect(await ws.history()).toEqual([])
      } finally {
        await ws.close()
      }
    }
    const again = await cli('sample', join(dir, `${samples[0]!.key}.etabli`))
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/already exists/)
    expect((await cli('sample', join(dir, `${samples[0]!.key}.etabli`), '--force')).code).toBe(0)
    expect((await cli('sample', join(dir, 'x.etabli'), '--which', 'nowhere')).code).toBe(2)
  })
})

describe('etabli scenarios, export and project on a workspace', () => {
  it('lists the scenarios', async () => {
    const path = join(dir, 'w.etabli')
    await cli('sample', path)
    const text = await cli('scenarios', path)
    expect(text.code).toBe(0)
    for (const s of samples[0]!.scenarios) expect(text.stdout).toContain(s.name)
    const json = await cli('scenarios', path, '--json')
    const parsed = JSON.parse(json.stdout) as { scenarios: { name: string; isBase: boolean }[] }
    expect(parsed.scenarios.filter((s) => s.isBase).map((s) => s.name)).toEqual([samples[0]!.baseName])
  })

  it('exports a scenario as the resolved ModelInput, which project reads as a JSON file', async () => {
    const path = join(dir, 'w.etabli')
    await cli('sample', path)
    const name = samples[0]!.scenarios[0]!.name
    const exported = await cli('export', path, '--scenario', name)
    expect(exported.code).toBe(0)
    const ws = await openWorkspace(path)
    const scenario = (await ws.listScenarios()).find((s) => s.name === name)!
    const resolved = (await ws.resolve(scenario.id)).input
    await ws.close()
    expect(JSON.parse(exported.stdout)).toEqual(resolved)

    const jsonPath = join(dir, 'scenario.json')
    await writeFile(jsonPath, exported.stdout)
    const fromJson = await cli('project', jsonPath)
    const fromWorkspace = await cli('project', path, '--scenario', name)
    expect(fromJson.code).toBe(0)
    expect(fromWorkspace.code).toBe(0)
    expect(fromWorkspace.stdout).toBe(fromJson.stdout)
    // A different scenario projects differently: the name really selects.
    const base = await cli('project', path)
    expect(base.stdout).not.toBe(fromWorkspace.stdout)
  })

  it('projects every scenario of every sample', async () => {
    for (const sample of samples) {
      const path = join(dir, `${sample.key}.etabli`)
      await cli('sample', path, '--which', sample.key)
      for (const name of [sample.baseName, ...sample.scenarios.map((s) => s.name)]) {
        const run = await cli('project', path, '--scenario', name)
        expect(run.code, `${sample.key} / ${name}: ${run.stderr}`).toBe(0)
        const result = JSON.parse(run.stdout) as ModelResult
        expect(result.years).toHaveLength(sample.base.horizonYears)
      }
    }
  })

  it('writes results as CSV and XLSX', async () => {
    const path = join(dir, 'w.etabli')
    await cli('sample', path)
    const csv = await cli('export', path, '--format', 'csv')
    expect(csv.code).toBe(0)
    const lines = csv.stdout.trim().split('\r\n')
    expect(lines[0]!.startsWith('scenario,year,')).toBe(true)
    expect(lines).toHaveLength(1 + samples[0]!.base.horizonYears)
    const out = join(dir, 'results.xlsx')
    expect((await cli('export', path, '--format', 'xlsx', '--out', out)).code).toBe(0)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await readFile(out)) as unknown as ExcelJS.Buffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      samples[0]!.baseName,
      'Inputs',
      'Sources',
    ])
    expect(workbook.worksheets[1]!.actualRowCount).toBe(1 + samples[0]!.base.horizonYears)
    // The sources sheet: a header and one row per source of the sample.
    expect(workbook.worksheets[3]!.actualRowCount).toBe(1 + samples[0]!.sources.length)
    expect(workbook.getWorksheet('Inputs')!.getRow(1).getCell(2).value).toBe(samples[0]!.baseName)
  })

  it('fails with a clear message for an unknown scenario, a non-workspace, or --scenario on a JSON file', async () => {
    const path = join(dir, 'w.etabli')
    await cli('sample', path)
    const unknown = await cli('project', path, '--scenario', 'Nope')
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toMatch(/no scenario named 'Nope'/)
    const notWorkspace = join(dir, 'text.etabli')
    await writeFile(notWorkspace, 'hello')
    const refused = await cli('scenarios', notWorkspace)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/not an Établi workspace/)
    await writeFile(join(dir, 'in.json'), '{}')
    expect((await cli('project', join(dir, 'in.json'), '--scenario', 'Base')).code).toBe(2)
  })
})
