// The decision channels through dispatch on a real sample file: uncertain figures stored per scenario, the solver, and its plan applied as one undoable scenario.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../electron/ipc/dispatch'
import { applyPlan, type Plan, type SolveResult } from '../../shared/decision/plan'
import type { ScenarioUncertainty } from '../../shared/decision/scenarioUncertainty'
import type { Uncertainty } from '../../shared/decision/uncertainty'
import { project } from '../../shared/engine'
import type { IpcReply, ScenarioList } from '../../shared/ipc/contract'
import type {
  EditOutcome,
  HistoryEntry,
  Override,
  ResolvedScenario,
  ScenarioSummary,
} from '../../shared/workspace/types'
import { makeTempDir } from '../fixtures/storeFiles'
import { makeTestHandlers } from '../support/handlers'

let dir: string
let removeDir: () => Promise<void>
let dispose: () => Promise<void>
let call: (channel: string, args?: unknown) => Promise<IpcReply<unknown>>

beforeEach(async () => {
  ;({ dir, remove: removeDir } = await makeTempDir('etabli-decision-ipc-'))
  const made = makeTestHandlers(dir)
  dispose = made.dispose
  call = (channel, args = {}) => dispatch(made.handlers, channel, args)
})

afterEach(async () => {
  await dispose()
  await removeDir()
})

function value<T>(reply: IpcReply<unknown>): T {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`)
  return reply.value as T
}

function errorCode(reply: IpcReply<unknown>): string | null {
  return reply.ok ? null : reply.error.code
}

async function openGeneva(): Promise<{ base: ScenarioSummary; list: ScenarioList }> {
  value(await call('workspace:openSample', { key: 'atelier-geneve' }))
  const list = value<ScenarioList>(await call('scenario:list'))
  return { base: list.scenarios.find((s) => s.isBase)!, list }
}

const growth: Uncertainty = [
  {
    path: 'segments/automatic/preOwnedGrowth',
    apply: 'add',
    distribution: { kind: 'triangular', min: -0.05, mode: 0, max: 0.05 },
  },
  { path: 'grades/watchmaker/attritionRate', distribution: { kind: 'uniform', min: 0.03, max: 0.09 } },
]

describe('scenario:uncertainty and scenario:setUncertainty', () => {
  it('store a checked list per scenario as one undoable step; frozen versions are read-only', async () => {
    const { base } = await openGeneva()
    expect(value<ScenarioUncertainty>(await call('scenario:uncertainty', { scenarioId: base.id }))).toEqual({
      scenarioId: base.id,
      uncertainty: null,
      problems: [],
      readOnly: false,
    })
    const refused = value<EditOutcome>(
      await call('scenario:setUncertainty', {
        scenarioId: base.id,
        uncertainty: [
          growth[0],
          { path: 'grades/watchmaker/attritionRate', distribution: { kind: 'uniform', min: 0.2, max: 0.1 } },
        ],
      }),
    )
    expect(refused).toMatchObject({ ok: false, problems: [{ path: '[1].distribution' }] })
    // The request schema checks only the envelope: a non-list is a request error.
    expect(
      errorCode(await call('scenario:setUncertainty', { scenarioId: base.id, uncertainty: { path: 'x' } })),
    ).toBe('INVALID_REQUEST')

    expect(
      value<EditOutcome>(await call('scenario:setUncertainty', { scenarioId: base.id, uncertainty: growth }))
        .ok,
    ).toBe(true)
    expect(
      value<ScenarioUncertainty>(await call('scenario:uncertainty', { scenarioId: base.id })).uncertainty,
    ).toEqual(growth)

    const frozen = value<ScenarioSummary>(
      await call('scenario:freeze', { scenarioId: base.id, name: 'Mars' }),
    )
    const snapshot = value<ScenarioUncertainty>(await call('scenario:uncertainty', { scenarioId: frozen.id }))
    expect(snapshot).toMatchObject({ uncertainty: growth, readOnly: true })
    expect(errorCode(await call('scenario:setUncertainty', { scenarioId: frozen.id, uncertainty: [] }))).toBe(
      'READ_ONLY',
    )

    value<HistoryEntry>(await call('history:undo')) // the freeze
    value<HistoryEntry>(await call('history:undo')) // the list
    expect(
      value<ScenarioUncertainty>(await call('scenario:uncertainty', { scenarioId: base.id })).uncertainty,
    ).toBeNull()
  })
})

describe('decision:solve and decision:applyPlan', () => {
  it('solve the sample, apply the plan as a scenario without shortage in one undoable step', async () => {
    // The sample's Base has no shortage; its "Concurrence pour les horlogers" scenario has one to remove.
    const { list } = await openGeneva()
    const base = list.scenarios.find((s) => s.name === 'Concurrence pour les horlogers')!
    const baseInput = value<ResolvedScenario>(await call('scenario:resolve', { scenarioId: base.id })).input
    expect(project(baseInput).summary.firstShortageYear).not.toBeNull()

    const solved = value<SolveResult>(await call('decision:solve', { scenarioId: base.id }))
    expect(solved.feasible).toBe(true)
    expect(solved.binding).toEqual([])
    expect(solved.baseSummary.firstShortageYear).toBe(project(baseInput).summary.firstShortageYear)
    expect(solved.plannedSummary.firstShortageYear).toBeNull()
    expect(solved.addedCost).toBeGreaterThan(0)
    expect(solved.lastDecisions.map((d) => d.programme)).toEqual(baseInput.training.map((p) => p.id))

    const historyBefore = value<HistoryEntry[]>(await call('history:list', {})).length
    const created = value<ScenarioSummary>(
      await call('decision:applyPlan', {
        scenarioId: base.id,
        plan: solved.plan,
        name: 'Plan du solveur',
        note: 'n',
      }),
    )
    expect(created).toMatchObject({ name: 'Plan du solveur', parentId: base.id, note: 'n' })
    const planned = value<ResolvedScenario>(await call('scenario:resolve', { scenarioId: created.id })).input
    expect(planned).toEqual(applyPlan(baseInput, solved.plan))
    expect(project(planned).summary.firstShortageYear).toBeNull()
    // Only what the plan changes is stored as the scenario's own values.
    const overrides = value<Override[]>(await call('scenario:overrides', { scenarioId: created.id }))
    expect(overrides.length).toBeGreaterThan(0)
    for (const o of overrides)
      expect(o.path).toMatch(/^(workforce\/hires\/|training\/[^/]+\/intake$|benches\/expansions$)/)

    const history = value<HistoryEntry[]>(await call('history:list', {}))
    expect(history.length).toBe(historyBefore + 1)
    expect(history[0]!.description).toBe(
      `Apply the solver's plan for ${base.name} as scenario Plan du solveur`,
    )
    value(await call('history:undo'))
    const after = value<ScenarioList>(await call('scenario:list'))
    expect(after.scenarios.map((s) => s.name)).toEqual(list.scenarios.map((s) => s.name))
    // The name is now free again; taken, it is a conflict.
    value(await call('history:redo'))
    expect(
      errorCode(
        await call('decision:applyPlan', { scenarioId: base.id, plan: solved.plan, name: 'Plan du solveur' }),
      ),
    ).toBe('CONFLICT')
  })

  it('honour the options, refuse malformed requests and a plan that does not fit', async () => {
    const { base } = await openGeneva()
    const noHires = value<SolveResult>(
      await call('decision:solve', {
        scenarioId: base.id,
        options: { allowHires: false, allowBenches: false, maxIntake: 1000 },
      }),
    )
    expect(noHires.options).toMatchObject({ allowHires: false, allowBenches: false })
    for (const values of Object.values(noHires.plan.extraHires))
      expect(values.every((v) => v === 0)).toBe(true)
    expect(noHires.plan.benchExpansions).toEqual([])
    expect(Object.values(noHires.options.maxIntake).every((m) => m === 1000)).toBe(true)

    expect(errorCode(await call('decision:solve', { scenarioId: base.id, options: { benchCost: -5 } }))).toBe(
      'INVALID_REQUEST',
    )
    expect(errorCode(await call('decision:solve', { scenarioId: base.id, options: { speed: 'max' } }))).toBe(
      'INVALID_REQUEST',
    )
    expect(errorCode(await call('decision:solve', { scenarioId: 999 }))).toBe('NOT_FOUND')

    const empty: Plan = { hires: {}, extraHires: {}, intake: {}, extraIntake: {}, benchExpansions: [] }
    // (zod drops a `__proto__` key by itself; the other names that reach Object.prototype are refused.)
    const polluting = JSON.parse('{"constructor": [1]}') as Record<string, number[]>
    expect(
      errorCode(
        await call('decision:applyPlan', {
          scenarioId: base.id,
          plan: { ...empty, hires: polluting },
          name: 'X',
        }),
      ),
    ).toBe('INVALID_REQUEST')
    // Hires for two years only, on a 15-year horizon: the engine's schema refuses it, nothing is created.
    const short = await call('decision:applyPlan', {
      scenarioId: base.id,
      plan: { ...empty, hires: { watchmaker: [1, 2] } },
      name: 'Trop court',
    })
    expect(errorCode(short)).toBe('INVALID_INPUT')
    if (!short.ok) expect(short.error.details?.[0]?.path).toContain('hires')
    const names = value<ScenarioList>(await call('scenario:list')).scenarios.map((s) => s.name)
    expect(names).not.toContain('Trop court')
  })

  it('apply a frozen version’s plan on the base, reproducing the version with the plan', async () => {
    const { base } = await openGeneva()
    const boom = value<ScenarioList>(await call('scenario:list')).scenarios.find((s) => !s.isBase)!
    const frozen = value<ScenarioSummary>(
      await call('scenario:freeze', { scenarioId: boom.id, name: 'Gelé' }),
    )
    const frozenInput = value<ResolvedScenario>(
      await call('scenario:resolve', { scenarioId: frozen.id }),
    ).input
    const solved = value<SolveResult>(await call('decision:solve', { scenarioId: frozen.id }))
    const created = value<ScenarioSummary>(
      await call('decision:applyPlan', { scenarioId: frozen.id, plan: solved.plan, name: 'Gelé + plan' }),
    )
    expect(created.parentId).toBe(base.id)
    const planned = value<ResolvedScenario>(await call('scenario:resolve', { scenarioId: created.id })).input
    expect(planned).toEqual(applyPlan(frozenInput, solved.plan))
  })
})
