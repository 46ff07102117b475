// Moves every series of an input to a later start year so each calendar year keeps its value: lists sliced, formulas in `t` rewritten.
import type { ModelInput, Series } from '../model/types'

/**
 * The series for a run that starts `shift` years later and lasts `horizonYears`: a constant stays; a
 * list keeps its values from index `shift` on (`horizonYears` of them); a formula has each `t`
 * replaced by `(t + shift)`, so it gives every calendar year the value it gave before (`year` needs
 * no change). Needs shift + horizonYears <= the list's length.
 */
export function shiftSeries(series: Series, shift: number, horizonYears: number): Series {
  if (typeof series === 'number') return series
  if (Array.isArray(series)) return series.slice(shift, shift + horizonYears)
  return shiftFormula(series, shift)
}

// A formula's tokens: quoted text (kept whole), numbers (so `2e3` is not read as a name), names, and any other character.
const token = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\d*\.?\d+(?:[eE][+-]?\d+)?|[A-Za-z_$][\w$]*|[^]/g

/** Rewrites every name `t` in a mathjs formula as `(t + shift)`; other text is left exactly as it was. */
export function shiftFormula(source: string, shift: number): string {
  if (shift === 0) return source
  return source.replace(token, (piece) => (piece === 't' ? `(t + ${shift})` : piece))
}

/** A copy of `input` whose series (v1, and the v2 ones when present) are shifted by `shift` years for `horizonYears`. */
export function shiftInputSeries(input: ModelInput, shift: number, horizonYears: number): ModelInput {
  const move = (s: Series) => shiftSeries(s, shift, horizonYears)
  const moveMap = (map: unknown) => {
    if (typeof map !== 'object' || map === null) return map
    const out: Record<string, Series> = {}
    for (const [k, v] of Object.entries(map as Record<string, Series>)) out[k] = move(v)
    return out
  }
  const workforce: Record<string, unknown> = {
    ...input.workforce,
    hires: moveMap(input.workforce.hires),
    marketLimit: moveMap(input.workforce.marketLimit),
  }
  // (v2) hiring policies and intake caps are series too; outsourcing maxHours is one per grade.
  for (const field of ['backfill', 'gapHiring']) {
    if (Object.hasOwn(workforce, field)) workforce[field] = moveMap(workforce[field])
  }
  const service: Record<string, unknown> = { ...input.service }
  if (typeof service.outsourcing === 'object' && service.outsourcing !== null) {
    const outsourcing: Record<string, unknown> = {}
    for (const [g, entry] of Object.entries(service.outsourcing as Record<string, Record<string, unknown>>)) {
      outsourcing[g] = Object.hasOwn(entry, 'maxHours')
        ? { ...entry, maxHours: move(entry.maxHours as Series) }
        : entry
    }
    service.outsourcing = outsourcing
  }
  return {
    ...cloneJson(input),
    segments: input.segments.map((s) => ({
      ...cloneJson(s),
      newSalesGrowth: move(s.newSalesGrowth),
      preOwnedGrowth: move(s.preOwnedGrowth),
      serviceUptake: move(s.serviceUptake),
    })),
    workforce: cloneJson(workforce) as unknown as ModelInput['workforce'],
    training: input.training.map((p) => {
      const programme: Record<string, unknown> = { ...cloneJson(p), intake: move(p.intake) }
      if (Object.hasOwn(p, 'maxIntake')) programme.maxIntake = move(programme.maxIntake as Series)
      return programme as unknown as ModelInput['training'][number]
    }),
    service: cloneJson(service) as unknown as ModelInput['service'],
  }
}

function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
