// `etabli variance <file.etabli> [--scenario NAME]`: plan versus actual of a scenario or frozen version, as JSON.
import { exitCode, parseCommandArgs, UsageError, type CliIo } from '../io'
import type { CliCommand } from '../main'
import { pickScenario, withWorkspace } from './workspaceFile'

export const varianceCommand: CliCommand = {
  usage: 'variance <file.etabli> [--scenario NAME]',
  summary:
    'Print JSON: for every year with actuals that the scenario (the base by default, or a frozen version) covers, ' +
    'each figure planned and actual, difference = actual - plan, and percent of plan.',
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, { scenario: { type: 'string', short: 's' } })
    if (positionals.length !== 1) throw new UsageError('variance needs exactly one workspace file')
    const report = await withWorkspace(positionals[0], async (ws) => {
      const scenario = await pickScenario(ws, values.scenario)
      return { scenario: scenario.name, ...(await ws.actualsVariance(scenario.id)) }
    })
    io.stdout(`${JSON.stringify(report, null, 2)}\n`)
    return exitCode.ok
  },
}
