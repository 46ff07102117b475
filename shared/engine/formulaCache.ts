// The process-wide cache of formula outcomes (values per year, or why not), and its exchange between processes: main sends the renderer the formulas it already evaluated.
import type { FormulaError } from './formulaErrors'
import type { FormulaRefusal } from './formulaGrammar'

export interface FormulaOutcome {
  /** Values per year; where `failures` lists a year its entry is meaningless. */
  values: Float64Array
  /** Why the formula could not be used at all (parse error, unknown name). */
  refusal: FormulaRefusal | null
  /** Years (t) whose value is unusable. */
  failedYears: number[]
  /** What went wrong in the first of them: the error mathjs threw, or a description of the result. */
  firstFailure: { thrown: boolean; detail: string; error: FormulaError }
}

/**
 * Outcomes of formulas already evaluated, by horizon, start year and source: scenarios are
 * projected again and again with the same formulas (every edit in the app, every draw of a
 * sensitivity run), and a formula's values depend on nothing else. Bounded; the oldest entry goes.
 */
const cache = new Map<string, FormulaOutcome>()
const cacheSize = 1000

/** The cached outcome of `source` over this horizon, if any. */
export function cachedOutcome(
  source: string,
  horizonYears: number,
  startYear: number,
): FormulaOutcome | undefined {
  return cache.get(`${horizonYears}|${startYear}|${source}`)
}

/** Keeps an outcome; when the cache is full, the oldest entry goes. */
export function keepOutcome(
  source: string,
  horizonYears: number,
  startYear: number,
  outcome: FormulaOutcome,
): void {
  if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string)
  cache.set(`${horizonYears}|${startYear}|${source}`, outcome)
}

/** The values per year of formulas already evaluated for one horizon (what `evaluatedFormulas` gives). */
export interface EvaluatedFormulas {
  horizonYears: number
  startYear: number
  /** By formula source: one finite number per year. */
  values: Record<string, number[]>
}

/**
 * The formulas of `input` already in the cache with a finite value every year (after `project(input)`,
 * every formula it has that gives one), for a process that has not evaluated them: main sends them with
 * the start-up's projection, so the renderer's first paint does not wait for mathjs to build the
 * functions a formula uses (tens of milliseconds the first time). −0 does not survive JSON: such a
 * formula is left out, to be evaluated where it is needed.
 */
export function evaluatedFormulas(input: object): EvaluatedFormulas {
  const horizonYears = (input as { horizonYears: number }).horizonYears
  const startYear = (input as { startYear: number }).startYear
  const values: Record<string, number[]> = {}
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      const outcome = cachedOutcome(node, horizonYears, startYear)
      if (outcome && outcome.refusal === null && outcome.failedYears.length === 0) {
        const years = Array.from(outcome.values)
        if (!years.some((x) => Object.is(x, -0))) values[node] = years
      }
    } else if (Array.isArray(node)) node.forEach(visit)
    else if (node !== null && typeof node === 'object') Object.values(node).forEach(visit)
  }
  visit(input)
  return { horizonYears, startYear, values }
}

/**
 * Takes formula values evaluated elsewhere by this same code (see `evaluatedFormulas`) into the cache, as
 * if evaluated here. Values that are not one finite number per year are ignored.
 */
export function rememberEvaluatedFormulas({ horizonYears, startYear, values }: EvaluatedFormulas): void {
  for (const [source, years] of Object.entries(values)) {
    if (years.length !== horizonYears || !years.every((x) => typeof x === 'number' && Number.isFinite(x)))
      continue
    if (cachedOutcome(source, horizonYears, startYear) !== undefined) continue
    keepOutcome(source, horizonYears, startYear, {
      values: Float64Array.from(years),
      refusal: null,
      failedYears: [],
      firstFailure: { thrown: false, detail: '', error: { code: 'evaluation', params: {} } },
    })
  }
}
