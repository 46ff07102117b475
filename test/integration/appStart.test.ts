// app:start: the start-up in one request answers what the renderer used to ask step by step (info, the workspace it opens, its scenarios, the base resolved and projected, its overrides), and reports a failed open instead of throwing.
import { join } from 'node:path'
import { writeFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../electron/ipc/dispatch'
import { project } from '../../shared/engine'
import type { StartData } from '../../shared/ipc/contract'
import { makeTempDir } from '../fixtures/storeFiles'
import { makeTestHandlers } from '../support/handlers'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean()
})

async function harness(openAtStart: string | null = null) {
  const { dir, remove } = await makeTempDir()
  const made = makeTestHandlers(dir, { openAtStart })
  cleanups.push(remove, made.dispose)
  const call = (channel: string, args: unknown) => dispatch(made.handlers, channel, args)
  const value = async <T>(channel: string, args: unknown): Promise<T> => {
    const reply = await call(channel, args)
    if (!reply.ok) throw new Error(reply.error.message)
    return reply.value as T
  }
  return { dir, call, value }
}

describe('app:start', () => {
  it('opens the sample on a first start, in the language asked, with its base resolved and projected', async () => {
    const { dir, value } = await harness()
    const start = await value<StartData>('app:start', { sample: 'atelier-geneve', language: 'de' })
    expect(start.failed).toBeNull()
    expect(start.info.version).toBe('9.9.9')
    // The German copy of the sample, in the data folder's samples (workspace:openSample's file).
    expect(start.workspace?.info.path).toBe(join(dir, 'samples', 'atelier-geneve.de.etabli'))
    const base = start.workspace!.list.scenarios.find((s) => s.isBase)!
    expect(base.name).toBe('Basis')
    expect(start.shown?.scenarioId).toBe(base.id)
    // The projection is the engine's of the very input sent; the base of a fresh sample has no overrides.
    expect(start.shown!.resolved.projection).toEqual(project(start.shown!.resolved.input))
    expect(start.shown!.overrides).toEqual([])
  })

  it('answers what the separate requests answer', async () => {
    const { value } = await harness()
    const start = await value<StartData>('app:start', { sample: 'atelier-geneve' })
    // Main's language (French here) names the sample's scenarios when the renderer has none stored.
    expect(start.workspace!.list).toEqual(await value('scenario:list', {}))
    expect(start.workspace!.info).toEqual(await value('workspace:current', {}))
    const id = start.shown!.scenarioId
    expect(start.shown!.resolved).toEqual(await value('scenario:resolve', { scenarioId: id, project: true }))
    expect(start.shown!.overrides).toEqual(await value('scenario:overrides', { scenarioId: id }))
    expect(start.workspace!.list.scenarios.find((s) => s.isBase)!.name).toBe('Base')
  })

  it('reopens the workspace already open (a reload), not the sample', async () => {
    const { dir, value } = await harness()
    await value('workspace:create', { name: 'Atelier Bienne' })
    const created = join(dir, 'Atelier Bienne.etabli')
    const start = await value<StartData>('app:start', { sample: 'atelier-geneve' })
    expect(start.workspace?.info.path).toBe(created)
  })

  it('reports a command-line file that cannot be opened as the failure, with no workspace', async () => {
    const { dir } = await makeTempDir().then((made) => {
      cleanups.push(made.remove)
      return made
    })
    const notAWorkspace = join(dir, 'notes.etabli')
    await writeFile(notAWorkspace, 'not a database')
    const { call } = await harness(notAWorkspace)
    const reply = await call('app:start', { sample: 'atelier-geneve' })
    // The request itself succeeds: the renderer shows why the open failed, as for a refused open later on.
    expect(reply.ok).toBe(true)
    const start = (reply as { ok: true; value: StartData }).value
    expect(start.workspace).toBeNull()
    expect(start.shown).toBeNull()
    expect(start.failed?.code).toBeTruthy()
    expect(start.failed?.code).not.toBe('INTERNAL')
  })

  it('refuses a malformed sample key, naming the field', async () => {
    const { call } = await harness()
    const reply = await call('app:start', { sample: '../etc/passwd' })
    expect(reply.ok).toBe(false)
    const error = (reply as { ok: false; error: { code: string; path?: string; params?: unknown } }).error
    expect(error.code).toBe('INVALID_REQUEST')
    expect(error.path).toBe('sample')
  })
})
