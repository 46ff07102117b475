// Opening a sample through the real handlers writes its scenarios in the UI language, one file per language; a file stays as written.
import { describe, expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { handlersPerTest } from '../support/handlers'

const { dir: dataDir, call, value } = handlersPerTest()

type Listed = { scenarios: { id: number; name: string; note: string }[] }

const names = async () => (await value<Listed>('scenario:list', {})).scenarios.map((s) => s.name)

describe('a sample opened in a UI language', () => {
  it('names the Geneva scenarios in English, German or French, each in its own file', async () => {
    const en = await value<{ path: string; name: string }>('workspace:openSample', {
      key: 'atelier-geneve',
      language: 'en',
    })
    expect(en.name).toBe('Geneva workshop (sample)')
    expect(await names()).toEqual([
      'Base',
      'Pre-owned boom',
      '2027 recession',
      'Competition for watchmakers',
      'Competition + doubled academy',
    ])
    const notes = (await value<Listed>('scenario:list', {})).scenarios.map((s) => s.note)
    expect(notes[0]).toMatch(/^Current plan: 2 CFC apprentices/)

    await value('workspace:openSample', { key: 'atelier-geneve', language: 'de' })
    expect(await names()).toEqual([
      'Basis',
      'Gebrauchtuhren-Boom',
      'Rezession 2027',
      'Konkurrenz um Uhrmacher',
      'Konkurrenz + verdoppelte Akademie',
    ])

    // Without a language (older renderers, the e2e specs) the French file, under the name it always had.
    await value('workspace:openSample', { key: 'atelier-geneve' })
    expect(await names()).toEqual([
      'Base',
      'Boom du pré-owné',
      'Récession 2027',
      'Concurrence pour les horlogers',
      'Concurrence + académie doublée',
    ])
    expect(existsSync(join(dataDir(), 'samples', 'atelier-geneve.etabli'))).toBe(true)
    expect(existsSync(join(dataDir(), 'samples', 'atelier-geneve.en.etabli'))).toBe(true)
  })

  it('keeps a file as written: a renamed scenario stays renamed when the sample is opened again', async () => {
    await value('workspace:openSample', { key: 'boutique-preowned', language: 'en' })
    const list = await value<Listed>('scenario:list', {})
    const growth = list.scenarios.find((s) => s.name === 'Double-digit growth')!
    await value('scenario:rename', { scenarioId: growth.id, name: 'Our growth' })
    await value('workspace:openSample', { key: 'boutique-preowned', language: 'en' })
    expect(await names()).toContain('Our growth')
    expect(await names()).not.toContain('Double-digit growth')
  })

  it('refuses a language the UI does not have (zod)', async () => {
    const reply = await call('workspace:openSample', {
      key: 'atelier-geneve',
      language: 'it',
    })
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', path: 'language' } })
  })
})
