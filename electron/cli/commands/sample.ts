// `etabli sample <out.etabli> [--which KEY] [--force]`: writes an embedded sample workspace to a file.
import { samples } from '../../../shared/sample'
import { StoreError } from '../../store/errors'
import { createSampleWorkspace } from '../../store/sample'
import { CliFailure, exitCode, parseCommandArgs, UsageError, type CliIo } from '../io'
import type { CliCommand } from '../main'

export const sampleCommand: CliCommand = {
  usage: `sample <out.etabli> [--which ${samples.map((s) => s.key).join('|')}] [--force]`,
  summary: `Write a sample workspace (default ${samples[0]!.key}) to a new file; --force replaces an existing file.`,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      which: { type: 'string', short: 'w' },
      force: { type: 'boolean' },
    })
    if (positionals.length !== 1) throw new UsageError('sample needs exactly one output file')
    const key = values.which ?? samples[0]!.key
    const sample = samples.find((s) => s.key === key)
    if (sample === undefined) {
      throw new UsageError(`--which must be one of ${samples.map((s) => s.key).join(', ')}, not '${key}'`)
    }
    try {
      const ws = await createSampleWorkspace(positionals[0], sample, { overwrite: values.force === true })
      const count = (await ws.listScenarios()).length
      await ws.close()
      io.stdout(`${positionals[0]}: ${sample.name}, ${count} scenarios\n`)
    } catch (error) {
      if (error instanceof StoreError) throw new CliFailure(error.message)
      throw error
    }
    return exitCode.ok
  },
}
