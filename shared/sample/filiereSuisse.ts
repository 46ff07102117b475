// Sample workspace "Filière suisse (exemple)": all Swiss after-sales workshops, for a school sizing intake.
import type { ModelInput, RosterEntry } from '../model/types'
import type { SampleScenario, SampleWorkspace, SourceRow } from './types'

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
/** A pre-owned watch adds one 0.5 h inspection (§7.2): the rate is 0.5 h over the segment's mean job. */
const inspectionHours = 0.5

function segment(id: keyof typeof mix): ModelInput['segments'][number] {
  const fullJob = `${id}-service`
  const meanHoursPerJob = quickShare * quickHours + (1 - quickShare) * fullServiceHours[id]
  return {
    id,
    installedBase: worldInstalledBase * swissShare * mix[id],
    scrapRate: 0.03,
    newSales: worldMechanicalNewSales * swissShare * mix[id],
    newSalesGrowth: 0,
    preOwned: worldPreOwnedTraded * swissShare * mix[id],
    preOwnedGrowth: 0.1,
    serviceIntervalYears: 7,
    serviceUptake: 0.7,
    warrantyClaimRate: 0.03,
    preOwnedServiceRate: inspectionHours / meanHoursPerJob,
    jobMix: { 'quick-service': quickShare, [fullJob]: 1 - quickShare },
    hoursPerJob: { 'quick-service': quickHours, [fullJob]: fullServiceHours[id] },
  }
}

const base: ModelInput = {
  schemaVersion: 1,
  startYear: 2026,
  horizonYears: 15,
  retirementAge: 65,
  grades: [
    {
      id: 'service',
      hoursPerFte: 1370,
      attritionRate: 0.06,
      promotionRate: 0.05,
      salaryPerFte: 72000,
      hireCost: 12000,
    },
    {
      id: 'watchmaker',
      hoursPerFte: 1370,
      attritionRate: 0.04,
      promotionRate: 0.02,
      salaryPerFte: 88000,
      hireCost: 18000,
    },
    {
      id: 'senior',
      hoursPerFte: 1370,
      attritionRate: 0.03,
      promotionRate: 0,
      salaryPerFte: 110000,
      hireCost: 22000,
    },
  ],
  jobTypes: [
    { id: 'quick-service', grade: 'service' },
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
  },
  training: [
    {
      id: 'cfc',
      durationYears: 4,
      intake: 108,
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
  benches: { initial: 3200, shifts: 1, expansions: [] },
  service: {
    initialBacklogHours: 0,
    abandonRate: 0.3,
    baseTurnaroundWeeks: 6,
    targetTurnaroundWeeks: 8,
    shortageTolerance: 0.02,
    productivityGain: 0,
    rampUpFactor: 0.5,
  },
}

const scenarios: SampleScenario[] = [
  {
    name: 'Intake +50 %',
    note:
      'Les écoles et les académies admettent 50 % d’élèves de plus dès la rentrée 2027 (CFC 162 au lieu de ' +
      '108).',
    overrides: [
      { path: 'training/cfc/intake', value: 'year >= 2027 ? 162 : 108' },
      { path: 'training/brand-academies/intake', value: 'year >= 2027 ? 36 : 24' },
      { path: 'training/service-course/intake', value: 'year >= 2027 ? 45 : 30' },
    ],
  },
  {
    name: 'Pré-owné fort',
    note: 'Le marché de seconde main croît de 12 %/an (LuxeConsult 2025–2033) au lieu de 10 %/an.',
    overrides: (['automatic', 'chronograph', 'complication'] as const).map((id) => ({
      path: `segments/${id}/preOwnedGrowth`,
      value: 0.12,
    })),
  },
]

const sources: SourceRow[] = [
  // Demand
  {
    figure: 'Parc mondial de montres mécaniques suisses en service',
    value: '100 millions',
    source:
      'Hypothèse (domain-data §7.2) ; WOSTEP (M. Pieters, watch-around.com : ≈ 100 M produites en 15 ans)',
    year: 2024,
    kind: 'assumed',
    note:
      'Ordre de grandeur : série FH des exportations mécaniques cumulée sur ≈ 25 ans avec 3 %/an de ' +
      'pertes.',
  },
  {
    figure: 'Part des travaux faits en Suisse',
    value: '10 %',
    source: 'Europa Star (Chopard : ≈ 10 % des pièces révisées en Suisse)',
    year: null,
    kind: 'sourced',
    note: 'Une marque prise comme indicateur pour toute la branche.',
  },
  {
    figure: 'Montres-bracelets exportées',
    value: '15,3 millions',
    source: 'FH via nexttech-news.com et cash.ch',
    year: 2024,
    kind: 'sourced',
  },
  {
    figure: 'Part mécanique des pièces exportées',
    value: '0,38 → 5,8 M de montres mécaniques par an',
    source: 'FH « World watchmaking industry in 2022 »',
    year: 2022,
    kind: 'sourced',
    note: 'Dérivé : 6,0 M mécaniques / 15,8 M (écarts 2022 publiés par la FH) ; appliqué à 2024.',
  },
  {
    figure: 'Répartition mécanique : simple / chronographe / complication',
    value: '80 % / 15 % / 5 %',
    source: 'Hypothèse (domain-data §7.1)',
    year: null,
    kind: 'assumed',
  },
  {
    figure: 'Croissance des ventes neuves',
    value: '0 %/an',
    source: 'FH via cash.ch (2024 −2,8 %, 2025 −1,7 %) ; McKinsey & BoF (+1 à 3 %/an)',
    year: 2025,
    kind: 'assumed',
    note: 'Scénario médian de domain-data §7.2 (−2 / 0 / +3 %).',
  },
  {
    figure: 'Taux de retour annuel',
    value: '≈ 10 % du parc',
    source: 'FHH Journal « Watchmaking’s after-sales headache »',
    year: 2008,
    kind: 'sourced',
  },
  {
    figure: 'Intervalle et taux de révision',
    value: '7 ans ; 0,70 (soit 10 %/an)',
    source: 'Hypothèse calée sur FHH Journal',
    year: null,
    kind: 'assumed',
    note:
      'Intervalle médian des marques (Patek 5, Omega 5–8, Rolex ≈ 10 ans) ; 0,60 de conformité + ' +
      'réparations.',
  },
  {
    figure: 'Sortie du parc',
    value: '3 %/an',
    source: 'Hypothèse (domain-data §7.1)',
    year: null,
    kind: 'assumed',
  },
  {
    figure: 'Temps moyen par travail',
    value: '3,0 h',
    source: 'Patek Philippe USA (atimelyperspective.com, watchjournal.com, GQ)',
    year: 2015,
    kind: 'sourced',
    note: 'Dérivé : ≈ 10 000 travaux/an avec 19 à 31 horlogers → 2,6 à 4,2 h par travail.',
  },
  {
    figure: 'Travaux : service rapide / révision',
    value: '47 % à 0,3 h ; 53 % à 4 h (automatique), 8 h (chronographe), 20 h (complication)',
    source: 'Hypothèse (domain-data §7.1)',
    year: null,
    kind: 'assumed',
    note: 'Part du service rapide choisie pour que la moyenne fasse 3,0 h par travail.',
  },
  {
    figure: 'Retours sous garantie',
    value: '3 % des ventes neuves',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
  },
  {
    figure: 'Marché du seconde main',
    value: '24 milliards USD',
    source: 'BCG & WatchBox « Luxury Preowned Watches: Your Time Has Come »',
    year: 2022,
    kind: 'sourced',
  },
  {
    figure: 'Montres de seconde main échangées',
    value: '4,8 millions par an (480 000 pour la Suisse)',
    source: 'Hypothèse (domain-data §7.1)',
    year: 2022,
    kind: 'assumed',
    note: '24 milliards USD / 5 000 USD par transaction (prix moyen supposé).',
  },
  {
    figure: 'Contrôle d’une montre de seconde main',
    value: '0,5 h par montre',
    source: 'Seed Lovetime (Cresus contrôle chaque montre avant revente)',
    year: 2013,
    kind: 'assumed',
    note:
      'Contrôle systématique sourcé, durée supposée ; les révisions à la revente sont déjà comptées ' +
      'dans les 10 %.',
  },
  {
    figure: 'Croissance du seconde main',
    value: '+10 %/an',
    source: 'BCG & WatchBox',
    year: 2023,
    kind: 'sourced',
    note: '≈ 10 %/an jusqu’en 2026 ; McKinsey 8–10 %.',
  },
  // Workforce
  {
    figure: 'Heures d’établi par ETP et par an',
    value: '1 370 h',
    source: 'Dérivé : AWT 1 712 h (CCT horlogère, OFS) × 0,80 (domain-data §7.1)',
    year: null,
    kind: 'assumed',
    note: 'AWT sourcée ; 20 % de temps hors établi supposés.',
  },
  {
    figure: 'Besoin en ateliers suisses (calcul de domain-data §7.2)',
    value: '≈ 2 365 ETP (2024) ; ≈ 2 400 ETP selon le modèle en 2026',
    source: 'Dérivé (domain-data §7.2)',
    year: 2024,
    kind: 'assumed',
  },
  {
    figure: 'Horlogers dans les ateliers SAV suisses',
    value: '2 200 ETP',
    source: 'Hypothèse (domain-data §7.2)',
    year: 2026,
    kind: 'assumed',
    note: 'Introuvable ; choisi pour partir près de l’équilibre (ratio WISN ≈ 0,92).',
  },
  {
    figure: 'Répartition par niveau',
    value: 'service 110 ; horloger 1 700 ; senior 390',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
    note: 'À peu près proportionnelle au travail de chaque niveau (≈ 5 % / 78 % / 17 % des heures en 2026).',
  },
  {
    figure: 'Part des 60–64 ans',
    value: '3,6 %',
    source: 'CP, enquête 2022 (cpih.ch) : 2 369 départs à la retraite en 5 ans',
    year: 2022,
    kind: 'sourced',
    note:
      'Dérivé : 2 369 / ≈ 65 000 employés = 3,6 % partent en 5 ans, soit la tranche 60–64. Le reste de la ' +
      'pyramide est supposé.',
  },
  {
    figure: 'Départs volontaires',
    value: '4 %/an (service 6 %, seniors 3 %)',
    source: 'Hypothèse (domain-data §7.2)',
    year: null,
    kind: 'assumed',
  },
  {
    figure: 'Embauches hors formation suisse (frontaliers, étranger)',
    value: '80 horlogers et 10 seniors par an ; le marché en offre au plus 30 (service), 100 et 15',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
    note: 'CP 2022 : 3 835 personnes à former ou recruter d’ici 2026 pour toute la branche.',
  },
  {
    figure: 'Coût employeur par ETP',
    value: 'service 72 000 ; horloger 88 000 ; senior 110 000 CHF/an',
    source: 'Hypothèse ; evenement.ch (minimum CFC 4 580 CHF/mois) ; fhs.swiss (médiane 5 170 CHF/mois)',
    year: 2022,
    kind: 'assumed',
    note: 'Salaires mensuels supposés × 13 × 1,15 de charges.',
  },
  {
    figure: 'Coût d’une embauche',
    value: '12 000 à 22 000 CHF',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
  },
  {
    figure: 'Âges d’entrée',
    value: 'CFC 20 ans ; académies 24 ; cours de service 25 ; embauches 30',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
  },
  // Training
  {
    figure: 'Nouveaux apprentis CFC d’horloger (rhabillage + industrie)',
    value: '108 par an',
    source: 'CP via goldor.ch',
    year: 2015,
    kind: 'sourced',
    note: 'Moyenne 2011–2015 (107,6 en 2006–2010 ; 103 en 2016).',
  },
  {
    figure: 'Durée du CFC',
    value: '4 ans',
    source: 'CFPT Horlogerie Genève (edu.ge.ch)',
    year: null,
    kind: 'sourced',
  },
  {
    figure: 'Réussite de l’apprentissage',
    value: '80 % (abandon 5,5 %/an)',
    source: 'OFS via arbeitgeber.ch (21–26 % de contrats résiliés)',
    year: 2020,
    kind: 'sourced',
  },
  {
    figure: 'Diplômés CFC entrant au SAV',
    value: '40 %',
    source: 'Hypothèse (domain-data §7.2)',
    year: null,
    kind: 'assumed',
    note: 'Les autres vont à la production.',
  },
  {
    figure: 'Part des apprentis en entreprise (dual)',
    value: '45 % → 70 h d’encadrement et 0,3 établi par apprenti',
    source: 'CP (part duale des nouveaux apprentis)',
    year: 2015,
    kind: 'sourced',
    note: 'Part sourcée ; heures d’encadrement et part d’établi supposées.',
  },
  {
    figure: 'Coût d’un apprenti CFC',
    value: '35 000 CHF/an',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
  },
  {
    figure: 'Académies de marques',
    value: '2 ans ; 24 admis par an',
    source: 'Patek Philippe New York (abc7ny.com) ; écoles Nicolas G. Hayek (watchpro.com)',
    year: 2021,
    kind: 'assumed',
    note:
      'Durée sourcée ; admissions supposées (Hayek ≈ 45 horlogers par an dans le monde, Patek 6 par ' +
      'volée).',
  },
  {
    figure: 'Réussite en académie',
    value: '85 %',
    source: 'Rolex Lititz Watch Technicum (wikisum)',
    year: 2017,
    kind: 'sourced',
  },
  {
    figure: 'Cours d’horloger de service client',
    value: '1 an (1 800 h) ; 30 admis par an',
    source: 'WOSTEP (wostep.ch)',
    year: null,
    kind: 'assumed',
    note: 'Durée sourcée ; admissions supposées.',
  },
  {
    figure: 'Coût du cours de service',
    value: '21 000 CHF par élève',
    source: 'WOSTEP (34 600 CHF le programme de 3 000 h)',
    year: null,
    kind: 'sourced',
    note: 'Dérivé au prorata : 34 600 × 1 800 / 3 000.',
  },
  {
    figure: 'Académies et cours de service : restent dans la branche, encadrement, coût',
    value: '90 % / 70 % ; 300 h / 0 h par élève ; académie 40 000 CHF par an',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
    note: 'Le cours de service se fait en école (pas d’établi ni d’encadrement pris aux ateliers).',
  },
  // Benches and service
  {
    figure: 'Établis',
    value: '3 200',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
    note: 'Aucune donnée ; choisi assez grand pour ne pas limiter la branche.',
  },
  {
    figure: 'Délai de base / délai cible',
    value: '6 / 8 semaines',
    source: 'Audemars Piguet, FAQ du service (42 jours) ; Patek Philippe (6 à 12 semaines)',
    year: null,
    kind: 'sourced',
  },
  {
    figure: 'Productivité d’un nouvel arrivant la première année',
    value: '50 %',
    source: 'Hypothèse (domain-data §7.1) ; Patek Philippe USA (« un ou deux ans »)',
    year: null,
    kind: 'assumed',
  },
  {
    figure: 'Travail abandonné / tolérance avant pénurie',
    value: '30 % par an / 2 % de la demande',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
  },
  // Scenarios
  {
    figure: 'Pré-owné fort : croissance du seconde main',
    value: '+12 %/an',
    source: 'LuxeConsult avec Morgan Stanley (watchanalytics.io)',
    year: 2025,
    kind: 'sourced',
    note: 'Prévision 2025–2033.',
  },
  {
    figure: 'Intake +50 % : admissions',
    value: 'CFC 162 ; académies 36 ; cours de service 45 par an dès 2027',
    source: 'Hypothèse ; RTS 2022 (Chopard devrait former 2 à 3 fois plus)',
    year: 2022,
    kind: 'assumed',
  },
]

export const filiereSuisse: SampleWorkspace = {
  key: 'filiere-suisse',
  name: 'Filière suisse (exemple)',
  description:
    'Les ateliers de service après-vente en Suisse pris ensemble (montres mécaniques) : environ ' +
    '2 200 horlogers, et les filières qui les alimentent (CFC d’horloger en 4 ans, académies de marques, cours ' +
    'de service). Pour une école qui dimensionne ses admissions. Exemple construit à partir de sources ' +
    'publiques ; les hypothèses sont signalées dans les sources.',
  baseName: 'Base',
  baseNote:
    'Admissions actuelles : 108 CFC par an (moyenne CP 2011–2015), 24 en académies, 30 au cours de service.',
  base,
  scenarios,
  sources,
}
