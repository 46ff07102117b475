// Sample workspace "Atelier Genève (exemple)": a fictional brand service centre of about 40 watchmakers.
import type { ModelInput, RosterEntry, Segment } from '../model/types'
import { preOwnedGrowthTapering, sharedService } from './market'
import { assumption, inFrench, row, src } from './sources'
import { mixOfTasks, type WatchTask } from './tasks'
import type { SampleScenario, SampleWorkspace, SampleSourceRow } from './types'

/** Scrap (watches leaving use) and new-sales growth: the installed base is their steady state (see below). */
const scrap = { quartz: 0.08, mechanical: 0.03 } as const
const growth = { quartz: -0.02, mechanical: 0.02 } as const

/**
 * New sales that keep an installed base in steady state: with IB[t+1] = IB (1 - s) + NS and NS growing
 * at g, the base grows at g too exactly when NS = IB (s + g). The base is the calibrated figure (it sets
 * the jobs received); new sales follow from it.
 */
function steadyNewSales(installedBase: number, scrapRate: number, g: number): number {
  return Math.round(installedBase * (scrapRate + g))
}

/** Tasks every watch goes through besides its bench job: reception (intake, estimate, return). */
const reception: WatchTask = { job: 'reception', perWatch: 1, hours: 0.5 }
/** Tasks that follow a full service: final control and timing (0.5 h, §7.1) and polishing on request. */
function afterService(fullServiceShare: number, polishShare: number): WatchTask[] {
  return [
    { job: 'final-control', perWatch: fullServiceShare, hours: 0.5 },
    { job: 'polishing', perWatch: fullServiceShare * polishShare, hours: 1.5 },
  ]
}

/** A resale certification (before a brand-certified resale): inspection, polishing, and a full service for 30 %. */
function certification(serviceJob: string): WatchTask[] {
  return [
    { job: 'certification', perWatch: 1, hours: 0.5 },
    { job: 'polishing', perWatch: 0.6, hours: 1.5 },
    { job: serviceJob, perWatch: 0.3, hours: serviceHours[serviceJob]! },
    { job: 'final-control', perWatch: 0.3, hours: 0.5 },
  ]
}

const serviceHours: Record<string, number> = {
  'quick-service': 0.3,
  'quartz-service': 1.5,
  'automatic-service': 4,
  'chronograph-service': 8,
  'complication-service': 20,
}

interface SegmentFigures {
  id: string
  installedBase: number
  mechanical: boolean
  preOwned: number
  serviceIntervalYears: number
  serviceUptake: number
  quickShare: number
  serviceJob: string
}

function segment(f: SegmentFigures): Segment {
  const s = f.mechanical ? scrap.mechanical : scrap.quartz
  const g = f.mechanical ? growth.mechanical : growth.quartz
  const fullShare = 1 - f.quickShare
  const owners = mixOfTasks([
    reception,
    { job: 'quick-service', perWatch: f.quickShare, hours: serviceHours['quick-service']! },
    { job: f.serviceJob, perWatch: fullShare, hours: serviceHours[f.serviceJob]! },
    ...afterService(fullShare, f.mechanical ? 0.3 : 0.1),
  ])
  const resale = mixOfTasks(certification(f.serviceJob))
  return {
    id: f.id,
    installedBase: f.installedBase,
    scrapRate: s,
    newSales: steadyNewSales(f.installedBase, s, g),
    newSalesGrowth: g,
    preOwned: f.preOwned,
    preOwnedGrowth: preOwnedGrowthTapering,
    serviceIntervalYears: f.serviceIntervalYears,
    serviceUptake: f.serviceUptake,
    warrantyClaimRate: 0.03,
    preOwnedServiceRate: 0.3,
    jobMix: owners.mix,
    hoursPerJob: owners.hours,
    resaleJobMix: resale.mix,
    resaleHoursPerJob: resale.hours,
    // The 30 % of certified watches that get a full service need no scheduled one for years.
    resaleReplacesService: 0.3,
  }
}

/** One roster entry per person (FTE 1 unless given). */
function people(grade: string, ages: number[], fte = 1): RosterEntry[] {
  return ages.map((age) => ({ grade, age, fte }))
}

const bench = { hoursPerFte: 1370, revenuePerHour: 150 } as const

/**
 * The base scenario. Figures come from ../shared/research/domain-data.md §2–§4 and §7 (a composite of
 * Patek Philippe USA, Patek Bangkok, Swatch Group Milan and Hublot USA); `sources` below says, figure by
 * figure, what is sourced and what is assumed.
 */
const base: ModelInput = {
  schemaVersion: 2,
  startYear: 2026,
  horizonYears: 15,
  retirementAge: 65,
  grades: [
    // Ordered junior -> senior: a watchmaker can take the counter, polish or time a watch; not the reverse.
    { id: 'reception', ...bench, attritionRate: 0.1, promotionRate: 0, salaryPerFte: 72000, hireCost: 8000 },
    { id: 'polisher', ...bench, attritionRate: 0.05, promotionRate: 0, salaryPerFte: 76000, hireCost: 10000 },
    { id: 'control', ...bench, attritionRate: 0.04, promotionRate: 0, salaryPerFte: 88000, hireCost: 15000 },
    // Four watchmaker levels, as Patek Philippe China's four technician levels: L1 quick service … L4 complications.
    {
      id: 'service',
      ...bench,
      attritionRate: 0.08,
      promotionRate: 0.1,
      salaryPerFte: 78000,
      hireCost: 12000,
    },
    {
      id: 'watchmaker',
      ...bench,
      attritionRate: 0.04,
      promotionRate: 0.07,
      salaryPerFte: 94000,
      hireCost: 19000,
    },
    {
      id: 'senior',
      ...bench,
      attritionRate: 0.03,
      promotionRate: 0.06,
      salaryPerFte: 115000,
      hireCost: 23000,
    },
    { id: 'master', ...bench, attritionRate: 0.02, promotionRate: 0, salaryPerFte: 140000, hireCost: 28000 },
  ],
  jobTypes: [
    { id: 'reception', grade: 'reception' },
    { id: 'polishing', grade: 'polisher' },
    { id: 'final-control', grade: 'control' },
    { id: 'certification', grade: 'control' },
    { id: 'quick-service', grade: 'service' },
    { id: 'quartz-service', grade: 'service' },
    { id: 'automatic-service', grade: 'watchmaker' },
    { id: 'chronograph-service', grade: 'senior' },
    { id: 'complication-service', grade: 'master' },
  ],
  segments: [
    segment({
      id: 'quartz',
      installedBase: 30600,
      mechanical: false,
      preOwned: 650,
      serviceIntervalYears: 2.5,
      serviceUptake: 0.25,
      quickShare: 0.6,
      serviceJob: 'quartz-service',
    }),
    segment({
      id: 'automatic',
      installedBase: 66600,
      mechanical: true,
      preOwned: 2200,
      serviceIntervalYears: 7,
      serviceUptake: 0.7,
      quickShare: 0.3,
      serviceJob: 'automatic-service',
    }),
    segment({
      id: 'chronograph',
      installedBase: 20200,
      mechanical: true,
      preOwned: 700,
      serviceIntervalYears: 7,
      serviceUptake: 0.7,
      quickShare: 0.3,
      serviceJob: 'chronograph-service',
    }),
    segment({
      id: 'complication',
      installedBase: 4400,
      mechanical: true,
      preOwned: 160,
      serviceIntervalYears: 7,
      serviceUptake: 0.7,
      quickShare: 0.2,
      serviceJob: 'complication-service',
    }),
  ],
  workforce: {
    // 36 qualified watchmakers, one entry per person (FTE 1, or 0.8 for the CCT's flexible reduction in the
    // last two years before retirement). Bands follow §7.3: <30: 7, 30–39: 11, 40–49: 8, 50–59: 7, 60–64: 3.
    // Then the staff §7.3 lists beside them: 6 at reception, 4 polishers, 3 in control and timing.
    roster: [
      ...people('service', [23, 26, 29, 34]),
      ...people('watchmaker', [25, 27, 28, 29, 31, 32, 33, 35, 36, 38, 41, 44, 47, 51, 55, 59]),
      ...people('senior', [34, 37, 39, 39, 42, 45, 48, 52, 56, 62]),
      ...people('master', [46, 49, 54, 58, 61]),
      ...people('master', [63], 0.8),
      ...people('reception', [24, 29, 33, 41, 47, 55]),
      ...people('polisher', [27, 38, 46, 57]),
      ...people('control', [36, 44, 58]),
    ],
    hireAge: 32,
    hires: {},
    marketLimit: { reception: 3, polisher: 1, control: 1, service: 3, watchmaker: 2, senior: 1, master: 0.5 },
    // Directors replace leavers from outside where no one inside moves up: reception, polishing, control
    // (most within the year: about six months to find someone). The watchmaker grades are refilled from
    // within: graduates of the workshop's own courses and promotions take the free posts.
    backfill: { reception: 1, polisher: 0.9, control: 0.9 },
    // When work is left undone, they also hire for half of last year's gap, within the market limits.
    gapHiring: { service: 0.5, watchmaker: 0.5, senior: 0.5, master: 0.5 },
    // The CCT's bridging pension one year before the reference age: half of those reaching 64 take it.
    retirementProfile: { '64': 0.5 },
  },
  training: [
    {
      id: 'apprenticeship',
      durationYears: 4,
      intake: 2,
      // Places: what its tutors and benches could take, so that a raised intake is not silently capped.
      maxIntake: 4,
      dropoutRate: 0.055,
      captureRate: 0.5,
      entryGrade: 'watchmaker',
      entryAge: 20,
      initialStudents: [2, 1, 1, 1],
      supervisionHoursPerStudent: 150,
      supervisorGrade: 'watchmaker',
      benchSharePerStudent: 0.5,
      costPerStudentYear: 22000,
    },
    {
      id: 'academy',
      durationYears: 2,
      intake: 2,
      maxIntake: 6,
      dropoutRate: 0.08,
      captureRate: 0.9,
      entryGrade: 'watchmaker',
      entryAge: 27,
      initialStudents: [2, 2],
      supervisionHoursPerStudent: 300,
      supervisorGrade: 'senior',
      benchSharePerStudent: 1,
      costPerStudentYear: 40000,
    },
    {
      id: 'service-course',
      durationYears: 1,
      intake: 1,
      maxIntake: 2,
      dropoutRate: 0.1,
      captureRate: 0.8,
      entryGrade: 'service',
      entryAge: 24,
      initialStudents: [1],
      supervisionHoursPerStudent: 100,
      supervisorGrade: 'watchmaker',
      benchSharePerStudent: 1,
      costPerStudentYear: 30000,
    },
  ],
  benches: {
    // 44 watchmakers' benches (40 + 10 % spare, §7.3), 4 polishing and 3 control stations, 6 counter places.
    initial: 57,
    shifts: 1,
    // The workshop grows with its trainees and graduates: benches follow, in three steps.
    expansions: [
      { year: 2027, benches: 8, costPerBench: 25000 },
      { year: 2030, benches: 8, costPerBench: 25000 },
      { year: 2034, benches: 10, costPerBench: 25000 },
    ],
  },
  service: {
    initialBacklogHours: 0,
    abandonRate: 0.3,
    baseTurnaroundWeeks: 6,
    targetTurnaroundWeeks: 8,
    ...sharedService(),
    outsourcing: {
      // Chopard has 50+ independent workshops doing ≈ 30 % of its volume: quick and quartz work and polishing
      // can go out; a brand keeps full services of its mechanical watches in house.
      polisher: { maxHours: 800, costPerHour: 110 },
      service: { maxHours: 1500, costPerHour: 120 },
    },
  },
}

const segmentIds = ['quartz', 'automatic', 'chronograph', 'complication'] as const
const mechanicalIds = ['automatic', 'chronograph', 'complication'] as const

/** The boom: +20 % in 2027–2028 (as in 2022), 12 %/yr to 2033 (LuxeConsult's forecast), then the same taper. */
const boomGrowth = 'year <= 2028 ? 0.2 : (year <= 2033 ? 0.12 : 0.03 + 0.09 * 0.7 ^ (year - 2033))'

const boomOverrides = segmentIds.map((id) => ({ path: `segments/${id}/preOwnedGrowth`, value: boomGrowth }))

/** Competition for watchmakers: voluntary departures doubled at the four watchmaker levels. */
const competitionOverrides = [
  { path: 'grades/service/attritionRate', value: 0.16 },
  { path: 'grades/watchmaker/attritionRate', value: 0.08 },
  { path: 'grades/senior/attritionRate', value: 0.06 },
  { path: 'grades/master/attritionRate', value: 0.04 },
]

const scenarios: SampleScenario[] = [
  {
    name: 'Boom du pré-owné',
    translations: {
      en: {
        name: 'Pre-owned boom',
        note: 'The pre-owned market grows by 20 %/yr in 2027–2028 (as in 2022), by 12 %/yr until 2033 (LuxeConsult forecast 2025–2033), then slows towards 3 %/yr like the base, instead of 10 %/yr until 2030.',
      },
      de: {
        name: 'Gebrauchtuhren-Boom',
        note: 'Der Gebrauchtmarkt wächst 2027–2028 um 20 %/Jahr (wie 2022), bis 2033 um 12 %/Jahr (Prognose LuxeConsult 2025–2033) und verlangsamt sich dann wie die Basis auf 3 %/Jahr, statt 10 %/Jahr bis 2030.',
      },
    },
    note:
      'Le marché de seconde main croît de 20 %/an en 2027–2028 (comme en 2022), de 12 %/an jusqu’en 2033 ' +
      '(prévision LuxeConsult 2025–2033), puis ralentit vers 3 %/an comme la base, au lieu de 10 %/an ' +
      'jusqu’en 2030.',
    overrides: boomOverrides,
  },
  {
    name: 'Récession 2027',
    translations: {
      en: {
        name: '2027 recession',
        note: 'New-watch sales fall by 20 % in 2027 (as exports did in 2020), recover by 10 % in 2028, then return to their trend (+2 %/yr, quartz −2 %/yr); owners postpone their services in 2027–2028 (service uptake 0.55 instead of 0.70).',
      },
      de: {
        name: 'Rezession 2027',
        note: 'Die Neuverkäufe fallen 2027 um 20 % (wie die Exporte 2020), erholen sich 2028 um 10 % und kehren dann zu ihrem Trend zurück (+2 %/Jahr, Quarz −2 %/Jahr); die Besitzer schieben ihre Revisionen 2027–2028 auf (Revisionsquote 0.55 statt 0.70).',
      },
    },
    note:
      'Les ventes neuves chutent de 20 % en 2027 (comme les exportations en 2020), reprennent de 10 % en ' +
      '2028, puis reviennent à leur tendance (+2 %/an, quartz −2 %/an) ; les propriétaires repoussent ' +
      'leurs révisions en 2027–2028 (taux de révision 0,55 au lieu de 0,70).',
    overrides: [
      ...segmentIds.map((id) => ({
        path: `segments/${id}/newSalesGrowth`,
        value: recessionGrowth(id === 'quartz' ? -0.02 : 0.02),
      })),
      ...mechanicalIds.map((id) => ({
        path: `segments/${id}/serviceUptake`,
        value: 'year == 2027 or year == 2028 ? 0.55 : 0.7',
      })),
    ],
  },
  {
    name: 'Concurrence pour les horlogers',
    translations: {
      en: {
        name: 'Competition for watchmakers',
        note: "The large manufactures are hiring (Rolex: 2'000 jobs in Bulle by 2029): voluntary leavers double at all four watchmaker levels (service 16 %, watchmaker 8 %, senior 6 %, master 4 %/yr).",
      },
      de: {
        name: 'Konkurrenz um Uhrmacher',
        note: "Die grossen Manufakturen stellen ein (Rolex: 2'000 Stellen in Bulle bis 2029): Die freiwilligen Abgänge verdoppeln sich auf allen vier Uhrmacherstufen (Service 16 %, Uhrmacher 8 %, Senior 6 %, Meister 4 %/Jahr).",
      },
    },
    note:
      'Les grandes manufactures recrutent (Rolex : 2 000 emplois à Bulle d’ici 2029) : les départs volontaires ' +
      'doublent aux quatre niveaux d’horlogers (service 16 %, horloger 8 %, senior 6 %, maître 4 %/an).',
    overrides: competitionOverrides,
  },
  {
    name: 'Concurrence + académie doublée',
    translations: {
      en: {
        name: 'Competition + doubled academy',
        note: 'Competition for watchmakers, and the in-house academy admits 4 trainees a year instead of 2 (6 places). Trainees take tutoring hours from seniors and bench places from the day they start; their graduates strengthen the workshop two years later.',
      },
      de: {
        name: 'Konkurrenz + verdoppelte Akademie',
        note: 'Die Konkurrenz um Uhrmacher, und die hauseigene Akademie nimmt 4 Lernende pro Jahr statt 2 auf (6 Plätze). Die Lernenden beanspruchen ab Eintritt Betreuungsstunden der Senioren und Werkbankplätze; ihre Absolventen verstärken die Werkstatt zwei Jahre später.',
      },
    },
    note:
      'La concurrence pour les horlogers, et l’académie interne accueille 4 élèves par an au lieu de 2 ' +
      '(6 places). Les élèves prennent des heures de tutorat aux seniors et des places à l’établi dès leur ' +
      'entrée ; leurs diplômés renforcent l’atelier deux ans plus tard.',
    overrides: [...competitionOverrides, { path: 'training/academy/intake', value: 4 }],
  },
]

/**
 * New-sales growth for the recession: −20 % in 2027, +10 % in 2028, `trend` in every other year. A formula
 * rather than a per-year list, so that the scenario stays valid when the base's horizon changes.
 */
function recessionGrowth(trend: number): string {
  return `year == 2027 ? -0.2 : (year == 2028 ? 0.1 : ${trend})`
}

const sourceTexts: SampleSourceRow[] = [
  // Working time and capacity
  row(
    'sourced',
    {
      fr: 'Temps de travail disponible par personne (AWT)',
      en: 'Available working time per person (AWT)',
      de: 'Verfügbare Arbeitszeit pro Person (AWT)',
    },
    { fr: '1 712 h/an', en: "1'712 h/yr", de: "1'712 h/Jahr" },
    `${src.cct} ; ${src.fsoHours}`,
    2014,
    {
      fr: 'Dérivé (domain-data §7.1) : (260 − 9 fériés − 25 vacances − 9 absences − 3 formation) jours × 8 h. Les 9 jours fériés sont supposés.',
      en: 'Derived (domain-data §7.1): (260 − 9 public holidays − 25 holidays − 9 absences − 3 training) days × 8 h. The 9 public holidays are assumed.',
      de: 'Abgeleitet (domain-data §7.1): (260 − 9 Feiertage − 25 Ferientage − 9 Absenzen − 3 Weiterbildung) Tage × 8 h. Die 9 Feiertage sind angenommen.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Heures productives par ETP et par an (hoursPerFte), tous métiers',
      en: 'Productive hours per FTE and year (hoursPerFte), all trades',
      de: 'Produktive Stunden pro VZÄ und Jahr (hoursPerFte), alle Berufe',
    },
    { fr: '1 370 h', en: "1'370 h", de: "1'370 h" },
    src.dol,
    null,
    {
      fr: 'AWT 1 712 h × 0,80 : part hors établi ou hors guichet (devis, pièces, administration) supposée de 20 %, entre le minimum de 15 % PF&D et « 6 heures sur 8 ».',
      en: "AWT 1'712 h × 0.80: a share away from the bench or the counter (quotes, parts, administration) assumed at 20 %, between the 15 % PF&D minimum and “6 hours out of 8”.",
      de: "AWT 1'712 h × 0.80: Anteil ausserhalb von Werkbank oder Schalter (Kostenvoranschläge, Teile, Administration) mit 20 % angenommen, zwischen dem PF&D-Minimum von 15 % und «6 von 8 Stunden».",
    },
  ),
  row(
    'sourced',
    {
      fr: 'Contrôle : heures d’établi par travail',
      en: 'Control: bench hours per job',
      de: 'Kontrolle: Werkbankstunden pro Auftrag',
    },
    {
      fr: '≈ 3,3 h d’horloger par travail en 2026',
      en: '≈ 3.3 watchmaker hours per job in 2026',
      de: '≈ 3.3 Uhrmacherstunden pro Auftrag im Jahr 2026',
    },
    src.patekUsa,
    2015,
    {
      fr: '≈ 10 000 travaux/an avec 19 à 31 horlogers → 2,6 à 4,2 h par travail à 1 370 h/ETP ; l’exemple tombe dans la fourchette.',
      en: "≈ 10'000 jobs/yr with 19 to 31 watchmakers → 2.6 to 4.2 h per job at 1'370 h/FTE; the sample falls within the range.",
      de: "≈ 10'000 Aufträge/Jahr mit 19 bis 31 Uhrmachern → 2.6 bis 4.2 h pro Auftrag bei 1'370 h/VZÄ; das Beispiel liegt in dieser Spanne.",
    },
  ),
  row(
    'assumed',
    {
      fr: 'Montée en puissance d’un arrivant (rampUp)',
      en: 'Ramp-up of a newcomer (rampUp)',
      de: 'Einarbeitung einer neuen Person (rampUp)',
    },
    {
      fr: '50 % la 1re année, 80 % la 2e',
      en: '50 % in the 1st year, 80 % in the 2nd',
      de: '50 % im 1. Jahr, 80 % im 2.',
    },
    src.patekUsa,
    2015,
    {
      fr: '« Un ou deux ans » pour rendre un diplômé productif (Patek USA) ; 50 / 80 / 100 % comme domain-data §7.1.',
      en: '“One or two years” to make a graduate productive (Patek USA); 50 / 80 / 100 % as in domain-data §7.1.',
      de: '«Ein oder zwei Jahre», bis ein Absolvent produktiv ist (Patek USA); 50 / 80 / 100 % wie domain-data §7.1.',
    },
  ),
  row(
    'sourced',
    {
      fr: 'Heures supplémentaires : flexibilité de la CCT',
      en: 'Overtime: flexibility under the collective agreement (CCT)',
      de: 'Überstunden: Flexibilität des GAV (CCT)',
    },
    {
      fr: '30 à 45 h/semaine, compensées sur l’année',
      en: '30 to 45 h/week, balanced over the year',
      de: '30 bis 45 h/Woche, über das Jahr ausgeglichen',
    },
    src.cct,
    2014,
  ),
  row(
    'assumed',
    {
      fr: 'Heures supplémentaires au plus (overtimeShare)',
      en: 'Overtime at most (overtimeShare)',
      de: 'Überstunden höchstens (overtimeShare)',
    },
    {
      fr: '5 % des heures de chaque métier',
      en: "5 % of each trade's hours",
      de: '5 % der Stunden jedes Berufs',
    },
    src.fsoHours,
    2012,
    {
      fr: 'OFS : 1 h 11 d’heures supplémentaires par semaine en moyenne (≈ 2,8 % de 41 h 47) ; 5 % (2 h par semaine) comme plafond d’un atelier en tension, dans la marge de la CCT.',
      en: 'FSO: 1 h 11 of overtime per week on average (≈ 2.8 % of 41 h 47); 5 % (2 h per week) as the ceiling of a workshop under strain, within the margin of the CCT.',
      de: 'BFS: durchschnittlich 1 h 11 Überstunden pro Woche (≈ 2.8 % von 41 h 47); 5 % (2 h pro Woche) als Obergrenze einer ausgelasteten Werkstatt, im Rahmen des GAV.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Supplément sur une heure supplémentaire',
      en: 'Premium on an overtime hour',
      de: 'Zuschlag auf eine Überstunde',
    },
    '25 %',
    assumption(),
    null,
    {
      fr: 'Supplément usuel en Suisse ; pas dans les notes de recherche.',
      en: 'Usual premium in Switzerland; not in the research notes.',
      de: 'In der Schweiz üblicher Zuschlag; nicht in den Recherchenotizen.',
    },
  ),
  row(
    'sourced',
    {
      fr: 'Sous-traitance : pratique des marques',
      en: 'Outsourcing: what brands do',
      de: 'Fremdvergabe: Praxis der Marken',
    },
    {
      fr: 'plus de 50 ateliers indépendants font ≈ 30 % du volume mondial de Chopard',
      en: "more than 50 independent workshops do ≈ 30 % of Chopard's worldwide volume",
      de: 'mehr als 50 unabhängige Werkstätten erledigen ≈ 30 % des weltweiten Volumens von Chopard',
    },
    src.chopard,
    null,
  ),
  row(
    'assumed',
    { fr: 'Sous-traitance au plus', en: 'Outsourcing at most', de: 'Fremdvergabe höchstens' },
    {
      fr: 'service rapide et quartz 1 500 h/an à 120 CHF/h ; polissage 800 h/an à 110 CHF/h',
      en: "quick service and quartz 1'500 h/yr at CHF 120/h; polishing 800 h/yr at CHF 110/h",
      de: "Schnellservice und Quarz 1'500 h/Jahr zu CHF 120/h; Polieren 800 h/Jahr zu CHF 110/h",
    },
    assumption(),
    null,
    {
      fr: 'Une marque garde chez elle les révisions de ses montres mécaniques ; travaux simples et polissage confiés à des ateliers agréés, un peu moins chers que l’heure facturée.',
      en: 'A brand keeps the servicing of its mechanical watches in-house; simple jobs and polishing go to approved workshops, a little cheaper than the hour it bills.',
      de: 'Eine Marke behält die Revision ihrer mechanischen Uhren im Haus; einfache Arbeiten und Polieren gehen an zugelassene Werkstätten, etwas günstiger als die verrechnete Stunde.',
    },
  ),
  // Workforce
  row(
    'sourced',
    { fr: 'Niveaux d’horlogers', en: 'Watchmaker levels', de: 'Uhrmacherstufen' },
    {
      fr: '4 (service rapide, horloger, senior, maître)',
      en: '4 (quick service, watchmaker, senior, master)',
      de: '4 (Schnellservice, Uhrmacher, Senior, Meister)',
    },
    src.patekChina,
    2018,
  ),
  row(
    'assumed',
    { fr: 'Horlogers qualifiés', en: 'Qualified watchmakers', de: 'Ausgebildete Uhrmacher' },
    { fr: '36 (35,8 ETP)', en: '36 (35.8 FTE)', de: '36 (35.8 VZÄ)' },
    `${src.patekUsa} ; ${src.swatchMilan}`,
    null,
    {
      fr: 'Composite fictif (domain-data §7.3) : Patek USA 19→31, Swatch Group Milan 30, Hublot USA ≈ 12 horlogers.',
      en: 'Fictional composite (domain-data §7.3): Patek USA 19→31, Swatch Group Milan 30, Hublot USA ≈ 12 watchmakers.',
      de: 'Fiktives Komposit (domain-data §7.3): Patek USA 19→31, Swatch Group Mailand 30, Hublot USA ≈ 12 Uhrmacher.',
    },
  ),
  row(
    'assumed',
    { fr: 'Répartition par niveau', en: 'Split by level', de: 'Aufteilung nach Stufe' },
    '4 / 16 / 10 / 6',
    assumption(),
    null,
    {
      fr: 'domain-data §7.3 propose 10 / 16 / 8 / 2, mais avec ses propres temps d’établi ce découpage laisse les complications (3 % des travaux à 20 h) à 2 maîtres pour ≈ 6 ETP de travail. Recoupé pour que chaque niveau couvre son travail.',
      en: 'domain-data §7.3 suggests 10 / 16 / 8 / 2, but with its own bench times that split leaves complications (3 % of jobs at 20 h) to 2 masters for ≈ 6 FTE of work. Re-cut so that each level covers its work.',
      de: 'domain-data §7.3 schlägt 10 / 16 / 8 / 2 vor, doch mit den eigenen Werkbankzeiten blieben die Komplikationen (3 % der Aufträge zu 20 h) bei 2 Meistern für ≈ 6 VZÄ Arbeit. Neu aufgeteilt, damit jede Stufe ihre Arbeit abdeckt.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Réception, devis et relation client',
      en: 'Reception, quotes and customer relations',
      de: 'Empfang, Kostenvoranschläge und Kundenbeziehung',
    },
    {
      fr: '6 personnes ; 0,5 h par montre reçue',
      en: '6 people; 0.5 h per watch received',
      de: '6 Personen; 0.5 h pro eingegangene Uhr',
    },
    src.lovetime,
    2013,
    {
      fr: 'domain-data §7.3 (6 personnes, supposé) ; le séminaire compte « horlogers et relation client SAV » parmi les experts. 0,5 h (accueil, devis, appel, restitution) supposée.',
      en: 'domain-data §7.3 (6 people, assumed); the seminar counts “watchmakers and after-sales customer relations” among the experts. 0.5 h (welcome, quote, call, hand-back) assumed.',
      de: 'domain-data §7.3 (6 Personen, angenommen); das Seminar zählt «Uhrmacher und Kundenbeziehung im Kundendienst» zu den Fachleuten. 0.5 h (Empfang, Kostenvoranschlag, Anruf, Rückgabe) angenommen.',
    },
  ),
  row(
    'assumed',
    { fr: 'Polisseurs', en: 'Polishers', de: 'Polierer' },
    {
      fr: '4 personnes ; 1,5 h par polissage',
      en: '4 people; 1.5 h per polishing',
      de: '4 Personen; 1.5 h pro Politur',
    },
    src.cp2015,
    null,
    {
      fr: 'Polisseur : un des métiers CFC/AFP de la CP. Effectif domain-data §7.3 (supposé) ; polissage sur 30 % des révisions mécaniques (10 % quartz) et 60 % des montres certifiées, supposés.',
      en: 'Polisher: one of the CFC/AFP trades of the CP. Headcount from domain-data §7.3 (assumed); polishing on 30 % of mechanical services (10 % quartz) and 60 % of certified watches, assumed.',
      de: 'Polierer: einer der EFZ/EBA-Berufe der CP. Bestand aus domain-data §7.3 (angenommen); Politur bei 30 % der mechanischen Revisionen (10 % Quarz) und 60 % der zertifizierten Uhren, angenommen.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Contrôle final et réglage',
      en: 'Final control and regulation',
      de: 'Endkontrolle und Regulierung',
    },
    {
      fr: '3 personnes ; 0,5 h par révision complète',
      en: '3 people; 0.5 h per full service',
      de: '3 Personen; 0.5 h pro Vollrevision',
    },
    `${src.watchmakingblog} ; ${src.orologio}`,
    2008,
    {
      fr: 'Effectif et durée de travail supposés (domain-data §7.1, §7.3) ; l’observation de 4 à 6 jours est du délai, pas du travail.',
      en: 'Headcount and working time assumed (domain-data §7.1, §7.3); the 4 to 6 days of observation are lead time, not work.',
      de: 'Bestand und Arbeitszeit angenommen (domain-data §7.1, §7.3); die 4 bis 6 Tage Beobachtung sind Durchlaufzeit, keine Arbeit.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Pyramide des âges (horlogers qualifiés)',
      en: 'Age pyramid (qualified watchmakers)',
      de: 'Alterspyramide (ausgebildete Uhrmacher)',
    },
    {
      fr: '<30 : 7 ; 30–39 : 11 ; 40–49 : 8 ; 50–59 : 7 ; 60–64 : 3',
      en: '<30: 7; 30–39: 11; 40–49: 8; 50–59: 7; 60–64: 3',
      de: '<30: 7; 30–39: 11; 40–49: 8; 50–59: 7; 60–64: 3',
    },
    assumption('domain-data §7.3'),
    null,
    {
      fr: 'Aucune donnée d’âge des horlogers suisses trouvée ; les maîtres sont placés dans les tranches les plus âgées.',
      en: 'No age data on Swiss watchmakers found; the masters are placed in the oldest bands.',
      de: 'Keine Altersdaten zu Schweizer Uhrmachern gefunden; die Meister stehen in den ältesten Gruppen.',
    },
  ),
  row(
    'sourced',
    {
      fr: 'Temps partiel avant la retraite',
      en: 'Part-time before retirement',
      de: 'Teilzeit vor der Pensionierung',
    },
    { fr: '0,8 ETP à 63 ans', en: '0.8 FTE at 63', de: '0.8 VZÄ mit 63' },
    src.unia,
    2012,
    {
      fr: 'Réduction flexible de 20 % ou 40 % dans les deux dernières années.',
      en: 'Flexible reduction of 20 % or 40 % in the last two years.',
      de: 'Flexible Reduktion um 20 % oder 40 % in den letzten zwei Jahren.',
    },
  ),
  row(
    'sourced',
    { fr: 'Rente-pont', en: 'Bridging pension', de: 'Überbrückungsrente' },
    {
      fr: 'un an avant l’âge de référence (CHF 30 000)',
      en: "one year before the reference age (CHF 30'000)",
      de: "ein Jahr vor dem Referenzalter (CHF 30'000)",
    },
    src.unia,
    2012,
  ),
  row(
    'assumed',
    { fr: 'Départs à la retraite', en: 'Retirements', de: 'Pensionierungen' },
    {
      fr: '65 ans ; la moitié part à 64 ans (rente-pont)',
      en: '65; half leave at 64 (bridging pension)',
      de: '65 Jahre; die Hälfte geht mit 64 (Überbrückungsrente)',
    },
    src.unia,
    2012,
    {
      fr: 'L’âge de 65 ans et la part qui prend la rente-pont sont supposés.',
      en: 'The age of 65 and the share taking the bridging pension are assumed.',
      de: 'Das Alter 65 und der Anteil mit Überbrückungsrente sind angenommen.',
    },
  ),
  row(
    'assumed',
    { fr: 'Départs volontaires', en: 'Voluntary leavers', de: 'Freiwillige Abgänge' },
    {
      fr: 'horlogers 4 %/an ; service 8 % ; seniors 3 % ; maîtres 2 % ; réception 10 % ; polisseurs 5 % ; contrôle 4 %',
      en: 'watchmakers 4 %/yr; service 8 %; seniors 3 %; masters 2 %; reception 10 %; polishers 5 %; control 4 %',
      de: 'Uhrmacher 4 %/Jahr; Service 8 %; Senior 3 %; Meister 2 %; Empfang 10 %; Polierer 5 %; Kontrolle 4 %',
    },
    assumption('domain-data §7.3'),
    null,
    {
      fr: 'Aucune source horlogère ; les postes de guichet tournent plus vite que ceux d’établi.',
      en: 'No watch-industry source; counter jobs turn over faster than bench jobs.',
      de: 'Keine Quelle aus der Uhrenbranche; Stellen am Schalter wechseln schneller als an der Werkbank.',
    },
  ),
  row(
    'assumed',
    { fr: 'Promotions par an', en: 'Promotions per year', de: 'Beförderungen pro Jahr' },
    {
      fr: 'service → horloger 10 % ; horloger → senior 7 % ; senior → maître 6 % ; aucune hors des horlogers',
      en: 'service → watchmaker 10 %; watchmaker → senior 7 %; senior → master 6 %; none outside the watchmakers',
      de: 'Service → Uhrmacher 10 %; Uhrmacher → Senior 7 %; Senior → Meister 6 %; keine ausserhalb der Uhrmacher',
    },
    src.europaStar2006,
    2006,
    {
      fr: '« Jusqu’à dix ans » pour devenir maître horloger ; taux supposés.',
      en: '“Up to ten years” to become a master watchmaker; rates assumed.',
      de: '«Bis zu zehn Jahre», um Uhrmachermeister zu werden; Raten angenommen.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Remplacement des départs (backfill)',
      en: 'Backfill of leavers (backfill)',
      de: 'Ersatz von Abgängen (backfill)',
    },
    {
      fr: 'réception 100 % ; polissage et contrôle 90 % ; horlogers 0 (relève interne)',
      en: 'reception 100 %; polishing and control 90 %; watchmakers 0 (internal succession)',
      de: 'Empfang 100 %; Politur und Kontrolle 90 %; Uhrmacher 0 (interner Nachwuchs)',
    },
    assumption(),
    null,
    {
      fr: 'Un directeur remplace de l’extérieur là où personne ne monte de l’intérieur ; ≈ 6 mois pour trouver quelqu’un (domain-data §7.3, supposé). Les postes d’horlogers sont repris par les diplômés de l’atelier et les promotions.',
      en: "A manager hires from outside where nobody moves up from inside; ≈ 6 months to find someone (domain-data §7.3, assumed). Watchmaker posts are filled by the workshop's graduates and by promotions.",
      de: 'Eine Leitung stellt extern ein, wo niemand intern nachrückt; ≈ 6 Monate für die Suche (domain-data §7.3, angenommen). Uhrmacherstellen werden durch Absolventen der Werkstatt und Beförderungen besetzt.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Embauche sur l’écart (gapHiring)',
      en: 'Hiring to the gap (gapHiring)',
      de: 'Einstellung nach Lücke (gapHiring)',
    },
    {
      fr: '50 % de l’écart de l’année précédente, aux quatre niveaux d’horlogers',
      en: "50 % of the previous year's gap, at the four watchmaker levels",
      de: '50 % der Lücke des Vorjahres, auf den vier Uhrmacherstufen',
    },
    assumption(),
    null,
    {
      fr: 'Réagit seulement quand du travail reste en attente ; borné par le marché.',
      en: 'Reacts only when work is left waiting; bounded by the market.',
      de: 'Reagiert nur, wenn Arbeit liegen bleibt; durch den Markt begrenzt.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Embauches possibles sur le marché',
      en: 'Hires available on the market',
      de: 'Auf dem Markt verfügbare Einstellungen',
    },
    {
      fr: 'service 3 ; horloger 2 ; senior 1 ; maître 0,5 ; réception 3 ; polisseur 1 ; contrôle 1 par an',
      en: 'service 3; watchmaker 2; senior 1; master 0.5; reception 3; polisher 1; control 1 per year',
      de: 'Service 3; Uhrmacher 2; Senior 1; Meister 0.5; Empfang 3; Polierer 1; Kontrolle 1 pro Jahr',
    },
    src.rfj2023,
    2023,
    {
      fr: 'La CP dit la croissance freinée par le manque de main-d’œuvre qualifiée ; Roger Dubuis (2007) : les candidatures couvrent « à peine 10 % des besoins ».',
      en: 'The CP says growth is held back by the lack of skilled labour; Roger Dubuis (2007): applications cover “barely 10 % of needs”.',
      de: 'Die CP sieht das Wachstum durch fehlende Fachkräfte gebremst; Roger Dubuis (2007): Bewerbungen decken «kaum 10 % des Bedarfs».',
    },
  ),
  row(
    'sourced',
    {
      fr: 'Salaire minimum CFC (CCT, Valais)',
      en: 'CFC minimum wage (CCT, Valais)',
      de: 'EFZ-Mindestlohn (GAV, Wallis)',
    },
    { fr: '4 580 CHF/mois', en: "CHF 4'580/month", de: "CHF 4'580/Monat" },
    src.cct,
    2022,
  ),
  row(
    'sourced',
    {
      fr: 'Salaire médian de l’horlogerie (référence CCT)',
      en: 'Median watch-industry wage (CCT reference)',
      de: 'Medianlohn der Uhrenindustrie (GAV-Referenz)',
    },
    { fr: '5 170 CHF/mois', en: "CHF 5'170/month", de: "CHF 5'170/Monat" },
    src.fhsWage,
    2011,
  ),
  row(
    'assumed',
    { fr: 'Coût employeur par ETP', en: 'Employer cost per FTE', de: 'Arbeitgeberkosten pro VZÄ' },
    {
      fr: 'réception 72 000 ; polisseur 76 000 ; contrôle 88 000 ; service 78 000 ; horloger 94 000 ; senior 115 000 ; maître 140 000 CHF/an',
      en: "reception 72'000; polisher 76'000; control 88'000; service 78'000; watchmaker 94'000; senior 115'000; master 140'000 CHF/yr",
      de: "Empfang 72'000; Polierer 76'000; Kontrolle 88'000; Service 78'000; Uhrmacher 94'000; Senior 115'000; Meister 140'000 CHF/Jahr",
    },
    assumption(),
    null,
    {
      fr: 'Salaires mensuels supposés (prime genevoise sur les références CCT) × 13 × 1,15 de charges.',
      en: 'Monthly wages assumed (Geneva premium on the CCT references) × 13 × 1.15 for social charges.',
      de: 'Monatslöhne angenommen (Genfer Zuschlag auf die GAV-Referenzen) × 13 × 1.15 Sozialabgaben.',
    },
  ),
  row(
    'assumed',
    { fr: 'Coût d’une embauche', en: 'Cost of a hire', de: 'Kosten einer Einstellung' },
    {
      fr: '8 000 à 28 000 CHF (10 à 20 % du coût annuel)',
      en: "CHF 8'000 to 28'000 (10 to 20 % of the yearly cost)",
      de: "CHF 8'000 bis 28'000 (10 bis 20 % der Jahreskosten)",
    },
    assumption(),
    null,
    {
      fr: 'Recrutement et ≈ 6 mois de recherche (domain-data §7.3, supposé).',
      en: 'Recruitment and ≈ 6 months of search (domain-data §7.3, assumed).',
      de: 'Rekrutierung und ≈ 6 Monate Suche (domain-data §7.3, angenommen).',
    },
  ),
  // Revenue
  row(
    'sourced',
    {
      fr: 'Prix d’une révision complète Omega en Suisse',
      en: 'Price of an Omega full service in Switzerland',
      de: 'Preis einer Omega-Vollrevision in der Schweiz',
    },
    'CHF 800',
    src.watson,
    2023,
  ),
  row(
    'assumed',
    {
      fr: 'Chiffre d’affaires par heure (revenuePerHour), tous métiers',
      en: 'Revenue per hour (revenuePerHour), all trades',
      de: 'Umsatz pro Stunde (revenuePerHour), alle Berufe',
    },
    { fr: '150 CHF/h', en: 'CHF 150/h', de: 'CHF 150/h' },
    src.watson,
    2023,
    {
      fr: 'Dérivé : CHF 800 pour une révision automatique de 4 h d’établi + 0,5 h de réception + 0,5 h de contrôle + 30 % × 1,5 h de polissage ≈ 5,45 h → ≈ 150 CHF/h. Recoupé : une complication (20 h + 1 h) ≈ 3 000 CHF, comme « quelques milliers d’USD » (SJX) ; hors pièces.',
      en: "Derived: CHF 800 for an automatic service of 4 bench hours + 0.5 h reception + 0.5 h control + 30 % × 1.5 h polishing ≈ 5.45 h → ≈ CHF 150/h. Cross-check: a complication (20 h + 1 h) ≈ CHF 3'000, like “a few thousand USD” (SJX); parts excluded.",
      de: "Abgeleitet: CHF 800 für eine Automatik-Revision mit 4 Werkbankstunden + 0.5 h Empfang + 0.5 h Kontrolle + 30 % × 1.5 h Politur ≈ 5.45 h → ≈ CHF 150/h. Gegenprobe: eine Komplikation (20 h + 1 h) ≈ CHF 3'000, wie «einige tausend USD» (SJX); ohne Teile.",
    },
  ),
  row(
    'sourced',
    {
      fr: 'Prix d’une révision de complication (recoupement)',
      en: 'Price of a complication service (cross-check)',
      de: 'Preis einer Komplikationsrevision (Gegenprobe)',
    },
    {
      fr: 'quelques milliers d’USD pour une montre à six chiffres',
      en: 'a few thousand USD for a six-figure watch',
      de: 'einige tausend USD für eine sechsstellige Uhr',
    },
    src.sjx,
    2018,
  ),
  // Demand
  row(
    'assumed',
    { fr: 'Travaux reçus en 2026', en: 'Jobs received in 2026', de: 'Eingegangene Aufträge 2026' },
    { fr: '≈ 13 100 montres', en: "≈ 13'100 watches", de: "≈ 13'100 Uhren" },
    {
      fr: 'Hypothèse (domain-data §7.3 : 14 000)',
      en: "Assumption (domain-data §7.3: 14'000)",
      de: "Annahme (domain-data §7.3: 14'000)",
    },
    2026,
    {
      fr: 'Parcs installés choisis pour que les horlogers démarrent à ≈ 92 % d’utilisation, comme §7.3.',
      en: 'Installed bases chosen so that the watchmakers start at ≈ 92 % utilisation, as in §7.3.',
      de: 'Uhrenbestände so gewählt, dass die Uhrmacher bei ≈ 92 % Auslastung beginnen, wie §7.3.',
    },
  ),
  row(
    'assumed',
    { fr: 'Tâches par montre', en: 'Tasks per watch', de: 'Arbeitsschritte pro Uhr' },
    {
      fr: 'réception 1 ; travail d’établi 1 ; contrôle final par révision complète ; polissage sur une partie des révisions',
      en: 'reception 1; bench job 1; final control per full service; polishing on part of the services',
      de: 'Empfang 1; Werkbankauftrag 1; Endkontrolle pro Vollrevision; Politur bei einem Teil der Revisionen',
    },
    assumption('domain-data §7.1'),
    null,
    {
      fr: 'Le moteur donne un seul type de travail par montre : l’exemple écrit les tâches par montre et en tire la répartition (part = tâches de ce type / tâches par montre) et les heures (heures × tâches par montre), pour que les heures par montre de chaque métier soient exactes (shared/sample/tasks.ts).',
      en: "The engine gives one job type per watch: the sample writes the tasks per watch and derives the mix from them (share = tasks of this type / tasks per watch) and the hours (hours × tasks per watch), so that each trade's hours per watch are exact (shared/sample/tasks.ts).",
      de: 'Das Modell kennt einen Auftragstyp pro Uhr: das Beispiel schreibt die Arbeitsschritte pro Uhr und leitet daraus die Aufteilung (Anteil = Schritte dieses Typs / Schritte pro Uhr) und die Stunden (Stunden × Schritte pro Uhr) ab, damit die Stunden pro Uhr jedes Berufs genau stimmen (shared/sample/tasks.ts).',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Répartition des travaux d’établi',
      en: 'Mix of bench jobs',
      de: 'Aufteilung der Werkbankaufträge',
    },
    {
      fr: 'service rapide 60 % du quartz, 30 % des mécaniques (20 % des complications) ; le reste en révision complète',
      en: 'quick service 60 % of quartz, 30 % of mechanical (20 % of complications); the rest as full services',
      de: 'Schnellservice 60 % bei Quarz, 30 % bei mechanischen Uhren (20 % bei Komplikationen); der Rest als Vollrevision',
    },
    {
      fr: 'Hypothèse (domain-data §7.3 : 35 / 10 / 40 / 12 / 3)',
      en: 'Assumption (domain-data §7.3: 35 / 10 / 40 / 12 / 3)',
      de: 'Annahme (domain-data §7.3: 35 / 10 / 40 / 12 / 3)',
    },
    2026,
  ),
  row(
    'assumed',
    {
      fr: 'Service rapide (pile, étanchéité, bracelet)',
      en: 'Quick service (battery, water resistance, strap)',
      de: 'Schnellservice (Batterie, Wasserdichtheit, Armband)',
    },
    { fr: '0,3 h', en: '0.3 h', de: '0.3 h' },
    src.patekMaintenance,
    null,
    {
      fr: 'Contrôle d’étanchéité « quelques minutes » ; aucun temps standard publié (domain-data §3.3).',
      en: 'Water-resistance test “a few minutes”; no standard time published (domain-data §3.3).',
      de: 'Dichtheitsprüfung «wenige Minuten»; keine Standardzeit veröffentlicht (domain-data §3.3).',
    },
  ),
  row(
    'assumed',
    { fr: 'Révision automatique', en: 'Automatic service', de: 'Automatik-Revision' },
    '4 h',
    `${src.patekSteps} ; ${src.watchmakingblog}`,
    null,
    {
      fr: '1–2 h de démontage seul ; environ une révision complète par jour chez un indépendant.',
      en: '1–2 h for disassembly alone; about one full service per day at an independent.',
      de: '1–2 h allein für das Zerlegen; etwa eine Vollrevision pro Tag bei einem Unabhängigen.',
    },
  ),
  row(
    'assumed',
    { fr: 'Révision chronographe', en: 'Chronograph service', de: 'Chronographen-Revision' },
    '8 h',
    src.bestwatch,
    null,
    {
      fr: '« Double ou triple le temps d’établi » → × 2.',
      en: '“Doubles or triples the bench time” → × 2.',
      de: '«Verdoppelt oder verdreifacht die Werkbankzeit» → × 2.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Révision quartz / complication',
      en: 'Quartz / complication service',
      de: 'Quarz- / Komplikationsrevision',
    },
    { fr: '1,5 h / 20 h', en: '1.5 h / 20 h', de: '1.5 h / 20 h' },
    assumption('domain-data §7.1'),
    null,
    {
      fr: 'Pour les complications, un minimum ; la fourchette réelle est bien plus large.',
      en: 'For complications, a minimum; the real range is much wider.',
      de: 'Für Komplikationen ein Minimum; die tatsächliche Spanne ist viel breiter.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Intervalle de révision, mécanique',
      en: 'Service interval, mechanical',
      de: 'Revisionsintervall, mechanisch',
    },
    { fr: '7 ans', en: '7 years', de: '7 Jahre' },
    src.intervals,
    null,
    {
      fr: 'Valeur médiane de la fourchette des marques (domain-data §7.1).',
      en: "Median of the brands' range (domain-data §7.1).",
      de: 'Median der Spanne der Marken (domain-data §7.1).',
    },
  ),
  row(
    'sourced',
    { fr: 'Intervalle, quartz (pile)', en: 'Interval, quartz (battery)', de: 'Intervall, Quarz (Batterie)' },
    { fr: '2,5 ans', en: '2.5 years', de: '2.5 Jahre' },
    src.patekMaintenance,
    null,
    { fr: 'Pile tous les 2 à 3 ans.', en: 'Battery every 2 to 3 years.', de: 'Batterie alle 2 bis 3 Jahre.' },
  ),
  row(
    'sourced',
    {
      fr: 'Taux de retour annuel au SAV de la marque',
      en: "Yearly return rate to the brand's after-sales service",
      de: 'Jährliche Rücklaufquote zum Kundendienst der Marke',
    },
    { fr: '≈ 10 % du parc', en: '≈ 10 % of the installed base', de: '≈ 10 % des Bestands' },
    src.fhh2008,
    2008,
  ),
  row(
    'assumed',
    {
      fr: 'Taux de révision, mécanique (serviceUptake)',
      en: 'Service uptake, mechanical (serviceUptake)',
      de: 'Revisionsquote, mechanisch (serviceUptake)',
    },
    { fr: '0,70', en: '0.70', de: '0.70' },
    src.fhh2008,
    2008,
    {
      fr: '0,60 des révisions dues faites dans le réseau agréé + réparations imprévues 1,5 %/an × 7 ans ; 0,70 / 7 = 10 %/an.',
      en: '0.60 of due services done in the approved network + unplanned repairs 1.5 %/yr × 7 years; 0.70 / 7 = 10 %/yr.',
      de: '0.60 der fälligen Revisionen im zugelassenen Netz + ungeplante Reparaturen 1.5 %/Jahr × 7 Jahre; 0.70 / 7 = 10 %/Jahr.',
    },
  ),
  row(
    'assumed',
    { fr: 'Taux de révision, quartz', en: 'Service uptake, quartz', de: 'Revisionsquote, Quarz' },
    {
      fr: '0,25 (soit 10 %/an sur 2,5 ans)',
      en: '0.25 (i.e. 10 %/yr over 2.5 years)',
      de: '0.25 (also 10 %/Jahr über 2.5 Jahre)',
    },
    src.fhh2008,
    2008,
    {
      fr: 'La plupart des piles sont changées hors du réseau de la marque.',
      en: "Most batteries are changed outside the brand's network.",
      de: 'Die meisten Batterien werden ausserhalb des Markennetzes gewechselt.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Sortie du parc (perte, casse)',
      en: 'Leaving the installed base (loss, breakage)',
      de: 'Abgang aus dem Bestand (Verlust, Bruch)',
    },
    { fr: '3 %/an (quartz 8 %)', en: '3 %/yr (quartz 8 %)', de: '3 %/Jahr (Quarz 8 %)' },
    assumption('domain-data §7.1'),
    null,
  ),
  row(
    'assumed',
    {
      fr: 'Parc installé servi par l’atelier',
      en: 'Installed base served by the workshop',
      de: 'Von der Werkstatt betreuter Bestand',
    },
    {
      fr: 'quartz 30 600 ; automatique 66 600 ; chronographe 20 200 ; complication 4 400',
      en: "quartz 30'600; automatic 66'600; chronograph 20'200; complication 4'400",
      de: "Quarz 30'600; Automatik 66'600; Chronograph 20'200; Komplikation 4'400",
    },
    assumption(),
    2026,
    {
      fr: 'Calé sur les travaux reçus ci-dessus (≈ 92 % d’utilisation des horlogers en 2026).',
      en: 'Set from the jobs received above (≈ 92 % watchmaker utilisation in 2026).',
      de: 'Auf die oben eingegangenen Aufträge abgestimmt (≈ 92 % Auslastung der Uhrmacher 2026).',
    },
  ),
  row(
    'assumed',
    { fr: 'Ventes neuves par an', en: 'New sales per year', de: 'Neuverkäufe pro Jahr' },
    {
      fr: 'quartz 1 836 ; automatique 3 330 ; chronographe 1 010 ; complication 220',
      en: "quartz 1'836; automatic 3'330; chronograph 1'010; complication 220",
      de: "Quarz 1'836; Automatik 3'330; Chronograph 1'010; Komplikation 220",
    },
    assumption(),
    2026,
    {
      fr: 'Dérivées du parc pour qu’il soit à l’équilibre de ses ventes et de ses sorties : NS = parc × (sortie + croissance), soit 20 ans de ventes pour les mécaniques (≈ 17 pour le quartz).',
      en: 'Derived from the installed base so that it balances its sales and its losses: NS = base × (loss + growth), i.e. 20 years of sales for mechanical watches (≈ 17 for quartz).',
      de: 'Aus dem Bestand abgeleitet, damit er mit Verkäufen und Abgängen im Gleichgewicht ist: NS = Bestand × (Abgang + Wachstum), also 20 Jahre Verkäufe bei mechanischen Uhren (≈ 17 bei Quarz).',
    },
  ),
  row(
    'sourced',
    { fr: 'Croissance des ventes neuves', en: 'Growth of new sales', de: 'Wachstum der Neuverkäufe' },
    { fr: '+2 %/an (quartz −2 %/an)', en: '+2 %/yr (quartz −2 %/yr)', de: '+2 %/Jahr (Quarz −2 %/Jahr)' },
    src.mckinsey,
    2021,
    {
      fr: 'Prévision +1 à 3 %/an pour le neuf ; le quartz recule (17 M de pièces en 2017, plus bas depuis 1984).',
      en: 'Forecast +1 to 3 %/yr for new watches; quartz is declining (17 M pieces in 2017, the lowest since 1984).',
      de: 'Prognose +1 bis 3 %/Jahr für Neuuhren; Quarz geht zurück (17 Mio. Stück 2017, tiefster Stand seit 1984).',
    },
  ),
  row(
    'assumed',
    { fr: 'Retours sous garantie', en: 'Warranty returns', de: 'Garantierückläufer' },
    { fr: '3 % des ventes neuves', en: '3 % of new sales', de: '3 % der Neuverkäufe' },
    src.fhh2008,
    2008,
    {
      fr: 'FHH : 5 % de retours ou moins avec un excellent contrôle qualité.',
      en: 'FHH: 5 % returns or less with excellent quality control.',
      de: 'FHH: 5 % Rückläufer oder weniger bei ausgezeichneter Qualitätskontrolle.',
    },
  ),
  row(
    'assumed',
    { fr: 'Transactions de seconde main', en: 'Pre-owned transactions', de: 'Gebrauchtuhren-Transaktionen' },
    {
      fr: 'quartz 650 ; automatique 2 200 ; chronographe 700 ; complication 160 par an',
      en: "quartz 650; automatic 2'200; chronograph 700; complication 160 per year",
      de: "Quarz 650; Automatik 2'200; Chronograph 700; Komplikation 160 pro Jahr",
    },
    src.mckinseyPress,
    2025,
    {
      fr: 'Le seconde main dépasse la moitié du marché neuf en 2025 (en valeur) ; transposé en nombre : ≈ 67 % des ventes neuves pour les mécaniques, ≈ 35 % pour le quartz.',
      en: 'Pre-owned exceeds half of the new market in 2025 (by value); translated into numbers: ≈ 67 % of new sales for mechanical watches, ≈ 35 % for quartz.',
      de: 'Der Gebrauchtmarkt übersteigt 2025 die Hälfte des Neumarkts (nach Wert); in Stückzahlen: ≈ 67 % der Neuverkäufe bei mechanischen Uhren, ≈ 35 % bei Quarz.',
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
      fr: 'BCG ≈ 10 %/an jusqu’en 2026 ; McKinsey 8–10 % ; LuxeConsult 12 %/an 2025–2033 : 10 % au milieu des trois.',
      en: 'BCG ≈ 10 %/yr until 2026; McKinsey 8–10 %; LuxeConsult 12 %/yr 2025–2033: 10 % in the middle of the three.',
      de: 'BCG ≈ 10 %/Jahr bis 2026; McKinsey 8–10 %; LuxeConsult 12 %/Jahr 2025–2033: 10 % in der Mitte der drei.',
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
      fr: '3 % + 7 % × 0,7^(année − 2030) : 7,9 % en 2031, 4,2 % en 2035, 3,2 % en 2040',
      en: '3 % + 7 % × 0.7^(year − 2030): 7.9 % in 2031, 4.2 % in 2035, 3.2 % in 2040',
      de: '3 % + 7 % × 0.7^(Jahr − 2030): 7.9 % im Jahr 2031, 4.2 % im Jahr 2035, 3.2 % im Jahr 2040',
    },
    src.deloitte2024,
    2024,
    {
      fr: 'Le marché s’est « normalisé » mais croît encore plus vite que le neuf (Deloitte) ; les montres d’occasion sortent du parc : la revente ne peut pas croître plus vite que le neuf indéfiniment. Vers +3 %/an, le haut de la croissance du neuf (McKinsey +1–3 %) ; 30 % de l’écart disparaît chaque année (supposé).',
      en: 'The market has “normalised” but still grows faster than new watches (Deloitte); pre-owned watches leave the installed base: resale cannot grow faster than new sales forever. Towards +3 %/yr, the top of new-watch growth (McKinsey +1–3 %); 30 % of the gap disappears each year (assumed).',
      de: 'Der Markt hat sich «normalisiert», wächst aber noch schneller als der Neumarkt (Deloitte); Gebrauchtuhren verlassen den Bestand: der Wiederverkauf kann nicht dauerhaft schneller wachsen als der Neuverkauf. Gegen +3 %/Jahr, das obere Ende des Neuwachstums (McKinsey +1–3 %); 30 % der Differenz verschwinden jedes Jahr (angenommen).',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Montres de seconde main qui passent par l’atelier',
      en: 'Pre-owned watches that go through the workshop',
      de: 'Gebrauchtuhren, die durch die Werkstatt gehen',
    },
    { fr: '30 % des transactions', en: '30 % of transactions', de: '30 % der Transaktionen' },
    src.lovetime,
    2013,
    {
      fr: 'Cresus contrôle chaque montre avant revente ; pour une marque, seules ses montres certifiées et celles que les acheteurs lui apportent (part supposée).',
      en: 'Cresus checks every watch before resale; for a brand, only its certified watches and those buyers bring in (share assumed).',
      de: 'Cresus prüft jede Uhr vor dem Wiederverkauf; bei einer Marke nur ihre zertifizierten Uhren und jene, die Käufer bringen (Anteil angenommen).',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Certification avant revente',
      en: 'Certification before resale',
      de: 'Zertifizierung vor dem Wiederverkauf',
    },
    {
      fr: 'contrôle 0,5 h pour toutes ; polissage 60 % ; révision complète 30 % (avec son contrôle final)',
      en: 'control 0.5 h for all; polishing 60 %; full service 30 % (with its final control)',
      de: 'Kontrolle 0.5 h für alle; Politur 60 %; Vollrevision 30 % (mit Endkontrolle)',
    },
    assumption('domain-data §7.1'),
    null,
    {
      fr: 'Contrôle systématique (Cresus) de 0,5 h et 30 % de révisions à la revente : domain-data §7.1 (supposés) ; part polie supposée.',
      en: 'Systematic control (Cresus) of 0.5 h and 30 % of services at resale: domain-data §7.1 (assumed); polished share assumed.',
      de: 'Systematische Kontrolle (Cresus) von 0.5 h und 30 % Revisionen beim Wiederverkauf: domain-data §7.1 (angenommen); polierter Anteil angenommen.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Révisions de revente qui remplacent une révision prévue',
      en: 'Resale services that replace a scheduled service',
      de: 'Wiederverkaufsrevisionen, die eine geplante Revision ersetzen',
    },
    '30 %',
    assumption(),
    null,
    {
      fr: 'Les montres révisées à la certification (30 %) n’ont pas besoin de leur révision prévue ; les autres seulement contrôlées, si.',
      en: 'Watches serviced at certification (30 %) do not need their scheduled service; the others, only checked, still do.',
      de: 'Bei der Zertifizierung revidierte Uhren (30 %) brauchen ihre geplante Revision nicht; die übrigen, nur geprüften, schon.',
    },
  ),
  // Training
  row(
    'sourced',
    {
      fr: 'Apprentissage CFC d’horloger (rhabillage)',
      en: 'CFC watchmaker apprenticeship (repair)',
      de: 'Lehre Uhrmacher/in EFZ (Rhabillage)',
    },
    { fr: '4 ans', en: '4 years', de: '4 Jahre' },
    src.cfpt,
    null,
  ),
  row(
    'sourced',
    { fr: 'Réussite de l’apprentissage', en: 'Apprenticeship success', de: 'Erfolgsquote der Lehre' },
    {
      fr: '80 % (abandon 5,5 %/an sur 4 ans)',
      en: '80 % (dropout 5.5 %/yr over 4 years)',
      de: '80 % (Abbruch 5.5 %/Jahr über 4 Jahre)',
    },
    src.ofsDropout,
    2020,
    {
      fr: '0,945⁴ ≈ 0,80 ; 21–26 % de contrats résiliés, la plupart la 1re année, beaucoup recommencent ailleurs.',
      en: '0.945⁴ ≈ 0.80; 21–26 % of contracts terminated, most in the 1st year, many start again elsewhere.',
      de: '0.945⁴ ≈ 0.80; 21–26 % der Lehrverträge aufgelöst, die meisten im 1. Jahr, viele beginnen anderswo neu.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Apprentis : admis par an, places, restant dans l’atelier, part d’établi',
      en: 'Apprentices: admitted per year, places, staying in the workshop, bench share',
      de: 'Lernende: Aufnahmen pro Jahr, Plätze, Verbleib in der Werkstatt, Werkbankanteil',
    },
    {
      fr: '2 ; 4 places ; 50 % ; 0,5 établi',
      en: '2; 4 places; 50 %; 0.5 bench',
      de: '2; 4 Plätze; 50 %; 0.5 Werkbank',
    },
    {
      fr: 'Hypothèse (domain-data §7.3 pour les 2 admis)',
      en: 'Assumption (domain-data §7.3 for the 2 admitted)',
      de: 'Annahme (domain-data §7.3 für die 2 Aufnahmen)',
    },
    null,
    {
      fr: 'Système dual : une partie de la semaine à l’école.',
      en: 'Dual system: part of the week at school.',
      de: 'Duales System: ein Teil der Woche in der Schule.',
    },
  ),
  row(
    'sourced',
    { fr: 'Académie interne', en: 'In-house academy', de: 'Interne Akademie' },
    {
      fr: '2 ans ; 2 élèves par an, 6 places',
      en: '2 years; 2 trainees per year, 6 places',
      de: '2 Jahre; 2 Lernende pro Jahr, 6 Plätze',
    },
    src.abc7,
    2015,
    {
      fr: 'Durée et volée de 6 sourcées ; l’admission de 2 par an est supposée (domain-data §7.3).',
      en: 'Duration and class of 6 sourced; the intake of 2 per year is assumed (domain-data §7.3).',
      de: 'Dauer und Klasse von 6 belegt; die Aufnahme von 2 pro Jahr ist angenommen (domain-data §7.3).',
    },
  ),
  row(
    'sourced',
    { fr: 'Réussite de l’académie', en: 'Academy success', de: 'Erfolgsquote der Akademie' },
    {
      fr: '85 % (abandon 8 %/an sur 2 ans)',
      en: '85 % (dropout 8 %/yr over 2 years)',
      de: '85 % (Abbruch 8 %/Jahr über 2 Jahre)',
    },
    src.lititz,
    2017,
  ),
  row(
    'assumed',
    {
      fr: 'Élèves restant dans l’atelier : académie / cours de service',
      en: 'Trainees staying in the workshop: academy / service course',
      de: 'In der Werkstatt bleibende Lernende: Akademie / Servicekurs',
    },
    {
      fr: '90 % / 80 % (réussite du cours de service 90 %)',
      en: '90 % / 80 % (service course success 90 %)',
      de: '90 % / 80 % (Erfolgsquote des Servicekurses 90 %)',
    },
    assumption(),
    null,
    {
      fr: 'Programmes internes : les élèves sont recrutés pour l’atelier.',
      en: 'In-house programmes: trainees are recruited for the workshop.',
      de: 'Interne Programme: die Lernenden werden für die Werkstatt rekrutiert.',
    },
  ),
  row(
    'assumed',
    { fr: 'Âges d’entrée', en: 'Entry ages', de: 'Eintrittsalter' },
    {
      fr: 'apprentis 20 ans ; académie 27 ; cours de service 24 ; embauches 32',
      en: 'apprentices 20; academy 27; service course 24; hires 32',
      de: 'Lernende 20; Akademie 27; Servicekurs 24; Einstellungen 32',
    },
    assumption(),
    null,
    {
      fr: 'Un CFC de 4 ans commencé vers 16 ans ; l’académie et le cours de service accueillent des adultes.',
      en: 'A 4-year CFC started at about 16; the academy and the service course take adults.',
      de: 'Ein 4-jähriges EFZ beginnt mit etwa 16; Akademie und Servicekurs nehmen Erwachsene auf.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Coût d’un élève d’académie',
      en: 'Cost of an academy trainee',
      de: 'Kosten eines Akademie-Lernenden',
    },
    { fr: '40 000 CHF/an', en: "CHF 40'000/yr", de: "CHF 40'000/Jahr" },
    `${src.wostep} ; ${src.rolexDallas}`,
    2024,
    {
      fr: 'WOSTEP 34 600 CHF le programme de 3 000 h (≈ 17 000 CHF/an) + ≈ 21 000 CHF d’indemnité (Rolex Dallas 1 800 USD/mois) + matériel.',
      en: "WOSTEP CHF 34'600 for the 3'000 h programme (≈ CHF 17'000/yr) + ≈ CHF 21'000 of allowance (Rolex Dallas USD 1'800/month) + materials.",
      de: "WOSTEP CHF 34'600 für das 3'000-h-Programm (≈ CHF 17'000/Jahr) + ≈ CHF 21'000 Entschädigung (Rolex Dallas USD 1'800/Monat) + Material.",
    },
  ),
  row(
    'sourced',
    {
      fr: 'Cours de service (horloger de service client)',
      en: 'Service course (customer-service watchmaker)',
      de: 'Servicekurs (Kundendienst-Uhrmacher/in)',
    },
    {
      fr: '1 an (1 800 h) ; 1 élève par an, 2 places',
      en: "1 year (1'800 h); 1 trainee per year, 2 places",
      de: "1 Jahr (1'800 h); 1 Lernende/r pro Jahr, 2 Plätze",
    },
    src.wostep,
    null,
    {
      fr: 'Durée sourcée ; admission et places supposées.',
      en: 'Duration sourced; intake and places assumed.',
      de: 'Dauer belegt; Aufnahme und Plätze angenommen.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Heures d’encadrement par élève',
      en: 'Tutoring hours per trainee',
      de: 'Betreuungsstunden pro Lernende/n',
    },
    {
      fr: 'apprenti 150 h ; académie 300 h ; cours de service 100 h par an',
      en: 'apprentice 150 h; academy 300 h; service course 100 h per year',
      de: 'Lernende 150 h; Akademie 300 h; Servicekurs 100 h pro Jahr',
    },
    assumption(),
    null,
  ),
  row(
    'assumed',
    {
      fr: 'Coût d’un apprenti / d’un élève du cours de service',
      en: 'Cost of an apprentice / of a service-course trainee',
      de: 'Kosten einer/eines Lernenden / Servicekurs-Teilnehmenden',
    },
    {
      fr: '22 000 / 30 000 CHF par an',
      en: "CHF 22'000 / 30'000 per year",
      de: "CHF 22'000 / 30'000 pro Jahr",
    },
    assumption(),
    null,
  ),
  // Benches and service
  row(
    'assumed',
    { fr: 'Postes de travail', en: 'Workstations', de: 'Arbeitsplätze' },
    {
      fr: '57 : 44 établis (40 + 10 %), 4 postes de polissage, 3 de contrôle, 6 guichets ; +8 en 2027, +8 en 2030, +10 en 2034',
      en: '57: 44 benches (40 + 10 %), 4 polishing stations, 3 control, 6 counters; +8 in 2027, +8 in 2030, +10 in 2034',
      de: '57: 44 Werkbänke (40 + 10 %), 4 Polierplätze, 3 Kontrollplätze, 6 Schalter; +8 im Jahr 2027, +8 im Jahr 2030, +10 im Jahr 2034',
    },
    assumption('domain-data §7.3'),
    2026,
    {
      fr: 'Extensions à 25 000 CHF par établi (supposé), au rythme de la croissance de l’effectif et des élèves.',
      en: "Expansions at CHF 25'000 per bench (assumed), in step with the growth of the staff and the trainees.",
      de: "Erweiterungen zu CHF 25'000 pro Werkbank (angenommen), im Takt des Wachstums von Bestand und Lernenden.",
    },
  ),
  row(
    'sourced',
    {
      fr: 'Délai de base d’une révision complète',
      en: 'Base turnaround of a full service',
      de: 'Basis-Durchlaufzeit einer Vollrevision',
    },
    { fr: '6 semaines', en: '6 weeks', de: '6 Wochen' },
    src.ap,
    null,
    {
      fr: '42 jours hors garantie.',
      en: '42 days outside warranty.',
      de: '42 Tage ausserhalb der Garantie.',
    },
  ),
  row(
    'sourced',
    { fr: 'Délai cible', en: 'Target turnaround', de: 'Ziel-Durchlaufzeit' },
    { fr: '8 semaines', en: '8 weeks', de: '8 Wochen' },
    src.patekTurnaround,
    null,
    {
      fr: 'Révision complète en 6 à 12 semaines.',
      en: 'Full service in 6 to 12 weeks.',
      de: 'Vollrevision in 6 bis 12 Wochen.',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Clients qui renoncent quand le travail attend',
      en: 'Customers who give up when work waits',
      de: 'Kundschaft, die bei wartender Arbeit verzichtet',
    },
    { fr: '30 % par an', en: '30 % per year', de: '30 % pro Jahr' },
    assumption(),
    null,
  ),
  row(
    'assumed',
    { fr: 'Tolérance avant pénurie', en: 'Tolerance before a shortage', de: 'Toleranz vor einem Engpass' },
    {
      fr: '2 % de la demande non servie',
      en: '2 % of demand unserved',
      de: '2 % der Nachfrage nicht bedient',
    },
    assumption(),
    null,
  ),
  // Scenarios
  row(
    'sourced',
    {
      fr: 'Boom du pré-owné : croissance 2027–2028',
      en: 'Pre-owned boom: growth 2027–2028',
      de: 'Gebrauchtuhren-Boom: Wachstum 2027–2028',
    },
    { fr: '+20 %/an', en: '+20 %/yr', de: '+20 %/Jahr' },
    src.luxeconsult,
    2022,
    {
      fr: 'Marché secondaire +20 % en 2022.',
      en: 'Secondary market +20 % in 2022.',
      de: 'Sekundärmarkt +20 % im Jahr 2022.',
    },
  ),
  row(
    'sourced',
    {
      fr: 'Boom du pré-owné : croissance 2029–2033',
      en: 'Pre-owned boom: growth 2029–2033',
      de: 'Gebrauchtuhren-Boom: Wachstum 2029–2033',
    },
    {
      fr: '+12 %/an, puis le ralentissement de la base',
      en: "+12 %/yr, then the base's slowdown",
      de: '+12 %/Jahr, danach die Abschwächung der Basis',
    },
    src.luxeconsult,
    2025,
    {
      fr: 'Prévision 12 %/an 2025–2033.',
      en: 'Forecast 12 %/yr 2025–2033.',
      de: 'Prognose 12 %/Jahr 2025–2033.',
    },
  ),
  row(
    'sourced',
    {
      fr: 'Récession 2027 : chute des ventes neuves',
      en: '2027 recession: new sales fall',
      de: 'Rezession 2027: Einbruch der Neuverkäufe',
    },
    {
      fr: '−20 % en 2027, +10 % en 2028',
      en: '−20 % in 2027, +10 % in 2028',
      de: '−20 % im Jahr 2027, +10 % im Jahr 2028',
    },
    src.fh2020,
    2020,
    {
      fr: 'Valeur des montres-bracelets exportées −21,4 % en 2020 ; le rebond de 10 % est supposé (2021 : +31 %).',
      en: 'Value of exported wristwatches −21.4 % in 2020; the 10 % rebound is assumed (2021: +31 %).',
      de: 'Wert der exportierten Armbanduhren −21.4 % im Jahr 2020; die Erholung um 10 % ist angenommen (2021: +31 %).',
    },
  ),
  row(
    'assumed',
    {
      fr: 'Récession 2027 : révisions repoussées',
      en: '2027 recession: services postponed',
      de: 'Rezession 2027: aufgeschobene Revisionen',
    },
    {
      fr: 'taux de révision 0,55 en 2027–2028',
      en: 'service uptake 0.55 in 2027–2028',
      de: 'Revisionsquote 0.55 in den Jahren 2027–2028',
    },
    assumption(),
    null,
  ),
  row(
    'assumed',
    {
      fr: 'Concurrence pour les horlogers : départs',
      en: 'Competition for watchmakers: leavers',
      de: 'Wettbewerb um Uhrmacher: Abgänge',
    },
    {
      fr: 'doublés (horloger 8 %/an)',
      en: 'doubled (watchmaker 8 %/yr)',
      de: 'verdoppelt (Uhrmacher 8 %/Jahr)',
    },
    `${src.rts2022} ; ${src.cp2022}`,
    2022,
    {
      fr: 'Rolex : 2 000 emplois à Bulle d’ici 2029 ; CP : 3 835 personnes à former ou recruter d’ici 2026. Le doublement est supposé.',
      en: "Rolex: 2'000 jobs in Bulle by 2029; CP: 3'835 people to train or recruit by 2026. The doubling is assumed.",
      de: "Rolex: 2'000 Stellen in Bulle bis 2029; CP: 3'835 Personen bis 2026 auszubilden oder zu rekrutieren. Die Verdoppelung ist angenommen.",
    },
  ),
  row(
    'assumed',
    { fr: 'Académie doublée', en: 'Academy doubled', de: 'Akademie verdoppelt' },
    {
      fr: '4 élèves par an (dans les 6 places)',
      en: '4 trainees per year (within the 6 places)',
      de: '4 Lernende pro Jahr (innerhalb der 6 Plätze)',
    },
    src.abc7,
    2015,
    {
      fr: 'Une volée de 6 à New York ; 4 par an supposés.',
      en: 'A class of 6 in New York; 4 per year assumed.',
      de: 'Eine Klasse von 6 in New York; 4 pro Jahr angenommen.',
    },
  ),
]

const names = {
  fr: 'Atelier Genève (exemple)',
  en: 'Geneva workshop (sample)',
  de: 'Werkstatt Genf (Beispiel)',
}

const descriptions = {
  fr:
    'Centre de service d’une marque à Genève : 36 horlogers qualifiés sur 4 niveaux, 10 élèves, 6 personnes à la ' +
    'réception, 4 polisseurs et 3 au contrôle ; quatre familles de montres, neuf et seconde main certifié. ' +
    'Exemple fictif composé à partir de sources publiques ; les hypothèses sont signalées dans les sources.',
  en:
    'A brand’s service centre in Geneva: 36 qualified watchmakers on 4 levels, 10 trainees, 6 at reception, ' +
    '4 polishers and 3 in control; four watch families, new and certified pre-owned. A fictional composite ' +
    'of public sources; assumptions are marked in the sources.',
  de:
    'Servicezentrum einer Marke in Genf: 36 ausgebildete Uhrmacher auf 4 Stufen, 10 Lernende, 6 am Empfang, ' +
    '4 Polierer und 3 in der Kontrolle; vier Uhrenfamilien, neu und zertifiziert gebraucht. Fiktives Beispiel ' +
    'aus öffentlichen Quellen; Annahmen sind in den Quellen gekennzeichnet.',
}

export const atelierGeneve: SampleWorkspace = {
  key: 'atelier-geneve',
  name: names.fr,
  description: descriptions.fr,
  names,
  descriptions,
  baseName: 'Base',
  baseTranslations: {
    en: {
      name: 'Base',
      note: 'Current plan: 2 CFC apprentices, 2 academy trainees and 1 service-course trainee admitted a year; leavers replaced at reception, polishing and control; half of the gap hired when work is waiting; at most 5 % overtime, and quick service and polishing subcontracted; 8 more benches in 2027, 8 in 2030 and 10 in 2034.',
    },
    de: {
      name: 'Basis',
      note: 'Aktueller Plan: 2 Lernende EFZ, 2 Akademie-Lernende und 1 Servicekurs-Lernender pro Jahr; Abgänge am Empfang, in der Politur und in der Kontrolle ersetzt; Einstellung der halben Lücke, wenn Arbeit wartet; höchstens 5 % Überstunden, Schnellservice und Politur ausgelagert; 8 Werkbänke mehr 2027, 8 im Jahr 2030 und 10 im Jahr 2034.',
    },
  },
  baseNote:
    'Plan actuel : 2 apprentis CFC, 2 élèves d’académie et 1 élève du cours de service admis par an ; départs ' +
    'remplacés à la réception, au polissage et au contrôle ; embauche de la moitié de l’écart quand du travail ' +
    'attend ; 5 % d’heures supplémentaires au plus et sous-traitance du service rapide et du polissage ; ' +
    '8 établis de plus en 2027, 8 en 2030 et 10 en 2034.',
  base,
  scenarios,
  sources: inFrench(sourceTexts),
  sourceTexts,
}
