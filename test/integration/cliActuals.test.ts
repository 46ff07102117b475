// The yearly cycle from the command line, through the real process (tsx): new, actuals import and list, variance, calibrate (and apply), rollforward.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { project } from '../../shared/engine'
import { smallInput } from '../support/makeInput'

const repo = resolve(__dirname, '..', '..')

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      join(repo, 'node_modules/.bin/tsx'),
      ['electron/cli/main.ts', ...args],
      { cwd: repo, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0
        done({ code, stdout, stderr })
      },
    )
  })
}

let dir = ''
let file = ''
const plan = smallInput()
// The workshop really saw 20 % more automatic watches come in than planned.
const truth = structuredClone(plan)
const automatic = truth.segments.find((s) => s.id === 'automatic')!
const trueUptake = (automatic.serviceUptake as number) * 1.2
automatic.serviceUptake = trueUptake
const real = project(truth)

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'etabli-cli-actuals-'))
  file = join(dir, 'atelier.etabli')
  writeFileSync(join(dir, 'input.json'), JSON.stringify(plan))
  writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...plan, horizonYears: 0 }))
  const lines = ['Nom,year,metric,key,value']
  for (const y of real.years.slice(0, 3)) {
    for (const [key, value] of Object.entries(y.jobs))
      lines.push(`Zyxwvuts Quiroga,${y.year},jobs,${key},${value}`)
  }
  writeFileSync(join(dir, 'actuals.csv'), `${lines.join('\n')}\n`)
  writeFileSync(join(dir, 'bad.csv'), 'year,metric,key,value\n2026,jobs,quartz,12\n2027,jobs,quartz,douze\n')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('etabli new, actuals, variance, calibrate, rollforward', () => {
  it('runs the yearly cycle on a real file', async () => {
    const refused = await cli('new', join(dir, 'bad.etabli'), '--from', join(dir, 'bad.json'))
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('horizonYears')

    const created = await cli('new', file, '--from', join(dir, 'input.json'))
    expect(created.stderr).toBe('')
    expect(created.code).toBe(0)
    const scenarios = JSON.parse((await cli('scenarios', file, '--json')).stdout) as {
      scenarios: { name: string }[]
    }
    expect(scenarios.scenarios.map((s) => s.name)).toEqual(['Base'])

    const bad = await cli('actuals', 'import', file, join(dir, 'bad.csv'))
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('Line 3, column value')

    const imported = await cli('actuals', 'import', file, join(dir, 'actuals.csv'))
    expect(imported.code).toBe(0)
    expect(imported.stderr).toContain('column Nom dropped')
    expect(imported.stdout).toContain('Actuals imported: 6 figures, 1 column dropped')

    const listed = JSON.parse((await cli('actuals', 'list', file)).stdout) as {
      actuals: { year: number; metric: string; key: string; value: number }[]
    }
    expect(listed.actuals).toHaveLength(6)
    expect(listed.actuals.find((r) => r.year === 2027 && r.key === 'automatic')!.value).toBe(
      real.years[1]!.jobs.automatic,
    )

    const variance = JSON.parse((await cli('variance', file, '--scenario', 'Base')).stdout) as {
      cells: { year: number; key: string; plan: number; actual: number; difference: number }[]
    }
    const planned = project(plan)
    expect(variance.cells).toHaveLength(6)
    for (const cell of variance.cells) {
      const t = cell.year - plan.startYear
      expect(cell.plan).toBe(planned.years[t]!.jobs[cell.key])
      expect(cell.difference).toBe(real.years[t]!.jobs[cell.key]! - planned.years[t]!.jobs[cell.key]!)
    }
    // Quartz uptake is as planned: no difference there.
    expect(variance.cells.filter((c) => c.key === 'quartz').every((c) => c.difference === 0)).toBe(true)

    const calibrated = await cli(
      'calibrate',
      file,
      '--scenario',
      'Base',
      '--fit',
      'serviceUptake',
      '--apply',
      'Calibré',
    )
    expect(calibrated.stderr).toBe('')
    expect(calibrated.code).toBe(0)
    const fit = JSON.parse(calibrated.stdout) as {
      parameters: { path: string; before: number; after: number }[]
      fit: Record<string, { mape: number; r2: number }>
    }
    const uptake = fit.parameters.find((p) => p.path === 'segments/automatic/serviceUptake')!
    expect(uptake.before).toBe(plan.segments[1]!.serviceUptake)
    expect(Math.abs(uptake.after / trueUptake - 1)).toBeLessThan(0.01)
    expect(fit.fit.jobs!.r2).toBeGreaterThan(0.99)
    expect(fit.fit.jobs!.mape).toBeLessThan(0.001)

    const rolled = await cli('rollforward', file, '--scenario', 'Calibré', '--name', 'Plan 2029')
    expect(rolled.stderr).toBe('')
    const next = JSON.parse(rolled.stdout) as { scenario: string; startYear: number; frozen: string | null }
    expect(next).toEqual({
      scenario: 'Plan 2029',
      startYear: 2029,
      horizonYears: 7,
      frozen: 'Calibré (plan 2026)',
    })

    const after = JSON.parse((await cli('scenarios', file, '--json')).stdout) as {
      scenarios: { name: string }[]
      frozen: { name: string }[]
    }
    expect(after.scenarios.map((s) => s.name)).toEqual(['Base', 'Calibré', 'Plan 2029'])
    expect(after.frozen.map((s) => s.name)).toEqual(['Calibré (plan 2026)'])
    // The frozen plan compares with the actuals as the base did (same figures, uptake fitted).
    const frozenVariance = JSON.parse(
      (await cli('variance', file, '--scenario', 'Calibré (plan 2026)')).stdout,
    ) as { cells: { difference: number; actual: number }[] }
    for (const cell of frozenVariance.cells)
      expect(Math.abs(cell.difference)).toBeLessThan(cell.actual * 0.01)

    // No file name reached the workspace.
    const bytes = readFileSync(file)
    for (const secret of ['Zyxwvuts', 'actuals.csv', 'input.json'])
      expect(bytes.includes(Buffer.from(secret))).toBe(false)
  }, 120_000)

  it('refuses a wrong --fit, naming what is allowed', async () => {
    const run = await cli('calibrate', file, '--scenario', 'Base', '--fit', 'uptake')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("'uptake' is not one of serviceUptake, hoursPerJob, attritionRate")
  })
})
