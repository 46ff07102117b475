// The original sources the samples cite, as the research notes (../shared/research) give them: publisher, title, year, address.
import type { LocalizedText, SampleSourceRow, SourceRow } from './types'

/** A text the same in every language (a figure, a cited title), or one per language. */
type Text = string | LocalizedText

function localized(text: Text): LocalizedText {
  return typeof text === 'string' ? { fr: text, en: text, de: text } : text
}

/** The source of an assumed figure, with what it rests on (the same words in every language). */
export function assumption(basis?: string): LocalizedText {
  const on = basis === undefined ? '' : ` (${basis})`
  return { fr: `Hypothèse${on}`, en: `Assumption${on}`, de: `Annahme${on}` }
}

/** The source of a figure derived from others, with where the derivation is written. */
export function derived(basis: string): LocalizedText {
  return { fr: `Dérivé (${basis})`, en: `Derived (${basis})`, de: `Abgeleitet (${basis})` }
}

/** A row of a sources table; `year` null when the figure has no year of its own. */
export function row(
  kind: SourceRow['kind'],
  figure: Text,
  value: Text,
  source: Text,
  year: number | null,
  note?: Text,
): SampleSourceRow {
  const texts = { figure: localized(figure), value: localized(value), source: localized(source) }
  return note === undefined ? { ...texts, year, kind } : { ...texts, year, kind, note: localized(note) }
}

/** The rows in one language, as a workspace stores them (in French) or a screen shows them. */
export function inLanguage(rows: readonly SampleSourceRow[], language: keyof LocalizedText): SourceRow[] {
  return rows.map((r) => {
    const out: SourceRow = {
      figure: r.figure[language],
      value: r.value[language],
      source: r.source[language],
      year: r.year,
      kind: r.kind,
    }
    return r.note === undefined ? out : { ...out, note: r.note[language] }
  })
}

/** The rows as a workspace stores them. */
export function inFrench(rows: readonly SampleSourceRow[]): SourceRow[] {
  return inLanguage(rows, 'fr')
}

/** One entry per source; a sample's sources table quotes these strings. */
export const src = {
  cct: 'CCT de l’industrie horlogère : droitactif.ch (24 heures, 2014) https://droitactif.ch/lecture.php?article=4562 ; evenement.ch https://evenement.ch/index.php/articles/les-vacances-horlogeres-ne-laissent-pas-de-repos-unia',
  fsoHours: 'OFS, temps de travail 2012, via thelocal.ch',
  dol: 'US DOL 29 CFR 525.12 (PF&D ≥ 15 %) ; w4t.ch « Watch brands hate to service your watch » https://w4t.ch/watch-brands-hate-to-service-your-watch/',
  patekUsa:
    'Patek Philippe USA : atimelyperspective.com https://dev.atimelyperspective.com/new-york-has-a-new-watchmaking-training-program-enter-patek-philippe-horology-training-of-new-york ; watchjournal.com https://archive.watchjournal.com/?p=367 ; GQ https://www.gq.com/story/inside-patek-philippe-watch-school',
  patekChina: 'topdesired.com (Patek Philippe Chine, 29 techniciens sur 4 niveaux), 2018',
  unia: 'Unia, sondage horlogerie http://www.unia.ch/sondage-horlogerie ; industriall-union.org (CCT 2012)',
  fhsWage: 'FH, communiqué du 25.10.2011 https://www.fhs.swiss/eng/2011-10-25_913.html',
  patekSteps:
    'Patek Philippe, « Steps of servicing » http://www.patek.com/en/retail-service/services/steps-of-servicing',
  patekMaintenance:
    'Patek Philippe, « Importance of maintenance » https://www.patek.com/en/retail-service/services/importance-of-maintenance',
  bestwatch:
    'bestwatchrepair.com, « Differences between servicing a chronograph and a regular watch » https://www.bestwatchrepair.com/blog/what-are-the-differences-between-servicing-a-chronograph-and-a-regular-watch',
  intervals:
    'Patek Philippe (5 ans) ; Omega https://www.omegawatches.com/en-gb/customer-service/preserve-your-omega/watches (5–8 ans) ; timesetters.co.uk https://www.timesetters.co.uk/news/rolex-extends-servicing-interval/ (Rolex ≈ 10 ans)',
  fhh2008:
    'FHH Journal, « Watchmaking’s after-sales headache », 2008 https://journal.hautehorlogerie.org/en/watchmakings-after-sales-headache/',
  mckinsey:
    'McKinsey & BoF, « State of Fashion: Watches & Jewellery », 2021 https://www.businessoffashion.com/articles/luxury/state-of-fashion-watches-jewellery-industry-report-pre-owned-secondhand-resale',
  mckinseyPress:
    'McKinsey & BoF, communiqué https://bof.press.camronglobal.com/global-watches-and-jewellery-industry-to-return-to-steady-growth-after-double-digit-declines',
  bcg: 'BCG & WatchBox, « Luxury Preowned Watches: Your Time Has Come », 2023, via https://www.watchpro.com/rolex-audemars-piguet-and-patek-philippe-drive-new-and-used-watch-market-towards-100-billion-at-retail/',
  luxeconsult:
    'LuxeConsult avec Morgan Stanley, via watchanalytics.io https://blog.watchanalytics.io/p/secondary-market-watch-sales-to-exceed',
  deloitte2024:
    'Deloitte, « Swiss watch industry: pre-owned market », 2024 https://www.deloitte.com/ch/en/Industries/consumer/perspectives/swiss-watch-industry-preowned-market.html',
  lovetime:
    'Lovetime, « Marques horlogères et service après-vente : les nouveaux enjeux » (17e Journée internationale du marketing horloger, 2013)',
  cfpt: 'CFPT Horlogerie Genève https://edu.ge.ch/site/cfpt-horlogerie/formations/',
  ofsDropout:
    'OFS via arbeitgeber.ch https://www.arbeitgeber.ch/fr/formation/formation-professionnelle-initiale/taux-eleve-pour-les-examens-de-fin-dapprentissage/',
  abc7: 'Patek Philippe Horology Programme New York, abc7ny.com https://abc7ny.com/patel-philippe-new-york-city-watchmaking/1193625/',
  lititz: 'Rolex Lititz Watch Technicum, wikisum https://wikisum.wiki/wiki/Lititz_Watch_Technicum',
  wostep:
    'WOSTEP http://www.wostep.ch/en/cours/watchmaker-program ; http://www.wostep.ch/en/page/certified-programs',
  rolexDallas:
    'Rolex Dallas, investmentwatches.com https://www.investmentwatches.com/en-us/blogs/blog/rolex-is-offering-a-unique-opportunity-to-aspiring-watchmakers-in-dallas',
  ap: 'Audemars Piguet, FAQ du service https://www.audemarspiguet.com/en/service/faq/',
  patekTurnaround: 'Patek Philippe, service (révision complète en 6 à 12 semaines), patek.com',
  fh2020: 'FH, communiqué du 28.01.2021 https://www.fhs.swiss/fre/2021_01_28_01_statistics.html',
  watson:
    'watson.ch, « L’horlogerie suisse accusée de faire des révisions coûteuses », c. 2023 https://www.watson.ch/fr/suisse/horlogerie/612494395-l-horlogerie-suisse-accusee-de-faire-des-revisions-couteuses',
  sjx: 'SJX via swisstime.ch (montre à six chiffres : quelques milliers d’USD de révision), 2018',
  chopard:
    'Europa Star, « Service please: Chopard » https://europastar.com/magazine/highlights/1004086652-SERVICE-PLEASE-CHOPARD-The-care-and-servicing-of.html',
  rts2022:
    'RTS, 2022 https://rts.ch/info/economie/13588697-il-va-manquer-de-la-maindoeuvre-dans-lhorlogerie-pour-perpetuer-nos-metiers.html',
  cp2022: 'CP, enquête 2022 https://cpih.ch/?p=5461',
  rfj2023:
    'CP via RFJ, 2023 https://www.rfj.ch/rfj/Actualite/Region/20231219-Des-effectifs-gonfles-a-bloc-dans-l-horlogerie-suisse.html',
  robbBangkok:
    'Robb Report Malaysia (Patek Philippe Bangkok) https://robbreport.com.my/2025/01/16/how-patek-philippes-service-centres-safeguards-the-present-and-future-of-its-clients-timepieces',
  swatchMilan:
    'orologioblog.net (Swatch Group Milan) https://www.orologioblog.net/en/un-giorno-da-orologiaio-grazie-a-swatch-group/',
  watchmakingblog:
    'watchmakingblog.com, « How long does your watchmaker take? », 2008 https://watchmakingblog.com/2008/06/05/how-long-does-your-watchmaker-take/',
  orologio: 'orologioblog.net, « Manutenzione » https://www.orologioblog.net/en/manutenzione/',
  cp2015: 'CP via fhs.swiss https://www.fhs.swiss/fre/2016_02_25_00_Metiers_horlogers.html',
  europaStar2006: 'Europa Star, 2006 https://www.europastar.com/1002951099/',
  fh2024:
    'FH via nexttech-news.com https://nexttech-news.com/swiss-watch-exports-drop-2-8-in-2024-amid-china-stoop ; cash.ch https://www.cash.ch/news/uhrenexporte-2025-erneut-rucklaufig-china-bleibt-sorgenkind-903459',
  fh2022:
    'FH, « World watchmaking industry in 2022 » https://www.scribd.com/document/712708139/Horlogerie-mondiale-2022-en',
  wostepPieters:
    'WOSTEP (M. Pieters), watch-around.com http://www.watch-around.com/en/subscribers-zone/magazine/article/le-standard-du-wostep-a-la-conquete-du-monde.html',
  swisstimeMech:
    'swisstime.ch, « Seems like old times » (séries FH mécaniques) https://www.swisstime.ch/news/editorial/seems-like-old-times/',
  goldor: 'CP via goldor.ch https://goldor.ch/?p=7436',
  places:
    'horlogerie-suisse.com, archives (Le Locle : ≈ 130 candidats pour 36 places, 2007) ; tageswoche.ch (Bienne : 12 places)',
  hayek:
    'Swatch Group, écoles Nicolas G. Hayek, watchpro.com https://usa.watchpro.com/miamis-nicolas-g-hayek-watchmaking-school-open-for-september-intake/',
  cp2022Retire: 'CP, enquête 2022 https://cpih.ch/?p=5461 (2 369 départs à la retraite en 5 ans)',
} as const
