// Tampered rows: invalid JSON in a scenario's input or an override, and history steps this version cannot apply.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runCli } from '../../electron/cli/main'
import type { CliIo } from '../../electron/cli/io'
import { dispatch } from '../../electron/ipc/dispatch'
import { openDb } from '../../electron/store/db'
import { StoreError } from '../../electron/store/errors'
import { createWorkspace, openWorkspace } from '../../electron/store/workspace'
import { smallInput } from '../support/makeInput'
import { makeTempDir } from '../fixtures/storeFiles'
import { makeTestHandlers } from '../support/handlers'

let dir: string
let removeDir: () => Promise<void>
let path: string

beforeEach(async () => {
  ;({ dir, remove: removeDir } = await makeTempDir('etabli-tampered-'))
  const ws = await createWorkspace(join(dir, 'tampered.etabli'), { name: 'Tampered', base: smallInput() })
  const [base] = await ws.listScenarios()
  const intact = await ws.createScenario(base!.id, 'Intact')
  await ws.setValue(intact.id, 'service/abandonRate', 0.2)
  const broken = await ws.createScenario(base!.id, 'Broken override')
  await ws.setValue(broken.id, 'service/abandonRate', 0.3)
  await ws.freeze(intact.id, 'Frozen copy')
  path = ws.path
  await ws.close()
})

afterEach(() => removeDir())

/** Changes the file behind Établi's back, as a hostile or careless editor would. */
async function tamper(sql: string): Promise<void> {
  const db = await openDb(path)
  await db.exec(sql)
  await db.close()
}

async function cli(...argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = ''
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (t) => void (stderr += t),
    readFile: (p) => readFile(p, 'utf8'),
    writeFile: (p, t) => writeFile(p, t, 'utf8'),
  }
  return { code: await runCli(argv, io), stderr }
}

const damagedOverride = `UPDATE overrides SET value_json = '{not json' WHERE scenario_id =
  (SELECT id FROM scenarios WHERE name = 'Broken override')`
const damagedFrozen = `UPDATE scenarios SET input_json = '[1,' WHERE name = 'Frozen copy'`

describe('a scenario whose stored JSON is damaged', () => {
  it('is refused by name while the workspace and its other scenarios open as usual', async () => {
    await tamper(`${damagedOverride}; ${damagedFrozen}`)
    const ws = await openWorkspace(path)
    try {
      const names = (await ws.listScenarios()).map((s) => s.name)
      expect(names).toEqual(['Base', 'Intact', 'Broken override'])
      const [base, intact, broken] = await ws.listScenarios()
      const [frozen] = await ws.listFrozen()
      expect((await ws.resolve(intact!.id)).input.service.abandonRate).toBe(0.2)
      expect((await ws.resolve(base!.id)).input).toEqual(smallInput())

      const overrideError = await ws.resolve(broken!.id).catch((e: unknown) => e)
      expect(overrideError).toBeInstanceOf(StoreError)
      expect(overrideError).toMatchObject({ code: 'damaged', path: 'service/abandonRate' })
      expect((overrideError as Error).message).toMatch(
        /service\/abandonRate in scenario Broken override.*not valid JSON/,
      )
      await expect(ws.overrides(broken!.id)).rejects.toMatchObject({ code: 'damaged' })

      const frozenError = await ws.resolve(frozen!.id).catch((e: unknown) => e)
      expect(frozenError).toMatchObject({ code: 'damaged' })
      expect((frozenError as Error).message).toMatch(/Frozen copy/)
      // An edit of the intact scenario still works.
      expect((await ws.setValue(intact!.id, 'service/abandonRate', 0.25)).ok).toBe(true)
    } finally {
      await ws.close()
    }
  })

  it('answers DAMAGED with the scenario named over the bridge, never INTERNAL', async () => {
    await tamper(damagedOverride)
    const { handlers, dispose } = makeTestHandlers(dir)
    try {
      expect((await dispatch(handlers, 'workspace:open', { path })).ok).toBe(true)
      const list = await dispatch(handlers, 'scenario:list', {})
      if (!list.ok) throw new Error(list.error.message)
      const broken = (list.value as { scenarios: { id: number; name: string }[] }).scenarios.find(
        (s) => s.name === 'Broken override',
      )!
      const reply = await dispatch(handlers, 'scenario:resolve', { scenarioId: broken.id })
      expect(reply).toMatchObject({ ok: false, error: { code: 'DAMAGED', path: 'service/abandonRate' } })
      if (!reply.ok) expect(reply.error.message).toMatch(/Broken override/)
    } finally {
      await dispose()
    }
  })

  it('gives one line naming the scenario from the CLI (project, export), no stack trace', async () => {
    await tamper(`${damagedOverride}; ${damagedFrozen}`)
    for (const [command, scenario] of [
      ['project', 'Broken override'],
      ['export', 'Frozen copy'],
    ] as const) {
      const { code, stderr } = await cli(command, path, '--scenario', scenario)
      expect(code).not.toBe(0)
      expect(stderr).toContain(scenario)
      expect(stderr).not.toMatch(/\n\s+at /)
      expect(stderr).not.toMatch(/unexpected error|SyntaxError/)
    }
    expect((await cli('project', path, '--scenario', 'Intact')).code).toBe(0)
  })
})

describe('a history step this version cannot apply', () => {
  for (const [what, json] of [
    ['an unknown operation', '[{"op":"explode","scenarioId":1}]'],
    ['invalid JSON', '[{"op":'],
    ['something other than a list of operations', '{"op":"deleteScenarios","ids":[2]}'],
  ] as const) {
    it(`is refused, and stays not undone, when it holds ${what}`, async () => {
      await tamper(`UPDATE history SET undo_json = '${json}' WHERE id = (SELECT MAX(id) FROM history)`)
      const ws = await openWorkspace(path)
      try {
        const before = await ws.resolveAll()
        const [latest] = await ws.history(1)
        const error = await ws.undo().catch((e: unknown) => e)
        expect(error).toBeInstanceOf(StoreError)
        expect(error).toMatchObject({ code: 'damaged' })
        expect((error as Error).message).toContain(latest!.description)
        expect((await ws.history(1))[0]).toEqual({ ...latest, undone: false })
        expect((await ws.info()).canRedo).toBe(false)
        expect(await ws.resolveAll()).toEqual(before)
      } finally {
        await ws.close()
      }
    })
  }
})
