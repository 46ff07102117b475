// `etabli scenarios <file.etabli> [--json]`: lists a workspace's scenarios and frozen versions.
import { exitCode, parseCommandArgs, UsageError, type CliIo } from '../io'
import type { CliCommand } from '../main'
import { withWorkspace } from './workspaceFile'

export const scenariosCommand: CliCommand = {
  usage: 'scenarios <file.etabli> [--json]',
  summary: 'List the scenarios of a workspace (name, what it builds on, overrides) and its frozen versions.',
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } })
    if (positionals.length !== 1) throw new UsageError('scenarios needs exactly one workspace file')
    await withWorkspace(positionals[0], async (ws) => {
      const info = await ws.info()
      const scenarios = await ws.listScenarios()
      const frozen = await ws.listFrozen()
      if (values.json) {
        io.stdout(`${JSON.stringify({ name: info.name, scenarios, frozen }, null, 2)}\n`)
        return
      }
      const names = new Map(scenarios.map((s) => [s.id, s.name]))
      const lines = [`${info.name}: ${scenarios.length} scenarios, ${frozen.length} frozen versions`]
      for (const s of scenarios) {
        const what = s.isBase ? 'base' : `on ${names.get(s.parentId!) ?? '?'}, ${s.overrideCount} overrides`
        lines.push(`  ${s.name}  (${what})`)
      }
      if (frozen.length > 0) lines.push('Frozen versions:')
      for (const s of frozen)
        lines.push(`  ${s.name}  (frozen ${s.frozenAt} from ${s.frozenFromName ?? '?'})`)
      io.stdout(`${lines.join('\n')}\n`)
    })
    return exitCode.ok
  },
}
