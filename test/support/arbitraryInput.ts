// fast-check generators of valid ModelInputs (every rule of docs/model-equations.md "Validation" respected), for property tests.
import fc from 'fast-check'
import type { Grade, ModelInput, Programme, RosterEntry, Segment, Series } from '../../shared/model/types'

export interface ArbitraryInputOptions {
  /** Largest horizon generated (default 20). */
  maxHorizonYears?: number
  /** Seats so plentiful that benchFactor is always 1. */
  ampleBenches?: boolean
}

const rate = fc.double({ min: 0, max: 1, noNaN: true })
const amount = (max: number) => fc.double({ min: 0, max, noNaN: true })

/** A series within [min, max]: a constant, H values, or one of a few formulas kept within range by clamping. */
function seriesArb(H: number, min: number, max: number): fc.Arbitrary<Series> {
  const value = fc.double({ min, max, noNaN: true })
  const formula = fc
    .tuple(
      value,
      fc.double({ min: -0.1, max: 0.1, noNaN: true }),
      fc.constantFrom('t', 'sin(year)', 'sqrt(t)', 'log(t + 1)'),
    )
    .map(([a, b, term]) => `min(${max}, max(${min}, ${a} + ${b} * ${term}))`)
  return fc.oneof(value, fc.array(value, { minLength: H, maxLength: H }), formula)
}

/** Shares that sum to 1 over the chosen keys (the last takes the remainder, so the sum is 1 within rounding). */
function sharesArb(keys: string[]): fc.Arbitrary<Record<string, number>> {
  return fc
    .array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: keys.length, maxLength: keys.length })
    .map((weights) => {
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

/** A random valid ModelInput of modest size (1–4 grades, 1–3 segments, 0–2 programmes). */
export function arbitraryInput(options: ArbitraryInputOptions = {}): fc.Arbitrary<ModelInput> {
  const maxH = options.maxHorizonYears ?? 20
  return fc
    .record({
      H: fc.integer({ min: 1, max: maxH }),
      startYear: fc.integer({ min: 2000, max: 2060 }),
      G: fc.integer({ min: 1, max: 4 }),
      J: fc.integer({ min: 1, max: 4 }),
      S: fc.integer({ min: 1, max: 3 }),
      P: fc.integer({ min: 0, max: 2 }),
    })
    .chain(({ H, startYear, G, J, S, P }) => {
      const gradeIds = Array.from({ length: G }, (_, i) => `grade${i}`)
      const jobTypeIds = Array.from({ length: J }, (_, i) => `job${i}`)
      const gradeId = fc.constantFrom(...gradeIds)
      const age = fc.integer({ min: 15, max: 80 })

      const grade = (id: string): fc.Arbitrary<Grade> =>
        fc.record({
          id: fc.constant(id),
          hoursPerFte: fc.double({ min: 100, max: 2500, noNaN: true }),
          attritionRate: rate,
          promotionRate: rate,
          salaryPerFte: amount(200_000),
          hireCost: amount(50_000),
        })

      const segment = (id: string): fc.Arbitrary<Segment> =>
        fc.subarray(jobTypeIds, { minLength: 1 }).chain((keys) =>
          fc.record({
            id: fc.constant(id),
            installedBase: amount(200_000),
            scrapRate: rate,
            newSales: amount(20_000),
            newSalesGrowth: seriesArb(H, -1, 0.5),
            preOwned: amount(10_000),
            preOwnedGrowth: seriesArb(H, -1, 0.5),
            serviceIntervalYears: fc.double({ min: 0.5, max: 15, noNaN: true }),
            serviceUptake: seriesArb(H, 0, 1),
            warrantyClaimRate: rate,
            preOwnedServiceRate: rate,
            jobMix: sharesArb(keys),
            hoursPerJob: fc
              .array(amount(20), { minLength: keys.length, maxLength: keys.length })
              .map((hours) => Object.fromEntries(keys.map((k, i) => [k, hours[i]]))),
          }),
        )

      const rosterEntry: fc.Arbitrary<RosterEntry> = fc.record({ grade: gradeId, age, fte: amount(20) })

      const programme = (id: string): fc.Arbitrary<Programme> =>
        fc.integer({ min: 1, max: 5 }).chain((d) =>
          fc.record(
            {
              id: fc.constant(id),
              durationYears: fc.constant(d),
              intake: seriesArb(H, 0, 10),
              dropoutRate: rate,
              captureRate: rate,
              entryGrade: gradeId,
              entryAge: age,
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
          ),
        )

      const byGrade = (max: number) =>
        fc
          .subarray(gradeIds)
          .chain((ids) =>
            fc
              .tuple(...ids.map(() => seriesArb(H, 0, max)))
              .map((values) => Object.fromEntries(ids.map((id, i) => [id, values[i]]))),
          )

      const expansion = fc.record({
        year: fc.integer({ min: startYear - 3, max: startYear + H + 1 }),
        benches: amount(20),
        costPerBench: amount(50_000),
      })

      return fc.record({
        schemaVersion: fc.constant(1 as const),
        startYear: fc.constant(startYear),
        horizonYears: fc.constant(H),
        retirementAge: age,
        grades: fc.tuple(...gradeIds.map(grade)),
        jobTypes: fc.tuple(...jobTypeIds.map((id) => fc.record({ id: fc.constant(id), grade: gradeId }))),
        segments: fc.tuple(...Array.from({ length: S }, (_, i) => segment(`segment${i}`))),
        workforce: fc.record({
          roster: fc.array(rosterEntry, { maxLength: 12 }),
          hireAge: age,
          hires: byGrade(5),
          marketLimit: byGrade(5),
        }),
        training:
          P === 0
            ? fc.constant([])
            : fc.tuple(...Array.from({ length: P }, (_, i) => programme(`programme${i}`))),
        benches: fc.record({
          initial: options.ampleBenches ? fc.constant(1e9) : amount(100),
          shifts: options.ampleBenches ? fc.constant(1) : amount(3),
          expansions: fc.array(expansion, { maxLength: 2 }),
        }),
        service: fc.record({
          initialBacklogHours: amount(50_000),
          abandonRate: rate,
          baseTurnaroundWeeks: amount(8),
          targetTurnaroundWeeks: amount(16),
          shortageTolerance: rate,
          productivityGain: rate,
          rampUpFactor: rate,
        }),
      })
    })
}
