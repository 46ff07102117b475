// The decision channels, their own handler group: a scenario's uncertain figures, the solver (HiGHS, in Node) and a plan applied as a new scenario.
import { AppError, type IpcHandlers } from '../../shared/ipc/contract'
import { ModelInputError, type Problem } from '../../shared/model/problems'
import { validateInput } from '../../shared/model/schema'
import type { ModelInput } from '../../shared/model/types'
import type { ScenarioId } from '../../shared/workspace/types'
import { solvePlan } from '../decision/solver'
import type { Workspace } from '../store/workspace'
import { guard } from './storeErrors'

export type DecisionChannels =
  'scenario:uncertainty' | 'scenario:setUncertainty' | 'decision:solve' | 'decision:applyPlan'

export interface DecisionDeps {
  /** The open workspace (throws NOT_FOUND when there is none). */
  open(): Workspace
}

function invalid(what: string, problems: readonly Problem[]): AppError {
  return new AppError(
    'INVALID_INPUT',
    `${what}: ${problems[0]?.message ?? 'invalid'}`,
    problems[0]?.path,
    problems.map((p) => ({ path: p.path, message: p.message })),
  )
}

export function createDecisionHandlers({ open }: DecisionDeps): Pick<IpcHandlers, DecisionChannels> {
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
      const outcome = await guard(() => open().applyPlan(scenarioId, plan, name, note))
      if (outcome.ok) return outcome.scenario
      const source = 'refused' in outcome && outcome.refused === 'source'
      throw invalid(
        source ? 'The scenario cannot be projected' : 'The plan does not fit this scenario',
        outcome.problems,
      )
    },
  }
}
