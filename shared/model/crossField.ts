// Validation rules across fields of a ModelInput (references, key sets, series every year, v1 versus v2 fields), read defensively from raw data.
import { createSeriesResolver, type SeriesBounds, type SeriesResolver } from '../engine/series'
import { jobMixTolerance, maxAgeYears, maxHorizonYears, minAgeYears, seriesBounds } from './limits'
import { formatNumber, formatPath, problem, type Problem } from './problems'

// Any part may have the wrong type: the field rules report those, these rules skip them.

export interface CrossProblem {
  path: (string | number)[]
  reason: string
  year?: number
  /** The series resolver's code for the UI (see Problem). */
  code?: string
  params?: Record<string, string | number>
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

/** Reports a reference to a missing id (false then); `kind` names what is referred to ('grade', 'job type'). */
function checkRef(
  value: unknown,
  ids: Set<string> | null,
  kind: string,
  listName: string,
  path: (string | number)[],
  out: CrossProblem[],
): boolean {
  if (ids === null || typeof value !== 'string' || ids.has(value)) return true
  out.push({ path, reason: `names the ${kind} '${value}', which is not in ${listName}; ${oneOf(ids)}` })
  return false
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
      const coded = p.code === undefined ? {} : { code: p.code, params: p.params ?? {} }
      out.push(p.year === undefined ? { path, reason, ...coded } : { path, reason, year: p.year, ...coded })
    }
  }
}

/** Every rule across fields, on a value whose parts may have the wrong type. */
export function crossFieldProblems(root: Record<string, unknown>): CrossProblem[] {
  const out: CrossProblem[] = []
  const checkSeries = makeSeriesChecker(root, out)
  const { growth, share, fte, students, hours } = seriesBounds

  // Ids unique within their list.
  const gradeIds = checkIds(root.grades, 'grades', out)
  const jobTypeIds = checkIds(root.jobTypes, 'jobTypes', out)
  checkIds(root.segments, 'segments', out)
  checkIds(root.training, 'training', out)
  if (root.schemaVersion === 1) checkNoV2Fields(root, out)

  asArray(root.jobTypes).forEach((jobType, i) => {
    if (isRecord(jobType)) checkRef(jobType.grade, gradeIds, 'grade', 'grades', ['jobTypes', i, 'grade'], out)
  })

  asArray(root.segments).forEach((segment, i) => {
    if (!isRecord(segment)) return
    const at = (field: string): (string | number)[] => ['segments', i, field]
    checkJobMix(segment.jobMix, segment.hoursPerJob, jobTypeIds, at, out, 'jobMix', 'hoursPerJob')
    // (v2) A resale mix comes with its hours, or neither is given.
    const hasMix = segment.resaleJobMix !== undefined
    const hasHours = segment.resaleHoursPerJob !== undefined
    if (hasMix && hasHours) {
      const [mix, hrs] = [segment.resaleJobMix, segment.resaleHoursPerJob]
      checkJobMix(mix, hrs, jobTypeIds, at, out, 'resaleJobMix', 'resaleHoursPerJob')
    } else if (hasMix !== hasHours) {
      const [given, missing] = hasMix
        ? ['resaleJobMix', 'resaleHoursPerJob']
        : ['resaleHoursPerJob', 'resaleJobMix']
      out.push({
        path: at(missing),
        reason: `is missing; ${given} and ${missing} are given together or not at all`,
      })
    }
    checkSeries(segment.newSalesGrowth, at('newSalesGrowth'), growth)
    checkSeries(segment.preOwnedGrowth, at('preOwnedGrowth'), growth)
    checkSeries(segment.serviceUptake, at('serviceUptake'), share)
  })

  const workforce = root.workforce
  if (isRecord(workforce)) {
    asArray(workforce.roster).forEach((entry, i) => {
      if (isRecord(entry))
        checkRef(entry.grade, gradeIds, 'grade', 'grades', ['workforce', 'roster', i, 'grade'], out)
    })
    const policies: [string, SeriesBounds][] = [
      ['hires', fte],
      ['marketLimit', fte],
      ['backfill', share],
      ['gapHiring', share],
    ]
    for (const [field, fieldBounds] of policies) {
      forEachKey(workforce[field], (gradeId, value) => {
        const path = ['workforce', field, gradeId]
        if (checkRef(gradeId, gradeIds, 'grade', 'grades', path, out)) checkSeries(value, path, fieldBounds)
      })
    }
    checkRetirementProfile(workforce.retirementProfile, root.retirementAge, out)
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
    checkSeries(programme.intake, at('intake'), students)
    if (programme.maxIntake !== undefined) checkSeries(programme.maxIntake, at('maxIntake'), students)
  })

  const service = root.service
  if (isRecord(service)) {
    forEachKey(service.outsourcing, (gradeId, entry) => {
      const path = ['service', 'outsourcing', gradeId]
      if (checkRef(gradeId, gradeIds, 'grade', 'grades', path, out) && isRecord(entry)) {
        checkSeries(entry.maxHours, [...path, 'maxHours'], hours)
      }
    })
  }
  return out
}

function forEachKey(map: unknown, visit: (key: string, value: unknown) => void): void {
  if (isRecord(map)) for (const [key, value] of Object.entries(map)) visit(key, value)
}

/** (v2) Keys are whole ages written as text ("62"), in the age range and below retirementAge. */
function checkRetirementProfile(profile: unknown, retirementAge: unknown, out: CrossProblem[]): void {
  forEachKey(profile, (key) => {
    const path = ['workforce', 'retirementProfile', key]
    const n = Number(key)
    if (!/^\d+$/.test(key) || String(n) !== key || n < minAgeYears || n > maxAgeYears) {
      out.push({
        path,
        reason: `names the age '${key}'; keys are whole ages between ${minAgeYears} and ${maxAgeYears}, written as text ("62")`,
      })
    } else if (Number.isInteger(retirementAge) && n >= (retirementAge as number)) {
      out.push({
        path,
        reason: `names the age ${n}, which is not below retirementAge (${retirementAge as number}); everyone retires at retirementAge already`,
      })
    }
  })
}

const v2Reason = 'is a version 2 field; set schemaVersion to 2 to use it'

/** Version 2 fields, by where they sit; a v1 input must carry none of them. */
const v2Fields = {
  grades: ['revenuePerHour'],
  segments: ['resaleJobMix', 'resaleHoursPerJob', 'resaleReplacesService'],
  training: ['maxIntake'],
  workforce: ['backfill', 'gapHiring', 'retirementProfile'],
  service: ['rampUp', 'statusBasis', 'overtimeShare', 'overtimePremium', 'outsourcing'],
} as const

function checkNoV2Fields(root: Record<string, unknown>, out: CrossProblem[]): void {
  for (const list of ['grades', 'segments', 'training'] as const) {
    asArray(root[list]).forEach((item, i) => {
      if (!isRecord(item)) return
      for (const field of v2Fields[list]) {
        if (item[field] !== undefined) out.push({ path: [list, i, field], reason: v2Reason })
      }
    })
  }
  for (const part of ['workforce', 'service'] as const) {
    const value = root[part]
    if (!isRecord(value)) continue
    for (const field of v2Fields[part]) {
      if (value[field] !== undefined) out.push({ path: [part, field], reason: v2Reason })
    }
  }
}

/** Deeper than any field of a scenario (a series inside a map inside the service is 4 levels). */
const maxDepth = 8

/**
 * Problems zod cannot see: a `__proto__` key (JSON.parse keeps it as an own key, zod drops it without
 * a word) and nesting deeper than any field. Walks without recursion, so no input can exhaust the stack.
 */
export function rawInputProblems(raw: unknown): Problem[] {
  const out: Problem[] = []
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: raw, path: [] }]
  while (stack.length > 0 && out.length < 20) {
    const { value, path } = stack.pop()!
    if (typeof value !== 'object' || value === null) continue
    if (path.length > maxDepth) {
      out.push(problem(formatPath(path), 'is nested deeper than any field of a scenario'))
      continue
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] })
      continue
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') {
        out.push(problem(formatPath([...path, key]), 'is a reserved name; it is not an id or a field'))
      } else stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] })
    }
  }
  return out
}

/** A job mix and its hours per job (jobMix and hoursPerJob, or the resale pair) name the same existing job types, and the shares sum to 1. */
function checkJobMix(
  jobMix: unknown,
  hoursPerJob: unknown,
  jobTypeIds: Set<string> | null,
  at: (field: string) => (string | number)[],
  out: CrossProblem[],
  mixField: string,
  hoursField: string,
): void {
  const mixKeys = isRecord(jobMix) ? Object.keys(jobMix) : null
  const hourKeys = isRecord(hoursPerJob) ? Object.keys(hoursPerJob) : null
  for (const [field, keys] of [
    [mixField, mixKeys],
    [hoursField, hourKeys],
  ] as const) {
    for (const key of keys ?? []) checkRef(key, jobTypeIds, 'job type', 'jobTypes', [...at(field), key], out)
  }
  if (mixKeys !== null && hourKeys !== null) {
    const missingHours = mixKeys.filter((k) => !hourKeys.includes(k))
    const missingShares = hourKeys.filter((k) => !mixKeys.includes(k))
    if (missingHours.length > 0) {
      out.push({
        path: at(hoursField),
        reason: `has no hours for ${quoteList(missingHours)}, which ${mixField} lists; both must name the same job types`,
      })
    }
    if (missingShares.length > 0) {
      out.push({
        path: at(mixField),
        reason: `has no share for ${quoteList(missingShares)}, which ${hoursField} lists; both must name the same job types`,
      })
    }
  }
  if (mixKeys !== null) {
    const shares = Object.values(jobMix as Record<string, unknown>)
    if (shares.every(isFiniteNumber)) {
      let sum = 0
      for (const share of shares) sum += share
      if (!(Math.abs(sum - 1) <= jobMixTolerance)) {
        out.push({ path: at(mixField), reason: `shares sum to ${formatNumber(sum)}; they must sum to 1` })
      }
    }
  }
}

function quoteList(keys: string[]): string {
  return keys.map((k) => `'${k}'`).join(', ')
}
