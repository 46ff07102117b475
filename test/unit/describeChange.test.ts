// describeChange: override paths and stored step sentences become labels, names and units in FR, EN and DE.
import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { fr } from '../../renderer/src/locales/fr'
import { en } from '../../renderer/src/locales/en'
import { de } from '../../renderer/src/locales/de'
import { editorsFr } from '../../renderer/src/locales/editors.fr'
import { editorsEn } from '../../renderer/src/locales/editors.en'
import { editorsDe } from '../../renderer/src/locales/editors.de'
import { uxFr } from '../../renderer/src/locales/ux.fr'
import { uxEn } from '../../renderer/src/locales/ux.en'
import { uxDe } from '../../renderer/src/locales/ux.de'
import { displayName } from '../../renderer/src/names'
import { describeChange, describeStep, type DescribeContext } from '../../renderer/src/describeChange'
import { formatNumber, formatShort, swissNumbersInText } from '../../renderer/src/format'

// The app's text trees (renderer/src/i18n.ts reads the browser's storage, so the test builds its own instance).
const i18n = i18next.createInstance()
void i18n.init({
  lng: 'fr',
  initAsync: false,
  resources: {
    fr: { translation: { ...fr, ...editorsFr, ...uxFr } },
    en: { translation: { ...en, ...editorsEn, ...uxEn } },
    de: { translation: { ...de, ...editorsDe, ...uxDe } },
  },
  interpolation: { escapeValue: false },
})

function context(language: string): DescribeContext {
  const t = i18n.getFixedT(language)
  return {
    t: (key, vars) => t(key, vars ?? {}),
    name: (id) =>
      displayName(id, (key) =>
        i18n.exists(`names.${key}`, { lng: language }) ? t(`names.${key}`) : undefined,
      ),
    has: (key) => i18n.exists(key, { lng: language }),
  }
}

const RAW_PATH = /\b(segments|grades|jobTypes|training|workforce|benches|service)\/\w/

describe('describeChange', () => {
  it('names the field and the segment, and shows a fraction as percent (0.035 → 3.5 %)', () => {
    expect(describeChange('segments/quartz/warrantyClaimRate', 0.035, context('en'))).toEqual({
      field: 'Warranty returns (Quartz)',
      value: '3.5 %',
    })
  })

  it('a growth of 0.1 is 10 %/yr, and a formula is quoted as written', () => {
    const en = context('en')
    expect(describeChange('segments/automatic/preOwnedGrowth', 0.1, en).value).toBe('10 %/yr')
    expect(describeChange('segments/automatic/preOwnedGrowth', 'year <= 2030 ? 25 : 12', en).value).toBe(
      'formula “year <= 2030 ? 25 : 12”',
    )
  })

  it('names the job type inside a segment map and groups thousands the Swiss way', () => {
    const fr = context('fr')
    const change = describeChange('segments/automatic/hoursPerJob/automatic-service', 3.25, fr)
    expect(change.field).toBe(
      `${fr.t('editors.field.hoursPerJob')} (${fr.name('automatic')}, ${fr.name('automatic-service')})`,
    )
    expect(change.value).toBe(`3.25 ${fr.t('editors.units.hoursPerJob')}`)
    expect(describeChange('grades/master/salaryPerFte', 112500, fr).value).toBe(
      `112'500 ${fr.t('editors.units.chfPerFte')}`,
    )
  })

  it('per-year hires show their range, and no description contains a path', () => {
    const de = context('de')
    const change = describeChange('workforce/hires/master', [0, 1, 2.5], de)
    expect(change.field).toContain(de.name('master'))
    expect(change.value).toContain('2.5')
    // German grade names contain a slash (Uhrmachermeister/in); a raw path starts with an input section.
    expect(change.field).not.toMatch(RAW_PATH)
  })
})

describe('describeStep', () => {
  it('rewrites the store’s "Set … to … in …" in each language, without the raw path', () => {
    const stored = 'Set segments/quartz/warrantyClaimRate to 0.035 in Base'
    expect(describeStep(stored, context('en'))).toBe('Set Warranty returns (Quartz) to 3.5 % in Base')
    for (const language of ['fr', 'de']) {
      const text = describeStep(stored, context(language))
      expect(text).not.toContain('segments/')
      expect(text).toContain('3.5 %')
      expect(text).toContain('Base')
    }
  })

  it('keeps a scenario name that itself contains " in "', () => {
    expect(describeStep('Set horizonYears to 12 in Boom in Asia', context('en'))).toBe(
      'Set Horizon to 12 yrs in Boom in Asia',
    )
  })

  it('a value cut by the store becomes "new value"; other steps are translated, unknown ones kept', () => {
    const en = context('en')
    expect(describeStep('Set workforce/roster to [{"grade":"watchmaker","age":25,"fte"… in Base', en)).toBe(
      'Set Starting roster to new value in Base',
    )
    expect(describeStep('Delete Boom and 2 scenarios built on it', context('fr'))).toBe(
      'Boom supprimé, avec 2 scénarios construits dessus',
    )
    expect(describeStep('Something new', en)).toBe('Something new')
  })
})

describe('swissNumbersInText', () => {
  it('writes the numbers of a French source text the Swiss way and keeps the rest', () => {
    expect(swissNumbersInText('1 712 h/an')).toBe("1'712 h/an")
    expect(swissNumbersInText('quartz 29 400 ; automatique 1 264 000')).toBe(
      "quartz 29'400 ; automatique 1'264'000",
    )
    expect(swissNumbersInText('≈ 3,3 h/travail en 2026 (43 400 h pour 13 100 travaux)')).toBe(
      "≈ 3.3 h/travail en 2026 (43'400 h pour 13'100 travaux)",
    )
    expect(swissNumbersInText('4 / 16 / 10 / 6')).toBe('4 / 16 / 10 / 6')
  })
})

describe('absurd figures', () => {
  it('beyond 10¹² a figure is written as a power of ten, below it in full', () => {
    expect(formatNumber(92701415783111870, 1)).toBe('9.27 × 10¹⁶')
    expect(formatNumber(-1.5e13)).toBe('-1.5 × 10¹³')
    expect(formatNumber(999999999999)).toBe("999'999'999'999")
    expect(formatShort(9.996e14)).toBe('1 × 10¹⁵')
  })
})
