// The command-line interface (`npm run cli -- <command>`, `etabli <command>`): a table of commands dispatched by runCli.
import { actualsCommand } from './commands/actuals'
import { calibrateCommand } from './commands/calibrate'
import { exportCommand } from './commands/export'
import { montecarloCommand } from './commands/montecarlo'
import { newCommand } from './commands/new'
import { projectCommand } from './commands/project'
import { rollforwardCommand } from './commands/rollforward'
import { sampleCommand } from './commands/sample'
import { scenariosCommand } from './commands/scenarios'
import { solveCommand } from './commands/solve'
import { validateCommand } from './commands/validate'
import { varianceCommand } from './commands/variance'
import { CliFailure, exitCode, nodeIo, UsageError, type CliIo } from './io'

/** One CLI command. `run` returns the exit code; it throws UsageError for a wrong command line. */
export interface CliCommand {
  /** Arguments after the program name, e.g. `project <input.json> [--format json|csv]`. */
  usage: string
  /** What it does, for `help`. */
  summary: string
  run(args: string[], io: CliIo): Promise<number>
}

const program = 'etabli'

/** Every command by name. To add one, write it under commands/ and list it here. */
export const commands: Record<string, CliCommand> = {
  project: projectCommand,
  validate: validateCommand,
  sample: sampleCommand,
  scenarios: scenariosCommand,
  export: exportCommand,
  montecarlo: montecarloCommand,
  solve: solveCommand,
  new: newCommand,
  actuals: actualsCommand,
  variance: varianceCommand,
  calibrate: calibrateCommand,
  rollforward: rollforwardCommand,
  help: {
    usage: 'help',
    summary: 'Show this help.',
    async run(_args, io) {
      io.stdout(helpText())
      return exitCode.ok
    },
  },
}

export function helpText(): string {
  const lines = [`Usage: ${program} <command> [arguments]`, '', 'Commands:']
  for (const command of Object.values(commands)) lines.push(`  ${command.usage}`, `      ${command.summary}`)
  lines.push('', 'Exit codes: 0 success, 1 invalid input or unreadable file, 2 wrong command line.', '')
  return lines.join('\n')
}

/**
 * Runs one command line (without `node` and the script: `['project', 'in.json']`) and returns
 * the exit code; never calls process.exit, so it can be tested in-process with a fake io.
 */
export async function runCli(argv: string[], io: CliIo = nodeIo()): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined) {
    io.stderr(helpText())
    return exitCode.usage
  }
  if (name === '--help' || name === '-h') return commands.help.run([], io)
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined
  if (command === undefined) {
    io.stderr(`${program}: unknown command '${name}'. Run '${program} help' for the list.\n`)
    return exitCode.usage
  }
  try {
    return await command.run(args, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${program} ${name}: ${error.message}\nUsage: ${program} ${command.usage}\n`)
      return exitCode.usage
    }
    if (error instanceof CliFailure) {
      io.stderr(`${program} ${name}: ${error.message}\n`)
      return exitCode.failed
    }
    io.stderr(
      `${program} ${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    return exitCode.failed
  }
}

// Process entry: run when this file is the program (tsx, or the built out/main/cli.js), not when imported.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
