// `etabli rollforward <file.etabli> --scenario NAME [--name NEW]`: next year's plan from a scenario and the actuals; the old plan is kept frozen.
import { CliFailure, exitCode, parseCommandArgs, UsageError, type CliIo } from '../io'
import type { CliCommand } from '../main'
import { pickScenario, withWorkspace } from './workspaceFile'

export const rollforwardCommand: CliCommand = {
  usage: 'rollforward <file.etabli> --scenario NAME [--name NEW]',
  summary:
    'Create next year\'s plan (NEW, "Plan <year>" by default) from the scenario and the actuals: it starts the year ' +
    'after the last actuals, from the actual headcount and backlog; the scenario is kept as a frozen version. One ' +
    'undoable step. Prints the new scenario and its start year.',
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      scenario: { type: 'string', short: 's' },
      name: { type: 'string' },
    })
    if (positionals.length !== 1) throw new UsageError('rollforward needs exactly one workspace file')
    if (values.scenario === undefined) throw new UsageError('rollforward needs --scenario NAME')
    const report = await withWorkspace(positionals[0], async (ws) => {
      const scenario = await pickScenario(ws, values.scenario)
      const outcome = await ws.rollForwardScenario(scenario.id, values.name)
      if (!outcome.ok) throw new CliFailure(outcome.problems.map((p) => p.message).join('; '))
      const input = (await ws.resolve(outcome.scenario!.id)).input
      const frozen = (await ws.listFrozen()).filter((f) => f.frozenFromId === scenario.id).at(-1)
      return {
        scenario: outcome.scenario!.name,
        startYear: input.startYear,
        horizonYears: input.horizonYears,
        frozen: scenario.frozenAt === null ? (frozen?.name ?? null) : null,
      }
    })
    io.stdout(`${JSON.stringify(report, null, 2)}\n`)
    return exitCode.ok
  },
}
