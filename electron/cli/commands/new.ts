// `etabli new <out.etabli> --from input.json [--name NAME]`: a new workspace whose base scenario, named "Base", is the given ModelInput.
import { validateInput } from '../../../shared/model/schema'
import { StoreError } from '../../store/errors'
import { createWorkspace } from '../../store/workspace'
import { CliFailure, exitCode, parseCommandArgs, readJsonFile, UsageError, type CliIo } from '../io'
import type { CliCommand } from '../main'
import { printProblems } from './validate'

export const newCommand: CliCommand = {
  usage: 'new <out.etabli> --from input.json [--name NAME]',
  summary:
    'Create a workspace file from a ModelInput JSON file (its base scenario is named "Base"; the workspace is ' +
    'called NAME, "Atelier" by default). Refuses an invalid input, naming each problem, and an existing file.',
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      from: { type: 'string' },
      name: { type: 'string' },
    })
    if (positionals.length !== 1) throw new UsageError('new needs exactly one workspace file to create')
    if (values.from === undefined) throw new UsageError('new needs --from input.json')
    const validation = validateInput(await readJsonFile(values.from, io))
    if (!validation.ok) {
      printProblems(values.from, validation.problems, io.stderr)
      return exitCode.failed
    }
    try {
      // The name is the user's, never the file's: a file name can carry a person's name.
      const ws = await createWorkspace(positionals[0], {
        name: values.name ?? 'Atelier',
        base: validation.input,
        baseName: 'Base',
      })
      await ws.close()
    } catch (error) {
      if (error instanceof StoreError) throw new CliFailure(error.message)
      throw error
    }
    io.stdout(`${positionals[0]}: created with the base scenario Base\n`)
    return exitCode.ok
  },
}
