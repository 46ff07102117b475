// Series parameters (a constant, one value per year, or a formula in `t` and `year` in a small mathjs grammar), resolved over the horizon.
import type { MathNode } from 'mathjs'
import { formulaMath } from './formulaMath'
import type { Series } from '../model/types'
import { maxFormulaLength } from '../model/limits'
import { formatNumber, problem, type Problem } from '../model/problems'
import { evaluationErrorCode, parseErrorCode, type FormulaError, type NonNumberKind } from './formulaErrors'
import { grammarRefusal, type FormulaRefusal } from './formulaGrammar'
import { cachedOutcome, keepOutcome, type FormulaOutcome } from './formulaCache'

/** Lower and upper bounds a series must respect every year (both inclusive). */
export interface SeriesBounds {
  min?: number
  max?: number
  /** The largest value a workshop can have (docs/model.md "Bounds"); reported on its own as "at most". */
  ceiling?: number
}

/** A resolved series: one value per year (callers must not write into `values`), or why it cannot be resolved. */
export type SeriesResult = { ok: true; values: Float64Array } | { ok: false; problems: Problem[] }

type CompiledFormula =
  { ok: true; evaluate: (scope: Map<string, number>) => unknown } | ({ ok: false } & FormulaRefusal)

/**
 * Parses a formula once and checks it against the grammar of docs/model-equations.md "Formulas" before
 * anything is evaluated; the reason is a sentence fragment when it cannot be used.
 */
export function compileFormula(source: string): CompiledFormula {
  // Only in the renderer before its first paint is done (renderer/src/formulaMathLater.ts): not an error of
  // the formula, and never kept in the cache.
  if (!formulaMath.ready())
    return { ok: false, reason: 'formulas are still loading', error: { code: 'loading', params: {} } }
  if (source.trim() === '')
    return { ok: false, reason: 'formula is empty', error: { code: 'empty', params: {} } }
  if (source.length > maxFormulaLength) {
    return {
      ok: false,
      reason: `formula has ${source.length} characters; it may have at most ${maxFormulaLength}`,
      error: { code: 'tooLong', params: { length: source.length, max: maxFormulaLength } },
    }
  }
  let node: MathNode
  let refusal: FormulaRefusal | null
  try {
    node = formulaMath.parse(source)
    refusal = grammarRefusal(node)
  } catch (error) {
    return {
      ok: false,
      reason: `formula does not parse: ${errorMessage(error)}`,
      error: parseErrorCode(error),
    }
  }
  if (refusal !== null) return { ok: false, ...refusal }
  try {
    const compiled = node.compile()
    return { ok: true, evaluate: (scope) => compiled.evaluate(scope) }
  } catch (error) {
    return {
      ok: false,
      reason: `formula does not compile: ${errorMessage(error)}`,
      error: parseErrorCode(error),
    }
  }
}

/**
 * Builds what nearly every formula needs (the parser, the compiler, arithmetic and comparisons) ahead of
 * the first one: mathjs creates each of its functions the first time it is used, which cost the app's first
 * formula tens of milliseconds. The renderer calls it once mathjs has loaded after its first paint; it changes
 * no result.
 */
export function warmFormulas(): void {
  const compiled = compileFormula('t >= 0 ? (t + 1 - t / 2) * 2 ^ 1 : 0')
  if (compiled.ok) compiled.evaluate(new Map([['t', 1]]))
}

/** What a formula gave in one year that is not a usable number: its kind, and a phrase ('a boolean (true)', 'Infinity'). */
function describeNonNumber(value: unknown): [NonNumberKind, string] {
  if (typeof value === 'number') return [Number.isNaN(value) ? 'notANumber' : 'infinite', formatNumber(value)]
  if (typeof value === 'boolean') return ['boolean', `a boolean (${value})`]
  if (typeof value === 'string') return ['text', 'text']
  if (typeof value === 'function') return ['function', 'a function']
  if (value === null || value === undefined) return ['nothing', 'no value']
  if (formulaMath.isComplex(value)) return ['complex', 'a complex number']
  if (formulaMath.isMatrix(value) || Array.isArray(value)) return ['matrix', 'a matrix']
  if (formulaMath.isUnit(value)) return ['unit', 'a quantity with a unit']
  if (formulaMath.isResultSet(value)) return ['matrix', 'several values']
  return ['other', 'something other than a number']
}

/** A formula's result as a finite number, or undefined. BigNumber and Fraction results are real numbers, so they count. */
function toFiniteNumber(value: unknown): number | undefined {
  let n: number | undefined
  if (typeof value === 'number') n = value
  else if (formulaMath.isBigNumber(value) || formulaMath.isFraction(value)) n = Number(value.valueOf())
  return n !== undefined && Number.isFinite(n) ? n : undefined
}

/** A formula's values over the horizon: from the cache, or compiled once and evaluated once per year. */
function formulaOutcome(source: string, horizonYears: number, startYear: number): FormulaOutcome {
  const cached = cachedOutcome(source, horizonYears, startYear)
  if (cached !== undefined) return cached
  const outcome = evaluateFormula(source, horizonYears, startYear)
  if (outcome.refusal?.error.code !== 'loading') keepOutcome(source, horizonYears, startYear, outcome)
  return outcome
}

function evaluateFormula(source: string, horizonYears: number, startYear: number): FormulaOutcome {
  const values = new Float64Array(horizonYears)
  const compiled = compileFormula(source)
  const failedYears: number[] = []
  let firstFailure: FormulaOutcome['firstFailure'] = {
    thrown: false,
    detail: '',
    error: { code: 'evaluation', params: {} },
  }
  if (!compiled.ok) {
    const refusal = { reason: compiled.reason, error: compiled.error }
    return { values, refusal, failedYears, firstFailure }
  }
  const scope = new Map<string, number>()
  for (let t = 0; t < horizonYears; t++) {
    const year = startYear + t
    scope.set('t', t)
    scope.set('year', year)
    let result: unknown
    let thrown: unknown = null
    try {
      result = compiled.evaluate(scope)
    } catch (error) {
      thrown = error ?? 'error'
    }
    const n = thrown === null ? toFiniteNumber(result) : undefined
    if (n === undefined) {
      if (failedYears.length === 0) firstFailure = failure(thrown, result)
      failedYears.push(t)
    } else values[t] = n
  }
  return { values, refusal: null, failedYears, firstFailure }
}

/** The first failing year's failure: the error thrown, or what the formula gave instead of a finite number. */
function failure(thrown: unknown, result: unknown): FormulaOutcome['firstFailure'] {
  if (thrown !== null)
    return { thrown: true, detail: errorMessage(thrown), error: evaluationErrorCode(thrown) }
  const [kind, detail] = describeNonNumber(result)
  return { thrown: false, detail, error: { code: 'notNumber', params: { kind, value: detail } } }
}

function yearLabel(year: number, t: number): string {
  return `${year} (t = ${t})`
}

function otherYears(count: number): string {
  if (count <= 0) return ''
  return count === 1 ? ' and in 1 other year' : ` and in ${count} other years`
}

function boundsPhrase(bounds: SeriesBounds): string {
  const { min, max } = bounds
  if (min !== undefined && max !== undefined) return `between ${formatNumber(min)} and ${formatNumber(max)}`
  if (min !== undefined) return `at least ${formatNumber(min)}`
  return `at most ${formatNumber(max ?? Infinity)}`
}

function outOfBounds(x: number, bounds: SeriesBounds | undefined): boolean {
  if (bounds === undefined) return false
  return (bounds.min !== undefined && x < bounds.min) || (bounds.max !== undefined && x > bounds.max)
}

function aboveCeiling(x: number, bounds: SeriesBounds | undefined): boolean {
  return bounds?.ceiling !== undefined && x > bounds.ceiling
}

/** Checks every year's value against the bounds; one problem naming the first year out of range. */
function checkBounds(
  values: Float64Array,
  kind: 'constant' | 'array' | 'formula',
  path: string,
  startYear: number,
  bounds: SeriesBounds | undefined,
): Problem[] {
  if (bounds === undefined) return []
  let first = -1
  let count = 0
  let firstHigh = -1
  let countHigh = 0
  for (let t = 0; t < values.length; t++) {
    if (outOfBounds(values[t], bounds)) {
      if (first < 0) first = t
      count++
    } else if (aboveCeiling(values[t], bounds)) {
      if (firstHigh < 0) firstHigh = t
      countHigh++
    }
  }
  if (first < 0 && firstHigh < 0) return []
  let must = `it must be ${boundsPhrase(bounds)}`
  if (first < 0) {
    first = firstHigh
    count = countHigh
    must = `it must be at most ${formatNumber(bounds.ceiling ?? Infinity)}`
  }
  const value = formatNumber(values[first])
  if (kind === 'constant') return [problem(path, `is ${value}; ${must}`)]
  const year = startYear + first
  const verb = kind === 'formula' ? 'formula gives' : 'is'
  return [
    problem(path, `${verb} ${value} in ${yearLabel(year, first)}${otherYears(count - 1)}; ${must}`, year),
  ]
}

/** Resolves the series of one run; the values it returns are shared and must never be written. */
export type SeriesResolver = (value: Series, paramPath: string, bounds?: SeriesBounds) => SeriesResult

/**
 * A resolver for one projection run of `horizonYears` years from `startYear`. A formula is compiled
 * once and evaluated once per year, with `t` (0-based) and `year` (calendar) in scope, then kept in
 * a process-wide cache: a formula used by several parameters, or by the next run, is not evaluated
 * again. The Float64Arrays returned may therefore be shared: read only.
 */
export function createSeriesResolver(horizonYears: number, startYear: number): SeriesResolver {
  return (value, paramPath, bounds) => resolveShared(value, horizonYears, startYear, paramPath, bounds)
}

function resolveShared(
  value: Series,
  H: number,
  startYear: number,
  paramPath: string,
  bounds: SeriesBounds | undefined,
): SeriesResult {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      return fail(problem(paramPath, `is ${formatNumber(value)}; it must be a finite number`))
    const values = new Float64Array(H).fill(value)
    const problems = checkBounds(values, 'constant', paramPath, startYear, bounds)
    return problems.length > 0 ? { ok: false, problems } : { ok: true, values }
  }
  if (Array.isArray(value)) {
    if (value.length !== H) {
      const span = H === 1 ? `${startYear}` : `${startYear}–${startYear + H - 1}`
      return fail(
        problem(paramPath, `has ${value.length} values; it must have exactly ${H}, one per year (${span})`),
      )
    }
    const values = new Float64Array(H)
    for (let t = 0; t < H; t++) {
      const x: unknown = value[t]
      if (typeof x !== 'number' || !Number.isFinite(x)) {
        const year = startYear + t
        return fail(problem(paramPath, `value for ${yearLabel(year, t)} is not a finite number`, year))
      }
      values[t] = x
    }
    const problems = checkBounds(values, 'array', paramPath, startYear, bounds)
    return problems.length > 0 ? { ok: false, problems } : { ok: true, values }
  }
  if (typeof value === 'string') {
    const outcome = formulaOutcome(value, H, startYear)
    if (outcome.refusal !== null)
      return fail(coded(problem(paramPath, outcome.refusal.reason), outcome.refusal.error))
    if (outcome.failedYears.length > 0) {
      const t = outcome.failedYears[0]
      const others = outcome.failedYears.length - 1
      const when = `${yearLabel(startYear + t, t)}${otherYears(others)}`
      const { thrown, detail, error } = outcome.firstFailure
      const reason = thrown
        ? `formula cannot be evaluated in ${when}: ${detail}`
        : `formula gives ${detail} in ${when}; it must give a finite real number`
      const inYear = { code: error.code, params: { ...error.params, year: startYear + t, t, others } }
      return fail(coded(problem(paramPath, reason, startYear + t), inYear))
    }
    const problems = checkBounds(outcome.values, 'formula', paramPath, startYear, bounds)
    return problems.length > 0 ? { ok: false, problems } : { ok: true, values: outcome.values }
  }
  return fail(problem(paramPath, 'must be a number, a list of one number per year, or a formula'))
}

/**
 * Resolves one series parameter over `horizonYears` years from `startYear` (see
 * `createSeriesResolver`); the values are the caller's own copy, free to change.
 */
export function resolveSeries(
  value: Series,
  horizonYears: number,
  startYear: number,
  paramPath: string,
  bounds?: SeriesBounds,
): SeriesResult {
  const result = resolveShared(value, horizonYears, startYear, paramPath, bounds)
  return result.ok && typeof value === 'string' ? { ok: true, values: result.values.slice() } : result
}

/** A problem with the code the UI words it by (`formula.<code>` and its parameters). */
function coded(p: Problem, error: FormulaError): Problem {
  return { ...p, code: `formula.${error.code}`, params: error.params }
}

function fail(p: Problem): SeriesResult {
  return { ok: false, problems: [p] }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
