// `etabli validate <input.json>`: prints `valid`, or every problem of the scenario file (exit 1).
import type { Problem } from '../../../shared/model/problems'
import { validateInput } from '../../../shared/model/schema'
import { exitCode, parseCommandArgs, readJsonFile, UsageError, type CliIo } from '../io'
import type { CliCommand } from '../main'

export const validateCommand: CliCommand = {
  usage: 'validate <input.json>',
  summary: 'Check a scenario file against the model; print "valid", or every problem on stdout (exit 1).',
  async run(args: string[], io: CliIo): Promise<number> {
    const { positionals } = parseCommandArgs(args, {})
    if (positionals.length !== 1) throw new UsageError('validate needs exactly one input file')
    const validation = validateInput(await readJsonFile(positionals[0], io))
    if (validation.ok) {
      io.stdout('valid\n')
      return exitCode.ok
    }
    printProblems(positionals[0], validation.problems, io.stdout)
    return exitCode.failed
  },
}

/** One line per problem under a header naming the file. */
export function printProblems(file: string, problems: Problem[], write: (text: string) => void): void {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
  write(`${file}: ${count}\n${problems.map((p) => `  ${p.message}\n`).join('')}`)
}
