// Turns the schema's uncoded English problem messages ("training[0].dropoutRate: must be between 0 and 1") into i18n keys; formula problems carry a code instead (codedProblem.ts).

/** The path and the reason of an engine message (`path: reason`; the reason alone for whole-input problems). */
export function splitProblemMessage(message: string): { path: string; reason: string } {
  const m = /^([A-Za-z_$][\w$.\-[\]"]*): (.*)$/s.exec(message)
  return m ? { path: m[1]!, reason: m[2]! } : { path: '', reason: message }
}

export interface LocalReason {
  /** Key under `editors.problem`. */
  key: string
  params: Record<string, string>
}

/** Reasons the schema and the series resolver write without a code, with their translatable form (captures become params). */
const PATTERNS: readonly [RegExp, string, readonly string[]][] = [
  [/^must be between 0 and 1$/, 'rate', []],
  [/^must be at least 0$/, 'nonNegative', []],
  [/^must be greater than 0$/, 'positive', []],
  [/^must be a whole number of years between (\d+) and (\d+)$/, 'wholeYears', ['min', 'max']],
  [/^must be a whole calendar year$/, 'calendarYear', []],
  [/^must be a number$/, 'number', []],
  [/^is missing$/, 'missing', []],
  [/^must not be empty$/, 'emptyId', []],
  [/^shares sum to ([^;]+); they must sum to 1$/, 'jobMixSum', ['sum']],
  [
    /^(?:formula gives|is) (\S+) in (\d+) \(t = (\d+)\)(?: and in (\d+) other years?)?; it must be (.+)$/,
    'seriesBounds',
    ['value', 'year', 't', 'others', 'bound'],
  ],
  [/^is (\S+); it must be (.+)$/, 'constantBounds', ['value', 'bound']],
  [
    /^has (\d+) values; it must have exactly (\d+), one per year \((.+)\)$/,
    'seriesLength',
    ['count', 'horizon', 'span'],
  ],
  [
    /^has (\d+) values; it must have exactly (\d+), one per year of study \(durationYears\)$/,
    'initialStudentsLength',
    ['count', 'duration'],
  ],
  [/^names the (grade|job type) '([^']*)', which is not in \w+; (.*)$/, 'unknownRef', ['kind', 'id', 'rest']],
  [/^repeats the id '([^']*)'.*$/, 'duplicateId', ['id']],
]

/** Bounds the resolver writes ("between 0 and 1", "at least 0") as a key under `editors.problem.bound`. */
const BOUNDS: readonly [RegExp, string][] = [
  [/^between 0 and 1$/, 'rate'],
  [/^at least 0$/, 'nonNegative'],
  [/^at least -1$/, 'growth'],
  [/^at most (\S+)$/, 'atMost'],
]

/**
 * The translatable form of a reason, or null when it is not one of the known sentences (the caller then shows
 * the English text as is). `others` is '0' when the problem is in one year only; `bound` is a key of
 * `editors.problem.bound` when known, else the English phrase.
 */
export function localReason(reason: string): LocalReason | null {
  for (const [re, key, names] of PATTERNS) {
    const m = re.exec(reason)
    if (!m) continue
    const params: Record<string, string> = {}
    names.forEach((name, i) => (params[name] = m[i + 1] ?? ''))
    if ('others' in params && params.others === '') params.others = '0'
    if ('bound' in params) {
      const bound = BOUNDS.find(([b]) => b.test(params.bound!))
      params.boundKey = bound ? bound[1] : ''
      // A ceiling ("at most 10") carries its figure into the translated phrase.
      const max = bound?.[0].exec(params.bound!)?.[1]
      if (max !== undefined) params.boundMax = max
    }
    return { key, params }
  }
  return null
}
