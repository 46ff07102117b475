// Resolving scenarios from their rows: a full input up the parent chain, one scenario or all of them at once.
import { applyOverrides } from '../../../shared/model/overrides'
import type { ModelInput } from '../../../shared/model/types'
import type { Override, ResolvedScenario, ScenarioId } from '../../../shared/workspace/types'
import { said, StoreError } from '../errors'
import { rowToOverride } from '../overrideRepository'
import { rowInput, type ScenarioRow } from '../scenarioRepository'
import type { ReadTx } from '../session'

/** The input a base or frozen row stores. */
function storedInput(row: ScenarioRow & { input_json: string }): ModelInput {
  return rowInput(row) as ModelInput
}

/** Resolves one scenario from the rows, following its parents up to a full input. */
export async function resolveOne(tx: ReadTx, id: ScenarioId): Promise<ResolvedScenario> {
  const chain: ScenarioRow[] = []
  let row = await tx.scenarios.require(id)
  chain.push(row)
  while (row.input_json === null) {
    if (row.parent_id === null || chain.length > 1000) {
      throw new StoreError(
        'corrupt',
        `Scenario ${row.name} has no usable parent.`,
        undefined,
        said('noParent', { scenario: row.name }),
      )
    }
    row = await tx.scenarios.require(row.parent_id)
    chain.push(row)
  }
  let input = storedInput({ ...row, input_json: row.input_json })
  let dangling: Override[] = []
  for (let i = chain.length - 2; i >= 0; i--) {
    const own = (await tx.overrides.listFor(chain[i]!.id)).map((o) => rowToOverride(o, chain[i]!.name))
    ;({ input, dangling } = applyOverrides(input, own))
  }
  return { scenarioId: id, input, dangling }
}

/** Every scenario resolved, live and frozen, from two queries (each parent resolved once). */
export async function resolveAll(tx: ReadTx): Promise<ResolvedScenario[]> {
  const rows = await tx.scenarios.list()
  const byId = new Map(rows.map((r) => [r.id, r]))
  const overrides = new Map<number, Override[]>()
  for (const o of await tx.overrides.all()) {
    const list = overrides.get(o.scenario_id) ?? []
    list.push(rowToOverride(o, byId.get(o.scenario_id)?.name ?? ''))
    overrides.set(o.scenario_id, list)
  }
  const done = new Map<number, ResolvedScenario>()
  const visit = (row: ScenarioRow, depth: number): ResolvedScenario => {
    const known = done.get(row.id)
    if (known) return known
    let result: ResolvedScenario
    if (row.input_json !== null) {
      result = {
        scenarioId: row.id,
        input: storedInput({ ...row, input_json: row.input_json }),
        dangling: [],
      }
    } else {
      const parent = row.parent_id === null ? undefined : byId.get(row.parent_id)
      if (parent === undefined || depth > 1000) {
        throw new StoreError(
          'corrupt',
          `Scenario ${row.name} has no usable parent.`,
          undefined,
          said('noParent', { scenario: row.name }),
        )
      }
      const applied = applyOverrides(visit(parent, depth + 1).input, overrides.get(row.id) ?? [])
      result = { scenarioId: row.id, ...applied }
    }
    done.set(row.id, result)
    return result
  }
  return rows.map((r) => visit(r, 0))
}
