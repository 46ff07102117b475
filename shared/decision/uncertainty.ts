// Uncertain inputs: which figure (an override path), its distribution and how a draw applies; the zod schema, checks and sampling.
import { z } from 'zod'
import { resolveSeries } from '../engine/series'
import { getAtPath, parsePath } from '../model/overrides'
import { formatPath, problem, type Problem } from '../model/problems'
import type { ModelInput, RosterEntry, Series } from '../model/types'
import { checkDistribution, quantile, type Distribution, type Interval } from './distributions'
import {
  benchFields,
  fieldInfo,
  gradeFields,
  isPolicy,
  isV2Path,
  programmeFields,
  segmentFields,
  serviceFields,
  type FieldInfo,
} from './uncertainFields'

export type { Distribution, Interval } from './distributions'
export { fieldInfo, type FieldInfo } from './uncertainFields'

/**
 * How a drawn number changes the figure at `path`:
 * - `set`: the draw is the figure's value (for a series: the same value every year);
 * - `add`: the draw is added to the figure (to every year of a series, every element of a list);
 * - `scale`: the figure is multiplied by the draw (a factor >= 0).
 * With `add` and `scale` the result is clamped to the figure's valid range, year by year.
 */
export type UncertainApply = 'set' | 'add' | 'scale'

/** One uncertain figure of a scenario. */
export interface UncertainInput {
  /** Override path of a numeric input, e.g. `segments/automatic/preOwnedGrowth`, `grades/watchmaker/attritionRate`. */
  path: string
  distribution: Distribution
  /** Default: `set` for numbers and series, `scale` for lists (`initialStudents`) and `workforce/roster`. */
  apply?: UncertainApply
  /** Optional display name for charts and tables. */
  label?: string
}

/** The uncertain figures of one scenario, in the order their numbers are drawn. */
export type Uncertainty = UncertainInput[]

const finite = z.number().refine(Number.isFinite, 'must be a finite number')

export const distributionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('triangular'), min: finite, mode: finite, max: finite }),
  z.strictObject({ kind: z.literal('uniform'), min: finite, max: finite }),
  z.strictObject({
    kind: z.literal('normal'),
    mean: finite,
    sd: finite,
    min: finite.optional(),
    max: finite.optional(),
  }),
  z.strictObject({
    kind: z.literal('lognormal'),
    median: finite,
    sigma: finite,
    min: finite.optional(),
    max: finite.optional(),
  }),
])

export const uncertainInputSchema = z.strictObject({
  path: z.string().min(1, 'must not be empty'),
  distribution: distributionSchema,
  apply: z.enum(['set', 'add', 'scale']).optional(),
  label: z.string().optional(),
})

/** The stored form of `Uncertainty` (checked against a scenario's input by `prepareUncertainty`). */
export const uncertaintySchema = z.array(uncertainInputSchema)

/** One uncertain figure, checked against a scenario and ready to draw. */
export interface PreparedInput {
  spec: UncertainInput
  path: string
  apply: UncertainApply
  info: FieldInfo
  /** Range the draw itself is truncated to: the field's range for `set`, factors >= 0 for `scale`, all reals for `add`. */
  drawRange: Interval
  /**
   * The figure's current value: a number (scalar), one value per year (series; zeros for a missing
   * `workforce/hires` entry, null for a missing `marketLimit`), a list, or the roster.
   */
  base: number | Float64Array | number[] | RosterEntry[] | null
  /** True when the base series is the same number every year and was written as a number. */
  baseIsConstant: boolean
  /** Keys from the input's root to the figure: object keys, and list positions for id-keyed lists. */
  keys: (string | number)[]
}

export type PrepareResult = { ok: true; items: PreparedInput[] } | { ok: false; problems: Problem[] }

/** Thrown when uncertain figures do not fit the scenario; `problems` name each one (`[2].distribution: …`). */
export class UncertaintyError extends Error {
  readonly problems: Problem[]

  constructor(problems: Problem[]) {
    super(problems.map((p) => p.message).join('\n'))
    this.name = 'UncertaintyError'
    this.problems = problems
  }
}

/** `prepareUncertainty`, throwing UncertaintyError instead of returning problems. */
export function prepareUncertaintyOrThrow(input: ModelInput, uncertainty: Uncertainty): PreparedInput[] {
  const prepared = prepareUncertainty(input, uncertainty)
  if (!prepared.ok) throw new UncertaintyError(prepared.problems)
  return prepared.items
}

/**
 * Checks uncertain figures against a (valid) scenario input: each path names a numeric input that
 * exists (or a `workforce/hires`/`marketLimit` entry of an existing grade), each appears once, the
 * apply mode suits the figure, and each distribution fits its range. All problems at once.
 */
export function prepareUncertainty(input: ModelInput, uncertainty: Uncertainty): PrepareResult {
  const problems: Problem[] = []
  const items: PreparedInput[] = []
  const seen = new Set<string>()
  uncertainty.forEach((spec, i) => {
    const at = (field: string) => formatPath([i, field])
    const fail = (field: string, reason: string) => problems.push(problem(at(field), reason))
    const known = fieldInfo(spec.path)
    if (!known.ok) return fail('path', `'${spec.path}' ${known.reason}`)
    if (input.schemaVersion !== 2 && isV2Path(spec.path))
      return fail('path', `'${spec.path}' is a version 2 figure; this scenario is version 1`)
    if (seen.has(spec.path)) return fail('path', `'${spec.path}' is listed twice; keep one`)
    seen.add(spec.path)
    const info = known.info
    const keys = keysOf(input, spec.path)
    if (keys === null) return fail('path', `'${spec.path}' does not exist in this scenario`)
    const apply = spec.apply ?? (info.shape === 'list' || info.shape === 'roster' ? 'scale' : 'set')
    const current = getAtPath(input, spec.path)
    let base: PreparedInput['base']
    let baseIsConstant = false
    if (info.shape === 'scalar') {
      if (typeof current !== 'number') return fail('path', `'${spec.path}' is not a number in this scenario`)
      base = current
    } else if (info.shape === 'series') {
      if (current === undefined) {
        // A missing hires or policy entry is 0; a missing market limit is no limit, which only `set` can replace.
        if (spec.path.startsWith('workforce/marketLimit/') && apply !== 'set')
          return fail('apply', `'${spec.path}' has no limit in this scenario; only 'set' can give it one`)
        const zero = spec.path.startsWith('workforce/hires/') || isPolicy(parsePath(spec.path)?.[1])
        base = zero ? new Float64Array(input.horizonYears) : null
        baseIsConstant = true
      } else {
        const resolved = resolveSeries(
          current as Series,
          input.horizonYears,
          input.startYear,
          spec.path,
          info.seriesBounds,
        )
        if (!resolved.ok) {
          // The series' own problem (a formula that fails), with its code so the UI words it in its language.
          const { message, code, params } = resolved.problems[0]!
          return void problems.push({ ...problem(at('path'), message), ...(code ? { code, params } : {}) })
        }
        base = resolved.values
        baseIsConstant = typeof current === 'number'
      }
    } else if (info.shape === 'list') {
      if (!Array.isArray(current)) return fail('path', `'${spec.path}' is not given in this scenario`)
      if (apply === 'set') return fail('apply', `'${spec.path}' is a list; use 'add' or 'scale'`)
      base = current as number[]
    } else {
      if (apply !== 'scale')
        return fail('apply', `'${spec.path}' can only be scaled (every fte times the draw)`)
      base = current as RosterEntry[]
    }
    const drawRange: Interval =
      apply === 'set'
        ? info.range
        : apply === 'scale'
          ? { min: 0, max: Infinity }
          : { min: -Infinity, max: Infinity }
    const reason = checkDistribution(spec.distribution, drawRange)
    if (reason !== null) return fail('distribution', reason)
    items.push({ spec, path: spec.path, apply, info, drawRange, base, baseIsConstant, keys })
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, items }
}

/** Keys from the root to the figure at `path`, or null when a step does not exist. */
function keysOf(input: ModelInput, path: string): (string | number)[] | null {
  const s = parsePath(path)
  if (s === null) return null
  const keys: (string | number)[] = []
  let node: unknown = input
  for (let i = 0; i < s.length; i++) {
    const segment = s[i]!
    const last = i === s.length - 1
    if (Array.isArray(node)) {
      const index = node.findIndex(
        (e) => typeof e === 'object' && e !== null && (e as { id?: unknown }).id === segment,
      )
      if (index < 0) return null
      keys.push(index)
      node = node[index]
    } else if (typeof node === 'object' && node !== null) {
      const present = Object.hasOwn(node, segment)
      // hires/marketLimit/backfill/gapHiring entries may be missing, but only for an existing grade.
      if (!present && !(last && isGradeMapEntry(input, s))) return null
      keys.push(segment)
      node = (node as Record<string, unknown>)[segment]
    } else return null
  }
  return keys
}

function isGradeMapEntry(input: ModelInput, s: string[]): boolean {
  return (
    s.length === 3 &&
    s[0] === 'workforce' &&
    (s[1] === 'hires' || s[1] === 'marketLimit' || isPolicy(s[1])) &&
    input.grades.some((g) => g.id === s[2])
  )
}

/** The drawn number (the value, the delta or the factor, per `apply`) at cumulative probability u in [0, 1]. */
export function drawAt(item: PreparedInput, u: number): number {
  return quantile(item.spec.distribution, u, item.drawRange)
}

const clampTo = (x: number, r: Interval) => Math.min(r.max, Math.max(r.min, x))

function combine(apply: UncertainApply, base: number, drawn: number, range: Interval): number {
  const x = apply === 'set' ? drawn : apply === 'add' ? base + drawn : base * drawn
  return clampTo(x, range)
}

/** The figure's new value for a drawn number, in the form the input stores it. */
export function valueFor(item: PreparedInput, drawn: number): unknown {
  const { apply, info, base } = item
  switch (info.shape) {
    case 'scalar':
      return combine(apply, base as number, drawn, info.range)
    case 'series': {
      if (apply === 'set' || base === null) return clampTo(drawn, info.range)
      const values = base as Float64Array
      if (item.baseIsConstant) return combine(apply, values[0] ?? 0, drawn, info.range)
      const out = new Array<number>(values.length)
      for (let t = 0; t < values.length; t++) out[t] = combine(apply, values[t]!, drawn, info.range)
      return out
    }
    case 'list':
      return (base as number[]).map((x) => combine(apply, x, drawn, info.range))
    case 'roster':
      return (base as RosterEntry[]).map((e) => ({ ...e, fte: combine('scale', e.fte, drawn, info.range) }))
  }
}

/**
 * A copy of `input` with each item's figure replaced; containers along the written paths are copied,
 * everything else is shared with `input` (which is not changed). `values[i]` belongs to `items[i]`.
 */
export function withValues(
  input: ModelInput,
  items: readonly PreparedInput[],
  values: readonly unknown[],
): ModelInput {
  const root = { ...input } as Record<string | number, unknown>
  const copied = new Set<unknown>([root])
  for (let i = 0; i < items.length; i++) {
    const keys = items[i]!.keys
    let parent = root
    for (let k = 0; k < keys.length - 1; k++) {
      const key = keys[k]!
      let child = parent[key] as Record<string | number, unknown>
      if (!copied.has(child)) {
        child = (Array.isArray(child) ? child.slice() : { ...child }) as Record<string | number, unknown>
        parent[key] = child
        copied.add(child)
      }
      parent = child
    }
    parent[keys[keys.length - 1]!] = values[i]
  }
  return root as unknown as ModelInput
}

/**
 * The uncertainty used when a scenario marks none (the CLI's default): market figures of every segment.
 * New-sales growth ± 2 points and pre-owned growth ± 5 points (added to every year, triangular around
 * the scenario's own value), and service uptake × 0.9 … 1.1 (triangular around 1).
 */
export function defaultUncertainty(input: ModelInput): Uncertainty {
  return input.segments.flatMap((s) => [
    {
      path: `segments/${s.id}/newSalesGrowth`,
      apply: 'add' as const,
      distribution: { kind: 'triangular' as const, min: -0.02, mode: 0, max: 0.02 },
    },
    {
      path: `segments/${s.id}/preOwnedGrowth`,
      apply: 'add' as const,
      distribution: { kind: 'triangular' as const, min: -0.05, mode: 0, max: 0.05 },
    },
    {
      path: `segments/${s.id}/serviceUptake`,
      apply: 'scale' as const,
      distribution: { kind: 'triangular' as const, min: 0.9, mode: 1, max: 1.1 },
    },
  ])
}

/**
 * Every numeric figure of `input` that can be uncertain, as paths (for the tornado's ±10 % default):
 * grades, segments (with hoursPerJob per job type), hires and market limits, the roster, programmes
 * (with initialStudents when given), benches and service; (v2) the rates and limits the scenario gives:
 * backfill, gap hiring, places, resale figures, overtime, outsourcing, revenue per hour, ramp-up. Figures that are 0 in every year are left
 * out (scaling them changes nothing).
 */
export function numericPaths(input: ModelInput): string[] {
  const paths: string[] = []
  const add = (path: string) => {
    const value = getAtPath(input, path)
    if (isNonZero(value, input)) paths.push(path)
  }
  for (const g of input.grades) for (const f of Object.keys(gradeFields)) add(`grades/${g.id}/${f}`)
  for (const s of input.segments) {
    for (const f of Object.keys(segmentFields)) add(`segments/${s.id}/${f}`)
    for (const j of Object.keys(s.hoursPerJob)) add(`segments/${s.id}/hoursPerJob/${j}`)
    for (const j of Object.keys(s.resaleHoursPerJob ?? {})) add(`segments/${s.id}/resaleHoursPerJob/${j}`)
  }
  add('workforce/roster')
  const { workforce } = input
  for (const g of input.grades) {
    for (const map of ['hires', 'marketLimit', 'backfill', 'gapHiring'] as const)
      if (Object.hasOwn(workforce[map] ?? {}, g.id)) add(`workforce/${map}/${g.id}`)
    if (Object.hasOwn(input.service.outsourcing ?? {}, g.id)) {
      add(`service/outsourcing/${g.id}/maxHours`)
      add(`service/outsourcing/${g.id}/costPerHour`)
    }
  }
  for (const p of input.training) for (const f of Object.keys(programmeFields)) add(`training/${p.id}/${f}`)
  for (const f of Object.keys(benchFields)) add(`benches/${f}`)
  for (const f of Object.keys(serviceFields)) add(`service/${f}`)
  return paths.filter((p) => fieldInfo(p).ok)
}

function isNonZero(value: unknown, input: ModelInput): boolean {
  if (typeof value === 'number') return value !== 0
  if (typeof value === 'string') {
    const resolved = resolveSeries(value, input.horizonYears, input.startYear, '')
    return resolved.ok && resolved.values.some((x) => x !== 0)
  }
  if (Array.isArray(value))
    return value.some((x) => (typeof x === 'number' ? x !== 0 : (x as RosterEntry).fte !== 0))
  return false
}
