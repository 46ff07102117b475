// i18next set-up: French by default, English or German on request; the choice is remembered in this browser profile.
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { storedLanguage, rememberLanguage } from './language'
import { fr } from './locales/fr'
import { en } from './locales/en'
import { de } from './locales/de'
import { editorsFr } from './locales/editors.fr'
import { editorsEn } from './locales/editors.en'
import { editorsDe } from './locales/editors.de'
import { decisionsFr } from './locales/decisions.fr'
import { decisionsEn } from './locales/decisions.en'
import { decisionsDe } from './locales/decisions.de'
import { dataioFr } from './locales/dataio.fr'
import { dataioEn } from './locales/dataio.en'
import { dataioDe } from './locales/dataio.de'
import { uxFr } from './locales/ux.fr'
import { uxEn } from './locales/ux.en'
import { uxDe } from './locales/ux.de'
import { actualsFr } from './locales/actuals.fr'
import { actualsEn } from './locales/actuals.en'
import { actualsDe } from './locales/actuals.de'
import { leversFr } from './locales/levers.fr'
import { leversEn } from './locales/levers.en'
import { leversDe } from './locales/levers.de'
import { explainFr } from './locales/explain.fr'
import { explainEn } from './locales/explain.en'
import { explainDe } from './locales/explain.de'
import { wordsFr } from './locales/words.fr'
import { wordsEn } from './locales/words.en'
import { wordsDe } from './locales/words.de'
import { chartsFr } from './locales/charts.fr'
import { messagesFr } from './locales/messages.fr'
import { chartsEn } from './locales/charts.en'
import { messagesEn } from './locales/messages.en'
import { chartsDe } from './locales/charts.de'
import { messagesDe } from './locales/messages.de'

export { rememberLanguage, storedLanguage }

type Tree = { [key: string]: string | Tree }

/** Merges text trees key by key (the Decisions text adds `nav.decisions` and `units.yearsShort` to the main ones). */
function mergeTrees(...trees: object[]): Tree {
  const out: Tree = {}
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree as Tree)) {
      const before = out[key]
      out[key] = typeof value === 'object' && typeof before === 'object' ? mergeTrees(before, value) : value
    }
  }
  return out
}

export const i18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  lng: storedLanguage() ?? 'fr',
  fallbackLng: 'fr',
  resources: {
    fr: {
      translation: mergeTrees(
        fr,
        editorsFr,
        decisionsFr,
        dataioFr,
        uxFr,
        actualsFr,
        leversFr,
        explainFr,
        wordsFr,
        chartsFr,
        messagesFr,
      ),
    },
    en: {
      translation: mergeTrees(
        en,
        editorsEn,
        decisionsEn,
        dataioEn,
        uxEn,
        actualsEn,
        leversEn,
        explainEn,
        wordsEn,
        chartsEn,
        messagesEn,
      ),
    },
    de: {
      translation: mergeTrees(
        de,
        editorsDe,
        decisionsDe,
        dataioDe,
        uxDe,
        actualsDe,
        leversDe,
        explainDe,
        wordsDe,
        chartsDe,
        messagesDe,
      ),
    },
  },
  interpolation: { escapeValue: false },
  returnNull: false,
})

/** Bumped whenever texts are added or removed, which empties every cache below. */
let textsRevision = 0
i18n.store.on('added', () => textsRevision++)
i18n.store.on('removed', () => textsRevision++)

type AnyT = ((key: unknown, ...rest: unknown[]) => unknown) & Record<string, unknown>
const fixedTOf = i18n.getFixedT.bind(i18n) as unknown as (...args: unknown[]) => AnyT

/**
 * Each `t` useTranslation hands out keeps the text of a bare `t(key)` (no options): it cannot change while
 * the language (one `t` per language) and the texts stay, and every edit re-renders the screen's hundreds
 * of labels, where i18next's lookup (all its options merged, the key resolved) was about a third of the render.
 * Calls with options (counts, interpolations) go to i18next every time.
 */
i18n.getFixedT = ((...args: unknown[]) => {
  const fixed = fixedTOf(...args)
  const texts = new Map<string, unknown>()
  let revision = textsRevision
  const cached = (key: unknown, ...rest: unknown[]): unknown => {
    if (rest.length > 0 || typeof key !== 'string') return fixed(key, ...rest)
    if (revision !== textsRevision) {
      texts.clear()
      revision = textsRevision
    }
    if (!texts.has(key)) texts.set(key, fixed(key))
    return texts.get(key)
  }
  return Object.assign(cached, { lng: fixed.lng, lngs: fixed.lngs, ns: fixed.ns, keyPrefix: fixed.keyPrefix })
}) as unknown as typeof i18n.getFixedT
