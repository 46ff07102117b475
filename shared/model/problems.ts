// Input problems: one per broken rule, with its JSON path, a plain sentence and, for a series, the calendar year.

/** One broken input rule. `message` repeats the path: `segments[2].jobMix: shares sum to 0.95; they must sum to 1`. */
export interface Problem {
  /** JSON path of the offending field, e.g. `segments[2].jobMix` or `workforce.hires.master`; '' for the whole input. */
  path: string
  /** A plain sentence, starting with the path. */
  message: string
  /** Calendar year the problem first appears in, for a series. */
  year?: number
  /** A stable code the UI words the problem by in its language (`formula.unexpectedEnd`), with its parameters. */
  code?: string
  params?: Record<string, string | number>
}

/** Thrown by `project` when an input turns out invalid while projecting (a series formula, an overflow). */
export class ModelInputError extends Error {
  readonly problems: Problem[]

  constructor(problems: Problem[]) {
    super(problems.map((p) => p.message).join('\n'))
    this.name = 'ModelInputError'
    this.problems = problems
  }
}

/** Codes of the problems `project` finds beyond a series (figures that outgrow floating point); `words.<code>` words each. */
export const projectionCodes = {
  overflow: 'engine.overflow',
  totalsOverflow: 'engine.totalsOverflow',
} as const

/** Builds a problem whose message starts with the path: `problem('a.b', 'must be at least 0')`. */
export function problem(path: string, reason: string, year?: number): Problem {
  const message = path === '' ? capitalise(reason) : `${path}: ${reason}`
  return year === undefined ? { path, message } : { path, message, year }
}

const identifier = /^[A-Za-z_$][\w$-]*$/

/** Formats a path given as segments: `['segments', 2, 'jobMix']` -> `segments[2].jobMix`. */
export function formatPath(segments: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`
    else {
      const key = String(segment)
      if (identifier.test(key)) out += out === '' ? key : `.${key}`
      else out += `[${JSON.stringify(key)}]`
    }
  }
  return out
}

/** A number as a person writes it: 12 significant digits at most, no float noise (0.95, not 0.9499999999999999). */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x)
  return String(Number.parseFloat(x.toPrecision(12)))
}

function capitalise(s: string): string {
  return s.length === 0 ? s : s[0].toUpperCase() + s.slice(1)
}
