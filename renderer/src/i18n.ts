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
