// `etabli calibrate <file.etabli> --scenario NAME --fit KINDS [--apply NEWNAME]`: fits parameters to the actuals and prints them before and after, as JSON.
import { calibrationKinds, calibrationTargets, type CalibrationKind } from '../../../shared/actuals'
import { CliFailure, exitCode, parseCommandArgs, UsageError, type CliIo } from '../io'
import type { CliCommand } from '../main'
import { pickScenario, withWorkspace } from './workspaceFile'

export const calibrateCommand: CliCommand = {
  usage:
    'calibrate <file.etabli> --scenario NAME --fit serviceUptake[,hoursPerJob,attritionRate] [--apply NEWNAME]',
  summary:
    'Fit the chosen parameters (every segment for serviceUptake and hoursPerJob, every grade for attritionRate) ' +
    'to the actuals by weighted least squares and print JSON { parameters: [{ path, before, after }], fit: ' +
    '{ <metric>: { mape, r2 } }, warnings }. With --apply, the fitted values become the new scenario NEWNAME ' +
    '(one undoable step); without it nothing is written.',
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      scenario: { type: 'string', short: 's' },
      fit: { type: 'string' },
      apply: { type: 'string' },
    })
    if (positionals.length !== 1) throw new UsageError('calibrate needs exactly one workspace file')
    if (values.scenario === undefined) throw new UsageError('calibrate needs --scenario NAME')
    if (values.fit === undefined)
      throw new UsageError(`calibrate needs --fit, a list of ${calibrationKinds.join(', ')}`)
    const kinds = values.fit.split(',').map((k) => k.trim())
    for (const kind of kinds) {
      if (!(calibrationKinds as readonly string[]).includes(kind)) {
        throw new UsageError(`--fit: '${kind}' is not one of ${calibrationKinds.join(', ')}`)
      }
    }
    const report = await withWorkspace(positionals[0], async (ws) => {
      const scenario = await pickScenario(ws, values.scenario)
      const targets = calibrationTargets((await ws.resolve(scenario.id)).input, kinds as CalibrationKind[])
      const result = await ws.calibrateScenario(scenario.id, targets)
      let applied: string | undefined
      if (values.apply !== undefined) {
        const outcome = await ws.applyCalibration(scenario.id, targets, values.apply)
        if (!outcome.ok) throw new CliFailure(outcome.problems.map((p) => p.message).join('; '))
        applied = outcome.scenario!.name
      }
      const fit = Object.fromEntries(
        Object.entries(result.fit).map(([metric, f]) => [metric, { mape: f.mape, r2: f.r2 }]),
      )
      return {
        scenario: scenario.name,
        parameters: result.parameters.map((p) => ({ path: p.path, before: p.before, after: p.after })),
        fit,
        warnings: result.warnings.map((w) => w.message),
        ...(applied === undefined ? {} : { applied }),
      }
    })
    io.stdout(`${JSON.stringify(report, null, 2)}\n`)
    return exitCode.ok
  },
}
