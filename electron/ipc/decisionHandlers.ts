// The decision channels: a scenario's uncertain figures, the solver (HiGHS, in Node) and a plan applied as a new scenario.
import { applyPlan } from '../../shared/decision/plan'
import { checkUncertainty } from '../../shared/decision/scenarioUncertainty'
import { AppError, type IpcHandlers } from '../../shared/ipc/contract'
import { diffInputs } from '../../shared/model/overrides'
import { ModelInputError, type Problem } from '../../shared/model/problems'
import { validateInput } from '../../shared/model/schema'
import type { ModelInput } from '../../shared/model/types'
import type { ScenarioId } from '../../shared/workspace/types'
import { solvePlan } from '../decision/solver'
import type { Workspace } from '../store/workspace'

export type DecisionChannels =
  'scenario:uncertainty' | 'scenario:setUncertainty' | 'decision:solve' | 'decision:applyPlan'

export interface DecisionDeps {
  /** The open workspace (throws NOT_FOUND when there is none). */
  open(): Workspace
  /** Runs a store call, turning its StoreError into an AppError. */
  guard<T>(work: () => Promise<T>): Promise<T>
}

function invalid(what: string, problems: readonly Problem[]): AppError {
  return new AppError(
    'INVALID_INPUT',
    `${what}: ${problems[0]?.message ?? 'invalid'}`,
    problems[0]?.path,
    problems.map((p) => ({ path: p.path, message: p.message })),
  )
}

export function createDecisionHandlers({ open, guard }: DecisionDeps): Pick<IpcHandlers, DecisionChannels> {
  /** The scenario's resolved input, valid, or INVALID_INPUT with every problem. */
  async function validInput(scenarioId: ScenarioId): Promise<ModelInput> {
    const { input } = await guard(() => open().resolve(scenarioId))
    const checked = validateInput(input)
    if (!checked.ok) throw invalid('The scenario cannot be projected', checked.problems)
    return checked.input
  }

  return {
    'scenario:uncertainty': ({ scenarioId }) => guard(() => open().uncertainty(scenarioId)),
    'scenario:setUncertainty': ({ scenarioId, uncertainty }) =>
      guard(() => open().setUncertainty(scenarioId, uncertainty)),
    'decision:solve': async ({ scenarioId, options }) => {
      const input = await validInput(scenarioId)
      try {
        return await solvePlan(input, options ?? {})
      } catch (error) {
        if (error instanceof ModelInputError)
          throw invalid('The scenario cannot be projected', error.problems)
        throw error
      }
    },
    'decision:applyPlan': async ({ scenarioId, plan, name, note }) => {
      const workspace = open()
      const [live, frozen] = await guard(() =>
        Promise.all([workspace.listScenarios(), workspace.listFrozen()]),
      )
      const source = [...live, ...frozen].find((s) => s.id === scenarioId)
      if (source === undefined) throw new AppError('NOT_FOUND', `There is no scenario with id ${scenarioId}.`)
      // A frozen version cannot have children: its plan goes on the base, as duplicating it would.
      const parentId = source.frozenAt === null ? source.id : live.find((s) => s.isBase)!.id
      const sourceInput = await validInput(scenarioId)
      const parentInput =
        parentId === scenarioId ? sourceInput : (await guard(() => workspace.resolve(parentId))).input
      const planned = applyPlan(sourceInput, plan)
      const checked = validateInput(planned)
      if (!checked.ok) throw invalid('The plan does not fit this scenario', checked.problems)
      // The new scenario keeps the source's uncertain figures when they still fit the planned input.
      const stored = await guard(() => workspace.uncertainty(scenarioId))
      const uncertainty =
        stored.uncertainty !== null && checkUncertainty(checked.input, stored.uncertainty).ok
          ? stored.uncertainty
          : null
      const outcome = await guard(() =>
        workspace.createScenarioWithOverrides(parentId, name, diffInputs(parentInput, checked.input), {
          uncertainty,
          note,
          description: `Apply the solver's plan for ${source.name} as scenario ${name.trim()}`,
        }),
      )
      if (!outcome.ok) throw invalid('The plan does not fit this scenario', outcome.problems)
      return outcome.scenario
    },
  }
}
