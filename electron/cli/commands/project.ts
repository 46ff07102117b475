// `etabli project <input.json> [--format json|csv] [--out FILE]`: validates a scenario file and prints its projection.
import { project } from '../../../shared/engine'
import { ModelInputError } from '../../../shared/model/problems'
import { validateInput } from '../../../shared/model/schema'
import { exitCode, parseCommandArgs, UsageError, type CliIo } from '../io'
import type { CliCommand } from '../main'
import { resultToCsv } from '../resultCsv'
import { printProblems } from './validate'
import { readScenarioInput } from './workspaceFile'

const formats = ['json', 'csv'] as const
type Format = (typeof formats)[number]

export const projectCommand: CliCommand = {
  usage: 'project <input.json | file.etabli> [--scenario NAME] [--format json|csv] [--out FILE]',
  summary:
    'Project a scenario (ModelInput JSON, or a scenario of a .etabli workspace: --scenario NAME, default the base) ' +
    'and print the ModelResult as JSON, or yearly figures as CSV. ' +
    'With --out, write to FILE instead (a FILE ending .csv implies --format csv).',
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      scenario: { type: 'string', short: 's' },
    })
    if (positionals.length !== 1) throw new UsageError('project needs exactly one input file')
    const format = pickFormat(values.format, values.out)
    const validation = validateInput(await readScenarioInput(positionals[0], values.scenario, io))
    if (!validation.ok) {
      printProblems(positionals[0], validation.problems, io.stderr)
      return exitCode.failed
    }
    let text: string
    try {
      const result = project(validation.input)
      text = format === 'csv' ? resultToCsv(result) : JSON.stringify(result, null, 2) + '\n'
    } catch (error) {
      if (!(error instanceof ModelInputError)) throw error
      printProblems(positionals[0], error.problems, io.stderr)
      return exitCode.failed
    }
    if (values.out === undefined) io.stdout(text)
    else await io.writeFile(values.out, text)
    return exitCode.ok
  },
}

function pickFormat(format: string | undefined, out: string | undefined): Format {
  if (format === undefined) return out?.toLowerCase().endsWith('.csv') ? 'csv' : 'json'
  if ((formats as readonly string[]).includes(format)) return format as Format
  throw new UsageError(`--format must be json or csv, not '${format}'`)
}
