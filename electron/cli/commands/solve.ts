// `etabli solve <input> [--scenario NAME] [--max-intake N] [--bench-cost CHF] [--whole]`: the cheapest plan that closes the gap, as JSON.
import { ModelInputError } from '../../../shared/model/problems'
import { validateInput } from '../../../shared/model/schema'
import { solvePlan, type SolveOptions } from '../../decision/solver'
import { exitCode, parseCommandArgs, UsageError, type CliIo } from '../io'
import type { CliCommand } from '../main'
import { printProblems } from './validate'
import { readScenarioInput } from './workspaceFile'

export const solveCommand: CliCommand = {
  usage:
    'solve <input.json | file.etabli> [--scenario NAME] [--max-intake N] [--bench-cost CHF] ' +
    '[--no-hires] [--no-intake] [--no-benches] [--whole] [--out FILE]',
  summary:
    'Find the cheapest plan of hires (within the market limit), extra students (at most N admitted per programme ' +
    'and year within its places; default its places, else twice the current intake) and new benches (CHF each) ' +
    'that keeps every year free of shortage, re-simulate it, and print JSON: feasible, cost, plan, binding ' +
    'limits, last decision years and plannedInput. --whole plans whole hires and whole students per year. ' +
    'Exit 0 whether or not a shortage-free plan exists.',
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      scenario: { type: 'string', short: 's' },
      'max-intake': { type: 'string' },
      'bench-cost': { type: 'string' },
      'no-hires': { type: 'boolean' },
      'no-intake': { type: 'boolean' },
      'no-benches': { type: 'boolean' },
      whole: { type: 'boolean' },
      out: { type: 'string', short: 'o' },
    })
    if (positionals.length !== 1) throw new UsageError('solve needs exactly one input file')
    const options: SolveOptions = {
      allowHires: values['no-hires'] !== true,
      allowIntake: values['no-intake'] !== true,
      allowBenches: values['no-benches'] !== true,
      whole: values.whole === true,
    }
    if (values['max-intake'] !== undefined)
      options.maxIntake = parseAmount('--max-intake', values['max-intake'])
    if (values['bench-cost'] !== undefined)
      options.benchCost = parseAmount('--bench-cost', values['bench-cost'])
    const file = positionals[0]
    const validation = validateInput(await readScenarioInput(file, values.scenario, io))
    if (!validation.ok) {
      printProblems(file, validation.problems, io.stderr)
      return exitCode.failed
    }
    let text: string
    try {
      const r = await solvePlan(validation.input, options)
      const years = r.baseResult.years.map((base, t) => {
        const planned = r.plannedResult.years[t]!
        return {
          year: base.year,
          baseStatus: base.status,
          plannedStatus: planned.status,
          baseShortageFte: base.shortageFte,
          plannedShortageFte: planned.shortageFte,
          plannedTurnaroundWeeks: planned.turnaroundWeeks,
        }
      })
      const report = {
        feasible: r.feasible,
        cost: r.cost,
        baseCost: r.baseCost,
        addedCost: r.addedCost,
        plan: r.plan,
        shortageYears: r.shortageYears,
        binding: r.binding,
        lastDecisions: r.lastDecisions,
        baseSummary: r.baseSummary,
        plannedSummary: r.plannedSummary,
        years,
        solver: r.solver,
        options: r.options,
        notes: r.notes,
        plannedInput: r.plannedInput,
      }
      text = `${JSON.stringify(report, null, 2)}\n`
    } catch (error) {
      if (!(error instanceof ModelInputError)) throw error
      printProblems(file, error.problems, io.stderr)
      return exitCode.failed
    }
    if (values.out === undefined) io.stdout(text)
    else await io.writeFile(values.out, text)
    return exitCode.ok
  },
}

/** A finite number >= 0 from the command line, or a UsageError naming the option. */
function parseAmount(option: string, text: string): number {
  const n = text.trim() === '' ? NaN : Number(text)
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${option} must be a number >= 0, not '${text}'`)
  return n
}
