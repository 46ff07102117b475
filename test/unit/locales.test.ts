// The UI text trees: every French key has an English and a German text, not empty, with the same {{placeholders}}.
import { describe, expect, it } from 'vitest'
import { fr } from '../../renderer/src/locales/fr'
import { en } from '../../renderer/src/locales/en'
import { de } from '../../renderer/src/locales/de'
import { editorsFr } from '../../renderer/src/locales/editors.fr'
import { editorsEn } from '../../renderer/src/locales/editors.en'
import { editorsDe } from '../../renderer/src/locales/editors.de'
import { decisionsFr } from '../../renderer/src/locales/decisions.fr'
import { decisionsEn } from '../../renderer/src/locales/decisions.en'
import { decisionsDe } from '../../renderer/src/locales/decisions.de'
import { dataioFr } from '../../renderer/src/locales/dataio.fr'
import { dataioEn } from '../../renderer/src/locales/dataio.en'
import { dataioDe } from '../../renderer/src/locales/dataio.de'
import { uxFr } from '../../renderer/src/locales/ux.fr'
import { uxEn } from '../../renderer/src/locales/ux.en'
import { uxDe } from '../../renderer/src/locales/ux.de'
import { actualsFr } from '../../renderer/src/locales/actuals.fr'
import { actualsEn } from '../../renderer/src/locales/actuals.en'
import { actualsDe } from '../../renderer/src/locales/actuals.de'
import { leversFr } from '../../renderer/src/locales/levers.fr'
import { leversEn } from '../../renderer/src/locales/levers.en'
import { leversDe } from '../../renderer/src/locales/levers.de'
import { explainFr } from '../../renderer/src/locales/explain.fr'
import { explainEn } from '../../renderer/src/locales/explain.en'
import { explainDe } from '../../renderer/src/locales/explain.de'
import { wordsFr } from '../../renderer/src/locales/words.fr'
import { wordsEn } from '../../renderer/src/locales/words.en'
import { wordsDe } from '../../renderer/src/locales/words.de'
import { chartsFr } from '../../renderer/src/locales/charts.fr'
import { chartsEn } from '../../renderer/src/locales/charts.en'
import { chartsDe } from '../../renderer/src/locales/charts.de'
import { messagesFr } from '../../renderer/src/locales/messages.fr'
import { messagesEn } from '../../renderer/src/locales/messages.en'
import { messagesDe } from '../../renderer/src/locales/messages.de'
import { dateLocale, formatChf, formatNumber } from '../../renderer/src/format'
import { textsFr } from '../../renderer/src/locales/texts.fr'
import { textsEn } from '../../renderer/src/locales/texts.en'
import { textsDe } from '../../renderer/src/locales/texts.de'

type Tree = { [key: string]: unknown }

/** Every leaf of a text tree as dotted key → value (whatever its type, so a wrong type shows up). */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (value !== null && typeof value === 'object')
      for (const [k, v] of leaves(value as Tree, path)) out.set(k, v)
    else out.set(path, value)
  }
  return out
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!).sort()
}

const files = [
  { name: 'main', fr, translations: { en, de } },
  { name: 'editors', fr: editorsFr, translations: { en: editorsEn, de: editorsDe } },
  { name: 'decisions', fr: decisionsFr, translations: { en: decisionsEn, de: decisionsDe } },
  { name: 'dataio', fr: dataioFr, translations: { en: dataioEn, de: dataioDe } },
  { name: 'ux', fr: uxFr, translations: { en: uxEn, de: uxDe } },
  { name: 'actuals', fr: actualsFr, translations: { en: actualsEn, de: actualsDe } },
  { name: 'levers', fr: leversFr, translations: { en: leversEn, de: leversDe } },
  { name: 'explain', fr: explainFr, translations: { en: explainEn, de: explainDe } },
  { name: 'words', fr: wordsFr, translations: { en: wordsEn, de: wordsDe } },
  { name: 'charts', fr: chartsFr, translations: { en: chartsEn, de: chartsDe } },
  { name: 'messages', fr: messagesFr, translations: { en: messagesEn, de: messagesDe } },
]

describe('locale files', () => {
  it('each language loads every file above (renderer/src/locales/texts.*.ts), in the same order', () => {
    // i18n.ts loads English and German on demand from these lists: a file missing from one would leave
    // that language falling back to French for its keys.
    expect(textsFr).toEqual(files.map((f) => f.fr))
    expect(textsEn).toEqual(files.map((f) => f.translations.en))
    expect(textsDe).toEqual(files.map((f) => f.translations.de))
    files.forEach((f, i) => {
      expect(textsFr[i]).toBe(f.fr)
      expect(textsEn[i]).toBe(f.translations.en)
      expect(textsDe[i]).toBe(f.translations.de)
    })
  })

  for (const file of files) {
    for (const [language, tree] of Object.entries(file.translations)) {
      it(`${file.name}: every French key exists in ${language}, non-empty, with the same placeholders`, () => {
        const source = leaves(file.fr)
        const target = leaves(tree as Tree)
        const problems: string[] = []
        for (const [key, frText] of source) {
          const text = target.get(key)
          if (typeof text !== 'string' || text.trim() === '') problems.push(`${key}: missing or empty`)
          else if (placeholders(text).join() !== placeholders(frText as string).join())
            problems.push(
              `${key}: {{${placeholders(text).join()}}} instead of {{${placeholders(frText as string).join()}}}`,
            )
        }
        for (const key of target.keys()) if (!source.has(key)) problems.push(`${key}: not in French`)
        expect(problems).toEqual([])
        expect(target.size).toBe(source.size)
      })
    }
  }

  it('German is written the Swiss way: "ss", never "ß"', () => {
    const withEszett = files.flatMap((file) =>
      [...leaves(file.translations.de as Tree)]
        .filter(([, text]) => String(text).includes('ß'))
        .map(([k]) => k),
    )
    expect(withEszett).toEqual([])
  })

  it('German names watch-trade grades and programmes in German, not in French', () => {
    expect(de.names.master).toBe('Uhrmachermeister/in')
    expect(de.names.apprenticeship).toBe('Lehre EFZ')
    expect(de.nav.training).toBe('Ausbildung')
    for (const [key, text] of leaves(de.names)) expect(text, key).not.toBe(leaves(fr.names).get(key))
  })
})

describe('formats in every language', () => {
  it("numbers and francs keep the Swiss form 1'234.5 and CHF 1'234", () => {
    expect(formatNumber(1234.5, 1)).toBe("1'234.5")
    expect(formatNumber(-1234567)).toBe("-1'234'567")
    expect(formatChf(25000)).toBe("CHF 25'000")
  })

  it('dates use the Swiss variant of the UI language', () => {
    expect(dateLocale('de')).toBe('de-CH')
    expect(dateLocale('en')).toBe('en-CH')
    expect(dateLocale('fr')).toBe('fr-CH')
    // 1 March 2026 in de-CH short form is day.month.year.
    const date = new Date(Date.UTC(2026, 2, 1, 12))
    const text = new Intl.DateTimeFormat(dateLocale('de'), { dateStyle: 'short', timeZone: 'UTC' }).format(
      date,
    )
    expect(text).toBe('01.03.26')
  })
})
