// The samples speak the UI language: every id they define has a name in French, English and German, and their sources table has each text in all three.
import { describe, expect, it } from 'vitest'
import { samples } from '../../shared/sample'
import { localizeSources } from '../../shared/sample/sourceText'
import { parseActualsTable } from '../../shared/actuals/longForm'
import { validateActuals } from '../../shared/actuals/validate'
import { fr } from '../../renderer/src/locales/fr'
import { en } from '../../renderer/src/locales/en'
import { de } from '../../renderer/src/locales/de'
import { wordsFr } from '../../renderer/src/locales/words.fr'
import { wordsEn } from '../../renderer/src/locales/words.en'
import { wordsDe } from '../../renderer/src/locales/words.de'

const names = {
  fr: { ...fr.names, ...wordsFr.names } as Record<string, string>,
  en: { ...en.names, ...wordsEn.names } as Record<string, string>,
  de: { ...de.names, ...wordsDe.names } as Record<string, string>,
}

/** French words that give a French text away in an English or German one. */
const FRENCH =
  /(?:^|[\s(])(?:(?:les|une|sont|supposée?s?|pour|dans|avec|aussi|leurs?|être)(?=[\s,;.:)]|$)|[ldq]’\p{L})/iu

describe('sample names in every language', () => {
  for (const sample of samples) {
    const b = sample.base
    const ids = [
      ...b.grades.map((g) => g.id),
      ...b.jobTypes.map((j) => j.id),
      ...b.segments.map((s) => s.id),
      ...b.training.map((p) => p.id),
    ]
    it(`${sample.key}: every grade, job type, segment and programme has a name in fr, en and de`, () => {
      const missing = Object.entries(names).flatMap(([language, tree]) =>
        ids.filter((id) => !tree[id]?.trim()).map((id) => `${language}: ${id}`),
      )
      expect(missing).toEqual([])
    })
  }

  it('the Geneva grades at the counter are named in each language (not the id)', () => {
    expect([names.fr.reception, names.en.reception, names.de.reception]).toEqual([
      'Réception',
      'Reception',
      'Empfang',
    ])
    expect([names.fr.polisher, names.en.polisher, names.de.polisher]).toEqual([
      'Polisseur/euse',
      'Polisher',
      'Polierer/in',
    ])
    expect([names.fr.control, names.en.control, names.de.control]).toEqual([
      'Contrôle',
      'Control',
      'Kontrolle',
    ])
  })
})

describe('sample sources in every language', () => {
  for (const sample of samples) {
    it(`${sample.key}: the stored (French) rows are the sample's French texts`, () => {
      expect(sample.sources.map((r) => r.figure)).toEqual(sample.sourceTexts.map((r) => r.figure.fr))
      expect(sample.sources.map((r) => r.note)).toEqual(sample.sourceTexts.map((r) => r.note?.fr))
    })

    it(`${sample.key}: every note is translated, and no English or German note reads as French`, () => {
      const problems: string[] = []
      for (const r of sample.sourceTexts) {
        for (const [language, text] of [
          ['en', r.note?.en],
          ['de', r.note?.de],
          ['en', r.figure.en],
          ['de', r.figure.de],
        ] as const) {
          if (text === undefined) continue
          if (text.trim() === '') problems.push(`${r.figure.fr}: ${language} empty`)
          if (FRENCH.test(text)) problems.push(`${r.figure.fr} (${language}): ${text}`)
        }
        if (r.note !== undefined && (r.note.en === r.note.fr || r.note.de === r.note.fr))
          problems.push(`${r.figure.fr}: note not translated`)
      }
      expect(problems).toEqual([])
    })
  }

  it('a stored sample row is shown in the UI language; a row the user wrote stays as written', () => {
    const stored = samples[0]!.sources[0]!
    const own = {
      figure: 'Notre chiffre',
      value: '12',
      source: 'Interne',
      year: null,
      kind: 'assumed' as const,
    }
    const [english, mine] = localizeSources([stored, own], 'en')
    expect(english!.figure).toBe('Available working time per person (AWT)')
    expect(english!.note).toMatch(/^Derived \(domain-data §7\.1\)/)
    // The cited source is the same in every language.
    expect(english!.source).toBe(stored.source)
    expect(mine).toEqual(own)
    expect(localizeSources([stored], 'de')[0]!.figure).toBe('Verfügbare Arbeitszeit pro Person (AWT)')
  })
})

describe('actuals problems carry codes the UI words', () => {
  it('a long-form table names each bad cell by code, line and what it held', () => {
    const parsed = parseActualsTable([
      ['year', 'metric', 'key', 'value'],
      ['2026', 'headcount', 'watchmaker', '4,5'],
      ['20x6', 'headcount', 'watchmaker', '4'],
      ['2026', 'hedcount', 'watchmaker', '-1'],
    ])
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.problems.map((p) => [p.line, p.field, p.code, p.params?.text])).toEqual([
      [2, 'value', 'actualsTable.comma', '4,5'],
      [3, 'year', 'actualsTable.notYear', '20x6'],
      [4, 'metric', 'actualsTable.notMetric', 'hedcount'],
      [4, 'value', 'actualsTable.negative', '-1'],
    ])
  })

  it('a total and a breakdown for the same year is coded with the row it is about', () => {
    const input = samples[0]!.base
    const check = validateActuals(
      [
        { year: 2026, metric: 'headcount', key: '', value: 40 },
        { year: 2026, metric: 'headcount', key: 'reception', value: 6 },
      ],
      input,
    )
    expect(check.problems.map((p) => [p.code, p.params?.year, p.params?.metric, p.params?.kind])).toEqual([
      ['actuals.totalAndBreakdown', 2026, 'headcount', 'grade'],
    ])
  })

  for (const [language, tree] of Object.entries({ fr: wordsFr, en: wordsEn, de: wordsDe })) {
    it(`${language} has a text for every actuals code`, () => {
      const table = tree.words.actualsTable as Record<string, string>
      const refused = tree.words.actuals as Record<string, unknown>
      for (const code of [
        'headerTwice',
        'headerMissing',
        'empty',
        'notMetric',
        'notYear',
        'comma',
        'notNumber',
        'negative',
        'repeated',
      ])
        expect(table[code], code).toMatch(/\S/)
      for (const code of ['unknownKey', 'repeated', 'totalAndBreakdown', 'negative'])
        expect(refused[code], code).toMatch(/\S/)
    })
  }
})
