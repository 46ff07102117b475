// Formula errors carry stable codes with their parameters (char position, symbol, year), and every UI language has a text for each.
import { describe, expect, it } from 'vitest'
import { resolveSeries } from '../../shared/engine/series'
import { formulaErrorCodes } from '../../shared/engine/formulaErrors'
import { validateInput } from '../../shared/model/schema'
import { makeInput } from '../support/makeInput'
import { wordsFr } from '../../renderer/src/locales/words.fr'
import { wordsEn } from '../../renderer/src/locales/words.en'
import { wordsDe } from '../../renderer/src/locales/words.de'
import { codedReason } from '../../renderer/src/components/fields/codedProblem'

/** The one problem of a formula over 5 years from 2026, as its code and parameters. */
function codeOf(formula: string): { code?: string; params?: Record<string, string | number> } {
  const result = resolveSeries(formula, 5, 2026, 'x')
  if (result.ok) throw new Error(`${formula} was accepted`)
  const [p] = result.problems
  return { code: p.code, params: p.params }
}

describe('formula error codes', () => {
  it('an operator with nothing after it: the end, one past the last character (4 for "2 *")', () => {
    expect(codeOf('2 *')).toEqual({ code: 'formula.unexpectedEnd', params: { char: 4 } })
  })

  it('an unclosed parenthesis: the ")" is missing at character 7 of "(1 + 2"', () => {
    expect(codeOf('(1 + 2')).toEqual({ code: 'formula.parenthesisExpected', params: { char: 7 } })
  })

  it('an unknown name is named, whatever else the formula holds', () => {
    expect(codeOf('foo + 1')).toEqual({ code: 'formula.unknownName', params: { names: 'foo', count: 1 } })
    expect(codeOf('growth * x + t')).toEqual({
      code: 'formula.unknownName',
      params: { names: 'growth, x', count: 2 },
    })
  })

  it('two operators in a row: a value is expected where the second one stands (character 4 of "1 +* 2")', () => {
    expect(codeOf('1 +* 2')).toEqual({ code: 'formula.valueExpected', params: { char: 4 } })
  })

  it('a function outside the grammar is named (mathjs would have run it)', () => {
    expect(codeOf('evaluate(1)')).toEqual({
      code: 'formula.refusedFunction',
      params: { names: 'evaluate', count: 1 },
    })
  })

  it('a stray closing parenthesis and two values side by side name the symbol', () => {
    expect(codeOf('1 + 2)')).toEqual({
      code: 'formula.unexpectedOperator',
      params: { char: 6, symbol: ')' },
    })
    expect(codeOf('2 3')).toEqual({ code: 'formula.unexpectedPart', params: { char: 3, symbol: '3' } })
  })

  it('refused parts of the grammar: an assignment, a matrix, text, an operator', () => {
    expect(codeOf('a = 1').code).toBe('formula.assigns')
    expect(codeOf('[1, 2]')).toEqual({ code: 'formula.refusedPart', params: { part: 'matrix', symbol: '' } })
    expect(codeOf('"a"')).toEqual({ code: 'formula.refusedPart', params: { part: 'text', symbol: 'a' } })
    expect(codeOf('1 ? 2')).toEqual({ code: 'formula.conditionalIncomplete', params: { char: 6 } })
  })

  it('runtime: a division by zero gives an infinite value, named with its first year and the other years', () => {
    // 1 / (t - 2) is infinite at t = 2 only (2028); 1 / 0 every year.
    expect(codeOf('1 / (t - 2)')).toEqual({
      code: 'formula.notNumber',
      params: { kind: 'infinite', value: 'Infinity', year: 2028, t: 2, others: 0 },
    })
    expect(codeOf('0 / 0').params).toMatchObject({ kind: 'notANumber', year: 2026, others: 4 })
    expect(codeOf('sqrt(t - 10)').params).toMatchObject({ kind: 'complex' })
  })

  it('runtime: a function given the wrong number of values names the function', () => {
    expect(codeOf('pow(t, 2, 3)')).toEqual({
      code: 'formula.argumentCount',
      params: { fn: 'pow', year: 2026, t: 0, others: 4 },
    })
  })

  it('the code survives the schema, so a refused edit is worded like a live one', () => {
    const input = makeInput()
    input.segments[0]!.newSalesGrowth = '(1 + 2'
    const result = validateInput(input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    const p = result.problems.find((x) => x.path === 'segments[0].newSalesGrowth')
    expect(p).toMatchObject({ code: 'formula.parenthesisExpected', params: { char: 7 } })
  })
})

describe('formula error texts', () => {
  const trees = { fr: wordsFr, en: wordsEn, de: wordsDe }

  for (const [language, tree] of Object.entries(trees)) {
    it(`${language} has a text for every code, part and kind`, () => {
      const texts = tree.words.formula as Record<string, unknown>
      for (const code of formulaErrorCodes) expect(typeof texts[code], code).toBe('string')
      for (const group of ['part', 'kind'] as const)
        expect(Object.keys(texts[group] as object).length).toBeGreaterThan(0)
    })
  }

  it('a coded problem is worded with its parameters and the translated parts, never the key', () => {
    const lookup = (key: string): string | undefined =>
      key
        .split('.')
        .reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], wordsDe) as
        string | undefined
    const t = (key: string, vars: Record<string, string | number> = {}): string =>
      (lookup(key) ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''))
    const exists = (key: string): boolean => lookup(key) !== undefined
    expect(codedReason('formula.parenthesisExpected', { char: 7 }, t, exists)).toBe(
      'die Formel kann nicht gelesen werden: eine schliessende Klammer «)» fehlt (Zeichen 7)',
    )
    expect(
      codedReason('formula.notNumber', { kind: 'infinite', year: 2028, t: 2, others: 0 }, t, exists),
    ).toBe(
      'die Formel ergibt für 2028 (t = 2) einen unendlichen Wert (Division durch null?); sie muss eine endliche Zahl ergeben',
    )
    expect(codedReason('formula.nothingLikeThis', {}, t, exists)).toBeNull()
  })
})
