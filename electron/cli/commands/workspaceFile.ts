// CLI helpers for .etabli workspace files: open one, pick a scenario by name, read a scenario's input.
import { open } from 'node:fs/promises'
import type { ScenarioSummary } from '../../../shared/workspace/types'
import { StoreError } from '../../store/errors'
import { openWorkspace, type Workspace } from '../../store/workspace'
import { CliFailure, readJsonFile, UsageError, type CliIo } from '../io'

/** True for a path ending in .etabli or a file that starts like a SQLite database. */
export async function isWorkspaceFile(path: string): Promise<boolean> {
  if (path.toLowerCase().endsWith('.etabli')) return true
  try {
    const handle = await open(path, 'r')
    try {
      const bytes = Buffer.alloc(16)
      await handle.read(bytes, 0, 16, 0)
      return bytes.toString('latin1') === 'SQLite format 3\0'
    } finally {
      await handle.close()
    }
  } catch {
    return false
  }
}

/** Opens a workspace for the length of `work`, turning store errors into one-line CLI failures. */
export async function withWorkspace<T>(path: string, work: (ws: Workspace) => Promise<T>): Promise<T> {
  let ws: Workspace
  try {
    ws = await openWorkspace(path)
  } catch (error) {
    if (error instanceof StoreError) throw new CliFailure(error.message)
    throw error
  }
  try {
    return await work(ws)
  } catch (error) {
    if (error instanceof StoreError) throw new CliFailure(error.message)
    throw error
  } finally {
    await ws.close()
  }
}

/** The scenario named `name` (exactly, else ignoring case), live or frozen; the base when no name is given. */
export async function pickScenario(ws: Workspace, name: string | undefined): Promise<ScenarioSummary> {
  const all = [...(await ws.listScenarios()), ...(await ws.listFrozen())]
  if (name === undefined) return all.find((s) => s.isBase)!
  const found =
    all.find((s) => s.name === name) ?? all.find((s) => s.name.toLowerCase() === name.toLowerCase())
  if (found === undefined) {
    throw new CliFailure(
      `no scenario named '${name}'; the workspace has: ${all.map((s) => `'${s.name}'`).join(', ')}`,
    )
  }
  return found
}

/** A scenario's input: a ModelInput JSON file as it is, or the resolved input of a workspace scenario. */
export async function readScenarioInput(
  path: string,
  scenario: string | undefined,
  io: CliIo,
): Promise<unknown> {
  if (!(await isWorkspaceFile(path))) {
    if (scenario !== undefined) throw new UsageError('--scenario applies to a .etabli workspace file only')
    return readJsonFile(path, io)
  }
  return withWorkspace(path, async (ws) => (await ws.resolve((await pickScenario(ws, scenario)).id)).input)
}
