// The CLI: runCli in-process with a fake io for every branch, then the real process (tsx) and the bin entry for exit codes and streams.
import { execFile } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/main'
import type { CliIo } from '../../electron/cli/io'
import type { ModelResult } from '../../shared/model/types'
import { makeInput } from '../support/makeInput'

const repo = resolve(__dirname, '../..')

/** An in-memory io: files in a map, streams in strings. */
function fakeIo(files: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> }
  const io: CliIo = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readFile: async (path) => {
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
      return files[path]
    },
    writeFile: async (path, text) => void (out.written[path] = text),
  }
  return { io, out }
}

const validJson = JSON.stringify(makeInput())
const invalidInput = makeInput()
invalidInput.segments[0].jobMix = { 'full-service': 0.7, complication: 0.25 }
invalidInput.grades[0].attritionRate = 3
const invalidJson = JSON.stringify(invalidInput)
const files = { 'in.json': validJson, 'bad.json': invalidJson, 'broken.json': '{ "schemaVersion": 1,' }

describe('runCli in-process', () => {
  it('projects a valid file to JSON on stdout, exit 0', async () => {
    const { io, out } = fakeIo(files)
    expect(await runCli(['project', 'in.json'], io)).toBe(0)
    const result = JSON.parse(out.stdout) as ModelResult
    expect(result.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030])
    expect(result.summary).toHaveProperty('totalCost')
    expect(out.stderr).toBe('')
  })

  it('prints yearly figures as CSV with --format csv', async () => {
    const { io, out } = fakeIo(files)
    expect(await runCli(['project', 'in.json', '--format', 'csv'], io)).toBe(0)
    const lines = out.stdout.trimEnd().split('\r\n')
    expect(lines).toHaveLength(1 + 5)
    const header = lines[0].split(',')
    expect(header.slice(0, 3)).toEqual(['year', 'demandHours.watchmaker', 'demandHours.master'])
    expect(header).toContain('cost.total')
    expect(header).toContain('status')
    expect(lines[1].split(',')[0]).toBe('2026')
    expect(lines[1].split(',')).toHaveLength(header.length)
  })

  it('writes to --out instead of stdout, CSV when the file ends in .csv', async () => {
    const { io, out } = fakeIo(files)
    expect(await runCli(['project', 'in.json', '--out', 'result.csv'], io)).toBe(0)
    expect(out.stdout).toBe('')
    expect(out.written['result.csv'].startsWith('year,demandHours.watchmaker')).toBe(true)
    expect(await runCli(['project', 'in.json', '-o', 'result.json'], io)).toBe(0)
    expect((JSON.parse(out.written['result.json']) as ModelResult).years).toHaveLength(5)
  })

  it('prints every validation problem on stderr and exits 1 for an invalid file', async () => {
    const { io, out } = fakeIo(files)
    expect(await runCli(['project', 'bad.json'], io)).toBe(1)
    expect(out.stdout).toBe('')
    expect(out.stderr).toContain('bad.json: 2 problems')
    expect(out.stderr).toContain('segments[0].jobMix: shares sum to 0.95; they must sum to 1')
    expect(out.stderr).toContain('grades[0].attritionRate: must be between 0 and 1')
  })

  it('exits 1 with one line for a missing file or invalid JSON', async () => {
    const { io, out } = fakeIo(files)
    expect(await runCli(['project', 'missing.json'], io)).toBe(1)
    expect(out.stderr).toBe('etabli project: cannot read missing.json: no such file\n')
    expect(await runCli(['validate', 'broken.json'], io)).toBe(1)
    expect(out.stderr).toMatch(/etabli validate: broken\.json is not valid JSON: /)
  })

  it('validates: "valid" and exit 0, or the problems on stdout and exit 1', async () => {
    const ok = fakeIo(files)
    expect(await runCli(['validate', 'in.json'], ok.io)).toBe(0)
    expect(ok.out.stdout).toBe('valid\n')
    const bad = fakeIo(files)
    expect(await runCli(['validate', 'bad.json'], bad.io)).toBe(1)
    expect(bad.out.stdout).toContain('segments[0].jobMix: shares sum to 0.95; they must sum to 1')
  })

  it.each([
    [[], /^Usage: etabli <command>/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['project'], /project needs exactly one input file\nUsage: etabli project </],
    [['project', 'a.json', 'b.json'], /project needs exactly one input file/],
    [['project', 'in.json', '--format', 'xml'], /--format must be json or csv, not 'xml'/],
    [['project', 'in.json', '--colour'], /Unknown option '--colour'/],
    [['validate'], /validate needs exactly one input file/],
  ])('exits 2 for the usage error %j', async (argv, message) => {
    const { io, out } = fakeIo(files)
    expect(await runCli(argv, io)).toBe(2)
    expect(out.stderr).toMatch(message)
    expect(out.stdout).toBe('')
  })

  it('prints help on stdout with every command', async () => {
    const { io, out } = fakeIo()
    expect(await runCli(['help'], io)).toBe(0)
    expect(out.stdout).toMatch(/^ {2}project <input\.json.*\[--format json\|csv\] \[--out FILE\]$/m)
    expect(out.stdout).toMatch(/^ {2}validate <input\.json>$/m)
    expect(out.stdout).toMatch(/^ {2}help$/m)
    expect(await runCli(['--help'], io)).toBe(0)
  })
})

// ---- the real process ---------------------------------------------------------------------------

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function exec(command: string, args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(command, args, { cwd: repo, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0
      done({ code, stdout, stderr })
    })
  })
}

describe('the CLI process (tsx electron/cli/main.ts)', () => {
  let dir = ''
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'etabli-cli-'))
    writeFileSync(join(dir, 'in.json'), validJson)
    writeFileSync(join(dir, 'bad.json'), invalidJson)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const cli = (...args: string[]) =>
    exec(join(repo, 'node_modules/.bin/tsx'), ['electron/cli/main.ts', ...args])

  it('exits 0 with the projection as JSON on stdout for a valid file', async () => {
    const run = await cli('project', join(dir, 'in.json'))
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as ModelResult).years).toHaveLength(5)
  })

  it('exits 1 with the problems on stderr for an invalid file', async () => {
    const run = await cli('project', join(dir, 'bad.json'))
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('segments[0].jobMix: shares sum to 0.95; they must sum to 1')
  })

  it('exits 2 for a usage error', async () => {
    const run = await cli('project', '--format', 'xml', join(dir, 'in.json'))
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--format must be json or csv')
  })
})

describe('bin/etabli.cjs', () => {
  let dir = ''
  beforeAll(() => {
    // A copy of the bin script in a fake package, so that out/main/cli.js can be absent or a stub.
    dir = mkdtempSync(join(tmpdir(), 'etabli-bin-'))
    mkdirSync(join(dir, 'bin'))
    copyFileSync(join(repo, 'bin/etabli.cjs'), join(dir, 'bin/etabli.cjs'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('says how to build when out/main/cli.js is missing', async () => {
    const run = await exec(process.execPath, [join(dir, 'bin/etabli.cjs'), 'help'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('the CLI is not built')
    expect(run.stderr).toContain('npm run build')
  })

  it('hands the arguments to the built runCli and exits with its code', async () => {
    mkdirSync(join(dir, 'out/main'), { recursive: true })
    writeFileSync(
      join(dir, 'out/main/cli.js'),
      'exports.runCli = async (argv) => { process.stdout.write(JSON.stringify(argv)); return 3 }\n',
    )
    const run = await exec(process.execPath, [join(dir, 'bin/etabli.cjs'), 'project', 'x.json'])
    expect(run.stdout).toBe('["project","x.json"]')
    expect(run.code).toBe(3)
    expect(readFileSync(join(dir, 'bin/etabli.cjs'), 'utf8')).toContain("'out', 'main', 'cli.js'")
  })
})
