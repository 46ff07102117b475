// `etabli actuals import <file.etabli> <actuals.csv|xlsx>` and `etabli actuals list <file.etabli>`: the workshop's recorded figures.
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { CliFailure, exitCode, parseCommandArgs, UsageError, type CliIo } from '../io'
import type { CliCommand } from '../main'
import { withWorkspace } from './workspaceFile'

export const actualsCommand: CliCommand = {
  usage: 'actuals import <file.etabli> <actuals.csv|xlsx> | actuals list <file.etabli>',
  summary:
    'import: read actuals in long form (year,metric,key,value; other columns are dropped) and store them as one ' +
    'undoable step, or name the line and column of each error and store nothing. list: print the actuals as JSON.',
  async run(args: string[], io: CliIo): Promise<number> {
    const { positionals } = parseCommandArgs(args, {})
    const [action, file, table] = positionals
    if (action === 'list') {
      if (positionals.length !== 2) throw new UsageError('actuals list needs exactly one workspace file')
      const list = await withWorkspace(file!, (ws) => ws.listActuals())
      io.stdout(
        `${JSON.stringify({ actuals: list.rows, problems: list.problems, warnings: list.warnings }, null, 2)}\n`,
      )
      return exitCode.ok
    }
    if (action !== 'import') throw new UsageError("actuals needs 'import' or 'list'")
    if (positionals.length !== 3)
      throw new UsageError('actuals import needs a workspace file and a CSV or XLSX file')
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(await readFile(table!))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new CliFailure(`cannot read ${table}: ${code === 'ENOENT' ? 'no such file' : String(error)}`)
    }
    return withWorkspace(file!, async (ws) => {
      const preview = await ws.previewActualsImport(bytes, basename(table!))
      if (preview.errors.length > 0) {
        const count = preview.errors.length === 1 ? '1 problem' : `${preview.errors.length} problems`
        io.stderr(
          `${table}: ${count}, nothing imported\n${preview.errors.map((e) => `  ${e.message}\n`).join('')}`,
        )
        return exitCode.failed
      }
      for (const column of preview.droppedColumns)
        io.stderr(`${table}: column ${column} dropped (personal data)\n`)
      for (const column of preview.ignoredColumns) io.stderr(`${table}: column ${column} not read\n`)
      if (preview.changes.length === 0) {
        io.stdout(`${file}: the actuals already hold these ${preview.rows.length} figures; nothing changed\n`)
        return exitCode.ok
      }
      const outcome = await ws.confirmActualsImport(preview.previewId)
      if (!outcome.ok) {
        io.stderr(`${table}: nothing imported\n${outcome.problems.map((p) => `  ${p.message}\n`).join('')}`)
        return exitCode.failed
      }
      io.stdout(`${file}: ${outcome.description}\n`)
      return exitCode.ok
    })
  },
}
