// The IPC handlers over the store, through dispatch (schemas, envelope), on real workspace files; and the recent-files list.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { dispatch } from '../../electron/ipc/dispatch'
import { createRecentFiles, MAX_RECENT } from '../../electron/store/recentFiles'
import type { IpcReply, SampleInfo } from '../../shared/ipc/contract'
import type {
  EditOutcome,
  ImportPreview,
  ResolvedScenario,
  WorkspaceInfo,
} from '../../shared/workspace/types'
import { makeTestHandlers } from '../support/handlers'
import { makeTempDir } from '../fixtures/storeFiles'

let dir: string
let removeDir: () => Promise<void>
const disposers: (() => Promise<void>)[] = []

beforeEach(async () => {
  ;({ dir, remove: removeDir } = await makeTempDir('etabli-ipc-'))
})

afterEach(async () => {
  for (const dispose of disposers.splice(0)) await dispose()
  await removeDir()
})

function window_(): (channel: string, args?: unknown) => Promise<IpcReply<unknown>> {
  const { handlers, dispose } = makeTestHandlers(dir)
  disposers.push(dispose)
  return (channel, args = {}) => dispatch(handlers, channel, args)
}

function value<T>(reply: IpcReply<unknown>): T {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`)
  return reply.value as T
}

describe('workspace:samples', () => {
  it('lists every sample with its name and description in French, English and German', async () => {
    const call = window_()
    const list = value<SampleInfo[]>(await call('workspace:samples'))
    expect(list.map((s) => s.key)).toEqual(['atelier-geneve', 'filiere-suisse', 'boutique-preowned'])
    for (const s of list) {
      for (const language of ['fr', 'en', 'de'] as const) {
        expect(s.names[language].length, `${s.key} ${language}`).toBeGreaterThan(0)
        expect(s.descriptions[language].length, `${s.key} ${language}`).toBeGreaterThan(0)
      }
      // Three translations, not one text copied three times.
      expect(new Set(Object.values(s.descriptions)).size, s.key).toBe(3)
    }
  })
})

describe('workspace channels on a real file', () => {
  it('open a sample, edit, refuse an invalid value, undo, import and export', async () => {
    const call = window_()
    const info = value<WorkspaceInfo>(await call('workspace:openSample', { key: 'atelier-geneve' }))
    expect(info.readOnly).toBeNull()
    const { scenarios } = value<{ scenarios: { id: number; name: string; isBase: boolean }[] }>(
      await call('scenario:list'),
    )
    const base = scenarios.find((s) => s.isBase)!
    const boom = scenarios.find((s) => !s.isBase)!

    const refused = value<EditOutcome>(
      await call('scenario:setValue', { scenarioId: boom.id, path: 'service/abandonRate', value: 7 }),
    )
    expect(refused.ok).toBe(false)
    const bad = await call('scenario:setValue', { scenarioId: boom.id, path: '/abs', value: 1 })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.code).toBe('INVALID_REQUEST')

    const done = value<EditOutcome>(
      await call('scenario:setValue', { scenarioId: boom.id, path: 'service/abandonRate', value: 0.45 }),
    )
    expect(done.ok).toBe(true)
    expect(
      value<ResolvedScenario>(await call('scenario:resolve', { scenarioId: boom.id })).input.service
        .abandonRate,
    ).toBe(0.45)
    value(await call('history:undo'))
    expect(
      value<ResolvedScenario>(await call('scenario:resolve', { scenarioId: boom.id })).input.service
        .abandonRate,
    ).not.toBe(0.45)

    const csv = 'grade,age,fte,name\nwatchmaker,40,2,Jean Dupont\n'
    const preview = value<ImportPreview>(
      await call('import:preview', {
        scenarioId: base.id,
        kind: 'roster',
        fileName: 'roster.csv',
        dataBase64: Buffer.from(csv).toString('base64'),
      }),
    )
    expect(preview.droppedColumns).toEqual(['name'])
    expect(value<EditOutcome>(await call('import:confirm', { previewId: preview.previewId })).ok).toBe(true)
    const roster = value<ResolvedScenario>(await call('scenario:resolve', { scenarioId: base.id })).input
      .workforce.roster
    expect(roster).toEqual([{ grade: 'watchmaker', age: 40, fte: 2 }])

    const file = value<{ fileName: string; dataBase64: string }>(
      await call('export:file', { scenarioIds: [base.id], format: 'json' }),
    )
    expect(file.fileName.endsWith('.json')).toBe(true)
    expect(JSON.parse(Buffer.from(file.dataBase64, 'base64').toString('utf8')).workforce.roster).toEqual(
      roster,
    )
  })

  it('a second window opening the same file gets it read-only; edits there are refused with READ_ONLY', async () => {
    const first = window_()
    const second = window_()
    const info = value<WorkspaceInfo>(await first('workspace:openSample', { key: 'atelier-geneve' }))
    const again = value<WorkspaceInfo>(await second('workspace:open', { path: info.path }))
    expect(again.readOnly?.code).toBe('in-use')
    const { scenarios } = value<{ scenarios: { id: number }[] }>(await second('scenario:list'))
    const reply = await second('scenario:setValue', {
      scenarioId: scenarios[0]!.id,
      path: 'service/abandonRate',
      value: 0.2,
    })
    expect(reply.ok).toBe(false)
    if (!reply.ok) expect(reply.error.code).toBe('READ_ONLY')
  })

  it('refuses a file that is not a workspace with NOT_A_WORKSPACE and leaves the previous one open', async () => {
    const call = window_()
    const info = value<WorkspaceInfo>(await call('workspace:openSample', { key: 'filiere-suisse' }))
    const text = join(dir, 'notes.etabli')
    await writeFile(text, 'not a workspace')
    const reply = await call('workspace:open', { path: text })
    expect(reply.ok).toBe(false)
    if (!reply.ok) expect(reply.error.code).toBe('NOT_A_WORKSPACE')
    expect(value<WorkspaceInfo | null>(await call('workspace:current'))?.path).toBe(info.path)
  })
})

describe('recent files', () => {
  it('lists the most recent first, keeps at most 10, and flags files that are gone', async () => {
    const recent = createRecentFiles(join(dir, 'data'))
    const paths = Array.from({ length: MAX_RECENT + 2 }, (_, i) => join(dir, `f${i}.etabli`))
    for (const [i, p] of paths.entries()) {
      await writeFile(p, '')
      await recent.add(p, new Date(Date.UTC(2026, 0, 1, 0, i)))
    }
    await recent.add(paths[3]!, new Date(Date.UTC(2026, 1, 1)))
    await rm(paths[10]!)
    const list = await recent.list()
    expect(list).toHaveLength(MAX_RECENT)
    expect(list[0]!.path).toBe(paths[3])
    expect(list[1]!.path).toBe(paths[11])
    expect(list.find((e) => e.path === paths[10])!.exists).toBe(false)
    expect(list.filter((e) => !e.exists)).toHaveLength(1)
    expect(list.some((e) => e.path === paths[0])).toBe(false)
  })
})

describe('reopening the open workspace', () => {
  it('keeps it writable: a page reload opens the same file again', async () => {
    const { handlers, dispose } = makeTestHandlers(dir)
    disposers.push(dispose)
    const first = (await dispatch(handlers, 'workspace:openSample', {
      key: 'atelier-geneve',
    })) as IpcReply<WorkspaceInfo>
    expect(first.ok && first.value.readOnly).toBe(null)
    const path = first.ok ? first.value.path : ''
    const again = (await dispatch(handlers, 'workspace:open', { path })) as IpcReply<WorkspaceInfo>
    expect(again.ok && again.value.readOnly).toBe(null)
    const sample = (await dispatch(handlers, 'workspace:openSample', {
      key: 'atelier-geneve',
    })) as IpcReply<WorkspaceInfo>
    expect(sample.ok && sample.value.readOnly).toBe(null)
    // Asking for read-only on purpose still gives read-only.
    const ro = (await dispatch(handlers, 'workspace:open', {
      path,
      readOnly: true,
    })) as IpcReply<WorkspaceInfo>
    expect(ro.ok && ro.value.readOnly?.code).toBe('requested')
  })
})
