// Sample workspace "Filière suisse (exemple)": all Swiss after-sales workshops, for a school sizing intake.
import type { ModelInput, RosterEntry } from '../model/types'
import { preOwnedGrowthTapering, sharedService } from './market'
import { assumption, derived, inFrench, row, src } from './sources'
import type { SampleScenario, SampleWorkspace, SampleSourceRow } from './types'

/** FTE of one grade by age band; each band's FTE is spread evenly over its integer ages. */
interface AgeBand {
  fromAge: number
  toAge: number
  fte: number
}

/** Roster cohorts for one grade from its age bands (pure; no rounding, so the bands' totals are exact). */
function rosterFromBands(grade: string, bands: AgeBand[]): RosterEntry[] {
  return bands.flatMap(({ fromAge, toAge, fte }) => {
    const ages = toAge - fromAge + 1
    return Array.from({ length: ages }, (_, i) => ({ grade, age: fromAge + i, fte: fte / ages }))
  })
}

/**
 * Swiss share of the world's authorised after-sales work on Swiss mechanical watches (§7.2 of
 * ../shared/research/domain-data.md): 100 M watches in use worldwide, 10 % serviced in Switzerland.
 */
const swissShare = 0.1
const worldInstalledBase = 100_000_000
const worldMechanicalNewSales = 5_800_000
const worldPreOwnedTraded = 4_800_000
/** Mechanical mix of watches: simple automatic / chronograph / complication (§7.1, assumed). */
const mix = { automatic: 0.8, chronograph: 0.15, complication: 0.05 } as const
/** Share of jobs that are quick service (water-resistance test, strap, bracelet sizing) at 0.3 h. */
const quickShare = 0.47
const quickHours = 0.3
const fullServiceHours = { automatic: 4, chronograph: 8, complication: 20 } as const
/** Every pre-owned watch traded gets one 0.5 h inspection (§7.2), its own job type, done by a watchmaker. */
const inspectionHours = 0.5

function segment(id: keyof typeof mix): ModelInput['segments'][number] {
  const fullJob = `${id}-service`
  return {
    id,
    installedBase: worldInstalledBase * swissShare * mix[id],
    scrapRate: 0.03,
    newSales: worldMechanicalNewSales * swissShare * mix[id],
    newSalesGrowth: 0,
    preOwned: worldPreOwnedTraded * swissShare * mix[id],
    preOwnedGrowth: preOwnedGrowthTapering,
    serviceIntervalYears: 7,
    serviceUptake: 0.7,
    warrantyClaimRate: 0.03,
    preOwnedServiceRate: 1,
    jobMix: { 'quick-service': quickShare, [fullJob]: 1 - quickShare },
    hoursPerJob: { 'quick-service': quickHours, [fullJob]: fullServiceHours[id] },
    // The resale full services (≈ 30 %) fall inside the 10 % return rate (§7.2): only the inspection is added.
    resaleJobMix: { inspection: 1 },
    resaleHoursPerJob: { inspection: inspectionHours },
  }
}

const base: ModelInput = {
  schemaVersion: 2,
  startYear: 2026,
  horizonYears: 15,
  retirementAge: 65,
  grades: [
    {
      id: 'service',
      hoursPerFte: 1370,
      attritionRate: 0.03,
      promotionRate: 0.05,
      salaryPerFte: 72000,
      hireCost: 12000,
      revenuePerHour: 150,
    },
    {
      id: 'watchmaker',
      hoursPerFte: 1370,
      attritionRate: 0.015,
      promotionRate: 0.02,
      salaryPerFte: 88000,
      hireCost: 18000,
      revenuePerHour: 150,
    },
    {
      id: 'senior',
      hoursPerFte: 1370,
      attritionRate: 0.01,
      promotionRate: 0,
      salaryPerFte: 110000,
      hireCost: 22000,
      revenuePerHour: 150,
    },
  ],
  jobTypes: [
    { id: 'quick-service', grade: 'service' },
    { id: 'inspection', grade: 'watchmaker' },
    { id: 'automatic-service', grade: 'watchmaker' },
    { id: 'chronograph-service', grade: 'watchmaker' },
    { id: 'complication-service', grade: 'senior' },
  ],
  segments: [segment('automatic'), segment('chronograph'), segment('complication')],
  workforce: {
    // 2,200 FTE (assumed, §7.2); 3.6 % aged 60–64, so that retirements match CP's 2,369 in five years
    // on 65,000 staff.
    roster: [
      ...rosterFromBands('service', [
        { fromAge: 20, toAge: 29, fte: 50 },
        { fromAge: 30, toAge: 39, fte: 30 },
        { fromAge: 40, toAge: 49, fte: 15 },
        { fromAge: 50, toAge: 59, fte: 12 },
        { fromAge: 60, toAge: 64, fte: 3 },
      ]),
      ...rosterFromBands('watchmaker', [
        { fromAge: 20, toAge: 29, fte: 380 },
        { fromAge: 30, toAge: 39, fte: 480 },
        { fromAge: 40, toAge: 49, fte: 400 },
        { fromAge: 50, toAge: 59, fte: 400 },
        { fromAge: 60, toAge: 64, fte: 40 },
      ]),
      ...rosterFromBands('senior', [
        { fromAge: 30, toAge: 39, fte: 70 },
        { fromAge: 40, toAge: 49, fte: 110 },
        { fromAge: 50, toAge: 59, fte: 174 },
        { fromAge: 60, toAge: 64, fte: 36 },
      ]),
    ],
    hireAge: 30,
    hires: { watchmaker: 80, senior: 10 },
    // Trained people are scarce at every grade: quick-service staff too come from somewhere (assumed).
    marketLimit: { service: 30, watchmaker: 100, senior: 15 },
    // The CCT's bridging pension one year before the reference age: half of those reaching 64 take it.
    retirementProfile: { '64': 0.5 },
  },
  training: [
    {
      id: 'cfc',
      durationYears: 4,
      intake: 108,
      // Places: the schools' full-time places (Le Locle 36, Biel 12, …) and the firms' dual places.
      maxIntake: 120,
      dropoutRate: 0.055,
      captureRate: 0.4,
      entryGrade: 'watchmaker',
      entryAge: 20,
      supervisionHoursPerStudent: 70,
      supervisorGrade: 'senior',
      benchSharePerStudent: 0.3,
      costPerStudentYear: 35000,
    },
    {
      id: 'brand-academies',
      durationYears: 2,
      intake: 24,
      maxIntake: 36,
      dropoutRate: 0.08,
      captureRate: 0.9,
      entryGrade: 'watchmaker',
      entryAge: 24,
      supervisionHoursPerStudent: 300,
      supervisorGrade: 'senior',
      benchSharePerStudent: 1,
      costPerStudentYear: 40000,
    },
    {
      id: 'service-course',
      durationYears: 1,
      intake: 30,
      maxIntake: 40,
      dropoutRate: 0.1,
      captureRate: 0.7,
      entryGrade: 'service',
      entryAge: 25,
      supervisionHoursPerStudent: 0,
      supervisorGrade: 'senior',
      benchSharePerStudent: 0,
      costPerStudentYear: 21000,
    },
  ],
  benches: { initial: 4000, shifts: 1, expansions: [] },
  service: {
    initialBacklogHours: 0,
    // At sector scale a watch that waits goes to an independent workshop (Chopard: 50+ of them do ≈ 30 % of
    // its volume): half of the waiting work leaves the authorised network each year.
    abandonRate: 0.5,
    baseTurnaroundWeeks: 6,
    targetTurnaroundWeeks: 8,
    ...sharedService(),
  },
}

const scenarios: SampleScenario[] = [
  {
    name: 'Places +50 %',
    translations: {
      en: {
        name: 'Places +50 %',
        note: 'Schools and academies open 50 % more places from the 2027 intake and fill them: CFC 162 instead of 108 (180 places), academies 36 (54 places), service course 45 (60 places).',
      },
      de: {
        name: 'Plätze +50 %',
        note: 'Schulen und Akademien bieten ab Schuljahr 2027 50 % mehr Plätze an und füllen sie: EFZ 162 statt 108 (180 Plätze), Akademien 36 (54 Plätze), Servicekurs 45 (60 Plätze).',
      },
    },
    note:
      'Les écoles et les académies ouvrent 50 % de places de plus dès la rentrée 2027 et les remplissent : CFC 162 ' +
      'au lieu de 108 (180 places), académies 36 (54 places), cours de service 45 (60 places).',
    overrides: [
      { path: 'training/cfc/intake', value: 'year >= 2027 ? 162 : 108' },
      { path: 'training/cfc/maxIntake', value: 'year >= 2027 ? 180 : 120' },
      { path: 'training/brand-academies/intake', value: 'year >= 2027 ? 36 : 24' },
      { path: 'training/brand-academies/maxIntake', value: 'year >= 2027 ? 54 : 36' },
      { path: 'training/service-course/intake', value: 'year >= 2027 ? 45 : 30' },
      { path: 'training/service-course/maxIntake', value: 'year >= 2027 ? 60 : 40' },
    ],
  },
  {
    name: 'Pré-owné fort',
    translations: {
      en: {
        name: 'Strong pre-owned',
        note: 'The pre-owned market grows by 12 %/yr until 2033 (LuxeConsult 2025–2033), then slows towards 3 %/yr, instead of 10 %/yr until 2030.',
      },
      de: {
        name: 'Starker Gebrauchtmarkt',
        note: 'Der Gebrauchtmarkt wächst bis 2033 um 12 %/Jahr (LuxeConsult 2025–2033) und verlangsamt sich dann auf 3 %/Jahr, statt 10 %/Jahr bis 2030.',
      },
    },
    note:
      'Le marché de seconde main croît de 12 %/an jusqu’en 2033 (LuxeConsult 2025–2033), puis ralentit vers 3 %/an, ' +
      'au lieu de 10 %/an jusqu’en 2030.',
    overrides: (['automatic', 'chronograph', 'complication'] as const).map((id) => ({
      path: `segments/${id}/preOwnedGrowth`,
      value: 'year <= 2033 ? 0.12 : 0.03 + 0.09 * 0.7 ^ (year - 2033)',
    })),
  },
]

const sourceTexts: SampleSourceRow[] = [
  // Demand
  row(
    'assumed',
    {
      fr: 'Parc mondial de montres mécaniques suisses en service',
      en: 'Worldwide base of Swiss mechanical watches in use',
      de: 'Weltweiter Bestand an Schweizer mechanischen Uhren im Gebrauch',
    },
    { fr: '100 millions', en: '100 million', de: '100 Millionen' },
    `${src.wostepPieters} ; ${src.swisstimeMech}`,
    2024,
    {
      fr: 'Ordre de grandeur (domain-data §7.2) : exportations mécaniques cumulées sur ≈ 25 ans avec 3 %/an de pertes ; WOSTEP « ≈ 100 M produites en 15 ans ».',
      en: 'Order of magnitude (domain-data §7.2): mechanical exports accumulated over ≈ 25 years with 3 %/yr of losses; WOSTEP “≈ 100 M produced in 15 years”.',
      de: 'Grössenordnung (domain-data §7.2): mechanische Exporte über ≈ 25 Jahre kumuliert mit 3 %/Jahr Abgängen; WOSTEP «≈ 100 Mio. in 15 Jahren produziert».',
    },
  ),
  row(
    'sourced',
    {
      fr: 'Parc encore loin de son équilibre',
      en: 'Installed base still far from its balance',
      de: 'Bestand noch weit vom Gleichgewicht',
    },
    { fr: 'il croît ≈ 2,8 %/an', en: 'it grows ≈ 2.8 %/yr', de: 'er wächst ≈ 2.8 %/Jahr' },
    src.swisstimeMech,
    2014,
    {
      fr: 'Les exportations mécaniques sont passées de 1,7 M (1987) et ≈ 3,6 M/an (2000–2008) à 8,13 M (2014) et ≈ 6–7 M (2017–2023) : le parc se remplit encore (équilibre 5,8 M / 3 % ≈ 190 M). C’est la raison pour laquelle il n’est pas pris à l’équilibre.',
      en: 'Mechanical exports went from 1.7 M (1987) and ≈ 3.6 M/yr (2000–2008) to 8.13 M (2014) and ≈ 6–7 M (2017–2023): the base is still filling up (balance 5.8 M / 3 % ≈ 190 M). That is why it is not taken at balance.',
      de: 'Die mechanischen Exporte stiegen von 1.7 Mio. (1987) und ≈ 3.6 Mio./Jahr (2000–2008) auf 8.13 Mio. (2014) und ≈ 6–7 Mio. (2017–2023): der Bestand füllt sich noch (Gleichgewicht 5.8 Mio. / 3 % ≈ 190 Mio.). Deshalb wird er nicht im Gleichgewicht angesetzt.',
    },
  ),
  row(
    'sourced',
    {
      fr: 'Part des travaux faits en Suisse',
      en: 'Share of jobs done in Switzerland',
      de: 'Anteil der in der Schweiz erledigten Aufträge',
    },
    '10 %',
    src.chopard,
    null,
    {
      fr: 'Chopard : ≈ 10 % des pièces révisées en Suisse ; une marque prise comme indicateur.',
      en: 'Chopard: ≈ 10 % of serviced pieces in Switzerland; one brand taken as an indicator.',
      de: 'Chopard: ≈ 10 % der revidierten Stücke in der Schweiz; eine Marke als Anhaltspunkt.',
    },
  ),
  row(
    'sourced',
    { fr: 'Montres-bracelets exportées', en: 'Exported wristwatches', de: 'Exportierte Armbanduhren' },
    { fr: '15,3 millions', en: '15.3 million', de: '15.3 Millionen' },
    src.fh2024,
    2024,
  ),
  row(
    'sourced',
    {
      fr: 'Part mécanique des pièces exportées',
      en: 'Mechanical share of exported pieces',
      de: 'Mechanischer Anteil der exportierten Stücke',
    },
    {
      fr: '0,38 → 5,8 M de montres mécaniques par an',
      en: '0.38 → 5.8 M mechanical watches per year',
      de: '0.38 → 5.8 Mio. mechanische Uhren pro Jahr',
    },
    src.fh2022,
    2022,
    {
      fr: 'Dérivé : 6,0 M mécaniques / 15,8 M (écarts 2022 publiés par la FH) ; appliqué à 2024.',
      en: 'Derived: 6.0 M mechanical / 15.8 M (2022 figures published by the FH); applied to 2024.',
      de: 'Abgeleitet: 6.0 Mio. mechanisch / 15.8 Mio. (von der FH veröffentlichte Zahlen 2022); auf 2024 angewandt.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Répartition mécanique : simple / chronographe / complication',
      en: 'Mechanical split: simple / chronograph / complication',
      de: 'Mechanische Aufteilung: einfach / Chronograph / Komplikation',
    },
    '80 % / 15 % / 5 %',
    assumption('domain-data §7.1'),
    null,
  ),
  row(
    'assumed',
    { fr: 'Croissance des ventes neuves', en: 'Growth of new sales', de: 'Wachstum der Neuverkäufe' },
    { fr: '0 %/an', en: '0 %/yr', de: '0 %/Jahr' },
    `${src.fh2024} ; ${src.mckinsey}`,
    2025,
    {
      fr: '2024 −2,8 %, 2025 −1,7 % (FH) ; McKinsey +1 à 3 %/an : scénario médian de domain-data §7.2 (−2 / 0 / +3 %).',
      en: '2024 −2.8 %, 2025 −1.7 % (FH); McKinsey +1 to 3 %/yr: middle scenario of domain-data §7.2 (−2 / 0 / +3 %).',
      de: '2024 −2.8 %, 2025 −1.7 % (FH); McKinsey +1 bis 3 %/Jahr: mittleres Szenario von domain-data §7.2 (−2 / 0 / +3 %).',
    },
  ),
  row(
    'sourced',
    { fr: 'Taux de retour annuel', en: 'Yearly return rate', de: 'Jährliche Rücklaufquote' },
    { fr: '≈ 10 % du parc', en: '≈ 10 % of the installed base', de: '≈ 10 % des Bestands' },
    src.fhh2008,
    2008,
  ),
  row(
    'assumed',
    {
      fr: 'Intervalle et taux de révision',
      en: 'Service interval and uptake',
      de: 'Revisionsintervall und -quote',
    },
    {
      fr: '7 ans ; 0,70 (soit 10 %/an)',
      en: '7 years; 0.70 (i.e. 10 %/yr)',
      de: '7 Jahre; 0.70 (also 10 %/Jahr)',
    },
    `${src.intervals} ; ${src.fhh2008}`,
    null,
    {
      fr: 'Intervalle médian des marques ; 0,60 de conformité + réparations, calé sur les 10 % de la FHH.',
      en: "Median interval of the brands; 0.60 compliance + repairs, set on the FHH's 10 %.",
      de: 'Medianintervall der Marken; 0.60 Einhaltung + Reparaturen, auf die 10 % der FHH abgestimmt.',
    },
  ),
  row(
    'assumed',
    { fr: 'Sortie du parc', en: 'Leaving the installed base', de: 'Abgang aus dem Bestand' },
    { fr: '3 %/an', en: '3 %/yr', de: '3 %/Jahr' },
    assumption('domain-data §7.1'),
    null,
  ),
  row(
    'sourced',
    { fr: 'Temps moyen par travail', en: 'Average time per job', de: 'Durchschnittliche Zeit pro Auftrag' },
    { fr: '3,0 h', en: '3.0 h', de: '3.0 h' },
    src.patekUsa,
    2015,
    {
      fr: 'Dérivé : ≈ 10 000 travaux/an avec 19 à 31 horlogers → 2,6 à 4,2 h par travail.',
      en: "Derived: ≈ 10'000 jobs/yr with 19 to 31 watchmakers → 2.6 to 4.2 h per job.",
      de: "Abgeleitet: ≈ 10'000 Aufträge/Jahr mit 19 bis 31 Uhrmachern → 2.6 bis 4.2 h pro Auftrag.",
    },
  ),
  row(
    'assumed',
    {
      fr: 'Travaux : service rapide / révision',
      en: 'Jobs: quick service / service',
      de: 'Aufträge: Schnellservice / Revision',
    },
    {
      fr: '47 % à 0,3 h ; 53 % à 4 h (automatique), 8 h (chronographe), 20 h (complication)',
      en: '47 % at 0.3 h; 53 % at 4 h (automatic), 8 h (chronograph), 20 h (complication)',
      de: '47 % zu 0.3 h; 53 % zu 4 h (Automatik), 8 h (Chronograph), 20 h (Komplikation)',
    },
    assumption('domain-data §7.1'),
    null,
    {
      fr: 'Part du service rapide choisie pour que la moyenne fasse 3,0 h par travail.',
      en: 'Quick-service share chosen so that the average is 3.0 h per job.',
      de: 'Anteil Schnellservice so gewählt, dass der Durchschnitt 3.0 h pro Auftrag beträgt.',
    },
  ),
  row(
    'assumed',
    { fr: 'Retours sous garantie', en: 'Warranty returns', de: 'Garantierückläufer' },
    { fr: '3 % des ventes neuves', en: '3 % of new sales', de: '3 % der Neuverkäufe' },
    src.fhh2008,
    2008,
  ),
  row(
    'sourced',
    { fr: 'Marché du seconde main', en: 'Pre-owned market', de: 'Gebrauchtuhrenmarkt' },
    { fr: '24 milliards USD', en: 'USD 24 billion', de: 'USD 24 Milliarden' },
    src.bcg,
    2022,
  ),
  row(
    'assumed',
    {
      fr: 'Montres de seconde main échangées',
      en: 'Pre-owned watches traded',
      de: 'Gehandelte Gebrauchtuhren',
    },
    {
      fr: '4,8 millions par an (480 000 pour la Suisse)',
      en: "4.8 million per year (480'000 for Switzerland)",
      de: "4.8 Millionen pro Jahr (480'000 für die Schweiz)",
    },
    src.bcg,
    2022,
    {
      fr: '24 milliards USD / 5 000 USD par transaction (prix moyen supposé, domain-data §7.1).',
      en: "USD 24 billion / USD 5'000 per transaction (average price assumed, domain-data §7.1).",
      de: "USD 24 Milliarden / USD 5'000 pro Transaktion (Durchschnittspreis angenommen, domain-data §7.1).",
    },
  ),
  row(
    'assumed',
    {
      fr: 'Contrôle d’une montre de seconde main',
      en: 'Control of a pre-owned watch',
      de: 'Kontrolle einer Gebrauchtuhr',
    },
    {
      fr: '0,5 h par montre, par un horloger ; toutes contrôlées',
      en: '0.5 h per watch, by a watchmaker; all checked',
      de: '0.5 h pro Uhr, durch einen Uhrmacher; alle geprüft',
    },
    src.lovetime,
    2013,
    {
      fr: 'Contrôle systématique sourcé (Cresus), durée supposée ; les révisions à la revente sont déjà dans les 10 % (domain-data §7.2), donc rien n’est retranché des révisions prévues.',
      en: 'Systematic control sourced (Cresus), duration assumed; services at resale are already in the 10 % (domain-data §7.2), so nothing is taken off scheduled services.',
      de: 'Systematische Kontrolle belegt (Cresus), Dauer angenommen; Revisionen beim Wiederverkauf sind bereits in den 10 % enthalten (domain-data §7.2), daher wird nichts von den geplanten Revisionen abgezogen.',
    },
  ),
  row(
    'sourced',
    {
      fr: 'Croissance du seconde main jusqu’en 2030',
      en: 'Pre-owned growth until 2030',
      de: 'Wachstum des Gebrauchtmarkts bis 2030',
    },
    { fr: '+10 %/an', en: '+10 %/yr', de: '+10 %/Jahr' },
    `${src.bcg} ; ${src.mckinsey} ; ${src.luxeconsult}`,
    2023,
    {
      fr: 'BCG ≈ 10 %/an jusqu’en 2026 ; McKinsey 8–10 % ; LuxeConsult 12 %/an 2025–2033.',
      en: 'BCG ≈ 10 %/yr until 2026; McKinsey 8–10 %; LuxeConsult 12 %/yr 2025–2033.',
      de: 'BCG ≈ 10 %/Jahr bis 2026; McKinsey 8–10 %; LuxeConsult 12 %/Jahr 2025–2033.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Croissance du seconde main dès 2031',
      en: 'Pre-owned growth from 2031',
      de: 'Wachstum des Gebrauchtmarkts ab 2031',
    },
    {
      fr: 'vers +3 %/an (7,9 % en 2031, 3,2 % en 2040)',
      en: 'towards +3 %/yr (7.9 % in 2031, 3.2 % in 2040)',
      de: 'gegen +3 %/Jahr (7.9 % im Jahr 2031, 3.2 % im Jahr 2040)',
    },
    src.deloitte2024,
    2024,
    {
      fr: 'Même série que l’atelier de Genève : le marché s’est « normalisé » ; la revente ne peut pas croître plus vite que le neuf indéfiniment.',
      en: 'Same series as the Geneva workshop: the market has “normalised”; resale cannot grow faster than new sales forever.',
      de: 'Gleiche Reihe wie die Werkstatt Genf: der Markt hat sich «normalisiert»; der Wiederverkauf kann nicht dauerhaft schneller wachsen als der Neuverkauf.',
    },
  ),
  // Workforce
  row(
    'assumed',
    {
      fr: 'Heures d’établi par ETP et par an',
      en: 'Bench hours per FTE and year',
      de: 'Werkbankstunden pro VZÄ und Jahr',
    },
    { fr: '1 370 h', en: "1'370 h", de: "1'370 h" },
    `${src.cct} ; ${src.dol}`,
    null,
    {
      fr: 'AWT 1 712 h (CCT, OFS) × 0,80 : 20 % de temps hors établi supposés.',
      en: "AWT 1'712 h (CCT, FSO) × 0.80: 20 % of time away from the bench assumed.",
      de: "AWT 1'712 h (GAV, BFS) × 0.80: 20 % Zeit ausserhalb der Werkbank angenommen.",
    },
  ),
  row(
    'assumed',
    {
      fr: 'Besoin en ateliers suisses (calcul de domain-data §7.2)',
      en: 'Need of Swiss workshops (domain-data §7.2 calculation)',
      de: 'Bedarf der Schweizer Werkstätten (Rechnung von domain-data §7.2)',
    },
    {
      fr: '≈ 2 365 ETP (2024) ; ≈ 2 400 ETP selon le modèle en 2026',
      en: "≈ 2'365 FTE (2024); ≈ 2'400 FTE in the model in 2026",
      de: "≈ 2'365 VZÄ (2024); ≈ 2'400 VZÄ laut Modell 2026",
    },
    derived('domain-data §7.2'),
    2024,
  ),
  row(
    'assumed',
    {
      fr: 'Horlogers dans les ateliers SAV suisses',
      en: 'Watchmakers in Swiss after-sales workshops',
      de: 'Uhrmacher in Schweizer Kundendienstwerkstätten',
    },
    { fr: '2 200 ETP', en: "2'200 FTE", de: "2'200 VZÄ" },
    assumption('domain-data §7.2'),
    2026,
    {
      fr: 'Introuvable ; choisi pour partir près de l’équilibre (ratio WISN ≈ 0,92).',
      en: 'Not found; chosen to start near balance (WISN ratio ≈ 0.92).',
      de: 'Nicht auffindbar; so gewählt, dass nahe am Gleichgewicht begonnen wird (WISN-Verhältnis ≈ 0.92).',
    },
  ),
  row(
    'assumed',
    { fr: 'Répartition par niveau', en: 'Split by level', de: 'Aufteilung nach Stufe' },
    {
      fr: 'service 110 ; horloger 1 700 ; senior 390',
      en: "service 110; watchmaker 1'700; senior 390",
      de: "Service 110; Uhrmacher 1'700; Senior 390",
    },
    assumption(),
    null,
    {
      fr: 'À peu près proportionnelle au travail de chaque niveau.',
      en: "Roughly in proportion to each level's work.",
      de: 'Ungefähr im Verhältnis zur Arbeit jeder Stufe.',
    },
  ),
  row(
    'sourced',
    { fr: 'Part des 60–64 ans', en: 'Share of 60–64 year-olds', de: 'Anteil der 60- bis 64-Jährigen' },
    { fr: '3,6 %', en: '3.6 %', de: '3.6 %' },
    src.cp2022Retire,
    2022,
    {
      fr: 'Dérivé : 2 369 / ≈ 65 000 employés = 3,6 % partent en 5 ans, soit la tranche 60–64. Le reste de la pyramide est supposé.',
      en: "Derived: 2'369 / ≈ 65'000 employees = 3.6 % leave in 5 years, i.e. the 60–64 band. The rest of the pyramid is assumed.",
      de: "Abgeleitet: 2'369 / ≈ 65'000 Beschäftigte = 3.6 % gehen in 5 Jahren, also die Gruppe 60–64. Der Rest der Pyramide ist angenommen.",
    },
  ),
  row(
    'sourced',
    { fr: 'Rente-pont', en: 'Bridging pension', de: 'Überbrückungsrente' },
    {
      fr: 'un an avant l’âge de référence ; la moitié part à 64 ans',
      en: 'one year before the reference age; half leave at 64',
      de: 'ein Jahr vor dem Referenzalter; die Hälfte geht mit 64',
    },
    src.unia,
    2012,
    {
      fr: 'La part qui part à 64 ans est supposée.',
      en: 'The share leaving at 64 is assumed.',
      de: 'Der Anteil, der mit 64 geht, ist angenommen.',
    },
  ),
  row(
    'assumed',
    { fr: 'Départs de la branche', en: 'Leavers from the industry', de: 'Abgänge aus der Branche' },
    {
      fr: 'horlogers 1,5 %/an ; service 3 % ; seniors 1 %',
      en: 'watchmakers 1.5 %/yr; service 3 %; seniors 1 %',
      de: 'Uhrmacher 1.5 %/Jahr; Service 3 %; Senior 1 %',
    },
    assumption(),
    null,
    {
      fr: 'À l’échelle de la branche, un horloger qui change d’atelier suisse n’est pas perdu : ne comptent que ceux qui quittent le métier ou la Suisse (pour une marque, 4 %/an). Aucune source.',
      en: 'At industry level, a watchmaker who moves to another Swiss workshop is not lost: only those who leave the trade or Switzerland count (for a brand, 4 %/yr). No source.',
      de: 'Auf Branchenebene geht ein Uhrmacher, der in eine andere Schweizer Werkstatt wechselt, nicht verloren: es zählen nur jene, die den Beruf oder die Schweiz verlassen (bei einer Marke 4 %/Jahr). Keine Quelle.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Embauches hors formation suisse (frontaliers, étranger)',
      en: 'Hires from outside Swiss training (cross-border, abroad)',
      de: 'Einstellungen ausserhalb der Schweizer Ausbildung (Grenzgänger, Ausland)',
    },
    {
      fr: '80 horlogers et 10 seniors par an ; le marché en offre au plus 30 (service), 100 et 15',
      en: '80 watchmakers and 10 seniors per year; the market offers at most 30 (service), 100 and 15',
      de: '80 Uhrmacher und 10 Senior pro Jahr; der Markt bietet höchstens 30 (Service), 100 und 15',
    },
    src.cp2022,
    2022,
    {
      fr: 'CP 2022 : 3 835 personnes à former ou recruter d’ici 2026 pour toute la branche.',
      en: "CP 2022: 3'835 people to train or recruit by 2026 for the whole industry.",
      de: "CP 2022: 3'835 Personen bis 2026 für die ganze Branche auszubilden oder zu rekrutieren.",
    },
  ),
  row(
    'assumed',
    { fr: 'Coût employeur par ETP', en: 'Employer cost per FTE', de: 'Arbeitgeberkosten pro VZÄ' },
    {
      fr: 'service 72 000 ; horloger 88 000 ; senior 110 000 CHF/an',
      en: "service 72'000; watchmaker 88'000; senior 110'000 CHF/yr",
      de: "Service 72'000; Uhrmacher 88'000; Senior 110'000 CHF/Jahr",
    },
    `${src.cct} ; ${src.fhsWage}`,
    2022,
    {
      fr: 'Minimum CFC 4 580 CHF/mois, médiane 5 170 ; salaires mensuels supposés × 13 × 1,15 de charges.',
      en: "CFC minimum CHF 4'580/month, median 5'170; monthly wages assumed × 13 × 1.15 for social charges.",
      de: "EFZ-Minimum CHF 4'580/Monat, Median 5'170; Monatslöhne angenommen × 13 × 1.15 Sozialabgaben.",
    },
  ),
  row(
    'assumed',
    { fr: 'Coût d’une embauche', en: 'Cost of a hire', de: 'Kosten einer Einstellung' },
    { fr: '12 000 à 22 000 CHF', en: "CHF 12'000 to 22'000", de: "CHF 12'000 bis 22'000" },
    assumption(),
    null,
  ),
  row(
    'assumed',
    { fr: 'Âges d’entrée', en: 'Entry ages', de: 'Eintrittsalter' },
    {
      fr: 'CFC 20 ans ; académies 24 ; cours de service 25 ; embauches 30',
      en: 'CFC 20; academies 24; service course 25; hires 30',
      de: 'EFZ 20; Akademien 24; Servicekurs 25; Einstellungen 30',
    },
    assumption(),
    null,
  ),
  row(
    'assumed',
    { fr: 'Chiffre d’affaires par heure', en: 'Revenue per hour', de: 'Umsatz pro Stunde' },
    { fr: '150 CHF/h', en: 'CHF 150/h', de: 'CHF 150/h' },
    src.watson,
    2023,
    {
      fr: 'Comme l’atelier de Genève : CHF 800 la révision Omega ≈ 5,45 h de travail.',
      en: 'As in the Geneva workshop: CHF 800 for the Omega service ≈ 5.45 h of work.',
      de: 'Wie in der Werkstatt Genf: CHF 800 für die Omega-Revision ≈ 5.45 h Arbeit.',
    },
  ),
  // Training
  row(
    'sourced',
    {
      fr: 'Nouveaux apprentis CFC d’horloger (rhabillage + industrie)',
      en: 'New CFC watchmaker apprentices (repair + industry)',
      de: 'Neue Lernende Uhrmacher/in EFZ (Rhabillage + Industrie)',
    },
    { fr: '108 par an', en: '108 per year', de: '108 pro Jahr' },
    src.goldor,
    2015,
    {
      fr: 'Moyenne 2011–2015 (107,6 en 2006–2010 ; 103 en 2016).',
      en: 'Average 2011–2015 (107.6 in 2006–2010; 103 in 2016).',
      de: 'Durchschnitt 2011–2015 (107.6 in den Jahren 2006–2010; 103 im Jahr 2016).',
    },
  ),
  row(
    'assumed',
    { fr: 'Places de CFC d’horloger', en: 'CFC watchmaker places', de: 'Lehrstellen Uhrmacher/in EFZ' },
    { fr: '120 par an', en: '120 per year', de: '120 pro Jahr' },
    `${src.places} ; ${src.goldor}`,
    2011,
    {
      fr: 'Le Locle 36 places (≈ 130 candidats), Bienne 12 ; 6 à 7 écoles et les places duales des entreprises. Les écoles sont pleines (3 à 4 candidats par place au Locle) : 108 admis, 120 places supposées (toutes métiers de la CP : 400 à 490 nouveaux contrats par an).',
      en: "Le Locle 36 places (≈ 130 applicants), Biel/Bienne 12; 6 to 7 schools and the companies' dual places. The schools are full (3 to 4 applicants per place in Le Locle): 108 admitted, 120 places assumed (all CP trades: 400 to 490 new contracts per year).",
      de: 'Le Locle 36 Plätze (≈ 130 Bewerbungen), Biel/Bienne 12; 6 bis 7 Schulen und die dualen Plätze der Betriebe. Die Schulen sind voll (3 bis 4 Bewerbungen pro Platz in Le Locle): 108 aufgenommen, 120 Plätze angenommen (alle Berufe der CP: 400 bis 490 neue Lehrverträge pro Jahr).',
    },
  ),
  row(
    'sourced',
    {
      fr: 'Nouveaux contrats, tous métiers de la CP',
      en: 'New contracts, all CP trades',
      de: 'Neue Lehrverträge, alle Berufe der CP',
    },
    {
      fr: '386 à 490 par an (2010–2016)',
      en: '386 to 490 per year (2010–2016)',
      de: '386 bis 490 pro Jahr (2010–2016)',
    },
    src.cp2015,
    2015,
  ),
  row(
    'sourced',
    { fr: 'Durée du CFC', en: 'Length of the CFC', de: 'Dauer des EFZ' },
    { fr: '4 ans', en: '4 years', de: '4 Jahre' },
    src.cfpt,
    null,
  ),
  row(
    'sourced',
    { fr: 'Réussite de l’apprentissage', en: 'Apprenticeship success', de: 'Erfolgsquote der Lehre' },
    { fr: '80 % (abandon 5,5 %/an)', en: '80 % (dropout 5.5 %/yr)', de: '80 % (Abbruch 5.5 %/Jahr)' },
    src.ofsDropout,
    2020,
    {
      fr: '21–26 % de contrats résiliés, beaucoup recommencent ailleurs.',
      en: '21–26 % of contracts terminated, many start again elsewhere.',
      de: '21–26 % der Lehrverträge aufgelöst, viele beginnen anderswo neu.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Diplômés CFC entrant au SAV',
      en: 'CFC graduates joining after-sales service',
      de: 'EFZ-Absolventen, die in den Kundendienst gehen',
    },
    '40 %',
    assumption('domain-data §7.2'),
    null,
    {
      fr: 'Les autres vont à la production.',
      en: 'The others go to production.',
      de: 'Die übrigen gehen in die Produktion.',
    },
  ),
  row(
    'sourced',
    {
      fr: 'Part des apprentis en entreprise (dual)',
      en: 'Share of apprentices in companies (dual)',
      de: 'Anteil der Lernenden in Betrieben (dual)',
    },
    {
      fr: '45 % → 70 h d’encadrement et 0,3 établi par apprenti',
      en: '45 % → 70 h of tutoring and 0.3 bench per apprentice',
      de: '45 % → 70 h Betreuung und 0.3 Werkbank pro Lernende/n',
    },
    src.cp2015,
    2015,
    {
      fr: 'Part sourcée ; heures d’encadrement et part d’établi supposées.',
      en: 'Share sourced; tutoring hours and bench share assumed.',
      de: 'Anteil belegt; Betreuungsstunden und Werkbankanteil angenommen.',
    },
  ),
  row(
    'assumed',
    { fr: 'Coût d’un apprenti CFC', en: 'Cost of a CFC apprentice', de: 'Kosten einer/eines EFZ-Lernenden' },
    { fr: '35 000 CHF/an', en: "CHF 35'000/yr", de: "CHF 35'000/Jahr" },
    assumption(),
    null,
  ),
  row(
    'assumed',
    { fr: 'Académies de marques', en: 'Brand academies', de: 'Akademien der Marken' },
    {
      fr: '2 ans ; 24 admis par an ; 36 places',
      en: '2 years; 24 admitted per year; 36 places',
      de: '2 Jahre; 24 Aufnahmen pro Jahr; 36 Plätze',
    },
    `${src.abc7} ; ${src.hayek}`,
    2021,
    {
      fr: 'Durée sourcée ; admissions et places supposées (Hayek ≈ 45 horlogers par an dans le monde, Patek 6 par volée, Lititz 12 par classe).',
      en: 'Duration sourced; intakes and places assumed (Hayek ≈ 45 watchmakers per year worldwide, Patek 6 per class, Lititz 12 per class).',
      de: 'Dauer belegt; Aufnahmen und Plätze angenommen (Hayek ≈ 45 Uhrmacher pro Jahr weltweit, Patek 6 pro Klasse, Lititz 12 pro Klasse).',
    },
  ),
  row(
    'sourced',
    { fr: 'Réussite en académie', en: 'Academy success', de: 'Erfolgsquote der Akademie' },
    '85 %',
    src.lititz,
    2017,
  ),
  row(
    'assumed',
    {
      fr: 'Cours d’horloger de service client',
      en: 'Customer-service watchmaker course',
      de: 'Kurs Kundendienst-Uhrmacher/in',
    },
    {
      fr: '1 an (1 800 h) ; 30 admis par an ; 40 places',
      en: "1 year (1'800 h); 30 admitted per year; 40 places",
      de: "1 Jahr (1'800 h); 30 Aufnahmen pro Jahr; 40 Plätze",
    },
    src.wostep,
    null,
    {
      fr: 'Durée sourcée ; admissions et places supposées.',
      en: 'Duration sourced; intakes and places assumed.',
      de: 'Dauer belegt; Aufnahmen und Plätze angenommen.',
    },
  ),
  row(
    'sourced',
    { fr: 'Coût du cours de service', en: 'Cost of the service course', de: 'Kosten des Servicekurses' },
    { fr: '21 000 CHF par élève', en: "CHF 21'000 per trainee", de: "CHF 21'000 pro Teilnehmende/n" },
    src.wostep,
    null,
    {
      fr: 'Dérivé au prorata : 34 600 × 1 800 / 3 000.',
      en: "Derived pro rata: 34'600 × 1'800 / 3'000.",
      de: "Anteilig abgeleitet: 34'600 × 1'800 / 3'000.",
    },
  ),
  row(
    'assumed',
    {
      fr: 'Académies et cours de service : restent dans la branche, encadrement, coût',
      en: 'Academies and service course: stay in the industry, tutoring, cost',
      de: 'Akademien und Servicekurs: Verbleib in der Branche, Betreuung, Kosten',
    },
    {
      fr: '90 % / 70 % ; 300 h / 0 h par élève ; académie 40 000 CHF par an',
      en: "90 % / 70 %; 300 h / 0 h per trainee; academy CHF 40'000 per year",
      de: "90 % / 70 %; 300 h / 0 h pro Lernende/n; Akademie CHF 40'000 pro Jahr",
    },
    assumption(),
    null,
    {
      fr: 'Le cours de service se fait en école (pas d’établi ni d’encadrement pris aux ateliers).',
      en: 'The service course is taught at school (no bench or tutoring taken from the workshops).',
      de: 'Der Servicekurs findet in der Schule statt (keine Werkbank und keine Betreuung aus den Werkstätten).',
    },
  ),
  // Benches and service
  row(
    'assumed',
    { fr: 'Établis', en: 'Benches', de: 'Werkbänke' },
    { fr: '4 000', en: "4'000", de: "4'000" },
    assumption(),
    null,
    {
      fr: 'Aucune donnée ; choisi assez grand pour ne pas limiter la branche (l’effectif croît jusqu’à ≈ 3 400).',
      en: "No data; chosen large enough not to limit the industry (the headcount grows to ≈ 3'400).",
      de: "Keine Daten; gross genug gewählt, um die Branche nicht zu begrenzen (der Bestand wächst auf ≈ 3'400).",
    },
  ),
  row(
    'sourced',
    {
      fr: 'Délai de base / délai cible',
      en: 'Base turnaround / target turnaround',
      de: 'Basis-Durchlaufzeit / Ziel-Durchlaufzeit',
    },
    { fr: '6 / 8 semaines', en: '6 / 8 weeks', de: '6 / 8 Wochen' },
    `${src.ap} ; ${src.patekTurnaround}`,
    null,
  ),
  row(
    'assumed',
    {
      fr: 'Montée en puissance d’un arrivant',
      en: 'Ramp-up of a newcomer',
      de: 'Einarbeitung einer neuen Person',
    },
    {
      fr: '50 % la 1re année, 80 % la 2e',
      en: '50 % in the 1st year, 80 % in the 2nd',
      de: '50 % im 1. Jahr, 80 % im 2.',
    },
    src.patekUsa,
    2015,
    {
      fr: '« Un ou deux ans » (Patek USA) ; domain-data §7.1.',
      en: '“One or two years” (Patek USA); domain-data §7.1.',
      de: '«Ein oder zwei Jahre» (Patek USA); domain-data §7.1.',
    },
  ),
  row(
    'assumed',
    { fr: 'Heures supplémentaires au plus', en: 'Overtime at most', de: 'Überstunden höchstens' },
    { fr: '5 % des heures', en: '5 % of hours', de: '5 % der Stunden' },
    `${src.cct} ; ${src.fsoHours}`,
    2014,
    {
      fr: 'OFS : 1 h 11 par semaine en moyenne ; CCT : 30 à 45 h par semaine.',
      en: 'FSO: 1 h 11 per week on average; CCT: 30 to 45 h per week.',
      de: 'BFS: durchschnittlich 1 h 11 pro Woche; GAV: 30 bis 45 h pro Woche.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Travail qui part chez les indépendants',
      en: 'Work that goes to independents',
      de: 'Arbeit, die zu Unabhängigen abwandert',
    },
    {
      fr: '50 % du travail en attente par an',
      en: '50 % of waiting work per year',
      de: '50 % der wartenden Arbeit pro Jahr',
    },
    src.chopard,
    null,
    {
      fr: 'À l’échelle de la branche, une montre qui attend part chez un indépendant (plus de 50 ateliers font ≈ 30 % du volume de Chopard) ; la part est supposée.',
      en: "At industry level, a watch that waits goes to an independent (more than 50 workshops do ≈ 30 % of Chopard's volume); the share is assumed.",
      de: 'Auf Branchenebene geht eine wartende Uhr zu einem Unabhängigen (mehr als 50 Werkstätten erledigen ≈ 30 % des Volumens von Chopard); der Anteil ist angenommen.',
    },
  ),
  row(
    'assumed',
    { fr: 'Tolérance avant pénurie', en: 'Tolerance before a shortage', de: 'Toleranz vor einem Engpass' },
    { fr: '2 % de la demande', en: '2 % of demand', de: '2 % der Nachfrage' },
    assumption(),
    null,
  ),
  // Scenarios
  row(
    'sourced',
    {
      fr: 'Pré-owné fort : croissance du seconde main',
      en: 'Strong pre-owned: pre-owned growth',
      de: 'Starker Gebrauchtmarkt: Wachstum des Gebrauchtmarkts',
    },
    {
      fr: '+12 %/an jusqu’en 2033, puis vers 3 %/an',
      en: '+12 %/yr until 2033, then towards 3 %/yr',
      de: '+12 %/Jahr bis 2033, danach gegen 3 %/Jahr',
    },
    src.luxeconsult,
    2025,
    { fr: 'Prévision 2025–2033.', en: 'Forecast 2025–2033.', de: 'Prognose 2025–2033.' },
  ),
  row(
    'assumed',
    {
      fr: 'Places +50 % : places et admissions',
      en: 'Places +50 %: places and intakes',
      de: 'Plätze +50 %: Plätze und Aufnahmen',
    },
    {
      fr: 'CFC 180 places, 162 admis ; académies 54 / 36 ; cours de service 60 / 45 dès 2027',
      en: 'CFC 180 places, 162 admitted; academies 54 / 36; service course 60 / 45 from 2027',
      de: 'EFZ 180 Plätze, 162 Aufnahmen; Akademien 54 / 36; Servicekurs 60 / 45 ab 2027',
    },
    src.rts2022,
    2022,
    {
      fr: 'Chopard devrait former 2 à 3 fois plus d’apprentis.',
      en: 'Chopard should train 2 to 3 times more apprentices.',
      de: 'Chopard sollte 2- bis 3-mal mehr Lernende ausbilden.',
    },
  ),
]

const names = {
  fr: 'Filière suisse (exemple)',
  en: 'Swiss sector (sample)',
  de: 'Branche Schweiz (Beispiel)',
}

const descriptions = {
  fr:
    'Les ateliers de service après-vente en Suisse pris ensemble (montres mécaniques) : environ 2 200 horlogers, et ' +
    'les filières qui les alimentent, avec leurs places (CFC d’horloger en 4 ans, académies de marques, cours de ' +
    'service). Pour une école qui dimensionne ses admissions. Exemple construit à partir de sources publiques ; ' +
    'les hypothèses sont signalées dans les sources.',
  en:
    'Switzerland’s after-sales workshops taken together (mechanical watches): about 2,200 watchmakers, and the ' +
    'courses that feed them, with their places (4-year watchmaker CFC, brand academies, service course). For a ' +
    'school sizing its intake. Built from public sources; assumptions are marked in the sources.',
  de:
    'Die Kundendienstwerkstätten der Schweiz zusammen (mechanische Uhren): rund 2’200 Uhrmacher und die ' +
    'Ausbildungen, die sie speisen, mit ihren Plätzen (EFZ Uhrmacher in 4 Jahren, Markenakademien, Servicekurs). ' +
    'Für eine Schule, die ihre Aufnahmen plant. Aus öffentlichen Quellen; Annahmen sind in den Quellen gekennzeichnet.',
}

export const filiereSuisse: SampleWorkspace = {
  key: 'filiere-suisse',
  name: names.fr,
  description: descriptions.fr,
  names,
  descriptions,
  baseName: 'Base',
  baseTranslations: {
    en: {
      name: 'Base',
      note: 'Current intakes: 108 CFC a year (CP average 2011–2015) for 120 places, 24 in academies (36 places), 30 in the service course (40 places).',
    },
    de: {
      name: 'Basis',
      note: 'Aktuelle Eintritte: 108 EFZ pro Jahr (Durchschnitt CP 2011–2015) für 120 Plätze, 24 in Akademien (36 Plätze), 30 im Servicekurs (40 Plätze).',
    },
  },
  baseNote:
    'Admissions actuelles : 108 CFC par an (moyenne CP 2011–2015) pour 120 places, 24 en académies (36 places), ' +
    '30 au cours de service (40 places).',
  base,
  scenarios,
  sources: inFrench(sourceTexts),
  sourceTexts,
}
