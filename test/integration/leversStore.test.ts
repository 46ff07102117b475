// Global levers and templates in the store on real SQLite files: several values as one history step, exact undo/redo, all-or-nothing refusals, templates on every sample.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { dispatch } from '../../electron/ipc/dispatch'
import { StoreError } from '../../electron/store/errors'
import { createWorkspace, type Workspace } from '../../electron/store/workspace'
import { project } from '../../shared/engine'
import { toFieldPath } from '../../shared/model/fieldPath'
import type { ModelInput } from '../../shared/model/types'
import { samples } from '../../shared/sample'
import { leverWrites, TEMPLATE_IDS, type LeverApplication } from '../../shared/workspace/levers'
import { makeTempDir } from '../fixtures/storeFiles'
import { makeTestHandlers } from '../support/handlers'
import { smallInput } from '../support/makeInput'

let dir: string
let removeDir: () => Promise<void>
const opened: Workspace[] = []

beforeEach(async () => {
  ;({ dir, remove: removeDir } = await makeTempDir())
})

afterEach(async () => {
  for (const ws of opened.splice(0)) await ws.close()
  await removeDir()
})

async function fresh(base: ModelInput, name = 'plan.etabli'): Promise<Workspace> {
  const ws = await createWorkspace(join(dir, name), { name: 'Atelier test', base })
  opened.push(ws)
  return ws
}

/** A base with three segments in three series forms (constant, per-year, formula) and a child scenario. */
async function withChild(): Promise<{ ws: Workspace; child: number }> {
  const base = smallInput()
  const seg = base.segments[0]!
  base.segments = [
    { ...seg, id: 'a', preOwnedGrowth: 0.1 },
    { ...seg, id: 'b', preOwnedGrowth: Array.from({ length: base.horizonYears }, () => 0.05) },
    { ...seg, id: 'c', preOwnedGrowth: 'year <= 2028 ? 0.2 : 0.03' },
  ]
  const ws = await fresh(base)
  const child = await ws.createScenario((await ws.findScenario('Base'))!.id, 'Boom')
  return { ws, child: child.id }
}

const lever: LeverApplication = { lever: 'preOwnedGrowth', op: 'add', amount: 0.02 }

describe('setValues', () => {
  it('writes every value as one history step; undo restores the input exactly, redo reapplies it', async () => {
    const { ws, child } = await withChild()
    const before = (await ws.resolve(child)).input
    const stepsBefore = (await ws.history()).length
    const values = leverWrites(before, lever)
    expect(values).toHaveLength(3)
    const outcome = await ws.setValues(child, values, lever)
    expect(outcome.ok).toBe(true)
    const history = await ws.history()
    expect(history).toHaveLength(stepsBefore + 1)
    expect(history[0]!.description).toBe('Apply lever preOwnedGrowth add 0.02 to 3 fields in Boom')
    const after = (await ws.resolve(child)).input
    expect(after.segments.map((s) => s.preOwnedGrowth)).toEqual([
      0.12,
      Array.from({ length: before.horizonYears }, () => 0.07),
      '(year <= 2028 ? 0.2 : 0.03) + 0.02',
    ])
    expect(await ws.overrides(child)).toHaveLength(3)

    await ws.undo()
    expect((await ws.resolve(child)).input).toEqual(before)
    expect(await ws.overrides(child)).toHaveLength(0)
    await ws.redo()
    expect((await ws.resolve(child)).input).toEqual(after)
  })

  it('on the base writes into its input, and one undo takes all of it back', async () => {
    const { ws } = await withChild()
    const baseId = (await ws.findScenario('Base'))!.id
    const before = (await ws.resolve(baseId)).input
    const values = leverWrites(before, { lever: 'attritionRate', op: 'scale', amount: 2 })
    expect((await ws.setValues(baseId, values)).ok).toBe(true)
    expect((await ws.history())[0]!.description).toBe(`Set ${values.length} values in Base`)
    await ws.undo()
    expect((await ws.resolve(baseId)).input).toEqual(before)
  })

  it('writes nothing when one value makes the input invalid, and names that field', async () => {
    const { ws, child } = await withChild()
    const before = (await ws.resolve(child)).input
    const stepsBefore = (await ws.history()).length
    const outcome = await ws.setValues(child, [
      { path: 'segments/a/serviceUptake', value: 0.5 },
      { path: 'segments/b/serviceUptake', value: 1.4 },
    ])
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.problems.map((p) => toFieldPath(p.path, before))).toEqual(['segments/b/serviceUptake'])
    expect((await ws.resolve(child)).input).toEqual(before)
    expect(await ws.history()).toHaveLength(stepsBefore)
  })

  it('refuses values that are not the lever they claim, paths given twice, and frozen versions', async () => {
    const { ws, child } = await withChild()
    const input = (await ws.resolve(child)).input
    const wrong = leverWrites(input, lever).map((v) => ({ ...v, value: 0.5 }))
    await expect(ws.setValues(child, wrong, lever)).rejects.toBeInstanceOf(StoreError)
    await expect(
      ws.setValues(child, [
        { path: 'segments/a', value: input.segments[0] },
        { path: 'segments/a/newSales', value: 1 },
      ]),
    ).rejects.toThrow(/given twice/)
    const frozen = await ws.freeze(child, 'Boom v1')
    await expect(ws.setValues(frozen.id, leverWrites(input, lever))).rejects.toThrow(/frozen version/)
  })
})

describe('templates on every sample', () => {
  const lastDemand = (input: ModelInput) => {
    const years = project(input).years
    return Object.values(years[years.length - 1]!.demandHours).reduce((a, b) => a + b, 0)
  }

  for (const sample of samples) {
    it(`${sample.key}: boom, recession and academy scenarios move the projection the expected way`, async () => {
      const ws = await fresh(sample.base, `${sample.key}.etabli`)
      const baseId =
        (await ws.findScenario(sample.baseName ?? 'Base'))?.id ?? (await ws.listScenarios())[0]!.id
      const base = (await ws.resolve(baseId)).input
      const made = async (template: 'boom' | 'recession' | 'academy', name: string) => {
        const outcome = await ws.applyTemplate(baseId, template, name)
        expect(outcome.ok, JSON.stringify(outcome)).toBe(true)
        if (!outcome.ok) throw new Error('refused')
        expect(outcome.scenario.parentId).toBe(baseId)
        expect(outcome.scenario.name).toBe(name)
        return (await ws.resolve(outcome.scenario.id)).input
      }
      expect(lastDemand(await made('boom', 'Boom (modèle)'))).toBeGreaterThan(lastDemand(base))
      expect(lastDemand(await made('recession', 'Récession (modèle)'))).toBeLessThan(lastDemand(base))
      if (base.training.length === 0) {
        // The boutique trains nobody: doubling every programme changes nothing, and that is said.
        await expect(ws.applyTemplate(baseId, 'academy', 'A')).rejects.toThrow(/changes nothing/)
        return
      }
      const academy = await made('academy', 'Académie doublée (modèle)')
      academy.training.forEach((p, i) => {
        const was = base.training[i]!.intake
        // Every programme's intake doubled, whatever its form (constant in the samples).
        expect(typeof was).toBe('number')
        expect(p.intake).toBe(2 * (was as number))
      })
      const history = await ws.history()
      expect(history[0]!.description).toMatch(
        /^Apply template academy to .+ as scenario Académie doublée \(modèle\)$/,
      )
      // One step per template: undo removes the academy scenario and nothing else.
      const count = (await ws.listScenarios()).length
      await ws.undo()
      expect(await ws.listScenarios()).toHaveLength(count - 1)
    })
  }

  it('applies every template to a brand-new workspace, each as one scenario on the shown one', async () => {
    const ws = await fresh(smallInput())
    const base = (await ws.listScenarios())[0]!
    for (const template of TEMPLATE_IDS) {
      const outcome = await ws.applyTemplate(base.id, template, `${template} (modèle)`)
      expect(outcome.ok, template).toBe(true)
    }
    expect((await ws.listScenarios()).map((s) => s.name)).toEqual([
      base.name,
      ...TEMPLATE_IDS.map((id) => `${id} (modèle)`),
    ])
    expect(await ws.history()).toHaveLength(TEMPLATE_IDS.length)
  })

  it('refuses a template that changes nothing (no programme to double)', async () => {
    const base = smallInput()
    base.training = []
    const ws = await fresh(base)
    const id = (await ws.listScenarios())[0]!.id
    await expect(ws.applyTemplate(id, 'academy', 'A')).rejects.toThrow(/changes nothing/)
  })
})

describe('the channels', () => {
  it('check requests with zod, and answer the lever step and a template as the store does', async () => {
    const { handlers, dispose } = makeTestHandlers(dir)
    try {
      const call = (channel: string, args: unknown) => dispatch(handlers, channel, args)
      expect((await call('workspace:openSample', { key: 'atelier-geneve' })).ok).toBe(true)
      const list = await call('scenario:list', {})
      if (!list.ok) throw new Error(list.error.message)
      const base = (list.value as { scenarios: { id: number; isBase: boolean }[] }).scenarios.find(
        (s) => s.isBase,
      )!
      const bad = [
        { scenarioId: base.id, values: [] },
        { scenarioId: base.id, values: [{ path: '/x', value: 1 }] },
        {
          scenarioId: base.id,
          values: [{ path: 'a/b', value: 1 }],
          lever: { lever: 'salary', op: 'add', amount: 1 },
        },
        {
          scenarioId: base.id,
          values: [{ path: 'a/b', value: 1 }],
          lever: { lever: 'hires', op: 'pow', amount: 1 },
        },
        { scenarioId: base.id, values: [{ path: 'a/b', value: 1 }], extra: true },
      ]
      for (const args of bad) {
        const reply = await call('scenario:setValues', args)
        expect(reply.ok, JSON.stringify(args)).toBe(false)
        if (!reply.ok) expect(reply.error.code).toBe('INVALID_REQUEST')
      }
      const template = await call('scenario:applyTemplate', {
        scenarioId: base.id,
        template: 'war',
        name: 'W',
      })
      expect(template.ok).toBe(false)

      const resolved = await call('scenario:resolve', { scenarioId: base.id })
      if (!resolved.ok) throw new Error(resolved.error.message)
      const input = (resolved.value as { input: ModelInput }).input
      const values = leverWrites(input, lever)
      const done = await call('scenario:setValues', { scenarioId: base.id, values, lever })
      expect(done).toMatchObject({ ok: true, value: { ok: true } })
      const made = await call('scenario:applyTemplate', {
        scenarioId: base.id,
        template: 'boom',
        name: 'Boom (modèle)',
      })
      expect(made).toMatchObject({
        ok: true,
        value: { ok: true, scenario: { name: 'Boom (modèle)', parentId: base.id } },
      })
    } finally {
      await dispose()
    }
  })
})
