// Swiss number formats (1'234.5, CHF 1'234) in every UI language, as watchmakers' finance teams write them.
const cache = new Map<string, Intl.NumberFormat>()

function formatter(digits: number, minDigits = digits): Intl.NumberFormat {
  const key = `${minDigits}-${digits}`
  let f = cache.get(key)
  if (!f) {
    // de-CH groups with the apostrophe and uses the point as decimal separator, in French, English and German UIs alike.
    f = new Intl.NumberFormat('de-CH', { minimumFractionDigits: minDigits, maximumFractionDigits: digits })
    cache.set(key, f)
  }
  return f
}

/**
 * Beyond this magnitude no workshop figure is real (CHF 1 trillion, 10¹² hours): such results of an
 * implausible input are written in powers of ten, so cards and axes stay readable.
 */
export const absurdMagnitude = 1e12

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** 9.27e16 → "9.27 × 10¹⁶" (three significant digits, Swiss decimal point). */
export function formatPowerOfTen(value: number): string {
  const exponent = Math.floor(Math.log10(Math.abs(value)))
  let mantissa = Number((value / 10 ** exponent).toFixed(2))
  let e = exponent
  if (Math.abs(mantissa) >= 10) {
    mantissa /= 10
    e += 1
  }
  const sup = String(e)
    .split('')
    .map((d) => (d === '-' ? '⁻' : SUPERSCRIPT[Number(d)]))
    .join('')
  return `${String(mantissa)} × 10${sup}`
}

/**
 * 1234.5 → "1’234.5"; null, NaN and infinities → "—"; beyond `absurdMagnitude`, a power of ten. Uses the
 * typewriter apostrophe as Swiss usage writes it.
 */
export function formatNumber(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  if (Math.abs(value) >= absurdMagnitude) return formatPowerOfTen(value)
  return formatter(digits).format(value).replace(/’/g, "'")
}

/** Like formatNumber, but with at most `maxDigits` decimals and no trailing zeros: 0.035 → "0.035", 1712 → "1'712". */
export function formatShort(value: number | null | undefined, maxDigits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  if (Math.abs(value) >= absurdMagnitude) return formatPowerOfTen(value)
  return formatter(maxDigits, 0).format(value).replace(/’/g, "'")
}

export function formatChf(value: number | null | undefined, digits = 0): string {
  const text = formatNumber(value, digits)
  return text === '—' ? text : `CHF ${text}`
}

/**
 * Numbers inside free text (a source's value, written the French way) in the Swiss form: digit groups
 * split by spaces take the apostrophe ("1 712 h/an" → "1'712 h/an") and a decimal comma between digits
 * becomes a point ("3,3 h" → "3.3 h"). Everything else is kept as written.
 */
export function swissNumbersInText(text: string): string {
  let out = text.replace(/(\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, "$1'")
  // Longer numbers have several groups: repeat until no group is left.
  for (let before = ''; before !== out;) {
    before = out
    out = out.replace(/(\d)[ \u00a0\u202f](?=\d{3}'|\d{3}(?!\d))/g, "$1'")
  }
  return out.replace(/(\d),(\d)/g, '$1.$2')
}

/** 2027, 2028, 2029, 2033 → "2027–2029, 2033". */
export function yearRanges(years: readonly number[]): string {
  const parts: string[] = []
  let start = years[0]
  for (let i = 1; i <= years.length; i++) {
    const prev = years[i - 1]!
    if (years[i] === prev + 1) continue
    parts.push(start === prev ? String(prev) : `${start}–${prev}`)
    start = years[i]
  }
  return parts.join(', ')
}

/** The locale for dates and times in a UI language: the Swiss variant of each (fr-CH, en-CH, de-CH). */
export function dateLocale(language: string): string {
  return language === 'en' ? 'en-CH' : language === 'de' ? 'de-CH' : 'fr-CH'
}
