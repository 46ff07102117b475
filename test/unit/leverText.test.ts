// The history sentences of global levers, several values and templates, in FR, EN and DE, without raw paths.
import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { leversDe } from '../../renderer/src/locales/levers.de'
import { leversEn } from '../../renderer/src/locales/levers.en'
import { leversFr } from '../../renderer/src/locales/levers.fr'
import { describeStep, type DescribeContext } from '../../renderer/src/describeChange'

const i18n = i18next.createInstance()
void i18n.init({
  lng: 'fr',
  initAsync: false,
  resources: {
    fr: { translation: leversFr },
    en: { translation: leversEn },
    de: { translation: leversDe },
  },
  interpolation: { escapeValue: false },
})

function context(language: string): DescribeContext {
  const t = i18n.getFixedT(language)
  return { t: (key, vars) => t(key, vars ?? {}), name: (id) => id, has: (key) => i18n.exists(key) }
}

describe('lever step sentences', () => {
  it('says the lever, the amount in points, the number of fields and the scenario', () => {
    const stored = 'Apply lever preOwnedGrowth add 0.02 to 5 fields in Base'
    expect(describeStep(stored, context('fr'))).toBe(
      'Levier global : croissance pré-owned, tous segments +2 points (5 champs) — Base',
    )
    expect(describeStep(stored, context('en'))).toBe(
      'Global lever: pre-owned growth, all segments +2 points (5 fields) — Base',
    )
    expect(describeStep(stored, context('de'))).toBe(
      'Globaler Hebel: Wachstum der Occasionen, alle Segmente +2 Punkte (5 Felder) — Base',
    )
  })

  it('writes a negative shift, a per-year count and a factor', () => {
    const fr = context('fr')
    expect(describeStep('Apply lever newSalesGrowth add -0.015 to 1 field in B', fr)).toBe(
      'Levier global : croissance des ventes neuves, tous segments -1.5 points (1 champ) — B',
    )
    expect(describeStep('Apply lever hires add 1.5 to 2 fields in B', fr)).toBe(
      'Levier global : embauches prévues, tous grades +1.5 par an (2 champs) — B',
    )
    expect(describeStep('Apply lever intake scale 2 to 3 fields in B', context('en'))).toBe(
      'Global lever: training intake, all programmes × 2 (3 fields) — B',
    )
  })

  it('describes several values and a template', () => {
    expect(describeStep('Set 3 values in Base', context('de'))).toBe('3 Werte geändert — Base')
    expect(describeStep('Apply template boom to Base as scenario Boom (modèle)', context('fr'))).toBe(
      'Modèle « Boom » appliqué à Base : scénario Boom (modèle)',
    )
  })

  it('leaves an unknown lever as stored', () => {
    expect(describeStep('Apply lever salary add 1 to 2 fields in B', context('en'))).toBe(
      'Apply lever salary add 1 to 2 fields in B',
    )
  })
})
