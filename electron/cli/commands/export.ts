// `etabli export <file.etabli> [--scenario NAME] [--format json|csv|xlsx] [--out FILE]`: a scenario's input or results.
import { writeFile } from 'node:fs/promises'
import type { ExportFormat } from '../../../shared/workspace/types'
import { exportFile } from '../../store/export'
import { exitCode, parseCommandArgs, UsageError, type CliIo } from '../io'
import type { CliCommand } from '../main'
import { pickScenario, withWorkspace } from './workspaceFile'

const formats: readonly ExportFormat[] = ['json', 'csv', 'xlsx']

export const exportCommand: CliCommand = {
  usage: 'export <file.etabli> [--scenario NAME] [--format json|csv|xlsx] [--out FILE]',
  summary:
    'Print a scenario (default: the base) as ModelInput JSON, readable by `project`; or its yearly results ' +
    'as CSV, or as XLSX (needs --out).',
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      scenario: { type: 'string', short: 's' },
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
    })
    if (positionals.length !== 1) throw new UsageError('export needs exactly one workspace file')
    const format = (values.format ?? 'json') as ExportFormat
    if (!formats.includes(format))
      throw new UsageError(`--format must be json, csv or xlsx, not '${values.format}'`)
    if (format === 'xlsx' && values.out === undefined) throw new UsageError('--format xlsx needs --out FILE')
    const file = await withWorkspace(positionals[0], async (ws) => {
      const scenario = await pickScenario(ws, values.scenario)
      return exportFile(ws, [scenario.id], format)
    })
    if (values.out !== undefined) await writeFile(values.out, file.bytes)
    else io.stdout(new TextDecoder().decode(file.bytes).replace(/^\ufeff/, ''))
    return exitCode.ok
  },
}
