// The projection engine's input and output, exactly as docs/model-equations.md (versions 1 and 2) names them.

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
  /** (v2) CHF billed per hour of this grade's work delivered (CHF/h); default 0. */
  revenuePerHour?: number
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
  /** (v2) Job mix of a resale (certification) service; default jobMix. Given with resaleHoursPerJob or not at all. */
  resaleJobMix?: Record<string, number>
  /** (v2) Bench hours per resale job of each job type (h/job); default hoursPerJob. */
  resaleHoursPerJob?: Record<string, number>
  /** (v2) Share of resale services that stand in for an owner's scheduled service, 0..1; default 0. */
  resaleReplacesService?: number
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
  /** (v2) Share of last year's leavers and retirements re-hired, per grade (series, 0..1); missing = 0. */
  backfill?: Record<string, Series>
  /** (v2) Share of last year's gapFte hired, per grade (series, 0..1); missing = 0. */
  gapHiring?: Record<string, Series>
  /** (v2) Share of those reaching each age (an integer below retirementAge, as a string key) who retire then, 0..1. */
  retirementProfile?: Record<string, number>
}

/** A training programme feeding one grade. */
export interface Programme {
  id: string
  /** Whole years of study, >= 1. */
  durationYears: number
  /** Students applying to be admitted each year (series, >= 0). */
  intake: Series
  /** (v2) Places: most students admitted per year (series, >= 0); default no cap. */
  maxIntake?: Series
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
  /** Share of a full year's hours that a joiner works in their first year, 0..1 (v1; v2 default of rampUp). */
  rampUpFactor: number
  /** (v2) Share of full hours a joiner gives in its 1st, 2nd, … year (1 to 10 values, 0..1); default [rampUpFactor]. */
  rampUp?: number[]
  /** (v2) Which status a year reports: the workshop's totals (v1) or the worst grade; default 'workshop'. */
  statusBasis?: StatusBasis
  /** (v2) Most overtime, as a share of each grade's capacity, 0..1; default 0. */
  overtimeShare?: number
  /** (v2) Extra pay on an overtime hour, as a share of the regular hourly salary (>= 0); default 0.25. */
  overtimePremium?: number
  /** (v2) Paid outside capacity per grade of work; a grade without an entry outsources nothing. */
  outsourcing?: Record<string, Outsourcing>
}

export type StatusBasis = 'workshop' | 'grade'

/** (v2) Outsourcing of one grade's work. */
export interface Outsourcing {
  /** Most hours bought per year (h/yr, series, >= 0). */
  maxHours: Series
  /** Price of one outsourced hour (CHF/h). */
  costPerHour: number
}

/** A whole scenario: everything one projection needs. */
export interface ModelInput {
  /** 1 or 2; a version 1 input carries no (v2) field and is read with every (v2) field at its default. */
  schemaVersion: 1 | 2
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
  /** (v2) sum OT * salaryPerFte / hoursPerFte * (1 + overtimePremium). */
  overtime: number
  /** (v2) sum OS * costPerHour. */
  outsourcing: number
  total: number
}

/** (v2) A grade's own status: 'tight' is a workshop figure only. */
export type GradeStatus = 'ok' | 'shortage'

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
  /** (v2) OT, overtime hours worked on the grade's own unserved work. */
  overtimeHours: Record<string, number>
  /** (v2) OS, hours of the grade's work bought outside. */
  outsourcedHours: Record<string, number>
  /** (v2) Turnaround of the grade's own work (weeks); null when it serves nothing while a backlog remains. */
  turnaroundWeeksByGrade: Record<string, number | null>
  /** (v2) Each grade's own status. */
  statusByGrade: Record<string, GradeStatus>
  /** Working headcount W, after joiners (FTE). */
  headcount: Record<string, number>
  joiners: Record<string, number>
  /** Hires after the market limit. */
  hires: Record<string, number>
  leavers: Record<string, number>
  retirements: Record<string, number>
  gapFte: Record<string, number>
  jobs: Record<string, number>
  /** (v2) RS, resale (certification) services per segment (jobs/yr). */
  resaleJobs: Record<string, number>
  installedBase: Record<string, number>
  students: Record<string, number>
  graduates: Record<string, number>
  /** (v2) First-year students S[p][0][t]. */
  admitted: Record<string, number>
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
  /** (v2) sum served * revenuePerHour (CHF/yr). */
  revenue: number
  /** (v2) sum lost * revenuePerHour (CHF/yr). */
  lostRevenue: number
  /** (v2) revenue - cost.total (CHF/yr). */
  margin: number
}

export interface ResultSummary {
  firstShortageYear: number | null
  /** (v2) In the first shortage year, the short grade with the largest gapFte (first in input order on a tie). */
  firstShortageGrade: string | null
  peakShortageFte: number
  peakShortageYear: number | null
  totalLostHours: number
  totalCost: number
  /** (v2) Sums of revenue, lostRevenue and margin over the years (CHF). */
  totalRevenue: number
  totalLostRevenue: number
  totalMargin: number
}

export interface ModelResult {
  years: YearResult[]
  summary: ResultSummary
}
