// The ModelInput zod schema and `validateInput`: every rule of docs/model-equations.md "Validation", all problems at once.
import { z } from 'zod'
import { createSeriesResolver, type SeriesBounds, type SeriesResolver } from '../engine/series'
import { jobMixTolerance, maxAgeYears, maxDurationYears, maxHorizonYears, minAgeYears } from './limits'
import { project } from '../engine/index'
import { formatNumber, formatPath, ModelInputError, problem, type Problem } from './problems'
import type { ModelInput } from './types'

/** A whole number. Not zod's `.int()`: its issue aborts the parse, which would skip the cross-field rules. */
const whole = (message: string) => z.number().refine(Number.isSafeInteger, message)
const rateMessage = 'must be between 0 and 1'
const rate = z.number().min(0, rateMessage).max(1, rateMessage)
const nonNegative = z.number().min(0, 'must be at least 0')
const positive = z.number().gt(0, 'must be greater than 0')
const ageMessage = `must be a whole number of years between ${minAgeYears} and ${maxAgeYears}`
const age = whole(ageMessage).min(minAgeYears, ageMessage).max(maxAgeYears, ageMessage)
const id = z
  .string()
  .min(1, 'must not be empty')
  .refine((s) => s !== '__proto__', 'is a reserved name; choose another id')
/** A reference to an id of another list; that it exists is checked across the whole input. */
const ref = z.string()
/** A series: a number, one number per year, or a mathjs formula. Bounds and years are checked across the input. */
const series = z.union([z.number(), z.array(z.number()), z.string()], {
  error: 'must be a number, a list of one number per year, or a formula',
})

const gradeSchema = z.strictObject({
  id,
  hoursPerFte: positive,
  attritionRate: rate,
  promotionRate: rate,
  salaryPerFte: nonNegative,
  hireCost: nonNegative,
})

const jobTypeSchema = z.strictObject({ id, grade: ref })

const segmentSchema = z.strictObject({
  id,
  installedBase: nonNegative,
  scrapRate: rate,
  newSales: nonNegative,
  newSalesGrowth: series,
  preOwned: nonNegative,
  preOwnedGrowth: series,
  serviceIntervalYears: positive,
  serviceUptake: series,
  warrantyClaimRate: rate,
  preOwnedServiceRate: rate,
  jobMix: z.record(z.string(), rate),
  hoursPerJob: z.record(z.string(), nonNegative),
})

const rosterEntrySchema = z.strictObject({ grade: ref, age, fte: nonNegative })

const workforceSchema = z.strictObject({
  roster: z.array(rosterEntrySchema),
  hireAge: age,
  hires: z.record(z.string(), series).default({}),
  marketLimit: z.record(z.string(), series).default({}),
})

const durationMessage = `must be a whole number of years between 1 and ${maxDurationYears}`
const programmeSchema = z.strictObject({
  id,
  durationYears: whole(durationMessage).min(1, durationMessage).max(maxDurationYears, durationMessage),
  intake: series,
  dropoutRate: rate,
  captureRate: rate,
  entryGrade: ref,
  entryAge: age,
  initialStudents: z.array(nonNegative).optional(),
  supervisionHoursPerStudent: nonNegative,
  supervisorGrade: ref,
  benchSharePerStudent: rate,
  costPerStudentYear: nonNegative,
})

const benchesSchema = z.strictObject({
  initial: nonNegative,
  shifts: nonNegative,
  expansions: z
    .array(
      z.strictObject({
        year: whole('must be a whole calendar year'),
        benches: nonNegative,
        costPerBench: nonNegative,
      }),
    )
    .default([]),
})

const serviceSchema = z.strictObject({
  initialBacklogHours: nonNegative,
  abandonRate: rate,
  baseTurnaroundWeeks: nonNegative,
  targetTurnaroundWeeks: nonNegative,
  shortageTolerance: rate,
  productivityGain: rate,
  rampUpFactor: rate,
})

const horizonMessage = `must be a whole number of years between 1 and ${maxHorizonYears}`
const baseSchema = z.strictObject({
  schemaVersion: z.literal(1, { error: 'must be 1 (the only version this model reads)' }),
  startYear: whole('must be a whole calendar year'),
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
 * references, job-mix keys and sums, initialStudents lengths, series values every year). The cross
 * rules run even when fields are wrong, so one parse reports every problem.
 */
export const modelInputSchema = baseSchema.superRefine(
  (value, ctx) => {
    for (const p of crossFieldProblems(value)) {
      ctx.addIssue({ code: 'custom', message: p.reason, path: p.path, params: { year: p.year } })
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
  try {
    const parsed = modelInputSchema.safeParse(raw, { reportInput: true })
    if (!parsed.success) return { ok: false, problems: parsed.error.issues.flatMap(issueToProblems) }
    project(parsed.data)
    return { ok: true, input: parsed.data }
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
      return [problem(path, issue.message, typeof year === 'number' ? year : undefined)]
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

// ---------------------------------------------------------------------------------------------
// Rules across fields. They read the raw value defensively: any part may have the wrong type.

interface CrossProblem {
  path: (string | number)[]
  reason: string
  year?: number
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : []
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v)
}

/** Collects the string ids of a list and reports duplicates. */
function checkIds(list: unknown, listName: string, out: CrossProblem[]): Set<string> | null {
  if (!Array.isArray(list)) return null
  const firstIndex = new Map<string, number>()
  list.forEach((item, i) => {
    const itemId = isRecord(item) ? item.id : undefined
    if (typeof itemId !== 'string' || itemId === '') return
    const first = firstIndex.get(itemId)
    if (first === undefined) firstIndex.set(itemId, i)
    else {
      out.push({
        path: [listName, i, 'id'],
        reason: `repeats the id '${itemId}' of ${listName}[${first}]; ids must be unique`,
      })
    }
  })
  return new Set(firstIndex.keys())
}

function oneOf(ids: Set<string>): string {
  const list = [...ids]
  if (list.length === 0) return 'there are none'
  const shown = list.slice(0, 12).join(', ')
  return `it must be one of: ${shown}${list.length > 12 ? ', …' : ''}`
}

/** Reports a reference to a missing id; `kind` names what is referred to ('grade', 'job type'). */
function checkRef(
  value: unknown,
  ids: Set<string> | null,
  kind: string,
  listName: string,
  path: (string | number)[],
  out: CrossProblem[],
): void {
  if (ids === null || typeof value !== 'string' || ids.has(value)) return
  out.push({ path, reason: `names the ${kind} '${value}', which is not in ${listName}; ${oneOf(ids)}` })
}

/** A series value whose shape is right (the field rules report wrong shapes). */
function isSeriesShape(v: unknown): boolean {
  return isFiniteNumber(v) || typeof v === 'string' || (Array.isArray(v) && v.every(isFiniteNumber))
}

/** Resolves series with the input's horizon, or year by year over what can be checked when H is wrong. */
function makeSeriesChecker(root: Record<string, unknown>, out: CrossProblem[]) {
  const startYear = Number.isSafeInteger(root.startYear) ? (root.startYear as number) : 0
  const H = root.horizonYears
  const validH = Number.isInteger(H) && (H as number) >= 1 && (H as number) <= maxHorizonYears
  const resolver: SeriesResolver | null = validH ? createSeriesResolver(H as number, startYear) : null
  return (value: unknown, path: (string | number)[], bounds: SeriesBounds): void => {
    if (!isSeriesShape(value)) return
    const series = value as number | number[] | string
    // Without a valid horizon an array is checked over its own length and a formula over year 0 only.
    const resolve = resolver ?? createSeriesResolver(Array.isArray(series) ? series.length : 1, startYear)
    const result = resolve(series, formatPath(path), bounds)
    if (result.ok) return
    for (const p of result.problems) {
      const reason = p.message.slice(p.path.length + 2)
      out.push(p.year === undefined ? { path, reason } : { path, reason, year: p.year })
    }
  }
}

function crossFieldProblems(root: Record<string, unknown>): CrossProblem[] {
  const out: CrossProblem[] = []
  const checkSeries = makeSeriesChecker(root, out)

  // Ids unique within their list.
  const gradeIds = checkIds(root.grades, 'grades', out)
  const jobTypeIds = checkIds(root.jobTypes, 'jobTypes', out)
  checkIds(root.segments, 'segments', out)
  checkIds(root.training, 'training', out)

  asArray(root.jobTypes).forEach((jobType, i) => {
    if (isRecord(jobType)) checkRef(jobType.grade, gradeIds, 'grade', 'grades', ['jobTypes', i, 'grade'], out)
  })

  asArray(root.segments).forEach((segment, i) => {
    if (!isRecord(segment)) return
    const at = (field: string): (string | number)[] => ['segments', i, field]
    checkJobMix(segment.jobMix, segment.hoursPerJob, jobTypeIds, at, out)
    checkSeries(segment.newSalesGrowth, at('newSalesGrowth'), { min: -1 })
    checkSeries(segment.preOwnedGrowth, at('preOwnedGrowth'), { min: -1 })
    checkSeries(segment.serviceUptake, at('serviceUptake'), { min: 0, max: 1 })
  })

  const workforce = root.workforce
  if (isRecord(workforce)) {
    asArray(workforce.roster).forEach((entry, i) => {
      if (isRecord(entry))
        checkRef(entry.grade, gradeIds, 'grade', 'grades', ['workforce', 'roster', i, 'grade'], out)
    })
    for (const field of ['hires', 'marketLimit'] as const) {
      const byGrade = workforce[field]
      if (!isRecord(byGrade)) continue
      for (const [gradeId, value] of Object.entries(byGrade)) {
        const path = ['workforce', field, gradeId]
        checkRef(gradeId, gradeIds, 'grade', 'grades', path, out)
        checkSeries(value, path, { min: 0 })
      }
    }
  }

  asArray(root.training).forEach((programme, i) => {
    if (!isRecord(programme)) return
    const at = (field: string): (string | number)[] => ['training', i, field]
    checkRef(programme.entryGrade, gradeIds, 'grade', 'grades', at('entryGrade'), out)
    checkRef(programme.supervisorGrade, gradeIds, 'grade', 'grades', at('supervisorGrade'), out)
    const d = programme.durationYears
    const initial = programme.initialStudents
    if (Array.isArray(initial) && Number.isInteger(d) && (d as number) >= 1 && initial.length !== d) {
      out.push({
        path: at('initialStudents'),
        reason: `has ${initial.length} values; it must have exactly ${d as number}, one per year of study (durationYears)`,
      })
    }
    checkSeries(programme.intake, at('intake'), { min: 0 })
  })
  return out
}

/** jobMix and hoursPerJob name the same existing job types, and the shares sum to 1. */
function checkJobMix(
  jobMix: unknown,
  hoursPerJob: unknown,
  jobTypeIds: Set<string> | null,
  at: (field: string) => (string | number)[],
  out: CrossProblem[],
): void {
  const mixKeys = isRecord(jobMix) ? Object.keys(jobMix) : null
  const hourKeys = isRecord(hoursPerJob) ? Object.keys(hoursPerJob) : null
  for (const [field, keys] of [
    ['jobMix', mixKeys],
    ['hoursPerJob', hourKeys],
  ] as const) {
    for (const key of keys ?? []) checkRef(key, jobTypeIds, 'job type', 'jobTypes', [...at(field), key], out)
  }
  if (mixKeys !== null && hourKeys !== null) {
    const missingHours = mixKeys.filter((k) => !hourKeys.includes(k))
    const missingShares = hourKeys.filter((k) => !mixKeys.includes(k))
    if (missingHours.length > 0) {
      out.push({
        path: at('hoursPerJob'),
        reason: `has no hours for ${quoteList(missingHours)}, which jobMix lists; both must name the same job types`,
      })
    }
    if (missingShares.length > 0) {
      out.push({
        path: at('jobMix'),
        reason: `has no share for ${quoteList(missingShares)}, which hoursPerJob lists; both must name the same job types`,
      })
    }
  }
  if (mixKeys !== null) {
    const shares = Object.values(jobMix as Record<string, unknown>)
    if (shares.every(isFiniteNumber)) {
      let sum = 0
      for (const share of shares) sum += share
      if (!(Math.abs(sum - 1) <= jobMixTolerance)) {
        out.push({ path: at('jobMix'), reason: `shares sum to ${formatNumber(sum)}; they must sum to 1` })
      }
    }
  }
}

function quoteList(keys: string[]): string {
  return keys.map((k) => `'${k}'`).join(', ')
}
