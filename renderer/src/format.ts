// Swiss number formats (1'234.5, CHF 1'234) in every UI language, as watchmakers' finance teams write them.
const cache = new Map<string, Intl.NumberFormat>()

function formatter(digits: number): Intl.NumberFormat {
  const key = String(digits)
  let f = cache.get(key)
  if (!f) {
    // de-CH groups with the apostrophe and uses the point as decimal separator, in French, English and German UIs alike.
    f = new Intl.NumberFormat('de-CH', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    cache.set(key, f)
  }
  return f
}

/** 1234.5 → "1’234.5"; null, NaN and infinities → "—". Uses the typewriter apostrophe as Swiss usage writes it. */
export function formatNumber(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  return formatter(digits).format(value).replace(/’/g, "'")
}

export function formatChf(value: number | null | undefined, digits = 0): string {
  const text = formatNumber(value, digits)
  return text === '—' ? text : `CHF ${text}`
}

/** The locale for dates and times in a UI language: the Swiss variant of each (fr-CH, en-CH, de-CH). */
export function dateLocale(language: string): string {
  return language === 'en' ? 'en-CH' : language === 'de' ? 'de-CH' : 'fr-CH'
}
