// scenario:resolve with `project`: main's projection and formula values for the renderer's first paint, equal to what the renderer would compute, and intact through JSON (browser mode).
import { describe, expect, it } from 'vitest'
import { project } from '../../shared/engine'
import type { ScenarioList } from '../../shared/ipc/contract'
import type { ResolvedScenario } from '../../shared/workspace/types'
import { handlersPerTest } from '../support/handlers'

const { value } = handlersPerTest()

async function sampleScenarios(): Promise<ScenarioList> {
  await value('workspace:openSample', { key: 'atelier-geneve' })
  return value<ScenarioList>('scenario:list', {})
}

describe('scenario:resolve with project', () => {
  it('gives the projection the engine makes of the very input it sends, through JSON unchanged', async () => {
    const { scenarios } = await sampleScenarios()
    const base = scenarios.find((s) => s.isBase)!
    const reply = await value<ResolvedScenario>('scenario:resolve', { scenarioId: base.id, project: true })
    // Browser mode sends it as JSON: what arrives is what was sent.
    const arrived = JSON.parse(JSON.stringify(reply)) as ResolvedScenario
    expect(arrived).toEqual(reply)
    // The renderer would project the input it received: the same figures, year by year.
    expect(arrived.projection).toEqual(project(arrived.input))
  })

  it('leaves the projection out unless asked for', async () => {
    const { scenarios } = await sampleScenarios()
    const reply = await value<ResolvedScenario>('scenario:resolve', { scenarioId: scenarios[0]!.id })
    expect(reply.projection).toBeUndefined()
    expect(reply.formulas).toBeUndefined()
  })

  it("sends the values of the scenario's formulas, one per year of its horizon", async () => {
    const { scenarios } = await sampleScenarios()
    // The recession scenario's uptake formula (shared/sample/atelierGeneve.ts): 0.55 in 2027 and 2028, else 0.7.
    const recession = scenarios.find((s) => s.name === 'Récession 2027')!
    const reply = await value<ResolvedScenario>('scenario:resolve', {
      scenarioId: recession.id,
      project: true,
    })
    const uptake = 'year == 2027 or year == 2028 ? 0.55 : 0.7'
    expect(reply.formulas?.horizonYears).toBe(15)
    expect(reply.formulas?.startYear).toBe(2026)
    const years = Array.from({ length: 15 }, (_, t) => 2026 + t)
    expect(reply.formulas?.values[uptake]).toEqual(years.map((y) => (y === 2027 || y === 2028 ? 0.55 : 0.7)))
  })
})
