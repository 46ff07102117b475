// Sample workspace "Boutique-atelier pré-owned (exemple)": four experts above a shop that sells only pre-owned watches.
import type { ModelInput } from '../model/types'
import { preOwnedGrowthTapering, sharedService } from './market'
import { assumption, inFrench, row, src } from './sources'
import { mixOfTasks, type WatchTask } from './tasks'
import type { SampleScenario, SampleWorkspace, SampleSourceRow } from './types'

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
    translations: {
      en: {
        name: 'A watchmaker leaves (replaced)',
        note: 'The 44-year-old watchmaker leaves at the end of 2026. He is replaced in 2027 by a 30-year-old watchmaker, who works at 50 % in the first year and 80 % in the second.',
      },
      de: {
        name: 'Ein Uhrmacher geht (ersetzt)',
        note: 'Der 44-jährige Uhrmacher geht Ende 2026. Er wird 2027 durch einen 30-jährigen Uhrmacher ersetzt, der im 1. Jahr 50 % und im 2. Jahr 80 % leistet.',
      },
    },
    note:
      'L’horloger de 44 ans part fin 2026. Il est remplacé en 2027 par un horloger de 30 ans, qui rend 50 % la ' +
      '1re année et 80 % la 2e.',
    overrides: [departure],
  },
  {
    name: 'Un horloger part (non remplacé)',
    translations: {
      en: {
        name: 'A watchmaker leaves (not replaced)',
        note: 'The 44-year-old watchmaker leaves at the end of 2026 and is not replaced: two watchmakers from 2027.',
      },
      de: {
        name: 'Ein Uhrmacher geht (nicht ersetzt)',
        note: 'Der 44-jährige Uhrmacher geht Ende 2026 und wird nicht ersetzt: ab 2027 zwei Uhrmacher.',
      },
    },
    note: 'L’horloger de 44 ans part fin 2026 et n’est pas remplacé : deux horlogers dès 2027.',
    overrides: [departure, { path: 'workforce/backfill/watchmaker', value: 0 }],
  },
  {
    name: 'Croissance à deux chiffres',
    translations: {
      en: {
        name: 'Double-digit growth',
        note: 'The boutique sells 15 % more watches every year until 2030 (Cresus: “double-digit growth every year”), then slows like the base.',
      },
      de: {
        name: 'Zweistelliges Wachstum',
        note: 'Die Boutique verkauft bis 2030 jedes Jahr 15 % mehr Uhren (Cresus: «zweistelliges Wachstum jedes Jahr») und verlangsamt sich dann wie die Basis.',
      },
    },
    note:
      'La boutique vend 15 % de montres de plus chaque année jusqu’en 2030 (Cresus : « croissance à deux chiffres ' +
      'chaque année »), puis ralentit comme la base.',
    overrides: ['newSalesGrowth', 'preOwnedGrowth'].map((field) => ({
      path: `segments/pre-owned/${field}`,
      value: `year <= 2030 ? 0.15 : ${taper}`,
    })),
  },
]

const sourceTexts: SampleSourceRow[] = [
  row(
    'sourced',
    { fr: 'Équipe', en: 'Team', de: 'Team' },
    {
      fr: '4 experts : horlogers et relation client SAV, atelier à l’étage',
      en: '4 experts: watchmakers and after-sales customer relations, workshop upstairs',
      de: '4 Fachleute: Uhrmacher und Kundenbeziehung im Kundendienst, Werkstatt im Obergeschoss',
    },
    src.lovetime,
    2013,
    {
      fr: 'Nouvelle boutique-atelier de Cresus ; la répartition 3 horlogers + 1 conseillère est supposée.',
      en: 'New Cresus boutique-workshop; the split 3 watchmakers + 1 advisor is assumed.',
      de: 'Neue Boutique-Werkstatt von Cresus; die Aufteilung 3 Uhrmacher + 1 Beraterin ist angenommen.',
    },
  ),
  row(
    'sourced',
    {
      fr: 'Contrôle de chaque montre avant revente',
      en: 'Control of every watch before resale',
      de: 'Kontrolle jeder Uhr vor dem Wiederverkauf',
    },
    { fr: '100 % des montres vendues', en: '100 % of watches sold', de: '100 % der verkauften Uhren' },
    src.lovetime,
    2013,
  ),
  row(
    'sourced',
    { fr: 'Prestations du SAV', en: 'After-sales services offered', de: 'Leistungen des Kundendienstes' },
    {
      fr: 'réglage, cadran, polissage de boîte, verres, bracelets, étanchéité, piles, rhabillage',
      en: 'regulation, dial, case polishing, crystals, straps, water resistance, batteries, repair',
      de: 'Regulierung, Zifferblatt, Gehäusepolitur, Gläser, Armbänder, Wasserdichtheit, Batterien, Rhabillage',
    },
    src.lovetime,
    2013,
  ),
  row(
    'sourced',
    { fr: 'Montres vendues par Cresus', en: 'Watches sold by Cresus', de: 'Von Cresus verkaufte Uhren' },
    {
      fr: '5 000 par an (2021) ; 5 boutiques, ≈ 30 personnes (2023)',
      en: "5'000 per year (2021); 5 boutiques, ≈ 30 people (2023)",
      de: "5'000 pro Jahr (2021); 5 Boutiquen, ≈ 30 Personen (2023)",
    },
    'Le Monde via doczz.fr http://doczz.fr/doc/2186541/ ; thefrenchjewelrypost.com https://thefrenchjewelrypost.com/?p=28744',
    2021,
  ),
  row(
    'assumed',
    {
      fr: 'Montres vendues par la boutique',
      en: 'Watches sold by the boutique',
      de: 'Von der Boutique verkaufte Uhren',
    },
    { fr: '800 par an', en: '800 per year', de: '800 pro Jahr' },
    assumption(),
    2026,
    {
      fr: 'Moins que 5 000 / 5 boutiques (années différentes) : l’atelier de quatre suit aussi les acheteurs ; choisi pour que les horlogers démarrent à ≈ 90 % de leurs heures.',
      en: "Fewer than 5'000 / 5 boutiques (different years): the workshop of four also looks after the buyers; chosen so that the watchmakers start at ≈ 90 % of their hours.",
      de: "Weniger als 5'000 / 5 Boutiquen (verschiedene Jahre): die Werkstatt zu viert betreut auch die Käufer; so gewählt, dass die Uhrmacher bei ≈ 90 % ihrer Stunden beginnen.",
    },
  ),
  row(
    'assumed',
    { fr: 'Croissance des ventes', en: 'Sales growth', de: 'Wachstum der Verkäufe' },
    { fr: '0 (base)', en: '0 (base)', de: '0 (Basis)' },
    `${src.bcg} ; ${src.deloitte2024}`,
    2023,
    {
      fr: 'Le marché croît (≈ 10 %/an jusqu’en 2026), mais une boutique vend ce qu’elle peut acheter et montrer. Cresus : « croissance à deux chiffres » en 2013, redressement judiciaire en 2024 : elle n’a pas duré. La croissance est un scénario.',
      en: 'The market grows (≈ 10 %/yr until 2026), but a boutique sells what it can buy and show. Cresus: “double-digit growth” in 2013, receivership in 2024: it did not last. Growth is a scenario.',
      de: 'Der Markt wächst (≈ 10 %/Jahr bis 2026), doch eine Boutique verkauft, was sie einkaufen und zeigen kann. Cresus: «zweistelliges Wachstum» 2013, Nachlassverfahren 2024: es hielt nicht an. Wachstum ist ein Szenario.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Clients qui ne reviennent plus',
      en: 'Customers who no longer come back',
      de: 'Kundschaft, die nicht mehr wiederkommt',
    },
    { fr: '20 % par an', en: '20 % per year', de: '20 % pro Jahr' },
    assumption(),
    null,
    {
      fr: 'Montre revendue, client parti, autre horloger.',
      en: 'Watch resold, customer gone, another watchmaker.',
      de: 'Uhr weiterverkauft, Kunde weg, anderer Uhrmacher.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Montres des clients suivies par l’atelier',
      en: "Customers' watches looked after by the workshop",
      de: 'Von der Werkstatt betreute Kundenuhren',
    },
    { fr: '4 000', en: "4'000", de: "4'000" },
    assumption(),
    2026,
    {
      fr: 'À l’équilibre de ses ventes : 800 / 0,2.',
      en: 'At the balance of its sales: 800 / 0.2.',
      de: 'Im Gleichgewicht mit den Verkäufen: 800 / 0.2.',
    },
  ),
  row(
    'assumed',
    { fr: 'Visites des clients', en: 'Customer visits', de: 'Kundenbesuche' },
    {
      fr: 'tous les 2 ans pour la moitié des montres (25 %/an)',
      en: 'every 2 years for half of the watches (25 %/yr)',
      de: 'alle 2 Jahre für die Hälfte der Uhren (25 %/Jahr)',
    },
    assumption(),
    null,
    {
      fr: 'Petits travaux plus fréquents qu’une révision : bracelet, pile, réglage.',
      en: 'Small jobs more frequent than a service: strap, battery, regulation.',
      de: 'Kleine Arbeiten häufiger als eine Revision: Armband, Batterie, Regulierung.',
    },
  ),
  row(
    'assumed',
    { fr: 'Garantie', en: 'Warranty', de: 'Garantie' },
    {
      fr: '5 % des montres vendues reviennent la 1re année',
      en: '5 % of watches sold come back in the 1st year',
      de: '5 % der verkauften Uhren kommen im 1. Jahr zurück',
    },
    assumption(),
    null,
  ),
  row(
    'assumed',
    {
      fr: 'Accueil, devis et restitution',
      en: 'Welcome, quote and hand-back',
      de: 'Empfang, Kostenvoranschlag und Rückgabe',
    },
    {
      fr: '0,5 h par montre (vendeur ou client)',
      en: '0.5 h per watch (salesperson or customer)',
      de: '0.5 h pro Uhr (Verkauf oder Kundschaft)',
    },
    assumption(),
    null,
  ),
  row(
    'assumed',
    { fr: 'Certification', en: 'Certification', de: 'Zertifizierung' },
    {
      fr: '0,5 h pour toutes ; réglage 30 % ; polissage 50 % ; verre 5 % ; bracelet ou pile 20 % ; révision complète 30 %',
      en: '0.5 h for all; regulation 30 %; polishing 50 %; crystal 5 %; strap or battery 20 %; full service 30 %',
      de: '0.5 h für alle; Regulierung 30 %; Politur 50 %; Glas 5 %; Armband oder Batterie 20 %; Vollrevision 30 %',
    },
    assumption('domain-data §7.1'),
    null,
    {
      fr: 'Contrôle de 0,5 h et 30 % de révisions : domain-data §7.1 ; le reste supposé.',
      en: '0.5 h control and 30 % of services: domain-data §7.1; the rest assumed.',
      de: 'Kontrolle von 0.5 h und 30 % Revisionen: domain-data §7.1; der Rest angenommen.',
    },
  ),
  row(
    'assumed',
    { fr: 'Travaux des clients', en: "Customers' jobs", de: 'Aufträge der Kundschaft' },
    {
      fr: 'bracelet ou pile 45 % ; réglage 20 % ; verre 8 % ; cadran 2 % ; polissage 10 % ; révision complète 15 %',
      en: 'strap or battery 45 %; regulation 20 %; crystal 8 %; dial 2 %; polishing 10 %; full service 15 %',
      de: 'Armband oder Batterie 45 %; Regulierung 20 %; Glas 8 %; Zifferblatt 2 %; Politur 10 %; Vollrevision 15 %',
    },
    assumption(),
    null,
  ),
  row(
    'assumed',
    { fr: 'Temps par travail', en: 'Time per job', de: 'Zeit pro Auftrag' },
    {
      fr: 'bracelet ou pile 0,2–0,25 h ; réglage 0,75 h ; verre 1 h ; cadran et polissage 1,5 h ; révision complète 6 h',
      en: 'strap or battery 0.2–0.25 h; regulation 0.75 h; crystal 1 h; dial and polishing 1.5 h; full service 6 h',
      de: 'Armband oder Batterie 0.2–0.25 h; Regulierung 0.75 h; Glas 1 h; Zifferblatt und Politur 1.5 h; Vollrevision 6 h',
    },
    src.watchmakingblog,
    2008,
    {
      fr: 'Un indépendant fait environ une révision complète par jour, à côté des piles et des bracelets.',
      en: 'An independent does about one full service per day, besides batteries and straps.',
      de: 'Ein Unabhängiger macht etwa eine Vollrevision pro Tag, neben Batterien und Armbändern.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Révisions de certification qui remplacent une révision',
      en: 'Certification services that replace a service',
      de: 'Zertifizierungsrevisionen, die eine Revision ersetzen',
    },
    '30 %',
    assumption(),
    null,
  ),
  row(
    'assumed',
    { fr: 'Heures productives par ETP', en: 'Productive hours per FTE', de: 'Produktive Stunden pro VZÄ' },
    { fr: '1 370 h', en: "1'370 h", de: "1'370 h" },
    src.dol,
    null,
    {
      fr: 'AWT 1 712 h (CCT, OFS) × 0,80.',
      en: "AWT 1'712 h (CCT, FSO) × 0.80.",
      de: "AWT 1'712 h (GAV, BFS) × 0.80.",
    },
  ),
  row(
    'assumed',
    { fr: 'Départs volontaires', en: 'Voluntary leavers', de: 'Freiwillige Abgänge' },
    {
      fr: '0 (voir les scénarios de départ)',
      en: '0 (see the departure scenarios)',
      de: '0 (siehe die Abgangsszenarien)',
    },
    assumption(),
    null,
    {
      fr: 'À quatre, un taux de départ ferait partir des fractions de personne ; les scénarios font partir une personne entière.',
      en: 'With four people, a leaver rate would make fractions of a person leave; the scenarios make a whole person leave.',
      de: 'Zu viert liesse eine Abgangsrate Bruchteile von Personen gehen; die Szenarien lassen eine ganze Person gehen.',
    },
  ),
  row(
    'assumed',
    { fr: 'Remplacement', en: 'Backfill', de: 'Ersatz' },
    {
      fr: '1 pour 1, au plus une embauche par métier et par an',
      en: '1 for 1, at most one hire per trade and per year',
      de: '1 zu 1, höchstens eine Einstellung pro Beruf und Jahr',
    },
    assumption(),
    null,
  ),
  row(
    'assumed',
    { fr: 'Montée en puissance', en: 'Ramp-up', de: 'Einarbeitung' },
    {
      fr: '50 % la 1re année, 80 % la 2e',
      en: '50 % in the 1st year, 80 % in the 2nd',
      de: '50 % im 1. Jahr, 80 % im 2.',
    },
    src.patekUsa,
    2015,
  ),
  row(
    'sourced',
    { fr: 'Prix chez un indépendant', en: 'Price at an independent', de: 'Preis bei einem Unabhängigen' },
    {
      fr: 'couronne cassée ≈ CHF 80 (plus de 500 à la marque)',
      en: 'broken crown ≈ CHF 80 (over 500 at the brand)',
      de: 'gebrochene Krone ≈ CHF 80 (über 500 bei der Marke)',
    },
    'swissinfo.ch / expatica.com',
    2017,
  ),
  row(
    'assumed',
    { fr: 'Chiffre d’affaires par heure', en: 'Revenue per hour', de: 'Umsatz pro Stunde' },
    { fr: '100 CHF/h', en: 'CHF 100/h', de: 'CHF 100/h' },
    'swissinfo.ch / expatica.com',
    2017,
    {
      fr: 'Dérivé : une couronne à CHF 80 ≈ 0,75 h avec l’accueil. Les heures de certification sont comptées au même tarif (transfert interne vers la vente).',
      en: 'Derived: a crown at CHF 80 ≈ 0.75 h with the welcome. Certification hours are counted at the same rate (internal transfer to sales).',
      de: 'Abgeleitet: eine Krone zu CHF 80 ≈ 0.75 h mit Empfang. Zertifizierungsstunden werden zum gleichen Satz gezählt (interne Verrechnung an den Verkauf).',
    },
  ),
  row(
    'assumed',
    { fr: 'Coût employeur par ETP', en: 'Employer cost per FTE', de: 'Arbeitgeberkosten pro VZÄ' },
    {
      fr: 'conseillère 72 000 ; horloger 88 000 CHF/an',
      en: "advisor 72'000; watchmaker 88'000 CHF/yr",
      de: "Beraterin 72'000; Uhrmacher 88'000 CHF/Jahr",
    },
    src.cct,
    2022,
    {
      fr: 'Minimum CFC 4 580 CHF/mois ; salaires supposés × 13 × 1,15.',
      en: "CFC minimum CHF 4'580/month; wages assumed × 13 × 1.15.",
      de: "EFZ-Minimum CHF 4'580/Monat; Löhne angenommen × 13 × 1.15.",
    },
  ),
  row(
    'assumed',
    { fr: 'Heures supplémentaires au plus', en: 'Overtime at most', de: 'Überstunden höchstens' },
    '5 %',
    `${src.cct} ; ${src.fsoHours}`,
    2014,
  ),
  row(
    'assumed',
    { fr: 'Sous-traitance', en: 'Outsourcing', de: 'Fremdvergabe' },
    {
      fr: 'révisions complètes, 200 h/an au plus à 110 CHF/h',
      en: 'full services, at most 200 h/yr at CHF 110/h',
      de: 'Vollrevisionen, höchstens 200 h/Jahr zu CHF 110/h',
    },
    assumption(),
    null,
  ),
  row(
    'sourced',
    { fr: 'Délai promis', en: 'Promised turnaround', de: 'Versprochene Durchlaufzeit' },
    { fr: '2 semaines, cible 4', en: '2 weeks, target 4', de: '2 Wochen, Ziel 4' },
    src.watchmakingblog,
    2008,
    {
      fr: 'Indépendant : idéal 3 semaines, réaliste 4 ; 8 pendant un afflux.',
      en: 'Independent: ideally 3 weeks, realistically 4; 8 during a rush.',
      de: 'Unabhängiger: ideal 3 Wochen, realistisch 4; 8 bei Andrang.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Travail qui attend et part ailleurs / tolérance',
      en: 'Work that waits and goes elsewhere / tolerance',
      de: 'Wartende Arbeit, die abwandert / Toleranz',
    },
    { fr: '50 % par an / 2 %', en: '50 % per year / 2 %', de: '50 % pro Jahr / 2 %' },
    assumption(),
    null,
    {
      fr: 'Un client qui attend va chez un autre horloger ; le propriétaire achète moins de montres que la file n’en contient.',
      en: 'A customer who waits goes to another watchmaker; the owner buys fewer watches than the queue holds.',
      de: 'Wer warten muss, geht zu einem anderen Uhrmacher; der Inhaber kauft weniger Uhren ein, als die Warteschlange enthält.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Départ d’un horloger (scénarios)',
      en: 'Departure of a watchmaker (scenarios)',
      de: 'Abgang eines Uhrmachers (Szenarien)',
    },
    {
      fr: 'l’horloger de 44 ans, fin 2026',
      en: 'the 44-year-old watchmaker, end of 2026',
      de: 'der 44-jährige Uhrmacher, Ende 2026',
    },
    assumption(),
    null,
    {
      fr: 'Écrit comme une sortie à 45 ans (profil de retraite) : personne d’autre n’atteint cet âge dans l’horizon.',
      en: 'Written as a departure at 45 (retirement profile): nobody else reaches that age within the horizon.',
      de: 'Als Abgang mit 45 geschrieben (Pensionierungsprofil): niemand sonst erreicht dieses Alter im Horizont.',
    },
  ),
  row(
    'sourced',
    {
      fr: 'Croissance à deux chiffres (scénario)',
      en: 'Double-digit growth (scenario)',
      de: 'Zweistelliges Wachstum (Szenario)',
    },
    {
      fr: '+15 %/an jusqu’en 2030, puis le ralentissement du marché (vers +3 %/an)',
      en: "+15 %/yr until 2030, then the market's slowdown (towards +3 %/yr)",
      de: '+15 %/Jahr bis 2030, danach die Abschwächung des Markts (gegen +3 %/Jahr)',
    },
    `${src.lovetime} ; ${src.deloitte2024}`,
    2013,
    {
      fr: 'Cresus, leader du seconde main, « croît à deux chiffres chaque année ».',
      en: 'Cresus, the pre-owned leader, “grows by double digits every year”.',
      de: 'Cresus, führend im Gebrauchtmarkt, «wächst jedes Jahr zweistellig».',
    },
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
  baseTranslations: {
    en: {
      name: 'Base',
      note: 'Four people, no departure planned; whoever leaves is replaced one for one. The 52-year-old watchmaker retires at the end of 2038.',
    },
    de: {
      name: 'Basis',
      note: 'Vier Personen, kein Abgang geplant; wer geht, wird eins zu eins ersetzt. Der 52-jährige Uhrmacher geht Ende 2038 in Pension.',
    },
  },
  baseNote:
    'Quatre personnes, aucun départ prévu ; qui part est remplacé un pour un. L’horloger de 52 ans prend sa ' +
    'retraite fin 2038.',
  base,
  scenarios,
  sources: inFrench(sourceTexts),
  sourceTexts,
}
