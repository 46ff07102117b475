// The series editor's pure logic: which mode a stored series is in, the draft the user edits, and the series it writes.
import type { Series } from '@shared/model/types'
import { createSeriesResolver, type SeriesBounds } from '@shared/engine/series'
import { jsonEqual } from '@shared/model/overrides'
import {
  cleanFloat,
  fieldText,
  formulaNumber,
  parseFieldText,
  parseNumberText,
  percentToFraction,
} from './numberText'

/**
 * constant: one number every year; growth: a start value growing by a yearly rate, stored as the formula
 * `start * (1 + rate)^t` (a formula, not a list, so it stays valid when the horizon changes); years: one
 * value per year; formula: any mathjs expression in t and year.
 */
export type SeriesMode = 'constant' | 'growth' | 'years' | 'formula'

export const SERIES_MODES: readonly SeriesMode[] = ['constant', 'growth', 'years', 'formula']

const NUM = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`
const GROWTH = new RegExp(String.raw`^\s*(${NUM})\s*\*\s*\(\s*1\s*([+-])\s*(${NUM})\s*\)\s*\^\s*t\s*$`)

/** The start value and yearly rate of a formula written by the growth mode, or null for any other formula. */
export function parseGrowthFormula(formula: string): { start: number; rate: number } | null {
  const m = GROWTH.exec(formula)
  if (!m) return null
  const start = Number(m[1])
  const magnitude = Number(m[3])
  const rate = m[2] === '-' ? -magnitude : magnitude
  return Number.isFinite(start) && Number.isFinite(rate) ? { start, rate } : null
}

/** `start * (1 + rate)^t`, written so that parseGrowthFormula reads it back exactly. */
export function growthFormula(start: number, rate: number): string {
  const sign = rate < 0 ? '-' : '+'
  return `${formulaNumber(start)} * (1 ${sign} ${formulaNumber(Math.abs(rate))})^t`
}

/** The mode a stored series is shown in. */
export function detectMode(series: Series): SeriesMode {
  if (typeof series === 'number') return 'constant'
  if (Array.isArray(series)) return 'years'
  return parseGrowthFormula(series) ? 'growth' : 'formula'
}

/** The draft behind the editor: text as typed, in display units (percent for rates), for every mode at once. */
export interface SeriesDraft {
  mode: SeriesMode
  constant: string
  start: string
  /** Growth rate in percent per year, always. */
  rate: string
  years: string[]
  formula: string
}

export interface SeriesContext {
  horizonYears: number
  startYear: number
  /** Values are fractions shown as percent (rates, growth rates). */
  percent: boolean
  bounds?: SeriesBounds
  /** Offer the growth mode (not for rates: a growing growth rate confuses more than it helps). */
  allowGrowth?: boolean
}

/** Values of a series for every year, or null when it cannot be resolved. */
export function seriesValues(series: Series, ctx: SeriesContext): number[] | null {
  const result = createSeriesResolver(ctx.horizonYears, ctx.startYear)(series, '')
  return result.ok ? Array.from(result.values) : null
}

/** A fresh draft showing `series` in its own mode; the other modes are prefilled from its yearly values. */
export function draftFromSeries(series: Series, ctx: SeriesContext): SeriesDraft {
  const mode = detectMode(series)
  const values = seriesValues(series, ctx) ?? new Array<number>(ctx.horizonYears).fill(0)
  const text = (v: number | undefined) => fieldText(v ?? 0, ctx.percent)
  const growth = typeof series === 'string' ? parseGrowthFormula(series) : null
  const first = values[0] ?? 0
  const years = Array.isArray(series)
    ? Array.from({ length: ctx.horizonYears }, (_, t) => (t < series.length ? text(series[t]) : ''))
    : values.map((v) => text(v))
  return {
    mode,
    constant: text(first),
    start: text(growth ? growth.start : first),
    rate: fieldText(growth ? growth.rate : impliedRate(values), true),
    years,
    formula: typeof series === 'string' ? series : formulaFromValues(series, values),
  }
}

/** The yearly rate that takes the first value to the last (0 when it cannot: a zero or a sign change). */
export function impliedRate(values: readonly number[]): number {
  const first = values[0]
  const last = values[values.length - 1]
  if (values.length < 2 || first === undefined || last === undefined || first <= 0 || last <= 0) return 0
  return cleanFloat((last / first) ** (1 / (values.length - 1)) - 1)
}

/**
 * A formula giving the same values: the number for a constant, a chain of conditionals for a list
 * (`t == 0 ? 1 : t == 1 ? 2 : 3`; formulas may not index a matrix).
 */
function formulaFromValues(series: Series, values: readonly number[]): string {
  if (typeof series === 'number') return formulaNumber(series)
  const distinct = new Set(values)
  if (distinct.size === 1) return formulaNumber(values[0] ?? 0)
  const last = values.length - 1
  return values.map((v, t) => (t === last ? formulaNumber(v) : `t == ${t} ? ${formulaNumber(v)} : `)).join('')
}

export type SeriesDraftAction =
  | { type: 'reset'; series: Series; ctx: SeriesContext }
  | { type: 'mode'; mode: SeriesMode }
  | { type: 'constant'; text: string }
  | { type: 'start'; text: string }
  | { type: 'rate'; text: string }
  | { type: 'formula'; text: string }
  | { type: 'year'; index: number; text: string }
  /** Values pasted from a spreadsheet, written from year `index` on (extra values are dropped). */
  | { type: 'paste'; index: number; texts: string[] }

export function seriesDraftReducer(draft: SeriesDraft, action: SeriesDraftAction): SeriesDraft {
  switch (action.type) {
    case 'reset':
      return draftFromSeries(action.series, action.ctx)
    case 'mode':
      return { ...draft, mode: action.mode }
    case 'constant':
      return { ...draft, constant: action.text }
    case 'start':
      return { ...draft, start: action.text }
    case 'rate':
      return { ...draft, rate: action.text }
    case 'formula':
      return { ...draft, formula: action.text }
    case 'year': {
      if (action.index < 0 || action.index >= draft.years.length) return draft
      const years = [...draft.years]
      years[action.index] = action.text
      return { ...draft, years }
    }
    case 'paste': {
      const years = [...draft.years]
      action.texts.forEach((text, i) => {
        const at = action.index + i
        if (at >= 0 && at < years.length) years[at] = text
      })
      return { ...draft, years }
    }
  }
}

/** Why a draft cannot become a series: which input, and whether it is empty or unreadable. */
export interface DraftError {
  field: 'constant' | 'start' | 'rate' | 'year' | 'formula'
  /** For a year: its index t. */
  index?: number
  reason: 'empty' | 'invalid'
}

export type DraftOutcome = { ok: true; series: Series } | { ok: false; error: DraftError }

function readNumber(
  text: string,
  percent: boolean,
): { ok: true; value: number } | { ok: false; reason: 'empty' | 'invalid' } {
  const parsed = parseFieldText(text, percent)
  return parsed.ok ? { ok: true, value: parsed.value } : parsed
}

/** The series the draft's current mode writes (stored units: fractions for rates). */
export function draftToSeries(draft: SeriesDraft, ctx: SeriesContext): DraftOutcome {
  switch (draft.mode) {
    case 'constant': {
      const n = readNumber(draft.constant, ctx.percent)
      return n.ok
        ? { ok: true, series: n.value }
        : { ok: false, error: { field: 'constant', reason: n.reason } }
    }
    case 'growth': {
      const start = readNumber(draft.start, ctx.percent)
      if (!start.ok) return { ok: false, error: { field: 'start', reason: start.reason } }
      const rate = parseNumberText(draft.rate)
      if (!rate.ok) return { ok: false, error: { field: 'rate', reason: rate.reason } }
      return { ok: true, series: growthFormula(start.value, percentToFraction(rate.decimal)) }
    }
    case 'years': {
      const values: number[] = []
      for (let t = 0; t < draft.years.length; t++) {
        const n = readNumber(draft.years[t] ?? '', ctx.percent)
        if (!n.ok) return { ok: false, error: { field: 'year', index: t, reason: n.reason } }
        values.push(n.value)
      }
      return { ok: true, series: values }
    }
    case 'formula': {
      const text = draft.formula.trim()
      return text === ''
        ? { ok: false, error: { field: 'formula', reason: 'empty' } }
        : { ok: true, series: text }
    }
  }
}

/** True when writing `next` would change the stored series. */
export function seriesChanged(stored: Series, next: Series): boolean {
  return !jsonEqual(stored, next)
}

/**
 * The value a grade × year grid writes for one row: a constant when every year has the same value (it stays
 * valid if the horizon changes), else one value per year.
 */
export function compactYears(values: readonly number[]): Series {
  const first = values[0]
  if (first !== undefined && values.every((v) => v === first)) return first
  return [...values]
}
