// The checks of uncertain figures (shared/decision, in English) as sentences in the UI's language, for the row they name.
import type { Problem } from '@shared/model/problems'
import type { Translate } from '../../translate'

const patterns: [RegExp, string][] = [
  [/does not exist in this scenario/, 'missing'],
  [/is listed twice/, 'duplicate'],
  [/needs min <= mode <= max/, 'triangularOrder'],
  [/min must not exceed max/, 'minMax'],
  [/min and max must lie within the valid range (\S+) … (\S+)/, 'withinRange'],
  [/does not meet the valid range (\S+) … (\S+)/, 'outsideRange'],
  [/sd must be greater than 0/, 'sdPositive'],
  [/median must be greater than 0/, 'medianPositive'],
  [/sigma must be greater than 0/, 'sigmaPositive'],
  [/can only be scaled/, 'scaleOnly'],
  [/is a list; use/, 'listMode'],
  [/only 'set' can give it one/, 'setOnly'],
  [/finite number|expected number/i, 'number'],
  [
    /cannot be uncertain|not a valid path|cannot be drawn|is not a model figure|is a calendar year|must sum to 1|dated expansions/,
    'notAllowed',
  ],
]

/** The field of a row a problem is about: `[2].distribution.min` → 'distribution'. */
export function problemField(path: string): string {
  return /^\[\d+\]\.?([A-Za-z]+)?/.exec(path)?.[1] ?? ''
}

/** A problem in words; unknown messages are shown as the check wrote them. */
export function uncertaintyProblemText(problem: Problem, t: Translate): string {
  for (const [pattern, key] of patterns) {
    const match = pattern.exec(problem.message)
    if (match) return t(`decisions.problem.${key}`, { min: match[1] ?? '', max: match[2] ?? '' })
  }
  return problem.message
}
