// fast-check generators of valid ModelInputs (every rule of docs/model-equations.md "Validation" respected), v1 and v2, for property tests.
import fc from 'fast-check'
import { project } from '../../shared/engine'
import type {
  Grade,
  ModelInput,
  Outsourcing,
  Programme,
  RosterEntry,
  Segment,
  Series,
  ServiceParams,
  Workforce,
} from '../../shared/model/types'

export interface ArbitraryInputOptions {
  /** Largest horizon generated (default 60). */
  maxHorizonYears?: number
  /** Seats so plentiful that benchFactor is always 1. */
  ampleBenches?: boolean
  /** Which schema versions to generate (default both). */
  versions?: (1 | 2)[]
  /**
   * Scale hours per job so that year 0's demand is this range of multiples of year 0's capacity
   * (default 0.6 to 1.25: ok, tight and shortage years all occur); null leaves demand as drawn.
   */
  demandToCapacity?: [number, number] | null
}

/**
 * A double spread evenly over [min, max] (fc.double favours the ends and tiny values, so most draws
 * would sit near 0). Its ends are exact.
 */
export const uniform = (min: number, max: number): fc.Arbitrary<number> =>
  fc.integer({ min: 0, max: 10_000 }).map((i) => (i === 10_000 ? max : min + ((max - min) * i) / 10_000))
const rate = fc.oneof({ weight: 4, arbitrary: uniform(0, 1) }, fc.constantFrom(0, 1))
const amount = (max: number) => fc.oneof({ weight: 4, arbitrary: uniform(0, max) }, fc.constant(0))

/** A series within [min, max]: a constant, H values, or one of a few formulas kept within range by clamping. */
function seriesArb(H: number, min: number, max: number): fc.Arbitrary<Series> {
  const value = uniform(min, max)
  const formula = fc
    .tuple(
      value,
      uniform(-0.1, 0.1),
      fc.constantFrom('t', 'sin(year)', 'sqrt(t)', 'log(t + 1)', '(t > 5 ? 1 : 0)', 'floor(t / 3) % 2'),
    )
    .map(([a, b, term]) => `min(${max}, max(${min}, ${a} + ${b} * ${term}))`)
  return fc.oneof(value, fc.array(value, { minLength: H, maxLength: H }), formula)
}

/** Shares that sum to 1 over the chosen keys (the last takes the remainder, so the sum is 1 within rounding). */
function sharesArb(keys: string[]): fc.Arbitrary<Record<string, number>> {
  return fc.array(uniform(0.01, 1), { minLength: keys.length, maxLength: keys.length }).map((weights) => {
    const total = weights.reduce((a, b) => a + b, 0)
    const shares: Record<string, number> = {}
    let rest = 1
    keys.forEach((key, i) => {
      const share = i === keys.length - 1 ? Math.max(0, rest) : weights[i] / total
      shares[key] = share
      rest -= share
    })
    return shares
  })
}

const hoursOf = (keys: string[], max: number) =>
  fc
    .array(amount(max), { minLength: keys.length, maxLength: keys.length })
    .map((hours) => Object.fromEntries(keys.map((k, i) => [k, hours[i]])))

/** A map over a random subset of ids, each with a value from `value`. */
function someOf<T>(ids: string[], value: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> {
  return fc
    .subarray(ids)
    .chain((chosen) =>
      fc
        .tuple(...chosen.map(() => value))
        .map((values) => Object.fromEntries(chosen.map((id, i) => [id, values[i]]))),
    )
}

/** Keeps only the keys `keep` says, dropping the rest: how v2 fields are left out at random. */
function optional<T extends object>(record: fc.Arbitrary<T>): fc.Arbitrary<Partial<T>> {
  return fc.tuple(record, fc.nat()).map(([value, bits]) => {
    const out: Partial<T> = {}
    Object.keys(value).forEach((key, i) => {
      if ((bits >> i) & 1) (out as Record<string, unknown>)[key] = (value as Record<string, unknown>)[key]
    })
    return out
  })
}

/** A random valid ModelInput: 1–4 grades, 1–3 segments, 0–2 programmes, horizons up to 60, v1 or v2. */
export function arbitraryInput(options: ArbitraryInputOptions = {}): fc.Arbitrary<ModelInput> {
  const maxH = options.maxHorizonYears ?? 60
  const versions = options.versions ?? [1, 2]
  const ratio: [number, number] | null =
    options.demandToCapacity === undefined ? [0.6, 1.25] : options.demandToCapacity
  return fc
    .record({
      H: fc.integer({ min: 1, max: maxH }),
      startYear: fc.integer({ min: 2000, max: 2060 }),
      G: fc.integer({ min: 1, max: 4 }),
      J: fc.integer({ min: 1, max: 4 }),
      S: fc.integer({ min: 1, max: 3 }),
      P: fc.integer({ min: 0, max: 2 }),
      version: fc.constantFrom(...versions),
      // About a third of the inputs are steady (see makeSteady), so tight years are common.
      steady: fc.integer({ min: 0, max: 99 }).map((x) => x < 35),
      retirementAge: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 58, max: 70 }) },
        fc.integer({ min: 15, max: 80 }),
      ),
    })
    .chain(({ H, startYear, G, J, S, P, version, steady, retirementAge }) => {
      const gradeIds = Array.from({ length: G }, (_, i) => `grade${i}`)
      const jobTypeIds = Array.from({ length: J }, (_, i) => `job${i}`)
      const gradeId = fc.constantFrom(...gradeIds)
      const age = fc.integer({ min: 15, max: 80 })
      const workingAge = fc.integer({ min: 18, max: Math.max(18, Math.min(80, retirementAge - 1)) })
      const v2 = version === 2

      const grade = (id: string): fc.Arbitrary<Grade> =>
        fc.record({
          id: fc.constant(id),
          hoursPerFte: uniform(100, 2500),
          attritionRate: fc.oneof({ weight: 3, arbitrary: uniform(0, 0.2) }, rate),
          promotionRate: fc.oneof({ weight: 3, arbitrary: uniform(0, 0.2) }, rate),
          salaryPerFte: amount(200_000),
          hireCost: amount(50_000),
          ...(v2 ? { revenuePerHour: amount(300) } : {}),
        }) as fc.Arbitrary<Grade>

      const segment = (id: string): fc.Arbitrary<Segment> =>
        fc
          .tuple(fc.subarray(jobTypeIds, { minLength: 1 }), fc.subarray(jobTypeIds, { minLength: 1 }))
          .chain(([keys, resaleKeys]) =>
            fc
              .tuple(
                fc.record({
                  id: fc.constant(id),
                  installedBase: amount(200_000),
                  scrapRate: rate,
                  newSales: amount(20_000),
                  newSalesGrowth: seriesArb(H, -1, 0.5),
                  preOwned: amount(10_000),
                  preOwnedGrowth: seriesArb(H, -1, 0.5),
                  serviceIntervalYears: uniform(0.5, 15),
                  serviceUptake: seriesArb(H, 0, 1),
                  warrantyClaimRate: rate,
                  preOwnedServiceRate: rate,
                  jobMix: sharesArb(keys),
                  hoursPerJob: hoursOf(keys, 20),
                }),
                v2
                  ? fc.oneof(
                      fc.constant({}),
                      fc.record({
                        resaleJobMix: sharesArb(resaleKeys),
                        resaleHoursPerJob: hoursOf(resaleKeys, 20),
                      }),
                    )
                  : fc.constant({}),
                v2 ? optional(fc.record({ resaleReplacesService: rate })) : fc.constant({}),
              )
              .map(([base, resale, replaces]) => ({ ...base, ...resale, ...replaces }) as Segment),
          )

      const rosterEntry: fc.Arbitrary<RosterEntry> = fc.record({
        grade: gradeId,
        age: fc.oneof({ weight: 4, arbitrary: workingAge }, age),
        fte: amount(20),
      })

      const programme = (id: string): fc.Arbitrary<Programme> =>
        fc.integer({ min: 1, max: 5 }).chain(
          (d) =>
            fc.record(
              {
                id: fc.constant(id),
                durationYears: fc.constant(d),
                intake: seriesArb(H, 0, 10),
                ...(v2 ? { maxIntake: seriesArb(H, 0, 10) } : {}),
                dropoutRate: rate,
                captureRate: rate,
                entryGrade: gradeId,
                entryAge: fc.oneof({ weight: 4, arbitrary: workingAge }, age),
                initialStudents: fc.array(amount(10), { minLength: d, maxLength: d }),
                supervisionHoursPerStudent: amount(300),
                supervisorGrade: gradeId,
                benchSharePerStudent: rate,
                costPerStudentYear: amount(30_000),
              },
              {
                requiredKeys: [
                  'id',
                  'durationYears',
                  'intake',
                  'dropoutRate',
                  'captureRate',
                  'entryGrade',
                  'entryAge',
                  'supervisionHoursPerStudent',
                  'supervisorGrade',
                  'benchSharePerStudent',
                  'costPerStudentYear',
                ],
              },
            ) as fc.Arbitrary<Programme>,
        )

      const byGrade = (min: number, max: number) => someOf(gradeIds, seriesArb(H, min, max))
      const profileAges = Array.from({ length: Math.max(0, retirementAge - 15) }, (_, i) => String(15 + i))
      const workforceV2: fc.Arbitrary<Partial<Workforce>> = v2
        ? optional(
            fc.record({
              backfill: byGrade(0, 1),
              gapHiring: byGrade(0, 1),
              retirementProfile: someOf(profileAges.slice(-8), rate),
            }),
          )
        : fc.constant({})
      const outsourcing: fc.Arbitrary<Outsourcing> = fc.record({
        maxHours: seriesArb(H, 0, 5000),
        costPerHour: amount(200),
      })
      const serviceV2: fc.Arbitrary<Partial<ServiceParams>> = v2
        ? optional(
            fc.record({
              rampUp: fc.array(rate, { minLength: 1, maxLength: 10 }),
              statusBasis: fc.constantFrom('workshop' as const, 'grade' as const),
              overtimeShare: fc.oneof(uniform(0, 0.15), rate),
              overtimePremium: amount(1),
              outsourcing: someOf(gradeIds, outsourcing),
            }),
          )
        : fc.constant({})

      const expansion = fc.record({
        year: fc.integer({ min: startYear - 3, max: startYear + H + 1 }),
        benches: amount(20),
        costPerBench: amount(50_000),
      })

      const base = uniform(0, 8)
      return fc
        .record({
          schemaVersion: fc.constant(version),
          startYear: fc.constant(startYear),
          horizonYears: fc.constant(H),
          retirementAge: fc.constant(retirementAge),
          grades: fc.tuple(...gradeIds.map(grade)),
          jobTypes: fc.tuple(...jobTypeIds.map((id) => fc.record({ id: fc.constant(id), grade: gradeId }))),
          segments: fc.tuple(...Array.from({ length: S }, (_, i) => segment(`segment${i}`))),
          workforce: fc
            .tuple(
              fc.record({
                roster: fc.array(rosterEntry, { minLength: 1, maxLength: 12 }),
                hireAge: fc.oneof({ weight: 4, arbitrary: workingAge }, age),
                hires: byGrade(0, 5),
                marketLimit: byGrade(0, 5),
              }),
              workforceV2,
            )
            .map(([w, extra]) => ({ ...w, ...extra })),
          training:
            P === 0
              ? fc.constant([])
              : fc.tuple(...Array.from({ length: P }, (_, i) => programme(`programme${i}`))),
          benches: fc.record({
            initial: options.ampleBenches ? fc.constant(1e9) : amount(100),
            shifts: options.ampleBenches
              ? fc.constant(1)
              : fc.oneof({ weight: 3, arbitrary: uniform(1, 3) }, amount(3)),
            expansions: fc.array(expansion, { maxLength: 2 }),
          }),
          service: fc
            .tuple(
              fc.record({
                initialBacklogHours: amount(5_000),
                abandonRate: rate,
                baseTurnaroundWeeks: base,
                targetTurnaroundWeeks: uniform(4, 20),
                shortageTolerance: fc.oneof({ weight: 3, arbitrary: uniform(0, 0.1) }, rate),
                productivityGain: fc.oneof({ weight: 3, arbitrary: uniform(0, 0.03) }, rate),
                rampUpFactor: rate,
              }),
              serviceV2,
            )
            .map(([s, extra]) => ({ ...s, ...extra })),
        })
        .map((drawn) => {
          const input = drawn as ModelInput
          if (ratio === null) return input
          return steady ? scaleDemand(makeSteady(input), [0.8, 1.1]) : scaleDemand(input, ratio)
        })
    }) as fc.Arbitrary<ModelInput>
}

/**
 * Scales every hours-per-job figure so that year 0's demand is a multiple of year 0's capacity drawn
 * from `ratio` (through a hash of the input, so the same input always scales the same way). Demand is
 * linear in hours per job and capacity does not depend on it in year 0, so the ratio is exact there.
 * Scaling stops below the validation bound of 1000 h per job; an input without capacity is left as it is.
 */
function scaleDemand(input: ModelInput, ratio: [number, number]): ModelInput {
  const y0 = project(input).years[0]
  const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0)
  const demand = sum(y0.demandHours)
  const capacity = sum(y0.capacityHours)
  if (!(demand > 0) || !(capacity > 0)) return input
  const draw = (hash(JSON.stringify(input)) % 1000) / 1000
  const wanted = (ratio[0] + (ratio[1] - ratio[0]) * draw) * capacity
  const largest = Math.max(
    ...input.segments.flatMap((s) => [
      ...Object.values(s.hoursPerJob),
      ...Object.values(s.resaleHoursPerJob ?? {}),
    ]),
  )
  const factor = Math.min(wanted / demand, largest > 0 ? 999 / largest : 1)
  const scale = (m: Record<string, number>) =>
    Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v * factor]))
  return {
    ...input,
    segments: input.segments.map((s) => ({
      ...s,
      hoursPerJob: scale(s.hoursPerJob),
      ...(s.resaleHoursPerJob === undefined ? {} : { resaleHoursPerJob: scale(s.resaleHoursPerJob) }),
    })),
    service: {
      ...input.service,
      initialBacklogHours: Math.min(input.service.initialBacklogHours, 0.1 * wanted),
    },
  }
}

/**
 * The same input with demand and capacity constant over the horizon: no growth, an installed base
 * that renews itself (new sales = scrapped watches), no productivity gain, no flows in or out of
 * the workforce (nobody reaches retirement within the horizon), no training, ample benches, no
 * backlog. Its years all sit at one ratio of demand to capacity.
 */
function makeSteady(input: ModelInput): ModelInput {
  const H = input.horizonYears
  let retirementAge = input.retirementAge
  if (retirementAge - H - 1 < 18) retirementAge = 80
  const oldest = retirementAge - H - 1
  const { backfill: _b, gapHiring: _g, retirementProfile: _r, ...workforce } = input.workforce
  return {
    ...input,
    retirementAge,
    grades: input.grades.map((g) => ({ ...g, attritionRate: 0, promotionRate: 0 })),
    segments: input.segments.map((s) => ({
      ...s,
      newSales: s.scrapRate * s.installedBase,
      newSalesGrowth: 0,
      preOwnedGrowth: 0,
      serviceUptake: 0.5,
    })),
    workforce: {
      ...workforce,
      roster: input.workforce.roster.map((e) => ({ ...e, age: Math.min(Math.max(e.age, 15), oldest) })),
      hires: {},
    },
    training: [],
    benches: { initial: 1e9, shifts: 1, expansions: [] },
    service: { ...input.service, productivityGain: 0, initialBacklogHours: 0 },
  }
}

function hash(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0
  return h
}
