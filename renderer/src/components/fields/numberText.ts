// Reads numbers as people type them (Swiss 1'234.5, French 1 234,5, English 1,234.5) and writes them back in Swiss form.

/**
 * How typed text becomes a number, decided once for every editor:
 * - Apostrophes (' ’ ʼ), spaces, no-break and thin spaces and underscores are digit-grouping marks and are dropped.
 * - When both `.` and `,` appear, the one that comes last is the decimal separator and the other groups
 *   digits: `1,234.5` and `1.234,5` are both 1234.5.
 * - A lone `,` is a decimal comma, as French writes it: `1,5` is 1.5 and `1,234` is 1.234 (not 1234 — type
 *   `1'234` or `1234` for that). Several commas (`1,234,567`) can only be grouping.
 * - A lone `.` is a decimal point; several dots (`1.234.567`) can only be grouping.
 * - A leading `+`, `-` or `−` (the typographic minus) and an exponent (`1e6`) are accepted; a trailing `%` is
 *   accepted and ignored (the field says whether it holds percent).
 * The result is the canonical decimal text (`-1234.5`), so a percent can be shifted without rounding errors.
 */
export type ParsedNumber =
  { ok: true; value: number; decimal: string } | { ok: false; reason: 'empty' | 'invalid' }

const GROUPING = /['’ʼ_\s\u00a0\u202f\u2009]/g

export function parseNumberText(text: string): ParsedNumber {
  let s = text.trim().replace(/%$/, '').trim()
  if (s === '') return { ok: false, reason: 'empty' }
  s = s.replace(/^\u2212/, '-').replace(GROUPING, '')
  let sign = ''
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s.startsWith('-')) sign = '-'
    s = s.slice(1)
  }
  let exponent = ''
  const e = /[eE][+-]?\d+$/.exec(s)
  if (e) {
    exponent = e[0]
    s = s.slice(0, e.index)
  }
  const lastDot = s.lastIndexOf('.')
  const lastComma = s.lastIndexOf(',')
  const dots = s.split('.').length - 1
  const commas = s.split(',').length - 1
  let decimalMark: '.' | ',' | null = null
  if (dots > 0 && commas > 0) decimalMark = lastDot > lastComma ? '.' : ','
  else if (commas === 1) decimalMark = ','
  else if (dots === 1) decimalMark = '.'
  let intPart = s
  let fracPart = ''
  if (decimalMark !== null) {
    const at = s.lastIndexOf(decimalMark)
    intPart = s.slice(0, at)
    fracPart = s.slice(at + 1)
  }
  // Whatever is left of the other mark groups digits.
  intPart = intPart.replace(/[.,]/g, '')
  if (!/^\d*$/.test(intPart) || !/^\d*$/.test(fracPart) || intPart + fracPart === '') {
    return { ok: false, reason: 'invalid' }
  }
  const decimal = `${sign}${intPart === '' ? '0' : intPart}${fracPart === '' ? '' : `.${fracPart}`}${exponent}`
  const value = Number(decimal)
  if (!Number.isFinite(value)) return { ok: false, reason: 'invalid' }
  return { ok: true, value: Object.is(value, -0) ? 0 : value, decimal }
}

/** Divides a canonical decimal text by 100 by moving its point, so `5.5` % becomes exactly 0.055. */
export function percentToFraction(decimal: string): number {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(decimal)
  if (!m) return Number(decimal) / 100
  const [, sign, int, frac = '', exp = '0'] = m
  return Number(`${sign}${int}${frac === '' ? '' : `.${frac}`}e${Number(exp) - 2}`)
}

/** Multiplies a fraction by 100 for display, without float noise (0.055 → 5.5, not 5.500000000000001). */
export function fractionToPercent(value: number): number {
  return cleanFloat(value * 100)
}

/** Drops binary noise beyond 12 significant digits (0.1 + 0.2 → 0.3). */
export function cleanFloat(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value
  return Number.parseFloat(value.toPrecision(12))
}

/** Parses text as a number in the field's display unit: percent fields give a fraction (5 → 0.05). */
export function parseFieldText(text: string, percent: boolean): ParsedNumber {
  const parsed = parseNumberText(text)
  if (!parsed.ok || !percent) return parsed
  return { ...parsed, value: percentToFraction(parsed.decimal) }
}

/**
 * A number in the Swiss form used by every editor: apostrophe groups of three, decimal point, at most
 * `maxDigits` decimals and no trailing zeros (1234.5 → "1'234.5", -0.02 → "-0.02").
 */
export function formatSwiss(value: number, maxDigits = 6, grouping = true): string {
  if (!Number.isFinite(value)) return ''
  const clean = cleanFloat(value)
  const negative = clean < 0
  const fixed = Math.abs(clean).toFixed(maxDigits)
  const [int = '0', frac = ''] = fixed.split('.')
  const grouped = grouping ? int.replace(/\B(?=(\d{3})+(?!\d))/g, "'") : int
  const trimmed = frac.replace(/0+$/, '')
  const text = trimmed === '' ? grouped : `${grouped}.${trimmed}`
  return negative && text !== '0' ? `-${text}` : text
}

/** The text an input shows for a stored value: percent fields show the fraction × 100; years are not grouped. */
export function fieldText(value: number | null | undefined, percent: boolean, grouping = true): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return ''
  return formatSwiss(percent ? fractionToPercent(value) : value, 6, grouping)
}

/** A number as it is written into a formula (plain JavaScript notation, no grouping, no float noise). */
export function formulaNumber(value: number): string {
  return String(cleanFloat(value))
}
