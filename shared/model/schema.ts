// The ModelInput zod schema and `validateInput`: every rule of docs/model-equations.md "Validation", all problems at once.
import { z } from 'zod'
import { project } from '../engine/index'
import { crossFieldProblems, rawInputProblems } from './crossField'
import { bounds, maxAgeYears, maxDurationYears, maxHorizonYears, maxRampUpYears, minAgeYears } from './limits'
import { formatNumber, formatPath, ModelInputError, problem, type Problem } from './problems'
import type { ModelInput, ModelResult } from './types'

/** A whole number. Not zod's `.int()`: its issue aborts the parse, which would skip the cross-field rules. */
const whole = (message: string) => z.number().refine(Number.isSafeInteger, message)
const rateMessage = 'must be between 0 and 1'
const rate = z.number().min(0, rateMessage).max(1, rateMessage)
/** >= 0 and, as a workshop can have it, at most `max` (docs/model.md "Bounds"). */
const upTo = (max: number) =>
  z
    .number()
    .min(0, 'must be at least 0')
    .max(max, `must be at most ${formatNumber(max)}`)
/** A number checked by rules in order; only the first broken rule is reported, so a field gets one message. */
const checked = (...rules: [(x: number) => boolean, string][]) =>
  z.number().superRefine((x, ctx) => {
    const broken = rules.find(([holds]) => !holds(x))
    if (broken !== undefined) ctx.addIssue({ code: 'custom', message: broken[1] })
  })
/** > 0 (the model's rule), then within what a workshop can have. */
const positiveUpTo = (min: number, max: number) =>
  checked(
    [(x) => x > 0, 'must be greater than 0'],
    [(x) => x >= min && x <= max, `must be between ${formatNumber(min)} and ${formatNumber(max)}`],
  )
const ageMessage = `must be a whole number of years between ${minAgeYears} and ${maxAgeYears}`
const age = whole(ageMessage).min(minAgeYears, ageMessage).max(maxAgeYears, ageMessage)
const { calendarYear } = bounds
const calendar = checked(
  [Number.isSafeInteger, 'must be a whole calendar year'],
  [
    (x) => x >= calendarYear.min && x <= calendarYear.max,
    `must be a calendar year between ${calendarYear.min} and ${calendarYear.max}`,
  ],
)
/** Names that reach an object's prototype: an id may not be one, so no map key can be either. */
const reservedIds: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])
const id = z
  .string()
  .min(1, 'must not be empty')
  .refine((s) => !reservedIds.has(s), 'is a reserved name; choose another id')
/** A reference to an id of another list; that it exists is checked across the whole input. */
const ref = z.string()
/** A series: a number, one number per year, or a mathjs formula. Bounds and years are checked across the input. */
const series = z.union([z.number(), z.array(z.number()), z.string()], {
  error: 'must be a number, a list of one number per year, or a formula',
})
/** A map keyed by ids of another list; the keys are checked across the whole input. */
const byId = <T extends z.ZodType>(value: T) => z.record(z.string(), value)

const gradeSchema = z.strictObject({
  id,
  hoursPerFte: positiveUpTo(bounds.hoursPerFte.min, bounds.hoursPerFte.max),
  attritionRate: rate,
  promotionRate: rate,
  salaryPerFte: upTo(bounds.money.max),
  hireCost: upTo(bounds.money.max),
  revenuePerHour: upTo(bounds.moneyPerHour.max).optional(),
})

const jobTypeSchema = z.strictObject({ id, grade: ref })

const segmentSchema = z.strictObject({
  id,
  installedBase: upTo(bounds.watches.max),
  scrapRate: rate,
  newSales: upTo(bounds.watches.max),
  newSalesGrowth: series,
  preOwned: upTo(bounds.watches.max),
  preOwnedGrowth: series,
  serviceIntervalYears: positiveUpTo(bounds.serviceIntervalYears.min, bounds.serviceIntervalYears.max),
  serviceUptake: series,
  warrantyClaimRate: rate,
  preOwnedServiceRate: rate,
  jobMix: byId(rate),
  hoursPerJob: byId(upTo(bounds.hoursPerJob.max)),
  resaleJobMix: byId(rate).optional(),
  resaleHoursPerJob: byId(upTo(bounds.hoursPerJob.max)).optional(),
  resaleReplacesService: rate.optional(),
})

const rosterEntrySchema = z.strictObject({ grade: ref, age, fte: upTo(bounds.fte.max) })

const workforceSchema = z.strictObject({
  roster: z.array(rosterEntrySchema),
  hireAge: age,
  hires: byId(series).default({}),
  marketLimit: byId(series).default({}),
  backfill: byId(series).optional(),
  gapHiring: byId(series).optional(),
  retirementProfile: z.record(z.string(), rate).optional(),
})

const durationMessage = `must be a whole number of years between 1 and ${maxDurationYears}`
const programmeSchema = z.strictObject({
  id,
  durationYears: whole(durationMessage).min(1, durationMessage).max(maxDurationYears, durationMessage),
  intake: series,
  maxIntake: series.optional(),
  dropoutRate: rate,
  captureRate: rate,
  entryGrade: ref,
  entryAge: age,
  initialStudents: z.array(upTo(bounds.students.max)).optional(),
  supervisionHoursPerStudent: upTo(bounds.supervisionHours.max),
  supervisorGrade: ref,
  benchSharePerStudent: rate,
  costPerStudentYear: upTo(bounds.money.max),
})

const benchesSchema = z.strictObject({
  initial: upTo(bounds.benches.max),
  shifts: upTo(bounds.shifts.max),
  expansions: z
    .array(
      z.strictObject({
        year: calendar,
        benches: upTo(bounds.benches.max),
        costPerBench: upTo(bounds.money.max),
      }),
    )
    .default([]),
})

const rampUpMessage = `must list 1 to ${maxRampUpYears} shares, one per year after joining`
const serviceSchema = z.strictObject({
  initialBacklogHours: upTo(bounds.hours.max),
  abandonRate: rate,
  baseTurnaroundWeeks: upTo(bounds.weeks.max),
  targetTurnaroundWeeks: upTo(bounds.weeks.max),
  shortageTolerance: rate,
  productivityGain: rate,
  rampUpFactor: rate,
  rampUp: z.array(rate).min(1, rampUpMessage).max(maxRampUpYears, rampUpMessage).optional(),
  statusBasis: z.enum(['workshop', 'grade'], { error: 'must be "workshop" or "grade"' }).optional(),
  overtimeShare: rate.optional(),
  overtimePremium: upTo(bounds.overtimePremium.max).optional(),
  outsourcing: byId(
    z.strictObject({ maxHours: series, costPerHour: upTo(bounds.moneyPerHour.max) }),
  ).optional(),
})

const horizonMessage = `must be a whole number of years between 1 and ${maxHorizonYears}`
const baseSchema = z.strictObject({
  schemaVersion: z.union([z.literal(1), z.literal(2)], {
    error: 'must be 1 or 2 (the versions this model reads)',
  }),
  startYear: calendar,
  horizonYears: whole(horizonMessage).min(1, horizonMessage).max(maxHorizonYears, horizonMessage),
  retirementAge: age,
  grades: z.array(gradeSchema).min(1, 'must list at least one grade'),
  jobTypes: z.array(jobTypeSchema).min(1, 'must list at least one job type'),
  segments: z.array(segmentSchema).min(1, 'must list at least one segment'),
  workforce: workforceSchema,
  training: z.array(programmeSchema).default([]),
  benches: benchesSchema,
  service: serviceSchema,
})

/**
 * The whole ModelInput schema: field rules per field, then the rules across fields (unique ids,
 * references, job-mix keys and sums, initialStudents lengths, series values every year, v2 fields in a
 * v1 input). The cross rules run even when fields are wrong, so one parse reports every problem.
 */
export const modelInputSchema = baseSchema.superRefine(
  (value, ctx) => {
    for (const p of crossFieldProblems(value)) {
      const params = { year: p.year, problemCode: p.code, problemParams: p.params }
      ctx.addIssue({ code: 'custom', message: p.reason, path: p.path, params })
    }
  },
  { when: (payload) => isRecord(payload.value) },
)

// The schema's output is exactly ModelInput, both ways (a compile error otherwise).
type SchemaOutput = z.output<typeof modelInputSchema>
type Assert<T extends true> = T
type _SameAsModelInput = Assert<[SchemaOutput, ModelInput] extends [ModelInput, SchemaOutput] ? true : false>

export type ValidationResult = { ok: true; input: ModelInput } | { ok: false; problems: Problem[] }

/**
 * Checks raw data (typically parsed JSON) against docs/model-equations.md and returns the typed input, or every
 * problem found. Never throws. A valid input also projects without overflow: `project` is tried
 * once so that figures too large for floating point are reported here, not later.
 */
export function validateInput(raw: unknown): ValidationResult {
  const checked = validateAndProject(raw)
  return checked.ok ? { ok: true, input: checked.input } : checked
}

/**
 * validateInput that also gives the projection it made of a valid input, for a caller that would project it
 * next (the renderer checks each edit, then draws it).
 */
export function validateAndProject(
  raw: unknown,
): { ok: true; input: ModelInput; result: ModelResult } | { ok: false; problems: Problem[] } {
  try {
    // Keys zod would drop silently (`__proto__`) and nesting no scenario has are refused first.
    const early = rawInputProblems(raw)
    if (early.length > 0) return { ok: false, problems: early }
    const parsed = modelInputSchema.safeParse(raw, { reportInput: true })
    if (!parsed.success) return { ok: false, problems: parsed.error.issues.flatMap(issueToProblems) }
    return { ok: true, input: parsed.data, result: project(parsed.data) }
  } catch (error) {
    if (error instanceof ModelInputError) return { ok: false, problems: error.problems }
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, problems: [problem('', `the input could not be checked: ${reason}`)] }
  }
}

function issueToProblems(issue: z.core.$ZodIssue): Problem[] {
  const path = formatPath(issue.path)
  switch (issue.code) {
    case 'invalid_type':
      if (path === '')
        return [problem('', 'the input must be a JSON object holding a scenario (schemaVersion, grades, …)')]
      return [problem(path, typeReason(issue.expected, issue.input))]
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        problem(formatPath([...issue.path, key]), 'is not a known field; check the spelling'),
      )
    case 'custom': {
      const year: unknown = issue.params?.year
      const made = problem(path, issue.message, typeof year === 'number' ? year : undefined)
      const code: unknown = issue.params?.problemCode
      const params = issue.params?.problemParams as Problem['params']
      return [typeof code === 'string' ? { ...made, code, params: params ?? {} } : made]
    }
    default:
      return [problem(path, issue.message)]
  }
}

function typeReason(expected: string, input: unknown): string {
  if (input === undefined) return 'is missing'
  if (typeof input === 'number' && !Number.isFinite(input)) return `is ${input}; it must be a finite number`
  switch (expected) {
    case 'number':
      return 'must be a number'
    case 'int':
      return 'must be a whole number'
    case 'string':
      return 'must be text'
    case 'array':
      return 'must be a list'
    case 'object':
    case 'record':
      return 'must be an object'
    default:
      return `must be ${expected}`
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
