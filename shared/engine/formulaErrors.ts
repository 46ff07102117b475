// Stable codes for everything that can be wrong with a formula (mathjs's English parse and runtime errors, our grammar), so the UI words them in its own language.

/** What is wrong with a formula; the UI has a text for each under `words.formula.<code>`. */
export type FormulaErrorCode =
  | 'empty'
  | 'tooLong'
  | 'unexpectedEnd'
  | 'parenthesisExpected'
  | 'valueExpected'
  | 'unexpectedOperator'
  | 'unexpectedPart'
  | 'conditionalIncomplete'
  | 'syntax'
  | 'assigns'
  | 'refusedPart'
  | 'refusedFunction'
  | 'unknownName'
  | 'argumentCount'
  | 'argumentType'
  | 'evaluation'
  | 'notNumber'
  /** The renderer's mathjs is still loading (a moment after its first paint): not the formula's fault. */
  | 'loading'

export const formulaErrorCodes: readonly FormulaErrorCode[] = [
  'empty',
  'tooLong',
  'unexpectedEnd',
  'parenthesisExpected',
  'valueExpected',
  'unexpectedOperator',
  'unexpectedPart',
  'conditionalIncomplete',
  'syntax',
  'assigns',
  'refusedPart',
  'refusedFunction',
  'unknownName',
  'argumentCount',
  'argumentType',
  'evaluation',
  'notNumber',
  'loading',
]

/** Parts of mathjs's grammar a formula may not use (the `part` parameter of `refusedPart`). */
export type RefusedPart =
  'matrix' | 'range' | 'object' | 'indexing' | 'block' | 'text' | 'operator' | 'computedFunction' | 'other'

/** What a formula gave that is not a finite number (the `kind` parameter of `notNumber`). */
export type NonNumberKind =
  | 'infinite'
  | 'notANumber'
  | 'boolean'
  | 'text'
  | 'complex'
  | 'matrix'
  | 'unit'
  | 'function'
  | 'nothing'
  | 'other'

/** A formula error: its code and the figures or names its text needs (char position, symbol, year). */
export interface FormulaError {
  code: FormulaErrorCode
  params: Record<string, string | number>
}

/** mathjs SyntaxError texts, by the start mathjs gives them (mathjs 15), with the captured symbol if any. */
const SYNTAX: readonly [RegExp, FormulaErrorCode][] = [
  [/^Unexpected end of expression/, 'unexpectedEnd'],
  [/^Parenthesis \) expected/, 'parenthesisExpected'],
  [/^Value expected/, 'valueExpected'],
  [/^Unexpected operator (\S+)/, 'unexpectedOperator'],
  [/^Unexpected part "([^"]*)"/, 'unexpectedPart'],
  [/^False part of conditional expression expected/, 'conditionalIncomplete'],
  [/^Invalid left hand side of assignment/, 'assigns'],
]

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The code of an error mathjs threw while parsing, with the (1-based) character it stopped at. */
export function parseErrorCode(error: unknown): FormulaError {
  const message = messageOf(error)
  const at = (error as { char?: unknown } | null)?.char
  const fromText = /\(char (\d+)\)/.exec(message)?.[1]
  const char = typeof at === 'number' ? at : fromText !== undefined ? Number(fromText) : 0
  for (const [pattern, code] of SYNTAX) {
    const m = pattern.exec(message)
    if (!m) continue
    return { code, params: m[1] === undefined ? { char } : { char, symbol: m[1] } }
  }
  return { code: 'syntax', params: { char } }
}

/** The code of an error mathjs threw while evaluating (typed-function says which function and why). */
export function evaluationErrorCode(error: unknown): FormulaError {
  const data = (error as { data?: { category?: unknown; fn?: unknown } } | null)?.data
  const fn = typeof data?.fn === 'string' ? data.fn : ''
  if (fn !== '' && (data?.category === 'tooManyArgs' || data?.category === 'tooFewArgs'))
    return { code: 'argumentCount', params: { fn } }
  if (fn !== '' && data?.category === 'wrongType') return { code: 'argumentType', params: { fn } }
  return { code: 'evaluation', params: {} }
}
