// Numeric limits of the model's input that both validation and the engine rely on (docs/model.md "Bounds" explains each).

/** Ages are whole years in this range (roster, hireAge, entryAge, retirementAge, retirementProfile keys). */
export const minAgeYears = 15
export const maxAgeYears = 80
/** 1 <= horizonYears <= maxHorizonYears. */
export const maxHorizonYears = 60
/** A sanity bound docs/model-equations.md does not state: no programme lasts longer (it keeps memory use bounded). */
export const maxDurationYears = 100
/** jobMix shares must sum to 1 within this. */
export const jobMixTolerance = 1e-9
/** (v2) rampUp holds 1 to this many yearly shares. */
export const maxRampUpYears = 10
/** (v2) A formula holds at most this many characters. */
export const maxFormulaLength = 2000

/**
 * Ranges a workshop can have. They are wide (a whole industry fits), but they keep every figure of
 * a 60-year projection far from floating-point overflow, so a figure out of range is refused with
 * its own field named instead of an overflow somewhere downstream.
 */
export const bounds = {
  /** startYear and bench expansion years (calendar years). */
  calendarYear: { min: 1900, max: 2200 },
  /** Productive hours of one FTE in a year (h/FTE/yr): at least 1, at most every hour of a year. */
  hoursPerFte: { min: 1, max: 8760 },
  /** Watches: installed base, new sales and pre-owned transactions in year 0. */
  watches: { max: 1e10 },
  /** FTE: a roster cohort, planned hires and market limits per year. */
  fte: { max: 1e5 },
  /** Students: intake, places (maxIntake) and initial students per year of study. */
  students: { max: 1e5 },
  /** Bench hours one job takes (h/job). */
  hoursPerJob: { max: 1000 },
  /** Years between services (yr). */
  serviceIntervalYears: { min: 0.1, max: 100 },
  /** Money per FTE, hire, student-year or bench (CHF). */
  money: { max: 1e8 },
  /** Money per hour: revenuePerHour, outsourcing costPerHour (CHF/h). */
  moneyPerHour: { max: 1e5 },
  /** Tutor hours per student and year (h). */
  supervisionHours: { max: 8760 },
  /** Hours in a stock or a yearly cap: initial backlog, outsourcing maxHours (h). */
  hours: { max: 1e10 },
  /** Benches: initial and per expansion. */
  benches: { max: 1e9 },
  /** Shifts a bench is worked per day. */
  shifts: { max: 3 },
  /** Turnaround weeks (base and target): up to 100 years. */
  weeks: { max: 5200 },
  /** Yearly growth of sales (series): -100 % to +1000 %. */
  growth: { min: -1, max: 10 },
  /** Overtime premium, as a share of the hourly salary. */
  overtimePremium: { max: 10 },
} as const

/** Bounds of each kind of series, for validation and the engine alike. */
export const seriesBounds = {
  growth: { min: bounds.growth.min, ceiling: bounds.growth.max },
  share: { min: 0, max: 1 },
  fte: { min: 0, ceiling: bounds.fte.max },
  students: { min: 0, ceiling: bounds.students.max },
  hours: { min: 0, ceiling: bounds.hours.max },
} as const
