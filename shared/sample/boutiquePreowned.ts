// Sample workspace "Boutique-atelier pré-owned (exemple)": four experts above a shop that sells only pre-owned watches.
import type { ModelInput } from '../model/types'
import { preOwnedGrowthTapering, sharedService } from './market'
import { row, src } from './sources'
import { mixOfTasks, type WatchTask } from './tasks'
import type { SampleScenario, SampleWorkspace, SourceRow } from './types'

/**
 * Watches the boutique sells a year, each certified first: Cresus sold 5,000 a year over 5 boutiques; a
 * four-person workshop that also looks after the buyers certifies fewer (assumed). Flat: a shop sells
 * what it can buy in and show, not the market's growth (the growth scenario changes that).
 */
const soldPerYear = 800
/** Buyers who stop bringing their watch back each year (sold on, moved, another watchmaker); assumed. */
const clientsLost = 0.2
/** The boutique's clients' watches in steady state of its flat sales: IB = NS / s. */
const clientWatches = soldPerYear / clientsLost

/** Before resale: the seller's watch taken in, checked, regulated, polished, serviced when it needs it. */
const certification: WatchTask[] = [
  { job: 'intake', perWatch: 1, hours: 0.5 },
  { job: 'certification', perWatch: 1, hours: 0.5 },
  { job: 'regulation', perWatch: 0.3, hours: 0.75 },
  { job: 'polishing', perWatch: 0.5, hours: 1.5 },
  { job: 'crystal', perWatch: 0.05, hours: 1 },
  { job: 'strap-battery', perWatch: 0.2, hours: 0.2 },
  { job: 'full-service', perWatch: 0.3, hours: 6 },
]

/** A buyer's visit after the sale: the small jobs of the Cresus list, sometimes a full service. */
const aftercare: WatchTask[] = [
  { job: 'intake', perWatch: 1, hours: 0.5 },
  { job: 'strap-battery', perWatch: 0.45, hours: 0.25 },
  { job: 'regulation', perWatch: 0.2, hours: 0.75 },
  { job: 'crystal', perWatch: 0.08, hours: 1 },
  { job: 'dial', perWatch: 0.02, hours: 1.5 },
  { job: 'polishing', perWatch: 0.1, hours: 1.5 },
  { job: 'full-service', perWatch: 0.15, hours: 6 },
]

const owners = mixOfTasks(aftercare)
const resale = mixOfTasks(certification)

const base: ModelInput = {
  schemaVersion: 2,
  startYear: 2026,
  horizonYears: 15,
  retirementAge: 65,
  grades: [
    {
      id: 'customer-relations',
      hoursPerFte: 1370,
      attritionRate: 0,
      promotionRate: 0,
      salaryPerFte: 72000,
      hireCost: 8000,
      revenuePerHour: 100,
    },
    {
      id: 'watchmaker',
      hoursPerFte: 1370,
      attritionRate: 0,
      promotionRate: 0,
      salaryPerFte: 88000,
      hireCost: 15000,
      revenuePerHour: 100,
    },
  ],
  jobTypes: [
    { id: 'intake', grade: 'customer-relations' },
    { id: 'strap-battery', grade: 'customer-relations' },
    { id: 'certification', grade: 'watchmaker' },
    { id: 'regulation', grade: 'watchmaker' },
    { id: 'crystal', grade: 'watchmaker' },
    { id: 'dial', grade: 'watchmaker' },
    { id: 'polishing', grade: 'watchmaker' },
    { id: 'full-service', grade: 'watchmaker' },
  ],
  segments: [
    {
      id: 'pre-owned',
      installedBase: clientWatches,
      scrapRate: clientsLost,
      // The boutique's sales join its clients' watches; they are the certified pre-owned watches below.
      newSales: soldPerYear,
      newSalesGrowth: 0,
      preOwned: soldPerYear,
      preOwnedGrowth: 0,
      serviceIntervalYears: 2,
      serviceUptake: 0.5,
      warrantyClaimRate: 0.05,
      preOwnedServiceRate: 1,
      jobMix: owners.mix,
      hoursPerJob: owners.hours,
      resaleJobMix: resale.mix,
      resaleHoursPerJob: resale.hours,
      // A watch fully serviced at certification needs no service at its first visits.
      resaleReplacesService: 0.3,
    },
  ],
  workforce: {
    // Four people: one after-sales adviser, three watchmakers. The one aged 44 is the one the departure
    // scenarios take away; no one else reaches 45 within the horizon.
    roster: [
      { grade: 'customer-relations', age: 46, fte: 1 },
      { grade: 'watchmaker', age: 27, fte: 1 },
      { grade: 'watchmaker', age: 44, fte: 1 },
      { grade: 'watchmaker', age: 52, fte: 1 },
    ],
    hireAge: 30,
    hires: {},
    // One person a year at most: at this size a hire is a whole person or nothing.
    marketLimit: { 'customer-relations': 1, watchmaker: 1 },
    // Whoever leaves is replaced, one for one.
    backfill: { 'customer-relations': 1, watchmaker: 1 },
  },
  training: [],
  benches: { initial: 4, shifts: 1, expansions: [] },
  service: {
    initialBacklogHours: 0,
    // A buyer who waits goes to another watchmaker, and the owner buys fewer watches in than the queue holds.
    abandonRate: 0.5,
    baseTurnaroundWeeks: 2,
    targetTurnaroundWeeks: 4,
    ...sharedService(),
    // A full service the boutique cannot fit goes to a partner workshop, at most 200 h a year.
    outsourcing: { watchmaker: { maxHours: 200, costPerHour: 110 } },
  },
}

/** The watchmaker aged 44 leaves at the end of 2026 (the model has no dated departure: a one-age exit). */
const departure = { path: 'workforce/retirementProfile', value: { '45': 1 } }

/** After 2030 the scenario's growth slows like the market's (the tail of the shared tapering series). */
const taper = preOwnedGrowthTapering.slice(preOwnedGrowthTapering.indexOf(':') + 1).trim()

const scenarios: SampleScenario[] = [
  {
    name: 'Un horloger part (remplacé)',
    note:
      'L’horloger de 44 ans part fin 2026. Il est remplacé en 2027 par un horloger de 30 ans, qui rend 50 % la ' +
      '1re année et 80 % la 2e.',
    overrides: [departure],
  },
  {
    name: 'Un horloger part (non remplacé)',
    note: 'L’horloger de 44 ans part fin 2026 et n’est pas remplacé : deux horlogers dès 2027.',
    overrides: [departure, { path: 'workforce/backfill/watchmaker', value: 0 }],
  },
  {
    name: 'Croissance à deux chiffres',
    note:
      'La boutique vend 15 % de montres de plus chaque année jusqu’en 2030 (Cresus : « croissance à deux chiffres ' +
      'chaque année »), puis ralentit comme la base.',
    overrides: ['newSalesGrowth', 'preOwnedGrowth'].map((field) => ({
      path: `segments/pre-owned/${field}`,
      value: `year <= 2030 ? 0.15 : ${taper}`,
    })),
  },
]

const sources: SourceRow[] = [
  row(
    'sourced',
    'Équipe',
    '4 experts : horlogers et relation client SAV, atelier à l’étage',
    src.lovetime,
    2013,
    'Nouvelle boutique-atelier de Cresus ; la répartition 3 horlogers + 1 conseillère est supposée.',
  ),
  row('sourced', 'Contrôle de chaque montre avant revente', '100 % des montres vendues', src.lovetime, 2013),
  row(
    'sourced',
    'Prestations du SAV',
    'réglage, cadran, polissage de boîte, verres, bracelets, étanchéité, piles, rhabillage',
    src.lovetime,
    2013,
  ),
  row(
    'sourced',
    'Montres vendues par Cresus',
    '5 000 par an (2021) ; 5 boutiques, ≈ 30 personnes (2023)',
    'Le Monde via doczz.fr http://doczz.fr/doc/2186541/ ; thefrenchjewelrypost.com https://thefrenchjewelrypost.com/?p=28744',
    2021,
  ),
  row(
    'assumed',
    'Montres vendues par la boutique',
    '800 par an',
    'Hypothèse',
    2026,
    'Moins que 5 000 / 5 boutiques (années différentes) : l’atelier de quatre suit aussi les acheteurs ; choisi pour que les horlogers démarrent à ≈ 90 % de leurs heures.',
  ),
  row(
    'assumed',
    'Croissance des ventes',
    '0 (base)',
    `${src.bcg} ; ${src.deloitte2024}`,
    2023,
    'Le marché croît (≈ 10 %/an jusqu’en 2026), mais une boutique vend ce qu’elle peut acheter et montrer. Cresus : « croissance à deux chiffres » en 2013, redressement judiciaire en 2024 : elle n’a pas duré. La croissance est un scénario.',
  ),
  row(
    'assumed',
    'Clients qui ne reviennent plus',
    '20 % par an',
    'Hypothèse',
    null,
    'Montre revendue, client parti, autre horloger.',
  ),
  row(
    'assumed',
    'Montres des clients suivies par l’atelier',
    '4 000',
    'Hypothèse',
    2026,
    'À l’équilibre de ses ventes : 800 / 0,2.',
  ),
  row(
    'assumed',
    'Visites des clients',
    'tous les 2 ans pour la moitié des montres (25 %/an)',
    'Hypothèse',
    null,
    'Petits travaux plus fréquents qu’une révision : bracelet, pile, réglage.',
  ),
  row('assumed', 'Garantie', '5 % des montres vendues reviennent la 1re année', 'Hypothèse', null),
  row('assumed', 'Accueil, devis et restitution', '0,5 h par montre (vendeur ou client)', 'Hypothèse', null),
  row(
    'assumed',
    'Certification',
    '0,5 h pour toutes ; réglage 30 % ; polissage 50 % ; verre 5 % ; bracelet ou pile 20 % ; révision complète 30 %',
    'Hypothèse (domain-data §7.1)',
    null,
    'Contrôle de 0,5 h et 30 % de révisions : domain-data §7.1 ; le reste supposé.',
  ),
  row(
    'assumed',
    'Travaux des clients',
    'bracelet ou pile 45 % ; réglage 20 % ; verre 8 % ; cadran 2 % ; polissage 10 % ; révision complète 15 %',
    'Hypothèse',
    null,
  ),
  row(
    'assumed',
    'Temps par travail',
    'bracelet ou pile 0,2–0,25 h ; réglage 0,75 h ; verre 1 h ; cadran et polissage 1,5 h ; révision complète 6 h',
    src.watchmakingblog,
    2008,
    'Un indépendant fait environ une révision complète par jour, à côté des piles et des bracelets.',
  ),
  row('assumed', 'Révisions de certification qui remplacent une révision', '30 %', 'Hypothèse', null),
  row('assumed', 'Heures productives par ETP', '1 370 h', src.dol, null, 'AWT 1 712 h (CCT, OFS) × 0,80.'),
  row(
    'assumed',
    'Départs volontaires',
    '0 (voir les scénarios de départ)',
    'Hypothèse',
    null,
    'À quatre, un taux de départ ferait partir des fractions de personne ; les scénarios font partir une personne entière.',
  ),
  row('assumed', 'Remplacement', '1 pour 1, au plus une embauche par métier et par an', 'Hypothèse', null),
  row('assumed', 'Montée en puissance', '50 % la 1re année, 80 % la 2e', src.patekUsa, 2015),
  row(
    'sourced',
    'Prix chez un indépendant',
    'couronne cassée ≈ CHF 80 (plus de 500 à la marque)',
    'swissinfo.ch / expatica.com',
    2017,
  ),
  row(
    'assumed',
    'Chiffre d’affaires par heure',
    '100 CHF/h',
    'swissinfo.ch / expatica.com',
    2017,
    'Dérivé : une couronne à CHF 80 ≈ 0,75 h avec l’accueil. Les heures de certification sont comptées au même tarif (transfert interne vers la vente).',
  ),
  row(
    'assumed',
    'Coût employeur par ETP',
    'conseillère 72 000 ; horloger 88 000 CHF/an',
    src.cct,
    2022,
    'Minimum CFC 4 580 CHF/mois ; salaires supposés × 13 × 1,15.',
  ),
  row('assumed', 'Heures supplémentaires au plus', '5 %', `${src.cct} ; ${src.fsoHours}`, 2014),
  row('assumed', 'Sous-traitance', 'révisions complètes, 200 h/an au plus à 110 CHF/h', 'Hypothèse', null),
  row(
    'sourced',
    'Délai promis',
    '2 semaines, cible 4',
    src.watchmakingblog,
    2008,
    'Indépendant : idéal 3 semaines, réaliste 4 ; 8 pendant un afflux.',
  ),
  row(
    'assumed',
    'Travail qui attend et part ailleurs / tolérance',
    '50 % par an / 2 %',
    'Hypothèse',
    null,
    'Un client qui attend va chez un autre horloger ; le propriétaire achète moins de montres que la file n’en contient.',
  ),
  row(
    'assumed',
    'Départ d’un horloger (scénarios)',
    'l’horloger de 44 ans, fin 2026',
    'Hypothèse',
    null,
    'Écrit comme une sortie à 45 ans (profil de retraite) : personne d’autre n’atteint cet âge dans l’horizon.',
  ),
  row(
    'sourced',
    'Croissance à deux chiffres (scénario)',
    '+15 %/an jusqu’en 2030, puis le ralentissement du marché (vers +3 %/an)',
    `${src.lovetime} ; ${src.deloitte2024}`,
    2013,
    'Cresus, leader du seconde main, « croît à deux chiffres chaque année ».',
  ),
]

const names = {
  fr: 'Boutique-atelier pré-owned (exemple)',
  en: 'Pre-owned boutique workshop (sample)',
  de: 'Boutique-Werkstatt für Gebrauchtuhren (Beispiel)',
}

const descriptions = {
  fr:
    'Quatre experts, trois horlogers et une conseillère SAV, dans un atelier au-dessus d’une boutique qui ne vend ' +
    'que des montres de seconde main : chaque montre est certifiée avant la vente, puis l’atelier suit ses ' +
    'acheteurs (réglage, cadran, polissage, verres, bracelets, étanchéité, piles). Délai promis : 2 à 4 semaines.',
  en:
    'Four experts, three watchmakers and an after-sales adviser, in a workshop above a shop that sells only ' +
    'pre-owned watches: every watch is certified before sale, then the workshop looks after its buyers ' +
    '(regulation, dials, polishing, crystals, straps, water-resistance, batteries). Promised turnaround: 2–4 weeks.',
  de:
    'Vier Fachleute, drei Uhrmacher und eine Kundendienstberaterin, in einer Werkstatt über einem Geschäft, das nur ' +
    'Gebrauchtuhren verkauft: Jede Uhr wird vor dem Verkauf zertifiziert, danach betreut die Werkstatt die Käufer ' +
    '(Regulierung, Zifferblätter, Politur, Gläser, Armbänder, Wasserdichtheit, Batterien). Zugesagte Frist: 2–4 Wochen.',
}

export const boutiquePreowned: SampleWorkspace = {
  key: 'boutique-preowned',
  name: names.fr,
  description: descriptions.fr,
  names,
  descriptions,
  baseName: 'Base',
  baseNote:
    'Quatre personnes, aucun départ prévu ; qui part est remplacé un pour un. L’horloger de 52 ans prend sa ' +
    'retraite fin 2038.',
  base,
  scenarios,
  sources,
}
