// Store failures through the real handlers on real SQLite files: each reply carries the reason the UI words and the names it needs.
import { describe, expect, it } from 'vitest'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { handlersPerTest } from '../support/handlers'

const { dir: dataDir, call, value } = handlersPerTest()

type Listed = { scenarios: { id: number; name: string; isBase: boolean }[] }

describe('store failures carry their reason and parameters', () => {
  it('a template that changes nothing names the template and the scenario; the English stays as the message', async () => {
    await value('workspace:openSample', { key: 'boutique-preowned' })
    const base = (await value<Listed>('scenario:list', {})).scenarios.find((s) => s.isBase)!
    // The boutique trains nobody, so doubling every programme changes nothing.
    const reply = await call('scenario:applyTemplate', {
      scenarioId: base.id,
      template: 'academy',
      name: 'A',
    })
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_REQUEST',
        reason: 'templateNoChange',
        params: { template: 'academy', scenario: base.name },
      },
    })
    if (!reply.ok) expect(reply.error.message).toMatch(/changes nothing/)
  })

  it('a rename to a taken name says which name; a frozen version says which one', async () => {
    await value('workspace:openSample', { key: 'atelier-geneve' })
    const [base, other] = (await value<Listed>('scenario:list', {})).scenarios
    const taken = await call('scenario:rename', { scenarioId: other!.id, name: ` ${base!.name} ` })
    expect(taken).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'nameTaken', params: { name: base!.name } },
    })
    const frozen = await value<{ id: number }>('scenario:freeze', { scenarioId: base!.id, name: 'Figée' })
    const edit = await call('scenario:setValue', {
      scenarioId: frozen.id,
      path: 'service/targetTurnaroundWeeks',
      value: 6,
    })
    expect(edit).toMatchObject({
      ok: false,
      error: { code: 'READ_ONLY', reason: 'frozen', params: { scenario: 'Figée' } },
    })
  })

  it('a file that is not a workspace names the file, and is left as it was', async () => {
    const path = join(dataDir(), 'notes.etabli')
    await writeFile(path, 'not a database, just text that is long enough to have a header')
    const reply = await call('workspace:open', { path })
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'NOT_A_WORKSPACE', reason: 'notSqlite', params: { file: path } },
    })
  })
})
