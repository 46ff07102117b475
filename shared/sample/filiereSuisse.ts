// Sample workspace "Filière suisse (exemple)": all Swiss after-sales workshops, for a school sizing intake.
import type { ModelInput, RosterEntry } from '../model/types'
import { preOwnedGrowthTapering, sharedService } from './market'
import { row, src } from './sources'
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
    note:
      'Le marché de seconde main croît de 12 %/an jusqu’en 2033 (LuxeConsult 2025–2033), puis ralentit vers 3 %/an, ' +
      'au lieu de 10 %/an jusqu’en 2030.',
    overrides: (['automatic', 'chronograph', 'complication'] as const).map((id) => ({
      path: `segments/${id}/preOwnedGrowth`,
      value: 'year <= 2033 ? 0.12 : 0.03 + 0.09 * 0.7 ^ (year - 2033)',
    })),
  },
]

const sources: SourceRow[] = [
  // Demand
  row(
    'assumed',
    'Parc mondial de montres mécaniques suisses en service',
    '100 millions',
    `${src.wostepPieters} ; ${src.swisstimeMech}`,
    2024,
    'Ordre de grandeur (domain-data §7.2) : exportations mécaniques cumulées sur ≈ 25 ans avec 3 %/an de pertes ; WOSTEP « ≈ 100 M produites en 15 ans ».',
  ),
  row(
    'sourced',
    'Parc encore loin de son équilibre',
    'il croît ≈ 2,8 %/an',
    src.swisstimeMech,
    2014,
    'Les exportations mécaniques sont passées de 1,7 M (1987) et ≈ 3,6 M/an (2000–2008) à 8,13 M (2014) et ≈ 6–7 M (2017–2023) : le parc se remplit encore (équilibre 5,8 M / 3 % ≈ 190 M). C’est la raison pour laquelle il n’est pas pris à l’équilibre.',
  ),
  row(
    'sourced',
    'Part des travaux faits en Suisse',
    '10 %',
    src.chopard,
    null,
    'Chopard : ≈ 10 % des pièces révisées en Suisse ; une marque prise comme indicateur.',
  ),
  row('sourced', 'Montres-bracelets exportées', '15,3 millions', src.fh2024, 2024),
  row(
    'sourced',
    'Part mécanique des pièces exportées',
    '0,38 → 5,8 M de montres mécaniques par an',
    src.fh2022,
    2022,
    'Dérivé : 6,0 M mécaniques / 15,8 M (écarts 2022 publiés par la FH) ; appliqué à 2024.',
  ),
  row(
    'assumed',
    'Répartition mécanique : simple / chronographe / complication',
    '80 % / 15 % / 5 %',
    'Hypothèse (domain-data §7.1)',
    null,
  ),
  row(
    'assumed',
    'Croissance des ventes neuves',
    '0 %/an',
    `${src.fh2024} ; ${src.mckinsey}`,
    2025,
    '2024 −2,8 %, 2025 −1,7 % (FH) ; McKinsey +1 à 3 %/an : scénario médian de domain-data §7.2 (−2 / 0 / +3 %).',
  ),
  row('sourced', 'Taux de retour annuel', '≈ 10 % du parc', src.fhh2008, 2008),
  row(
    'assumed',
    'Intervalle et taux de révision',
    '7 ans ; 0,70 (soit 10 %/an)',
    `${src.intervals} ; ${src.fhh2008}`,
    null,
    'Intervalle médian des marques ; 0,60 de conformité + réparations, calé sur les 10 % de la FHH.',
  ),
  row('assumed', 'Sortie du parc', '3 %/an', 'Hypothèse (domain-data §7.1)', null),
  row(
    'sourced',
    'Temps moyen par travail',
    '3,0 h',
    src.patekUsa,
    2015,
    'Dérivé : ≈ 10 000 travaux/an avec 19 à 31 horlogers → 2,6 à 4,2 h par travail.',
  ),
  row(
    'assumed',
    'Travaux : service rapide / révision',
    '47 % à 0,3 h ; 53 % à 4 h (automatique), 8 h (chronographe), 20 h (complication)',
    'Hypothèse (domain-data §7.1)',
    null,
    'Part du service rapide choisie pour que la moyenne fasse 3,0 h par travail.',
  ),
  row('assumed', 'Retours sous garantie', '3 % des ventes neuves', src.fhh2008, 2008),
  row('sourced', 'Marché du seconde main', '24 milliards USD', src.bcg, 2022),
  row(
    'assumed',
    'Montres de seconde main échangées',
    '4,8 millions par an (480 000 pour la Suisse)',
    src.bcg,
    2022,
    '24 milliards USD / 5 000 USD par transaction (prix moyen supposé, domain-data §7.1).',
  ),
  row(
    'assumed',
    'Contrôle d’une montre de seconde main',
    '0,5 h par montre, par un horloger ; toutes contrôlées',
    src.lovetime,
    2013,
    'Contrôle systématique sourcé (Cresus), durée supposée ; les révisions à la revente sont déjà dans les 10 % (domain-data §7.2), donc rien n’est retranché des révisions prévues.',
  ),
  row(
    'sourced',
    'Croissance du seconde main jusqu’en 2030',
    '+10 %/an',
    `${src.bcg} ; ${src.mckinsey} ; ${src.luxeconsult}`,
    2023,
    'BCG ≈ 10 %/an jusqu’en 2026 ; McKinsey 8–10 % ; LuxeConsult 12 %/an 2025–2033.',
  ),
  row(
    'assumed',
    'Croissance du seconde main dès 2031',
    'vers +3 %/an (7,9 % en 2031, 3,2 % en 2040)',
    src.deloitte2024,
    2024,
    'Même série que l’atelier de Genève : le marché s’est « normalisé » ; la revente ne peut pas croître plus vite que le neuf indéfiniment.',
  ),
  // Workforce
  row(
    'assumed',
    'Heures d’établi par ETP et par an',
    '1 370 h',
    `${src.cct} ; ${src.dol}`,
    null,
    'AWT 1 712 h (CCT, OFS) × 0,80 : 20 % de temps hors établi supposés.',
  ),
  row(
    'assumed',
    'Besoin en ateliers suisses (calcul de domain-data §7.2)',
    '≈ 2 365 ETP (2024) ; ≈ 2 400 ETP selon le modèle en 2026',
    'Dérivé (domain-data §7.2)',
    2024,
  ),
  row(
    'assumed',
    'Horlogers dans les ateliers SAV suisses',
    '2 200 ETP',
    'Hypothèse (domain-data §7.2)',
    2026,
    'Introuvable ; choisi pour partir près de l’équilibre (ratio WISN ≈ 0,92).',
  ),
  row(
    'assumed',
    'Répartition par niveau',
    'service 110 ; horloger 1 700 ; senior 390',
    'Hypothèse',
    null,
    'À peu près proportionnelle au travail de chaque niveau.',
  ),
  row(
    'sourced',
    'Part des 60–64 ans',
    '3,6 %',
    src.cp2022Retire,
    2022,
    'Dérivé : 2 369 / ≈ 65 000 employés = 3,6 % partent en 5 ans, soit la tranche 60–64. Le reste de la pyramide est supposé.',
  ),
  row(
    'sourced',
    'Rente-pont',
    'un an avant l’âge de référence ; la moitié part à 64 ans',
    src.unia,
    2012,
    'La part qui part à 64 ans est supposée.',
  ),
  row(
    'assumed',
    'Départs de la branche',
    'horlogers 1,5 %/an ; service 3 % ; seniors 1 %',
    'Hypothèse',
    null,
    'À l’échelle de la branche, un horloger qui change d’atelier suisse n’est pas perdu : ne comptent que ceux qui quittent le métier ou la Suisse (pour une marque, 4 %/an). Aucune source.',
  ),
  row(
    'assumed',
    'Embauches hors formation suisse (frontaliers, étranger)',
    '80 horlogers et 10 seniors par an ; le marché en offre au plus 30 (service), 100 et 15',
    src.cp2022,
    2022,
    'CP 2022 : 3 835 personnes à former ou recruter d’ici 2026 pour toute la branche.',
  ),
  row(
    'assumed',
    'Coût employeur par ETP',
    'service 72 000 ; horloger 88 000 ; senior 110 000 CHF/an',
    `${src.cct} ; ${src.fhsWage}`,
    2022,
    'Minimum CFC 4 580 CHF/mois, médiane 5 170 ; salaires mensuels supposés × 13 × 1,15 de charges.',
  ),
  row('assumed', 'Coût d’une embauche', '12 000 à 22 000 CHF', 'Hypothèse', null),
  row(
    'assumed',
    'Âges d’entrée',
    'CFC 20 ans ; académies 24 ; cours de service 25 ; embauches 30',
    'Hypothèse',
    null,
  ),
  row(
    'assumed',
    'Chiffre d’affaires par heure',
    '150 CHF/h',
    src.watson,
    2023,
    'Comme l’atelier de Genève : CHF 800 la révision Omega ≈ 5,45 h de travail.',
  ),
  // Training
  row(
    'sourced',
    'Nouveaux apprentis CFC d’horloger (rhabillage + industrie)',
    '108 par an',
    src.goldor,
    2015,
    'Moyenne 2011–2015 (107,6 en 2006–2010 ; 103 en 2016).',
  ),
  row(
    'assumed',
    'Places de CFC d’horloger',
    '120 par an',
    `${src.places} ; ${src.goldor}`,
    2011,
    'Le Locle 36 places (≈ 130 candidats), Bienne 12 ; 6 à 7 écoles et les places duales des entreprises. Les écoles sont pleines (3 à 4 candidats par place au Locle) : 108 admis, 120 places supposées (toutes métiers de la CP : 400 à 490 nouveaux contrats par an).',
  ),
  row(
    'sourced',
    'Nouveaux contrats, tous métiers de la CP',
    '386 à 490 par an (2010–2016)',
    src.cp2015,
    2015,
  ),
  row('sourced', 'Durée du CFC', '4 ans', src.cfpt, null),
  row(
    'sourced',
    'Réussite de l’apprentissage',
    '80 % (abandon 5,5 %/an)',
    src.ofsDropout,
    2020,
    '21–26 % de contrats résiliés, beaucoup recommencent ailleurs.',
  ),
  row(
    'assumed',
    'Diplômés CFC entrant au SAV',
    '40 %',
    'Hypothèse (domain-data §7.2)',
    null,
    'Les autres vont à la production.',
  ),
  row(
    'sourced',
    'Part des apprentis en entreprise (dual)',
    '45 % → 70 h d’encadrement et 0,3 établi par apprenti',
    src.cp2015,
    2015,
    'Part sourcée ; heures d’encadrement et part d’établi supposées.',
  ),
  row('assumed', 'Coût d’un apprenti CFC', '35 000 CHF/an', 'Hypothèse', null),
  row(
    'assumed',
    'Académies de marques',
    '2 ans ; 24 admis par an ; 36 places',
    `${src.abc7} ; ${src.hayek}`,
    2021,
    'Durée sourcée ; admissions et places supposées (Hayek ≈ 45 horlogers par an dans le monde, Patek 6 par volée, Lititz 12 par classe).',
  ),
  row('sourced', 'Réussite en académie', '85 %', src.lititz, 2017),
  row(
    'assumed',
    'Cours d’horloger de service client',
    '1 an (1 800 h) ; 30 admis par an ; 40 places',
    src.wostep,
    null,
    'Durée sourcée ; admissions et places supposées.',
  ),
  row(
    'sourced',
    'Coût du cours de service',
    '21 000 CHF par élève',
    src.wostep,
    null,
    'Dérivé au prorata : 34 600 × 1 800 / 3 000.',
  ),
  row(
    'assumed',
    'Académies et cours de service : restent dans la branche, encadrement, coût',
    '90 % / 70 % ; 300 h / 0 h par élève ; académie 40 000 CHF par an',
    'Hypothèse',
    null,
    'Le cours de service se fait en école (pas d’établi ni d’encadrement pris aux ateliers).',
  ),
  // Benches and service
  row(
    'assumed',
    'Établis',
    '4 000',
    'Hypothèse',
    null,
    'Aucune donnée ; choisi assez grand pour ne pas limiter la branche (l’effectif croît jusqu’à ≈ 3 400).',
  ),
  row('sourced', 'Délai de base / délai cible', '6 / 8 semaines', `${src.ap} ; ${src.patekTurnaround}`, null),
  row(
    'assumed',
    'Montée en puissance d’un arrivant',
    '50 % la 1re année, 80 % la 2e',
    src.patekUsa,
    2015,
    '« Un ou deux ans » (Patek USA) ; domain-data §7.1.',
  ),
  row(
    'assumed',
    'Heures supplémentaires au plus',
    '5 % des heures',
    `${src.cct} ; ${src.fsoHours}`,
    2014,
    'OFS : 1 h 11 par semaine en moyenne ; CCT : 30 à 45 h par semaine.',
  ),
  row(
    'assumed',
    'Travail qui part chez les indépendants',
    '50 % du travail en attente par an',
    src.chopard,
    null,
    'À l’échelle de la branche, une montre qui attend part chez un indépendant (plus de 50 ateliers font ≈ 30 % du volume de Chopard) ; la part est supposée.',
  ),
  row('assumed', 'Tolérance avant pénurie', '2 % de la demande', 'Hypothèse', null),
  // Scenarios
  row(
    'sourced',
    'Pré-owné fort : croissance du seconde main',
    '+12 %/an jusqu’en 2033, puis vers 3 %/an',
    src.luxeconsult,
    2025,
    'Prévision 2025–2033.',
  ),
  row(
    'assumed',
    'Places +50 % : places et admissions',
    'CFC 180 places, 162 admis ; académies 54 / 36 ; cours de service 60 / 45 dès 2027',
    src.rts2022,
    2022,
    'Chopard devrait former 2 à 3 fois plus d’apprentis.',
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
  baseNote:
    'Admissions actuelles : 108 CFC par an (moyenne CP 2011–2015) pour 120 places, 24 en académies (36 places), ' +
    '30 au cours de service (40 places).',
  base,
  scenarios,
  sources,
}
