// The UI's `t` (renderer/src/i18n.ts) looks plain texts up without i18next: for every key of every language, bare and with values for its placeholders, it must give what i18next itself gives.
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureLanguage, i18n } from '../../renderer/src/i18n'

type Tree = { [key: string]: string | Tree }

function keysOf(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[prefix + key, value] as [string, string]]
      : keysOf(value, `${prefix}${key}.`),
  )
}

/** A value for each {{placeholder}} of a text, different per name (so a swap would show). */
function valuesFor(text: string): Record<string, string | number> {
  const names = [...text.matchAll(/\{\{\s*([A-Za-z_$][\w$]*)\s*\}\}/g)].map((m) => m[1]!)
  return Object.fromEntries(names.map((name, i) => [name, i % 2 === 0 ? `«${name}»` : 1000 + i]))
}

beforeAll(async () => {
  await ensureLanguage('en')
  await ensureLanguage('de')
})

describe.each(['fr', 'en', 'de'] as const)('t in %s', (language) => {
  it('gives i18next’s text for every key, bare and with its placeholders filled', () => {
    const t = i18n.getFixedT(language) as unknown as (key: string, vars?: object) => string
    const texts = keysOf(i18n.getResourceBundle(language, 'translation') as Tree)
    expect(texts.length).toBeGreaterThan(500)
    let filled = 0
    for (const [key, text] of texts) {
      // i18next's own answer: i18n.t goes straight to its translator, not through getFixedT.
      expect(t(key), key).toBe(i18n.t(key, { lng: language }))
      const vars = valuesFor(text)
      if (Object.keys(vars).length === 0) continue
      filled++
      expect(t(key, vars), key).toBe(i18n.t(key, { ...vars, lng: language }))
    }
    expect(filled).toBeGreaterThan(50)
  })

  it('leaves plurals, missing keys and missing values to i18next', () => {
    const t = i18n.getFixedT(language) as unknown as (key: string, vars?: object) => string
    for (const count of [1, 3]) {
      expect(t('charts.why.moreGrades', { count })).toBe(
        i18n.t('charts.why.moreGrades', { count, lng: language }),
      )
    }
    expect(t('charts.why.moreGrades', { count: 3 })).toContain('3')
    expect(t('no.such.key')).toBe(i18n.t('no.such.key', { lng: language }))
    const [key, text] = keysOf(i18n.getResourceBundle(language, 'translation') as Tree).find(([, v]) =>
      v.includes('{{'),
    )!
    expect(text).toContain('{{')
    expect(t(key, {})).toBe(i18n.t(key, { lng: language }))
  })
})

// Last in this file (its own module instance): the French-only key it adds stays.
it('falls back to the French text of a key another language lacks, as i18next does', () => {
  i18n.addResource('fr', 'translation', 'zz.onlyFrench', 'Seulement {{what}}')
  const t = i18n.getFixedT('de') as unknown as (key: string, vars?: object) => string
  expect(t('zz.onlyFrench', { what: 'ici' })).toBe('Seulement ici')
  expect(t('zz.onlyFrench', { what: 'ici' })).toBe(i18n.t('zz.onlyFrench', { what: 'ici', lng: 'de' }))
})
