// `etabli montecarlo <input> [--scenario NAME] [--runs N] [--seed S] [--uncertain FILE.json]`: percentiles of a Monte Carlo as JSON.
import { defaultRuns, runMonteCarlo } from '../../../shared/decision/montecarlo'
import {
  defaultUncertainty,
  uncertaintySchema,
  UncertaintyError,
  type Uncertainty,
} from '../../../shared/decision/uncertainty'
import { formatPath, ModelInputError, problem } from '../../../shared/model/problems'
import { validateInput } from '../../../shared/model/schema'
import { exitCode, parseCommandArgs, readJsonFile, UsageError, type CliIo } from '../io'
import type { CliCommand } from '../main'
import { printProblems } from './validate'
import { readScenarioInput } from './workspaceFile'

/** Seed used when none is given, so that two runs of the same command print the same figures. */
export const defaultSeed = 1

export const montecarloCommand: CliCommand = {
  usage:
    'montecarlo <input.json | file.etabli> [--scenario NAME] [--runs N] [--seed S] [--uncertain FILE.json] [--out FILE]',
  summary:
    `Run N projections (default ${defaultRuns}, at most 100000) with uncertain figures drawn from seed S (default ` +
    `${defaultSeed}) and print P10/P50/P90 per year of shortage FTE, turnaround and headcount, the probability ` +
    'of a shortage per year and KPI percentiles as JSON. --uncertain names a JSON list of ' +
    '{ path, distribution, apply? }; without it, market growth and service uptake of every segment are uncertain ' +
    '(see docs/decision-tools.md).',
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      scenario: { type: 'string', short: 's' },
      runs: { type: 'string', short: 'n' },
      seed: { type: 'string' },
      uncertain: { type: 'string', short: 'u' },
      out: { type: 'string', short: 'o' },
    })
    if (positionals.length !== 1) throw new UsageError('montecarlo needs exactly one input file')
    const runs = values.runs === undefined ? defaultRuns : parseWhole('--runs', values.runs)
    if (runs < 1 || runs > 100_000) throw new UsageError(`--runs must be from 1 to 100000, not ${runs}`)
    const seed = values.seed === undefined ? defaultSeed : parseWhole('--seed', values.seed)
    const file = positionals[0]
    const validation = validateInput(await readScenarioInput(file, values.scenario, io))
    if (!validation.ok) {
      printProblems(file, validation.problems, io.stderr)
      return exitCode.failed
    }
    let uncertainty: Uncertainty
    if (values.uncertain === undefined) uncertainty = defaultUncertainty(validation.input)
    else {
      const parsed = uncertaintySchema.safeParse(await readJsonFile(values.uncertain, io))
      if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => problem(formatPath(i.path), i.message))
        printProblems(values.uncertain, problems, io.stderr)
        return exitCode.failed
      }
      uncertainty = parsed.data
    }
    let text: string
    try {
      const result = runMonteCarlo(validation.input, uncertainty, { runs, seed })
      text = `${JSON.stringify(result, null, 2)}\n`
    } catch (error) {
      if (error instanceof UncertaintyError) {
        printProblems(values.uncertain ?? 'default uncertainty', error.problems, io.stderr)
        return exitCode.failed
      }
      if (error instanceof ModelInputError) {
        printProblems(file, error.problems, io.stderr)
        return exitCode.failed
      }
      throw error
    }
    if (values.out === undefined) io.stdout(text)
    else await io.writeFile(values.out, text)
    return exitCode.ok
  },
}

/** A whole number from the command line, or a UsageError naming the option. */
export function parseWhole(option: string, text: string): number {
  const n = /^-?\d+$/.test(text.trim()) ? Number(text) : NaN
  if (!Number.isSafeInteger(n)) throw new UsageError(`${option} must be a whole number, not '${text}'`)
  return n
}
