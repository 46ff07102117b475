// The one input builder for tests: `makeInput(overrides)` (5 years), `smallInput()` (10 years, for the store), `quietInput` and its parts for hand-computed cases.
import type {
  Benches,
  Grade,
  ModelInput,
  Programme,
  Segment,
  ServiceParams,
  Workforce,
} from '../../shared/model/types'

/** Top-level fields replace the defaults; `workforce`, `benches` and `service` merge one level deep. */
export type InputOverrides = Partial<Omit<ModelInput, 'workforce' | 'benches' | 'service'>> & {
  workforce?: Partial<Workforce>
  benches?: Partial<Benches>
  service?: Partial<ServiceParams>
}

/** A fresh small valid input on every call, so tests may mutate it. */
export function makeInput(overrides: InputOverrides = {}): ModelInput {
  const base: ModelInput = {
    schemaVersion: 1,
    startYear: 2026,
    horizonYears: 5,
    retirementAge: 65,
    grades: [
      {
        id: 'watchmaker',
        hoursPerFte: 1600,
        attritionRate: 0.05,
        promotionRate: 0.1,
        salaryPerFte: 90000,
        hireCost: 15000,
      },
      {
        id: 'master',
        hoursPerFte: 1500,
        attritionRate: 0.03,
        promotionRate: 0,
        salaryPerFte: 120000,
        hireCost: 25000,
      },
    ],
    jobTypes: [
      { id: 'full-service', grade: 'watchmaker' },
      { id: 'complication', grade: 'master' },
    ],
    segments: [
      {
        id: 'automatic',
        installedBase: 20000,
        scrapRate: 0.02,
        newSales: 2000,
        newSalesGrowth: 0.03,
        preOwned: 500,
        preOwnedGrowth: 0.05,
        serviceIntervalYears: 7,
        serviceUptake: 0.35,
        warrantyClaimRate: 0.04,
        preOwnedServiceRate: 0.5,
        jobMix: { 'full-service': 0.8, complication: 0.2 },
        hoursPerJob: { 'full-service': 6, complication: 12 },
      },
    ],
    workforce: {
      roster: [
        { grade: 'watchmaker', age: 30, fte: 3 },
        { grade: 'watchmaker', age: 45, fte: 2 },
        { grade: 'master', age: 55, fte: 1 },
        { grade: 'master', age: 63, fte: 1 },
      ],
      hireAge: 28,
      hires: { watchmaker: 1 },
      marketLimit: {},
    },
    training: [
      {
        id: 'apprenticeship',
        durationYears: 3,
        intake: 2,
        dropoutRate: 0.1,
        captureRate: 0.5,
        entryGrade: 'watchmaker',
        entryAge: 20,
        supervisionHoursPerStudent: 100,
        supervisorGrade: 'master',
        benchSharePerStudent: 0.5,
        costPerStudentYear: 18000,
      },
    ],
    benches: { initial: 12, shifts: 1, expansions: [] },
    service: {
      initialBacklogHours: 500,
      abandonRate: 0.3,
      baseTurnaroundWeeks: 4,
      targetTurnaroundWeeks: 8,
      shortageTolerance: 0.02,
      productivityGain: 0,
      rampUpFactor: 0.6,
    },
  }
  const { workforce, benches, service, ...rest } = overrides
  return {
    ...base,
    ...rest,
    workforce: { ...base.workforce, ...workforce },
    benches: { ...base.benches, ...benches },
    service: { ...base.service, ...service },
  }
}

/** A store-sized valid input (two grades, two segments, one programme, ten years); a fresh copy each call. */
export function smallInput(): ModelInput {
  return makeInput({
    horizonYears: 10,
    grades: [
      grade('technician', {
        hoursPerFte: 1600,
        attritionRate: 0.08,
        promotionRate: 0.05,
        salaryPerFte: 70000,
        hireCost: 10000,
      }),
      grade('watchmaker', { hoursPerFte: 1500, attritionRate: 0.05, salaryPerFte: 95000, hireCost: 20000 }),
    ],
    jobTypes: [
      { id: 'polish', grade: 'technician' },
      { id: 'full-service', grade: 'watchmaker' },
    ],
    segments: [
      segment({
        id: 'quartz',
        installedBase: 20000,
        scrapRate: 0.05,
        newSales: 3000,
        preOwned: 500,
        preOwnedGrowth: 0.05,
        serviceIntervalYears: 3,
        serviceUptake: 0.3,
        warrantyClaimRate: 0.03,
        preOwnedServiceRate: 0.3,
        jobMix: { polish: 1 },
        hoursPerJob: { polish: 1 },
      }),
      segment({
        id: 'automatic',
        installedBase: 50000,
        scrapRate: 0.02,
        newSales: 4000,
        newSalesGrowth: 0.03,
        preOwned: 1500,
        preOwnedGrowth: 0.1,
        serviceIntervalYears: 7,
        serviceUptake: 0.5,
        warrantyClaimRate: 0.04,
        preOwnedServiceRate: 0.5,
        jobMix: { 'full-service': 0.75, polish: 0.25 },
        hoursPerJob: { 'full-service': 6.5, polish: 1.2 },
      }),
    ],
    workforce: {
      roster: [
        { grade: 'technician', age: 25, fte: 3 },
        { grade: 'technician', age: 40, fte: 2 },
        { grade: 'watchmaker', age: 34, fte: 4 },
        { grade: 'watchmaker', age: 58, fte: 2 },
      ],
      hireAge: 30,
      hires: { watchmaker: 1 },
      marketLimit: { watchmaker: 3 },
    },
    training: [
      programme({
        id: 'apprenticeship',
        durationYears: 4,
        intake: 3,
        dropoutRate: 0.1,
        captureRate: 0.8,
        entryGrade: 'watchmaker',
        supervisionHoursPerStudent: 120,
        supervisorGrade: 'watchmaker',
        benchSharePerStudent: 0.5,
        costPerStudentYear: 18000,
      }),
    ],
    benches: { initial: 20, shifts: 1, expansions: [{ year: 2028, benches: 4, costPerBench: 25000 }] },
    // makeInput's service, without its initial backlog.
    service: { initialBacklogHours: 0 },
  })
}

/** A grade with 1000 h/FTE and no flows or costs, unless `over` says otherwise. */
export function grade(id: string, over: Partial<Grade> = {}): Grade {
  return { id, hoursPerFte: 1000, attritionRate: 0, promotionRate: 0, salaryPerFte: 0, hireCost: 0, ...over }
}

/** A segment with no demand and one job type j0 of 1 h, unless `over` says otherwise. */
export function segment(over: Partial<Segment> = {}): Segment {
  return {
    id: 's0',
    installedBase: 0,
    scrapRate: 0,
    newSales: 0,
    newSalesGrowth: 0,
    preOwned: 0,
    preOwnedGrowth: 0,
    serviceIntervalYears: 1,
    serviceUptake: 0,
    warrantyClaimRate: 0,
    preOwnedServiceRate: 0,
    jobMix: { j0: 1 },
    hoursPerJob: { j0: 1 },
    ...over,
  }
}

/** A one-year programme p0 feeding and supervised by g0, with no intake or costs, unless `over` says otherwise. */
export function programme(over: Partial<Programme> = {}): Programme {
  return {
    id: 'p0',
    durationYears: 1,
    intake: 0,
    dropoutRate: 0,
    captureRate: 0,
    entryGrade: 'g0',
    entryAge: 20,
    supervisionHoursPerStudent: 0,
    supervisorGrade: 'g0',
    benchSharePerStudent: 0,
    costPerStudentYear: 0,
    ...over,
  }
}

/** One grade, one job type, one segment with no demand, nobody on the roster, no training, ample benches. */
export function quietInput(o: InputOverrides = {}): ModelInput {
  const { workforce, benches, service, ...rest } = o
  return makeInput({
    horizonYears: 3,
    startYear: 2030,
    retirementAge: 65,
    grades: [grade('g0')],
    jobTypes: [{ id: 'j0', grade: 'g0' }],
    segments: [segment()],
    training: [],
    ...rest,
    workforce: { roster: [], hireAge: 30, hires: {}, marketLimit: {}, ...workforce },
    benches: { initial: 1000, shifts: 1, expansions: [], ...benches },
    service: {
      initialBacklogHours: 0,
      abandonRate: 0,
      baseTurnaroundWeeks: 4,
      targetTurnaroundWeeks: 8,
      shortageTolerance: 0,
      productivityGain: 0,
      rampUpFactor: 1,
      ...service,
    },
  })
}

/**
 * The input as version 2 with every v2 field switched on (for makeInput's or smallInput's grades and job
 * types: the first grade and the first two job types of each segment's mix are used). A fresh copy.
 */
export function withEveryPolicy(input: ModelInput): ModelInput {
  const out = structuredClone(input)
  out.schemaVersion = 2
  const [first] = out.grades.map((g) => g.id)
  out.grades.forEach((g, i) => (g.revenuePerHour = 120 + 40 * i))
  for (const s of out.segments) {
    const keys = Object.keys(s.jobMix)
    s.resaleJobMix = Object.fromEntries(keys.map((k) => [k, 1 / keys.length]))
    s.resaleHoursPerJob = Object.fromEntries(keys.map((k) => [k, s.hoursPerJob[k]! * 1.2]))
    s.resaleReplacesService = 0.4
  }
  const everyGrade = (value: number | string) => Object.fromEntries(out.grades.map((g) => [g.id, value]))
  out.workforce.backfill = everyGrade(0.8)
  out.workforce.gapHiring = everyGrade('t < 3 ? 0.5 : 0.25')
  out.workforce.retirementProfile = {
    [String(out.retirementAge - 2)]: 0.2,
    [String(out.retirementAge - 1)]: 0.5,
  }
  for (const p of out.training) p.maxIntake = 3
  out.service.rampUp = [0.5, 0.8, 0.95]
  out.service.statusBasis = 'grade'
  out.service.overtimeShare = 0.05
  out.service.overtimePremium = 0.25
  out.service.outsourcing = { [first!]: { maxHours: 500, costPerHour: 110 } }
  return out
}

/** A version 2 quiet input (see quietInput). */
export const v2 = (o: InputOverrides = {}): ModelInput => quietInput({ schemaVersion: 2, ...o })

/** A segment bringing `hours` of one-hour resale jobs of job type `jobType` every year. */
export function hoursOf(id: string, jobType: string, hours: number, over: Partial<Segment> = {}): Segment {
  return segment({
    id,
    preOwned: hours,
    preOwnedServiceRate: 1,
    jobMix: { [jobType]: 1 },
    hoursPerJob: { [jobType]: 1 },
    ...over,
  })
}

/** Two grades g0 < g1 with one job type each (j0, j1) and the demand hours given per grade. */
export function twoGrades(demand0: number, demand1: number, o: InputOverrides = {}): ModelInput {
  return v2({
    horizonYears: 1,
    grades: [grade('g0'), grade('g1')],
    jobTypes: [
      { id: 'j0', grade: 'g0' },
      { id: 'j1', grade: 'g1' },
    ],
    segments: [hoursOf('s0', 'j0', demand0), hoursOf('s1', 'j1', demand1)],
    ...o,
  })
}
