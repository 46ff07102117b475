// Sample workspace "Atelier Genève (exemple)": a fictional brand service centre of about 40 watchmakers.
import type { ModelInput } from '../model/types'
import type { SampleScenario, SampleWorkspace, SourceRow } from './types'

/**
 * The base scenario. Figures come from ../shared/research/domain-data.md §7.1 and §7.3 (a composite of
 * Patek Philippe USA, Patek Bangkok, Swatch Group Milan and Hublot USA); `sources` below says, figure by
 * figure, what is sourced and what is assumed.
 */
const base: ModelInput = {
  schemaVersion: 1,
  startYear: 2026,
  horizonYears: 15,
  retirementAge: 65,
  grades: [
    // Four levels, as Patek Philippe China's four technician levels: L1 quick service … L4 complications.
    {
      id: 'service',
      hoursPerFte: 1370,
      attritionRate: 0.08,
      promotionRate: 0.1,
      salaryPerFte: 78000,
      hireCost: 12000,
    },
    {
      id: 'watchmaker',
      hoursPerFte: 1370,
      attritionRate: 0.04,
      promotionRate: 0.07,
      salaryPerFte: 94000,
      hireCost: 19000,
    },
    {
      id: 'senior',
      hoursPerFte: 1370,
      attritionRate: 0.03,
      promotionRate: 0.06,
      salaryPerFte: 115000,
      hireCost: 23000,
    },
    {
      id: 'master',
      hoursPerFte: 1370,
      attritionRate: 0.02,
      promotionRate: 0,
      salaryPerFte: 140000,
      hireCost: 28000,
    },
  ],
  jobTypes: [
    { id: 'quick-service', grade: 'service' },
    { id: 'quartz-service', grade: 'service' },
    { id: 'automatic-service', grade: 'watchmaker' },
    { id: 'chronograph-service', grade: 'senior' },
    { id: 'complication-service', grade: 'master' },
  ],
  segments: [
    {
      id: 'quartz',
      installedBase: 29400,
      scrapRate: 0.08,
      newSales: 2500,
      newSalesGrowth: -0.02,
      preOwned: 650,
      preOwnedGrowth: 0.1,
      serviceIntervalYears: 2.5,
      serviceUptake: 0.25,
      warrantyClaimRate: 0.03,
      preOwnedServiceRate: 0.3,
      jobMix: { 'quick-service': 0.6, 'quartz-service': 0.4 },
      hoursPerJob: { 'quick-service': 0.3, 'quartz-service': 1.5 },
    },
    {
      id: 'automatic',
      installedBase: 64000,
      scrapRate: 0.03,
      newSales: 4200,
      newSalesGrowth: 0.02,
      preOwned: 2200,
      preOwnedGrowth: 0.1,
      serviceIntervalYears: 7,
      serviceUptake: 0.7,
      warrantyClaimRate: 0.03,
      preOwnedServiceRate: 0.3,
      jobMix: { 'quick-service': 0.3, 'automatic-service': 0.7 },
      hoursPerJob: { 'quick-service': 0.3, 'automatic-service': 4 },
    },
    {
      id: 'chronograph',
      installedBase: 19400,
      scrapRate: 0.03,
      newSales: 1275,
      newSalesGrowth: 0.02,
      preOwned: 700,
      preOwnedGrowth: 0.1,
      serviceIntervalYears: 7,
      serviceUptake: 0.7,
      warrantyClaimRate: 0.03,
      preOwnedServiceRate: 0.3,
      jobMix: { 'quick-service': 0.3, 'chronograph-service': 0.7 },
      hoursPerJob: { 'quick-service': 0.3, 'chronograph-service': 8 },
    },
    {
      id: 'complication',
      installedBase: 4200,
      scrapRate: 0.03,
      newSales: 275,
      newSalesGrowth: 0.02,
      preOwned: 160,
      preOwnedGrowth: 0.1,
      serviceIntervalYears: 7,
      serviceUptake: 0.7,
      warrantyClaimRate: 0.03,
      preOwnedServiceRate: 0.3,
      jobMix: { 'quick-service': 0.2, 'complication-service': 0.8 },
      hoursPerJob: { 'quick-service': 0.3, 'complication-service': 20 },
    },
  ],
  workforce: {
    // 36 qualified watchmakers, one entry per person (FTE 1, or 0.8 for the CCT's flexible reduction in the
    // last two years before retirement). Bands follow §7.3: <30: 7, 30–39: 11, 40–49: 8, 50–59: 7, 60–64: 3.
    roster: [
      { grade: 'service', age: 23, fte: 1 },
      { grade: 'service', age: 26, fte: 1 },
      { grade: 'service', age: 29, fte: 1 },
      { grade: 'service', age: 34, fte: 1 },
      { grade: 'watchmaker', age: 25, fte: 1 },
      { grade: 'watchmaker', age: 27, fte: 1 },
      { grade: 'watchmaker', age: 28, fte: 1 },
      { grade: 'watchmaker', age: 29, fte: 1 },
      { grade: 'watchmaker', age: 31, fte: 1 },
      { grade: 'watchmaker', age: 32, fte: 1 },
      { grade: 'watchmaker', age: 33, fte: 1 },
      { grade: 'watchmaker', age: 35, fte: 1 },
      { grade: 'watchmaker', age: 36, fte: 1 },
      { grade: 'watchmaker', age: 38, fte: 1 },
      { grade: 'watchmaker', age: 41, fte: 1 },
      { grade: 'watchmaker', age: 44, fte: 1 },
      { grade: 'watchmaker', age: 47, fte: 1 },
      { grade: 'watchmaker', age: 51, fte: 1 },
      { grade: 'watchmaker', age: 55, fte: 1 },
      { grade: 'watchmaker', age: 59, fte: 1 },
      { grade: 'senior', age: 34, fte: 1 },
      { grade: 'senior', age: 37, fte: 1 },
      { grade: 'senior', age: 39, fte: 1 },
      { grade: 'senior', age: 39, fte: 1 },
      { grade: 'senior', age: 42, fte: 1 },
      { grade: 'senior', age: 45, fte: 1 },
      { grade: 'senior', age: 48, fte: 1 },
      { grade: 'senior', age: 52, fte: 1 },
      { grade: 'senior', age: 56, fte: 1 },
      { grade: 'senior', age: 62, fte: 1 },
      { grade: 'master', age: 46, fte: 1 },
      { grade: 'master', age: 49, fte: 1 },
      { grade: 'master', age: 54, fte: 1 },
      { grade: 'master', age: 58, fte: 1 },
      { grade: 'master', age: 61, fte: 1 },
      { grade: 'master', age: 63, fte: 0.8 },
    ],
    hireAge: 32,
    hires: { senior: 0.5 },
    marketLimit: { service: 3, watchmaker: 2, senior: 1, master: 0.5 },
  },
  training: [
    {
      id: 'apprenticeship',
      durationYears: 4,
      intake: 2,
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
    initial: 44,
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
    shortageTolerance: 0.02,
    productivityGain: 0,
    rampUpFactor: 0.5,
  },
}

const segmentIds = ['quartz', 'automatic', 'chronograph', 'complication'] as const
const mechanicalIds = ['automatic', 'chronograph', 'complication'] as const

const scenarios: SampleScenario[] = [
  {
    name: 'Boom du pré-owné',
    note:
      'Le marché de seconde main croît de 20 %/an jusqu’en 2028 (comme en 2022), puis de 12 %/an ' +
      '(prévision LuxeConsult 2025–2033, haut de la fourchette), au lieu de 10 %/an.',
    overrides: segmentIds.map((id) => ({
      path: `segments/${id}/preOwnedGrowth`,
      value: 'year <= 2028 ? 0.2 : 0.12',
    })),
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
    name: 'Académie doublée',
    note:
      'L’académie interne accueille 4 élèves par an au lieu de 2. Les élèves prennent des heures de tutorat ' +
      'aux horlogers confirmés et des places à l’établi dès leur entrée ; leurs diplômés renforcent l’atelier ' +
      'deux ans plus tard. Les extensions d’établis sont celles de la base.',
    overrides: [{ path: 'training/academy/intake', value: 4 }],
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
  {
    figure: 'Temps de travail disponible par horloger (AWT)',
    value: '1 712 h/an',
    source: 'CCT de l’industrie horlogère (droitactif.ch, evenement.ch, swissinfo) ; OFS via thelocal.ch',
    year: 2014,
    kind: 'sourced',
    note:
      'Dérivé (domain-data §7.1) : (260 − 9 fériés − 25 vacances − 9 absences − 3 formation) jours × 8 h. ' +
      'Les 9 jours fériés sont supposés.',
  },
  {
    figure: 'Heures d’établi par ETP et par an (hoursPerFte)',
    value: '1 370 h',
    source: 'Dérivé : AWT 1 712 h × 0,80 (domain-data §7.1)',
    year: null,
    kind: 'assumed',
    note:
      'Part hors établi (devis, pièces, administration) supposée de 20 %, entre le minimum de 15 % PF&D du ' +
      'US DOL (29 CFR 525.12) et « 6 heures sur 8 » (w4t.ch). Même valeur pour tous les niveaux.',
  },
  {
    figure: 'Contrôle : heures par travail',
    value: '≈ 3,3 h/travail en 2026 (43 400 h pour 13 100 travaux)',
    source: 'Patek Philippe USA (atimelyperspective.com, watchjournal.com, GQ)',
    year: 2015,
    kind: 'sourced',
    note:
      '≈ 10 000 travaux/an avec 19 à 31 horlogers → 2,6 à 4,2 h par travail à 1 370 h/ETP ; l’exemple ' +
      'tombe dans la fourchette.',
  },
  {
    figure: 'Productivité d’un nouvel arrivant la première année (rampUpFactor)',
    value: '50 %',
    source: 'Patek Philippe USA (watchjournal.com)',
    year: 2015,
    kind: 'assumed',
    note: '« Un ou deux ans » pour rendre un diplômé productif ; 50 % la 1re année, comme domain-data §7.1.',
  },
  // Workforce
  {
    figure: 'Niveaux de compétence',
    value: '4 (service rapide, horloger, senior, maître)',
    source: 'Patek Philippe Chine, 4 niveaux de techniciens (topdesired.com)',
    year: 2018,
    kind: 'sourced',
  },
  {
    figure: 'Horlogers qualifiés',
    value: '36 (35,8 ETP)',
    source: 'Hypothèse (domain-data §7.3)',
    year: null,
    kind: 'assumed',
    note: 'Composite fictif : Patek USA 19→31, Swatch Group Milan 30, Hublot USA ≈ 12 horlogers.',
  },
  {
    figure: 'Répartition par niveau',
    value: '4 / 16 / 10 / 6',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
    note:
      'domain-data §7.3 propose 10 / 16 / 8 / 2, mais avec ses propres temps d’établi ce découpage laisse ' +
      'les complications (3 % des travaux à 20 h) à 2 maîtres pour ≈ 6 ETP de travail. Recoupé pour que ' +
      'chaque niveau couvre son travail.',
  },
  {
    figure: 'Pyramide des âges (qualifiés)',
    value: '<30 : 7 ; 30–39 : 11 ; 40–49 : 8 ; 50–59 : 7 ; 60–64 : 3',
    source: 'Hypothèse (domain-data §7.3)',
    year: null,
    kind: 'assumed',
    note:
      'Aucune donnée d’âge des horlogers suisses trouvée ; les maîtres sont placés dans les tranches les ' +
      'plus âgées.',
  },
  {
    figure: 'Temps partiel avant la retraite',
    value: '0,8 ETP à 63 ans',
    source: 'CCT 2012 (Unia, industriall-union.org)',
    year: 2012,
    kind: 'sourced',
    note: 'Réduction flexible de 20 % ou 40 % dans les deux dernières années.',
  },
  {
    figure: 'Âge de la retraite',
    value: '65 ans',
    source: 'Hypothèse (domain-data §7.3) ; rente-pont CCT un an avant l’âge de référence (Unia)',
    year: null,
    kind: 'assumed',
  },
  {
    figure: 'Départs volontaires, horlogers',
    value: '4 %/an',
    source: 'Hypothèse (domain-data §7.3)',
    year: null,
    kind: 'assumed',
    note:
      'Aucune source horlogère ; 8 % pour le service rapide, 3 % pour les seniors, 2 % pour les maîtres ' +
      '(plus attachés à la maison).',
  },
  {
    figure: 'Promotions par an',
    value: 'service → horloger 10 % ; horloger → senior 7 % ; senior → maître 6 %',
    source: 'Hypothèse ; Europa Star 2006 (« jusqu’à dix ans » pour devenir maître horloger)',
    year: 2006,
    kind: 'assumed',
  },
  {
    figure: 'Salaire minimum CFC (CCT, Valais)',
    value: '4 580 CHF/mois',
    source: 'evenement.ch',
    year: 2022,
    kind: 'sourced',
  },
  {
    figure: 'Salaire médian de l’horlogerie (référence CCT)',
    value: '5 170 CHF/mois',
    source: 'fhs.swiss (2011-10-25)',
    year: 2011,
    kind: 'sourced',
  },
  {
    figure: 'Coût employeur par ETP',
    value: 'service 78 000 ; horloger 94 000 ; senior 115 000 ; maître 140 000 CHF/an',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
    note:
      'Salaires mensuels supposés 5 200 / 6 300 / 7 700 / 9 400 CHF (prime genevoise sur les références ' +
      'CCT) × 13 × 1,15 de charges.',
  },
  {
    figure: 'Coût d’une embauche',
    value: '12 000 à 28 000 CHF (15 à 20 % du coût annuel)',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
    note: 'Recrutement et ≈ 6 mois de recherche (domain-data §7.3, supposé).',
  },
  {
    figure: 'Embauches prévues',
    value: '0,5 senior/an ; âge à l’embauche 32 ans',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
    note: 'Plan modeste : la relève des horlogers vient de la formation.',
  },
  {
    figure: 'Embauches possibles sur le marché',
    value: 'service 3 ; horloger 2 ; senior 1 ; maître 0,5 par an',
    source: 'Hypothèse ; CP via RFJ 2023 (croissance freinée par le manque de main-d’œuvre qualifiée)',
    year: 2023,
    kind: 'assumed',
    note: 'Roger Dubuis (2007) : les candidatures couvrent « à peine 10 % des besoins ».',
  },
  // Demand
  {
    figure: 'Travaux reçus en 2026',
    value: '≈ 13 100 (≈ 43 400 h)',
    source: 'Hypothèse (domain-data §7.3 : 14 000)',
    year: 2026,
    kind: 'assumed',
    note: 'Parcs installés choisis pour que l’atelier démarre à ≈ 92 % d’utilisation, comme §7.3.',
  },
  {
    figure: 'Répartition des travaux',
    value: 'service rapide 37 % ; quartz 10 % ; automatique 38 % ; chronographe 12 % ; complication 3 %',
    source: 'Hypothèse (domain-data §7.3 : 35 / 10 / 40 / 12 / 3)',
    year: 2026,
    kind: 'assumed',
  },
  {
    figure: 'Service rapide (pile, étanchéité, bracelet)',
    value: '0,3 h',
    source: 'Patek Philippe (contrôle d’étanchéité « quelques minutes »)',
    year: null,
    kind: 'assumed',
    note: 'Aucun temps standard publié (domain-data §3.3).',
  },
  {
    figure: 'Révision automatique',
    value: '4 h',
    source: 'Patek Philippe « Steps of servicing » (1–2 h de démontage seul)',
    year: null,
    kind: 'assumed',
    note: 'Ancré aussi sur watchmakingblog.com : environ une révision complète par jour.',
  },
  {
    figure: 'Révision chronographe',
    value: '8 h',
    source: 'bestwatchrepair.com (« double ou triple le temps d’établi »)',
    year: null,
    kind: 'assumed',
  },
  {
    figure: 'Révision quartz / complication',
    value: '1,5 h / 20 h',
    source: 'Hypothèse (domain-data §7.1)',
    year: null,
    kind: 'assumed',
    note: 'Pour les complications, un minimum ; la fourchette réelle est bien plus large.',
  },
  {
    figure: 'Intervalle de révision, mécanique',
    value: '7 ans',
    source: 'Patek Philippe 5 ans ; Omega 5–8 ans ; Rolex ≈ 10 ans (timesetters.co.uk)',
    year: null,
    kind: 'assumed',
    note: 'Valeur médiane de la fourchette des marques (domain-data §7.1).',
  },
  {
    figure: 'Intervalle, quartz (pile)',
    value: '2,5 ans',
    source: 'Patek Philippe (pile tous les 2–3 ans)',
    year: null,
    kind: 'sourced',
  },
  {
    figure: 'Taux de retour annuel au SAV de la marque',
    value: '≈ 10 % du parc',
    source: 'FHH Journal « Watchmaking’s after-sales headache »',
    year: 2008,
    kind: 'sourced',
  },
  {
    figure: 'Taux de révision, mécanique (serviceUptake)',
    value: '0,70',
    source: 'Hypothèse calée sur FHH Journal (≈ 10 %/an)',
    year: null,
    kind: 'assumed',
    note:
      '0,60 des révisions dues faites dans le réseau agréé + réparations imprévues 1,5 %/an × 7 ans ; ' +
      '0,70 / 7 = 10 %/an.',
  },
  {
    figure: 'Taux de révision, quartz',
    value: '0,25 (soit 10 %/an sur 2,5 ans)',
    source: 'Hypothèse calée sur FHH Journal',
    year: null,
    kind: 'assumed',
    note: 'La plupart des piles sont changées hors du réseau de la marque.',
  },
  {
    figure: 'Sortie du parc (perte, casse)',
    value: '3 %/an (quartz 8 %)',
    source: 'Hypothèse (domain-data §7.1)',
    year: null,
    kind: 'assumed',
  },
  {
    figure: 'Parc installé servi par l’atelier',
    value: 'quartz 29 400 ; automatique 64 000 ; chronographe 19 400 ; complication 4 200',
    source: 'Hypothèse',
    year: 2026,
    kind: 'assumed',
    note: 'Environ 15 ans de ventes pour les montres mécaniques ; calé sur les travaux reçus ci-dessus.',
  },
  {
    figure: 'Ventes neuves par an',
    value: 'quartz 2 500 ; automatique 4 200 ; chronographe 1 275 ; complication 275',
    source: 'Hypothèse',
    year: 2026,
    kind: 'assumed',
    note:
      'domain-data §7.1 suppose 80 / 15 / 5 pour les mécaniques ; ici 73 / 22 / 5, un centre genevois ' +
      'recevant plus de chronographes et de complications.',
  },
  {
    figure: 'Croissance des ventes neuves',
    value: '+2 %/an (quartz −2 %/an)',
    source: 'McKinsey & BoF « State of Fashion: Watches & Jewellery »',
    year: 2021,
    kind: 'sourced',
    note:
      'Prévision +1 à 3 %/an pour le neuf ; le quartz recule (FH : 17 M de pièces en 2017, plus bas depuis ' +
      '1984).',
  },
  {
    figure: 'Retours sous garantie',
    value: '3 % des ventes neuves',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
    note: 'FHH : 5 % de retours ou moins avec un excellent contrôle qualité.',
  },
  {
    figure: 'Transactions de seconde main',
    value: 'quartz 650 ; automatique 2 200 ; chronographe 700 ; complication 160 par an',
    source: 'McKinsey & BoF (communiqué)',
    year: 2025,
    kind: 'assumed',
    note:
      'Le seconde main dépasse la moitié du marché neuf en 2025 (en valeur) ; transposé en nombre : ' +
      'environ la moitié des ventes neuves pour les mécaniques, un quart pour le quartz.',
  },
  {
    figure: 'Croissance du seconde main',
    value: '+10 %/an',
    source: 'BCG & WatchBox « Luxury Preowned Watches: Your Time Has Come »',
    year: 2023,
    kind: 'sourced',
    note: '≈ 10 %/an jusqu’en 2026 ; McKinsey 8–10 %.',
  },
  {
    figure: 'Montres de seconde main révisées à la revente',
    value: '30 %',
    source: 'Hypothèse (domain-data §7.1)',
    year: null,
    kind: 'assumed',
    note:
      'Cresus contrôle chaque montre avant revente (seed Lovetime), mais la part révisée n’est pas ' +
      'publiée.',
  },
  // Training
  {
    figure: 'Apprentissage CFC d’horloger (rhabillage)',
    value: '4 ans',
    source: 'CFPT Horlogerie Genève (edu.ge.ch)',
    year: null,
    kind: 'sourced',
  },
  {
    figure: 'Réussite de l’apprentissage',
    value: '80 % (abandon 5,5 %/an sur 4 ans)',
    source: 'OFS via arbeitgeber.ch (21–26 % de contrats résiliés)',
    year: 2020,
    kind: 'sourced',
    note: '0,945⁴ ≈ 0,80 ; la plupart des ruptures ont lieu la 1re année et beaucoup recommencent ailleurs.',
  },
  {
    figure: 'Apprentis : admis par an, restant dans l’atelier, part d’établi',
    value: '2 ; 50 % ; 0,5 établi',
    source: 'Hypothèse (domain-data §7.3 pour les 2 admis)',
    year: null,
    kind: 'assumed',
    note: 'Système dual : une partie de la semaine à l’école.',
  },
  {
    figure: 'Académie interne',
    value: '2 ans, 2 élèves par an',
    source: 'Patek Philippe Horology Programme New York (abc7ny.com)',
    year: 2015,
    kind: 'sourced',
    note:
      'Durée sourcée (2 ans, 6 élèves par volée) ; l’admission de 2 par an est supposée (domain-data ' +
      '§7.3).',
  },
  {
    figure: 'Réussite de l’académie',
    value: '85 % (abandon 8 %/an sur 2 ans)',
    source: 'Rolex Lititz Watch Technicum (wikisum)',
    year: 2017,
    kind: 'sourced',
  },
  {
    figure: 'Élèves restant dans l’atelier : académie / cours de service',
    value: '90 % / 80 % (réussite du cours de service 90 %)',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
    note: 'Programmes internes : les élèves sont recrutés pour l’atelier.',
  },
  {
    figure: 'Âges d’entrée',
    value: 'apprentis 20 ans ; académie 27 ; cours de service 24 ; embauches 32',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
    note: 'Un CFC de 4 ans commencé vers 16 ans ; l’académie et le cours de service accueillent des adultes.',
  },
  {
    figure: 'Coût d’un élève d’académie',
    value: '40 000 CHF/an',
    source: 'WOSTEP (34 600 CHF le programme de 3 000 h) ; Rolex Dallas (1 800 USD/mois d’indemnité)',
    year: 2024,
    kind: 'assumed',
    note: '≈ 17 000 CHF/an de formation + ≈ 21 000 CHF d’indemnité + matériel.',
  },
  {
    figure: 'Cours de service (horloger de service client)',
    value: '1 an (1 800 h)',
    source: 'WOSTEP (wostep.ch) ; Swatch Group, écoles Nicolas G. Hayek',
    year: null,
    kind: 'sourced',
  },
  {
    figure: 'Heures d’encadrement par élève',
    value: 'apprenti 150 h ; académie 300 h ; cours de service 100 h par an',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
  },
  {
    figure: 'Coût d’un apprenti / d’un élève du cours de service',
    value: '22 000 / 30 000 CHF par an',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
  },
  // Benches and service
  {
    figure: 'Établis',
    value: '44 (+8 en 2027, +8 en 2030, +10 en 2034)',
    source: 'Hypothèse (domain-data §7.3 : 40 + 10 % de réserve)',
    year: 2026,
    kind: 'assumed',
    note:
      'Extensions à 25 000 CHF par établi (supposé), au rythme de la croissance de l’effectif et des élèves : ' +
      'sans elles, les établis limiteraient l’atelier avant le personnel.',
  },
  {
    figure: 'Délai de base d’une révision complète',
    value: '6 semaines',
    source: 'Audemars Piguet, FAQ du service (42 jours hors garantie)',
    year: null,
    kind: 'sourced',
  },
  {
    figure: 'Délai cible',
    value: '8 semaines',
    source: 'Patek Philippe (révision complète en 6 à 12 semaines)',
    year: null,
    kind: 'sourced',
  },
  {
    figure: 'Clients qui renoncent quand le travail attend',
    value: '30 % par an',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
  },
  {
    figure: 'Tolérance avant pénurie',
    value: '2 % de la demande non servie',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
  },
  // Scenarios
  {
    figure: 'Boom du pré-owné : croissance 2026–2028',
    value: '+20 %/an',
    source: 'LuxeConsult avec Morgan Stanley (watchanalytics.io)',
    year: 2022,
    kind: 'sourced',
    note: 'Marché secondaire +20 % en 2022.',
  },
  {
    figure: 'Boom du pré-owné : croissance dès 2029',
    value: '+12 %/an',
    source: 'LuxeConsult avec Morgan Stanley (watchanalytics.io)',
    year: 2025,
    kind: 'sourced',
    note: 'Prévision 12 %/an 2025–2033 (haut de la fourchette de domain-data §7.1).',
  },
  {
    figure: 'Récession 2027 : chute des ventes neuves',
    value: '−20 % en 2027, +10 % en 2028',
    source: 'FH, communiqué du 28.01.2021',
    year: 2020,
    kind: 'sourced',
    note:
      'Valeur des montres-bracelets exportées −21,4 % en 2020 ; le rebond de 10 % est supposé ' +
      '(2021 : +31 %).',
  },
  {
    figure: 'Récession 2027 : révisions repoussées',
    value: 'taux de révision 0,55 en 2027–2028',
    source: 'Hypothèse',
    year: null,
    kind: 'assumed',
  },
]

export const atelierGeneve: SampleWorkspace = {
  key: 'atelier-geneve',
  name: 'Atelier Genève (exemple)',
  description:
    'Centre de service d’une marque à Genève : 36 horlogers qualifiés sur 4 niveaux et 10 élèves, quatre ' +
    'familles de montres (quartz, automatique, chronographe, complication), neuf et seconde main. Exemple ' +
    'fictif composé à partir de sources publiques ; les hypothèses sont signalées dans les sources.',
  baseName: 'Base',
  baseNote:
    'Plan actuel : 0,5 senior embauché par an ; 2 apprentis CFC, 2 élèves d’académie et 1 élève du cours ' +
    'de service admis par an ; 8 établis de plus en 2027, 8 en 2030 et 10 en 2034.',
  base,
  scenarios,
  sources,
}
