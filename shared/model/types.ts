// The projection engine's input and output, exactly as docs/model-equations.md (version 1) names them.

/** A parameter given as a constant, one value per year (exactly H), or a mathjs formula in `t` and `year`. */
export type Series = number | number[] | string

/** A skill grade; `grades` is ordered junior -> senior and a grade can do the work of every lower grade. */
export interface Grade {
  id: string
  /** Productive hours one FTE of this grade works per year (h/FTE/yr), > 0. */
  hoursPerFte: number
  /** Share of the grade's headcount leaving each year (not retirement), 0..1. */
  attritionRate: number
  /** Share promoted to the next grade each year, 0..1 (ignored for the top grade). */
  promotionRate: number
  /** Yearly cost of one FTE (CHF/FTE/yr). */
  salaryPerFte: number
  /** One-off cost of one hire (CHF/hire). */
  hireCost: number
}

/** A kind of service job and the grade it needs. */
export interface JobType {
  id: string
  grade: string
}

/** A family of watches whose after-sales work is projected. */
export interface Segment {
  id: string
  /** Watches in use at the start of year 0. */
  installedBase: number
  /** Share of the installed base that leaves use each year, 0..1. */
  scrapRate: number
  /** New watches sold in year 0. */
  newSales: number
  /** Yearly growth of new sales (series, >= -1). */
  newSalesGrowth: Series
  /** Pre-owned watches changing hands in year 0. */
  preOwned: number
  /** Yearly growth of pre-owned transactions (series, >= -1). */
  preOwnedGrowth: Series
  /** Recommended years between services, > 0. */
  serviceIntervalYears: number
  /** Share of owners who actually service on schedule (series, 0..1). */
  serviceUptake: Series
  /** Share of new watches returned under warranty in their first year, 0..1. */
  warrantyClaimRate: number
  /** Share of pre-owned transactions that bring a watch to service, 0..1. */
  preOwnedServiceRate: number
  /** Share of jobs of each job type; sums to 1. */
  jobMix: Record<string, number>
  /** Bench hours per job of each job type (h/job). */
  hoursPerJob: Record<string, number>
}

/** One cohort of the starting roster: FTE of one grade at one integer age. No names, ever. */
export interface RosterEntry {
  grade: string
  age: number
  fte: number
}

export interface Workforce {
  roster: RosterEntry[]
  /** Age at which hires join. */
  hireAge: number
  /** Planned hires per grade (FTE/yr, series); a missing grade hires 0. */
  hires: Record<string, Series>
  /** Most hires the labour market yields per grade (FTE/yr, series); a missing grade has no limit. */
  marketLimit: Record<string, Series>
}

/** A training programme feeding one grade. */
export interface Programme {
  id: string
  /** Whole years of study, >= 1. */
  durationYears: number
  /** Students admitted each year (series, >= 0). */
  intake: Series
  /** Share of students leaving during each year of study, 0..1. */
  dropoutRate: number
  /** Share of graduates who join this workshop, 0..1. */
  captureRate: number
  entryGrade: string
  entryAge: number
  /** Students per year of study at year 0 (exactly durationYears values); missing = steady state. */
  initialStudents?: number[]
  /** Tutor hours each student takes from the supervisor grade per year (h/student/yr). */
  supervisionHoursPerStudent: number
  supervisorGrade: string
  /** Bench seats one student occupies, 0..1. */
  benchSharePerStudent: number
  /** Cost of one student for one year (CHF/student/yr). */
  costPerStudentYear: number
}

export interface BenchExpansion {
  /** Calendar year from which the benches exist (and are paid, when within the horizon). */
  year: number
  benches: number
  costPerBench: number
}

export interface Benches {
  initial: number
  shifts: number
  expansions: BenchExpansion[]
}

export interface ServiceParams {
  initialBacklogHours: number
  /** Share of unserved hours whose customers give up each year, 0..1. */
  abandonRate: number
  baseTurnaroundWeeks: number
  targetTurnaroundWeeks: number
  /** Unserved share of effective demand tolerated before a year counts as a shortage, 0..1. */
  shortageTolerance: number
  /** Yearly reduction of hours per job from better methods, 0..1. */
  productivityGain: number
  /** Share of a full year's hours that a joiner works in their first year, 0..1. */
  rampUpFactor: number
}

/** A whole scenario: everything one projection needs. */
export interface ModelInput {
  schemaVersion: 1
  startYear: number
  /** H, 1..60. */
  horizonYears: number
  retirementAge: number
  grades: Grade[]
  jobTypes: JobType[]
  segments: Segment[]
  workforce: Workforce
  training: Programme[]
  benches: Benches
  service: ServiceParams
}

export type YearStatus = 'ok' | 'tight' | 'shortage'

export interface YearCost {
  salaries: number
  hiring: number
  training: number
  benches: number
  total: number
}

/** The figures of one projected year; per-grade maps are keyed by grade id. */
export interface YearResult {
  year: number
  demandHours: Record<string, number>
  capacityHours: Record<string, number>
  servedHours: Record<string, number>
  unservedHours: Record<string, number>
  lostHours: Record<string, number>
  /** Backlog carried into the next year, BL[t+1]. */
  backlogHours: Record<string, number>
  /** Working headcount W, after joiners (FTE). */
  headcount: Record<string, number>
  joiners: Record<string, number>
  /** Hires after the market limit. */
  hires: Record<string, number>
  leavers: Record<string, number>
  retirements: Record<string, number>
  gapFte: Record<string, number>
  jobs: Record<string, number>
  installedBase: Record<string, number>
  students: Record<string, number>
  graduates: Record<string, number>
  seats: number
  seatsNeeded: number
  benchFactor: number
  /** seatsNeeded / seats; null stands for Infinity (no seats, some needed). */
  benchUtilisation: number | null
  supervisionHours: number
  unsupervisedHours: number
  idleHours: number
  utilisation: number
  /** null when nothing is served while a backlog remains. */
  turnaroundWeeks: number | null
  shortageFte: number
  status: YearStatus
  cost: YearCost
}

export interface ResultSummary {
  firstShortageYear: number | null
  peakShortageFte: number
  peakShortageYear: number | null
  totalLostHours: number
  totalCost: number
}

export interface ModelResult {
  years: YearResult[]
  summary: ResultSummary
}
