// The native menu: French, English and German, the required items, dev-only reload, and commands routed to `run`.
import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { buildMenuTemplate, languageOfLocale } from '../../electron/menu'

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((i) => [i.label ?? '', ...(Array.isArray(i.submenu) ? labels(i.submenu) : [])])
}

const base = { isDev: false, isMac: false, recent: [], run: () => undefined }

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help in French and in English', () => {
    expect(buildMenuTemplate({ ...base, language: 'fr' }).map((m) => m.label)).toEqual([
      'Fichier',
      'Édition',
      'Affichage',
      'Aide',
    ])
    const en = labels(buildMenuTemplate({ ...base, language: 'en' }))
    for (const label of [
      'New',
      'Open…',
      'Open Recent',
      'Save As…',
      'Close',
      'Undo',
      'Redo',
      'Cut',
      'Copy',
      'Paste',
      'About Établi',
    ])
      expect(en).toContain(label)
  })

  it('has the same items in German, with German labels', () => {
    expect(buildMenuTemplate({ ...base, language: 'de' }).map((m) => m.label)).toEqual([
      'Datei',
      'Bearbeiten',
      'Darstellung',
      'Hilfe',
    ])
    const de = labels(buildMenuTemplate({ ...base, language: 'de' }))
    for (const label of ['Neu', 'Öffnen…', 'Speichern unter…', 'Schliessen', 'Rückgängig', 'Über Établi'])
      expect(de).toContain(label)
    // Same number of items as in French: no entry left without a German label.
    expect(de).toHaveLength(labels(buildMenuTemplate({ ...base, language: 'fr' })).length)
    expect(de.filter((l) => l.includes('ß'))).toEqual([])
  })

  it('starts in the language of the system locale, English for any other', () => {
    expect(['fr-CH', 'fr', 'de-CH', 'de-DE', 'DE', 'en-US', 'it-CH', ''].map(languageOfLocale)).toEqual([
      'fr',
      'fr',
      'de',
      'de',
      'de',
      'en',
      'en',
      'en',
    ])
  })

  it('offers reload and developer tools only in development', () => {
    expect(labels(buildMenuTemplate({ ...base, language: 'en' }))).not.toContain('Reload')
    expect(labels(buildMenuTemplate({ ...base, language: 'en', isDev: true }))).toContain('Reload')
  })

  it('routes clicks to run, including a recent file with its path', () => {
    const run = vi.fn()
    const template = buildMenuTemplate({
      ...base,
      language: 'en',
      run,
      recent: [{ path: '/w/a.etabli', name: 'a.etabli', openedAt: '2026-01-01T00:00:00Z', exists: true }],
    })
    const file = template[0]!.submenu as MenuItemConstructorOptions[]
    const click = (item: MenuItemConstructorOptions): void => (item.click as unknown as () => void)()
    click(file.find((i) => i.label === 'Open…')!)
    const recent = (file.find((i) => i.label === 'Open Recent')!.submenu as MenuItemConstructorOptions[])[0]!
    click(recent)
    const edit = template[1]!.submenu as MenuItemConstructorOptions[]
    click(edit.find((i) => i.label === 'Undo')!)
    expect(run.mock.calls).toEqual([['open'], ['open-recent', '/w/a.etabli'], ['undo']])
  })
})
