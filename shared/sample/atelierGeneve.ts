// Sample workspace "Atelier Genève (exemple)": a fictional brand service centre of about 40 watchmakers.
import type { ModelInput, RosterEntry, Segment } from '../model/types'
import { preOwnedGrowthTapering, sharedService } from './market'
import { row, src } from './sources'
import { mixOfTasks, type WatchTask } from './tasks'
import type { SampleScenario, SampleWorkspace, SourceRow } from './types'

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
    note:
      'Le marché de seconde main croît de 20 %/an en 2027–2028 (comme en 2022), de 12 %/an jusqu’en 2033 ' +
      '(prévision LuxeConsult 2025–2033), puis ralentit vers 3 %/an comme la base, au lieu de 10 %/an ' +
      'jusqu’en 2030.',
    overrides: boomOverrides,
  },
  {
    name: 'Récession 2027',
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
    note:
      'Les grandes manufactures recrutent (Rolex : 2 000 emplois à Bulle d’ici 2029) : les départs volontaires ' +
      'doublent aux quatre niveaux d’horlogers (service 16 %, horloger 8 %, senior 6 %, maître 4 %/an).',
    overrides: competitionOverrides,
  },
  {
    name: 'Concurrence + académie doublée',
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

const sources: SourceRow[] = [
  // Working time and capacity
  row(
    'sourced',
    'Temps de travail disponible par personne (AWT)',
    '1 712 h/an',
    `${src.cct} ; ${src.fsoHours}`,
    2014,
    'Dérivé (domain-data §7.1) : (260 − 9 fériés − 25 vacances − 9 absences − 3 formation) jours × 8 h. Les 9 jours fériés sont supposés.',
  ),
  row(
    'assumed',
    'Heures productives par ETP et par an (hoursPerFte), tous métiers',
    '1 370 h',
    src.dol,
    null,
    'AWT 1 712 h × 0,80 : part hors établi ou hors guichet (devis, pièces, administration) supposée de 20 %, entre le minimum de 15 % PF&D et « 6 heures sur 8 ».',
  ),
  row(
    'sourced',
    'Contrôle : heures d’établi par travail',
    '≈ 3,3 h d’horloger par travail en 2026',
    src.patekUsa,
    2015,
    '≈ 10 000 travaux/an avec 19 à 31 horlogers → 2,6 à 4,2 h par travail à 1 370 h/ETP ; l’exemple tombe dans la fourchette.',
  ),
  row(
    'assumed',
    'Montée en puissance d’un arrivant (rampUp)',
    '50 % la 1re année, 80 % la 2e',
    src.patekUsa,
    2015,
    '« Un ou deux ans » pour rendre un diplômé productif (Patek USA) ; 50 / 80 / 100 % comme domain-data §7.1.',
  ),
  row(
    'sourced',
    'Heures supplémentaires : flexibilité de la CCT',
    '30 à 45 h/semaine, compensées sur l’année',
    src.cct,
    2014,
  ),
  row(
    'assumed',
    'Heures supplémentaires au plus (overtimeShare)',
    '5 % des heures de chaque métier',
    src.fsoHours,
    2012,
    'OFS : 1 h 11 d’heures supplémentaires par semaine en moyenne (≈ 2,8 % de 41 h 47) ; 5 % (2 h par semaine) comme plafond d’un atelier en tension, dans la marge de la CCT.',
  ),
  row(
    'assumed',
    'Supplément sur une heure supplémentaire',
    '25 %',
    'Hypothèse',
    null,
    'Supplément usuel en Suisse ; pas dans les notes de recherche.',
  ),
  row(
    'sourced',
    'Sous-traitance : pratique des marques',
    'plus de 50 ateliers indépendants font ≈ 30 % du volume mondial de Chopard',
    src.chopard,
    null,
  ),
  row(
    'assumed',
    'Sous-traitance au plus',
    'service rapide et quartz 1 500 h/an à 120 CHF/h ; polissage 800 h/an à 110 CHF/h',
    'Hypothèse',
    null,
    'Une marque garde chez elle les révisions de ses montres mécaniques ; travaux simples et polissage confiés à des ateliers agréés, un peu moins chers que l’heure facturée.',
  ),
  // Workforce
  row('sourced', 'Niveaux d’horlogers', '4 (service rapide, horloger, senior, maître)', src.patekChina, 2018),
  row(
    'assumed',
    'Horlogers qualifiés',
    '36 (35,8 ETP)',
    `${src.patekUsa} ; ${src.swatchMilan}`,
    null,
    'Composite fictif (domain-data §7.3) : Patek USA 19→31, Swatch Group Milan 30, Hublot USA ≈ 12 horlogers.',
  ),
  row(
    'assumed',
    'Répartition par niveau',
    '4 / 16 / 10 / 6',
    'Hypothèse',
    null,
    'domain-data §7.3 propose 10 / 16 / 8 / 2, mais avec ses propres temps d’établi ce découpage laisse les complications (3 % des travaux à 20 h) à 2 maîtres pour ≈ 6 ETP de travail. Recoupé pour que chaque niveau couvre son travail.',
  ),
  row(
    'assumed',
    'Réception, devis et relation client',
    '6 personnes ; 0,5 h par montre reçue',
    src.lovetime,
    2013,
    'domain-data §7.3 (6 personnes, supposé) ; le séminaire compte « horlogers et relation client SAV » parmi les experts. 0,5 h (accueil, devis, appel, restitution) supposée.',
  ),
  row(
    'assumed',
    'Polisseurs',
    '4 personnes ; 1,5 h par polissage',
    src.cp2015,
    null,
    'Polisseur : un des métiers CFC/AFP de la CP. Effectif domain-data §7.3 (supposé) ; polissage sur 30 % des révisions mécaniques (10 % quartz) et 60 % des montres certifiées, supposés.',
  ),
  row(
    'assumed',
    'Contrôle final et réglage',
    '3 personnes ; 0,5 h par révision complète',
    `${src.watchmakingblog} ; ${src.orologio}`,
    2008,
    'Effectif et durée de travail supposés (domain-data §7.1, §7.3) ; l’observation de 4 à 6 jours est du délai, pas du travail.',
  ),
  row(
    'assumed',
    'Pyramide des âges (horlogers qualifiés)',
    '<30 : 7 ; 30–39 : 11 ; 40–49 : 8 ; 50–59 : 7 ; 60–64 : 3',
    'Hypothèse (domain-data §7.3)',
    null,
    'Aucune donnée d’âge des horlogers suisses trouvée ; les maîtres sont placés dans les tranches les plus âgées.',
  ),
  row(
    'sourced',
    'Temps partiel avant la retraite',
    '0,8 ETP à 63 ans',
    src.unia,
    2012,
    'Réduction flexible de 20 % ou 40 % dans les deux dernières années.',
  ),
  row('sourced', 'Rente-pont', 'un an avant l’âge de référence (CHF 30 000)', src.unia, 2012),
  row(
    'assumed',
    'Départs à la retraite',
    '65 ans ; la moitié part à 64 ans (rente-pont)',
    src.unia,
    2012,
    'L’âge de 65 ans et la part qui prend la rente-pont sont supposés.',
  ),
  row(
    'assumed',
    'Départs volontaires',
    'horlogers 4 %/an ; service 8 % ; seniors 3 % ; maîtres 2 % ; réception 10 % ; polisseurs 5 % ; contrôle 4 %',
    'Hypothèse (domain-data §7.3)',
    null,
    'Aucune source horlogère ; les postes de guichet tournent plus vite que ceux d’établi.',
  ),
  row(
    'assumed',
    'Promotions par an',
    'service → horloger 10 % ; horloger → senior 7 % ; senior → maître 6 % ; aucune hors des horlogers',
    src.europaStar2006,
    2006,
    '« Jusqu’à dix ans » pour devenir maître horloger ; taux supposés.',
  ),
  row(
    'assumed',
    'Remplacement des départs (backfill)',
    'réception 100 % ; polissage et contrôle 90 % ; horlogers 0 (relève interne)',
    'Hypothèse',
    null,
    'Un directeur remplace de l’extérieur là où personne ne monte de l’intérieur ; ≈ 6 mois pour trouver quelqu’un (domain-data §7.3, supposé). Les postes d’horlogers sont repris par les diplômés de l’atelier et les promotions.',
  ),
  row(
    'assumed',
    'Embauche sur l’écart (gapHiring)',
    '50 % de l’écart de l’année précédente, aux quatre niveaux d’horlogers',
    'Hypothèse',
    null,
    'Réagit seulement quand du travail reste en attente ; borné par le marché.',
  ),
  row(
    'assumed',
    'Embauches possibles sur le marché',
    'service 3 ; horloger 2 ; senior 1 ; maître 0,5 ; réception 3 ; polisseur 1 ; contrôle 1 par an',
    src.rfj2023,
    2023,
    'La CP dit la croissance freinée par le manque de main-d’œuvre qualifiée ; Roger Dubuis (2007) : les candidatures couvrent « à peine 10 % des besoins ».',
  ),
  row('sourced', 'Salaire minimum CFC (CCT, Valais)', '4 580 CHF/mois', src.cct, 2022),
  row('sourced', 'Salaire médian de l’horlogerie (référence CCT)', '5 170 CHF/mois', src.fhsWage, 2011),
  row(
    'assumed',
    'Coût employeur par ETP',
    'réception 72 000 ; polisseur 76 000 ; contrôle 88 000 ; service 78 000 ; horloger 94 000 ; senior 115 000 ; maître 140 000 CHF/an',
    'Hypothèse',
    null,
    'Salaires mensuels supposés (prime genevoise sur les références CCT) × 13 × 1,15 de charges.',
  ),
  row(
    'assumed',
    'Coût d’une embauche',
    '8 000 à 28 000 CHF (10 à 20 % du coût annuel)',
    'Hypothèse',
    null,
    'Recrutement et ≈ 6 mois de recherche (domain-data §7.3, supposé).',
  ),
  // Revenue
  row('sourced', 'Prix d’une révision complète Omega en Suisse', 'CHF 800', src.watson, 2023),
  row(
    'assumed',
    'Chiffre d’affaires par heure (revenuePerHour), tous métiers',
    '150 CHF/h',
    src.watson,
    2023,
    'Dérivé : CHF 800 pour une révision automatique de 4 h d’établi + 0,5 h de réception + 0,5 h de contrôle + 30 % × 1,5 h de polissage ≈ 5,45 h → ≈ 150 CHF/h. Recoupé : une complication (20 h + 1 h) ≈ 3 000 CHF, comme « quelques milliers d’USD » (SJX) ; hors pièces.',
  ),
  row(
    'sourced',
    'Prix d’une révision de complication (recoupement)',
    'quelques milliers d’USD pour une montre à six chiffres',
    src.sjx,
    2018,
  ),
  // Demand
  row(
    'assumed',
    'Travaux reçus en 2026',
    '≈ 13 100 montres',
    'Hypothèse (domain-data §7.3 : 14 000)',
    2026,
    'Parcs installés choisis pour que les horlogers démarrent à ≈ 92 % d’utilisation, comme §7.3.',
  ),
  row(
    'assumed',
    'Tâches par montre',
    'réception 1 ; travail d’établi 1 ; contrôle final par révision complète ; polissage sur une partie des révisions',
    'Hypothèse (domain-data §7.1)',
    null,
    'Le moteur donne un seul type de travail par montre : l’exemple écrit les tâches par montre et en tire la répartition (part = tâches de ce type / tâches par montre) et les heures (heures × tâches par montre), pour que les heures par montre de chaque métier soient exactes (shared/sample/tasks.ts).',
  ),
  row(
    'assumed',
    'Répartition des travaux d’établi',
    'service rapide 60 % du quartz, 30 % des mécaniques (20 % des complications) ; le reste en révision complète',
    'Hypothèse (domain-data §7.3 : 35 / 10 / 40 / 12 / 3)',
    2026,
  ),
  row(
    'assumed',
    'Service rapide (pile, étanchéité, bracelet)',
    '0,3 h',
    src.patekMaintenance,
    null,
    'Contrôle d’étanchéité « quelques minutes » ; aucun temps standard publié (domain-data §3.3).',
  ),
  row(
    'assumed',
    'Révision automatique',
    '4 h',
    `${src.patekSteps} ; ${src.watchmakingblog}`,
    null,
    '1–2 h de démontage seul ; environ une révision complète par jour chez un indépendant.',
  ),
  row(
    'assumed',
    'Révision chronographe',
    '8 h',
    src.bestwatch,
    null,
    '« Double ou triple le temps d’établi » → × 2.',
  ),
  row(
    'assumed',
    'Révision quartz / complication',
    '1,5 h / 20 h',
    'Hypothèse (domain-data §7.1)',
    null,
    'Pour les complications, un minimum ; la fourchette réelle est bien plus large.',
  ),
  row(
    'assumed',
    'Intervalle de révision, mécanique',
    '7 ans',
    src.intervals,
    null,
    'Valeur médiane de la fourchette des marques (domain-data §7.1).',
  ),
  row(
    'sourced',
    'Intervalle, quartz (pile)',
    '2,5 ans',
    src.patekMaintenance,
    null,
    'Pile tous les 2 à 3 ans.',
  ),
  row('sourced', 'Taux de retour annuel au SAV de la marque', '≈ 10 % du parc', src.fhh2008, 2008),
  row(
    'assumed',
    'Taux de révision, mécanique (serviceUptake)',
    '0,70',
    src.fhh2008,
    2008,
    '0,60 des révisions dues faites dans le réseau agréé + réparations imprévues 1,5 %/an × 7 ans ; 0,70 / 7 = 10 %/an.',
  ),
  row(
    'assumed',
    'Taux de révision, quartz',
    '0,25 (soit 10 %/an sur 2,5 ans)',
    src.fhh2008,
    2008,
    'La plupart des piles sont changées hors du réseau de la marque.',
  ),
  row(
    'assumed',
    'Sortie du parc (perte, casse)',
    '3 %/an (quartz 8 %)',
    'Hypothèse (domain-data §7.1)',
    null,
  ),
  row(
    'assumed',
    'Parc installé servi par l’atelier',
    'quartz 30 600 ; automatique 66 600 ; chronographe 20 200 ; complication 4 400',
    'Hypothèse',
    2026,
    'Calé sur les travaux reçus ci-dessus (≈ 92 % d’utilisation des horlogers en 2026).',
  ),
  row(
    'assumed',
    'Ventes neuves par an',
    'quartz 1 836 ; automatique 3 330 ; chronographe 1 010 ; complication 220',
    'Hypothèse',
    2026,
    'Dérivées du parc pour qu’il soit à l’équilibre de ses ventes et de ses sorties : NS = parc × (sortie + croissance), soit 20 ans de ventes pour les mécaniques (≈ 17 pour le quartz).',
  ),
  row(
    'sourced',
    'Croissance des ventes neuves',
    '+2 %/an (quartz −2 %/an)',
    src.mckinsey,
    2021,
    'Prévision +1 à 3 %/an pour le neuf ; le quartz recule (17 M de pièces en 2017, plus bas depuis 1984).',
  ),
  row(
    'assumed',
    'Retours sous garantie',
    '3 % des ventes neuves',
    src.fhh2008,
    2008,
    'FHH : 5 % de retours ou moins avec un excellent contrôle qualité.',
  ),
  row(
    'assumed',
    'Transactions de seconde main',
    'quartz 650 ; automatique 2 200 ; chronographe 700 ; complication 160 par an',
    src.mckinseyPress,
    2025,
    'Le seconde main dépasse la moitié du marché neuf en 2025 (en valeur) ; transposé en nombre : ≈ 67 % des ventes neuves pour les mécaniques, ≈ 35 % pour le quartz.',
  ),
  row(
    'sourced',
    'Croissance du seconde main jusqu’en 2030',
    '+10 %/an',
    `${src.bcg} ; ${src.mckinsey} ; ${src.luxeconsult}`,
    2023,
    'BCG ≈ 10 %/an jusqu’en 2026 ; McKinsey 8–10 % ; LuxeConsult 12 %/an 2025–2033 : 10 % au milieu des trois.',
  ),
  row(
    'assumed',
    'Croissance du seconde main dès 2031',
    '3 % + 7 % × 0,7^(année − 2030) : 7,9 % en 2031, 4,2 % en 2035, 3,2 % en 2040',
    src.deloitte2024,
    2024,
    'Le marché s’est « normalisé » mais croît encore plus vite que le neuf (Deloitte) ; les montres d’occasion sortent du parc : la revente ne peut pas croître plus vite que le neuf indéfiniment. Vers +3 %/an, le haut de la croissance du neuf (McKinsey +1–3 %) ; 30 % de l’écart disparaît chaque année (supposé).',
  ),
  row(
    'assumed',
    'Montres de seconde main qui passent par l’atelier',
    '30 % des transactions',
    src.lovetime,
    2013,
    'Cresus contrôle chaque montre avant revente ; pour une marque, seules ses montres certifiées et celles que les acheteurs lui apportent (part supposée).',
  ),
  row(
    'assumed',
    'Certification avant revente',
    'contrôle 0,5 h pour toutes ; polissage 60 % ; révision complète 30 % (avec son contrôle final)',
    'Hypothèse (domain-data §7.1)',
    null,
    'Contrôle systématique (Cresus) de 0,5 h et 30 % de révisions à la revente : domain-data §7.1 (supposés) ; part polie supposée.',
  ),
  row(
    'assumed',
    'Révisions de revente qui remplacent une révision prévue',
    '30 %',
    'Hypothèse',
    null,
    'Les montres révisées à la certification (30 %) n’ont pas besoin de leur révision prévue ; les autres seulement contrôlées, si.',
  ),
  // Training
  row('sourced', 'Apprentissage CFC d’horloger (rhabillage)', '4 ans', src.cfpt, null),
  row(
    'sourced',
    'Réussite de l’apprentissage',
    '80 % (abandon 5,5 %/an sur 4 ans)',
    src.ofsDropout,
    2020,
    '0,945⁴ ≈ 0,80 ; 21–26 % de contrats résiliés, la plupart la 1re année, beaucoup recommencent ailleurs.',
  ),
  row(
    'assumed',
    'Apprentis : admis par an, places, restant dans l’atelier, part d’établi',
    '2 ; 4 places ; 50 % ; 0,5 établi',
    'Hypothèse (domain-data §7.3 pour les 2 admis)',
    null,
    'Système dual : une partie de la semaine à l’école.',
  ),
  row(
    'sourced',
    'Académie interne',
    '2 ans ; 2 élèves par an, 6 places',
    src.abc7,
    2015,
    'Durée et volée de 6 sourcées ; l’admission de 2 par an est supposée (domain-data §7.3).',
  ),
  row('sourced', 'Réussite de l’académie', '85 % (abandon 8 %/an sur 2 ans)', src.lititz, 2017),
  row(
    'assumed',
    'Élèves restant dans l’atelier : académie / cours de service',
    '90 % / 80 % (réussite du cours de service 90 %)',
    'Hypothèse',
    null,
    'Programmes internes : les élèves sont recrutés pour l’atelier.',
  ),
  row(
    'assumed',
    'Âges d’entrée',
    'apprentis 20 ans ; académie 27 ; cours de service 24 ; embauches 32',
    'Hypothèse',
    null,
    'Un CFC de 4 ans commencé vers 16 ans ; l’académie et le cours de service accueillent des adultes.',
  ),
  row(
    'assumed',
    'Coût d’un élève d’académie',
    '40 000 CHF/an',
    `${src.wostep} ; ${src.rolexDallas}`,
    2024,
    'WOSTEP 34 600 CHF le programme de 3 000 h (≈ 17 000 CHF/an) + ≈ 21 000 CHF d’indemnité (Rolex Dallas 1 800 USD/mois) + matériel.',
  ),
  row(
    'sourced',
    'Cours de service (horloger de service client)',
    '1 an (1 800 h) ; 1 élève par an, 2 places',
    src.wostep,
    null,
    'Durée sourcée ; admission et places supposées.',
  ),
  row(
    'assumed',
    'Heures d’encadrement par élève',
    'apprenti 150 h ; académie 300 h ; cours de service 100 h par an',
    'Hypothèse',
    null,
  ),
  row(
    'assumed',
    'Coût d’un apprenti / d’un élève du cours de service',
    '22 000 / 30 000 CHF par an',
    'Hypothèse',
    null,
  ),
  // Benches and service
  row(
    'assumed',
    'Postes de travail',
    '57 : 44 établis (40 + 10 %), 4 postes de polissage, 3 de contrôle, 6 guichets ; +8 en 2027, +8 en 2030, +10 en 2034',
    'Hypothèse (domain-data §7.3)',
    2026,
    'Extensions à 25 000 CHF par établi (supposé), au rythme de la croissance de l’effectif et des élèves.',
  ),
  row(
    'sourced',
    'Délai de base d’une révision complète',
    '6 semaines',
    src.ap,
    null,
    '42 jours hors garantie.',
  ),
  row(
    'sourced',
    'Délai cible',
    '8 semaines',
    src.patekTurnaround,
    null,
    'Révision complète en 6 à 12 semaines.',
  ),
  row('assumed', 'Clients qui renoncent quand le travail attend', '30 % par an', 'Hypothèse', null),
  row('assumed', 'Tolérance avant pénurie', '2 % de la demande non servie', 'Hypothèse', null),
  // Scenarios
  row(
    'sourced',
    'Boom du pré-owné : croissance 2027–2028',
    '+20 %/an',
    src.luxeconsult,
    2022,
    'Marché secondaire +20 % en 2022.',
  ),
  row(
    'sourced',
    'Boom du pré-owné : croissance 2029–2033',
    '+12 %/an, puis le ralentissement de la base',
    src.luxeconsult,
    2025,
    'Prévision 12 %/an 2025–2033.',
  ),
  row(
    'sourced',
    'Récession 2027 : chute des ventes neuves',
    '−20 % en 2027, +10 % en 2028',
    src.fh2020,
    2020,
    'Valeur des montres-bracelets exportées −21,4 % en 2020 ; le rebond de 10 % est supposé (2021 : +31 %).',
  ),
  row(
    'assumed',
    'Récession 2027 : révisions repoussées',
    'taux de révision 0,55 en 2027–2028',
    'Hypothèse',
    null,
  ),
  row(
    'assumed',
    'Concurrence pour les horlogers : départs',
    'doublés (horloger 8 %/an)',
    `${src.rts2022} ; ${src.cp2022}`,
    2022,
    'Rolex : 2 000 emplois à Bulle d’ici 2029 ; CP : 3 835 personnes à former ou recruter d’ici 2026. Le doublement est supposé.',
  ),
  row(
    'assumed',
    'Académie doublée',
    '4 élèves par an (dans les 6 places)',
    src.abc7,
    2015,
    'Une volée de 6 à New York ; 4 par an supposés.',
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
  baseNote:
    'Plan actuel : 2 apprentis CFC, 2 élèves d’académie et 1 élève du cours de service admis par an ; départs ' +
    'remplacés à la réception, au polissage et au contrôle ; embauche de la moitié de l’écart quand du travail ' +
    'attend ; 5 % d’heures supplémentaires au plus et sous-traitance du service rapide et du polissage ; ' +
    '8 établis de plus en 2027, 8 en 2030 et 10 en 2034.',
  base,
  scenarios,
  sources,
}
