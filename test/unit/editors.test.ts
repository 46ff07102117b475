// The editing widgets' pure logic: number typing, series modes and drafts, spreadsheet paste, problem wording.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  fieldText,
  formatSwiss,
  parseFieldText,
  parseNumberText,
  percentToFraction,
} from '../../renderer/src/components/fields/numberText'
import {
  compactYears,
  detectMode,
  draftFromSeries,
  draftToSeries,
  growthFormula,
  impliedRate,
  parseGrowthFormula,
  seriesDraftReducer,
  seriesValues,
  type SeriesContext,
} from '../../renderer/src/components/fields/seriesDraft'
import {
  flattenPasted,
  isMultiCell,
  parsePastedTable,
} from '../../renderer/src/components/fields/pasteNumbers'
import { localReason, splitProblemMessage } from '../../renderer/src/components/fields/problemText'
import { resolveSeries } from '../../shared/engine/series'
import { validateInput } from '../../shared/model/schema'
import { makeInput } from '../support/makeInput'

function value(text: string): number | null {
  const p = parseNumberText(text)
  return p.ok ? p.value : null
}

describe('parseNumberText', () => {
  it('reads Swiss, French, English and German typing as the same number', () => {
    for (const text of [
      "1'234.5",
      '1’234.5',
      '1 234,5',
      '1\u00a0234,5',
      '1\u202f234,5',
      '1,234.5',
      '1.234,5',
      '1234.5',
    ]) {
      expect(value(text), text).toBe(1234.5)
    }
  })

  it('takes a lone comma as a decimal comma and repeated marks as grouping', () => {
    expect(value('1,5')).toBe(1.5)
    expect(value('1,234')).toBe(1.234)
    expect(value('1,234,567')).toBe(1234567)
    expect(value('1.234.567')).toBe(1234567)
    expect(value('0.5')).toBe(0.5)
    expect(value(',5')).toBe(0.5)
  })

  it('accepts signs (also the typographic minus), exponents and a trailing percent sign', () => {
    expect(value('-0,02')).toBe(-0.02)
    expect(value('−3')).toBe(-3)
    expect(value('+7')).toBe(7)
    expect(value('1e3')).toBe(1000)
    expect(value('12 %')).toBe(12)
    expect(value('-0')).toBe(0)
    expect(Object.is(value('-0'), -0)).toBe(false)
  })

  it('refuses text that is not one number, and says when it is empty', () => {
    expect(parseNumberText('')).toEqual({ ok: false, reason: 'empty' })
    expect(parseNumberText('  ')).toEqual({ ok: false, reason: 'empty' })
    for (const text of ['abc', '1-2', '12abc', '.', '--1', '1e', 'Infinity', 'NaN', '1/2']) {
      expect(parseNumberText(text).ok, text).toBe(false)
    }
  })

  it('reads what formatSwiss writes back to the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }), (n, digits) => {
        const x = n / 10 ** digits
        expect(value(formatSwiss(x))).toBe(x)
      }),
    )
  })
})

describe('percent fields', () => {
  it('turn typed percent into the exact fraction a person means', () => {
    expect(percentToFraction('5.5')).toBe(0.055)
    expect(percentToFraction('30')).toBe(0.3)
    expect(percentToFraction('-2')).toBe(-0.02)
    expect(percentToFraction('150')).toBe(1.5)
    expect(percentToFraction('1e1')).toBe(0.1)
    const parsed = parseFieldText('5,5 %', true)
    expect(parsed.ok && parsed.value).toBe(0.055)
  })

  it('show fractions as percent without float noise', () => {
    expect(fieldText(0.07, true)).toBe('7')
    expect(fieldText(0.055, true)).toBe('5.5')
    expect(fieldText(0.29, true)).toBe('29')
    expect(fieldText(-0.02, true)).toBe('-2')
    expect(fieldText(1234.5, false)).toBe("1'234.5")
    expect(fieldText(2026, false, false)).toBe('2026')
    expect(fieldText(null, false)).toBe('')
  })

  it('round-trip every share a user can type with two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (bp) => {
        const fraction = bp / 10000
        const parsed = parseFieldText(fieldText(fraction, true), true)
        expect(parsed.ok && parsed.value).toBe(fraction)
      }),
    )
  })
})

const ctx: SeriesContext = { horizonYears: 5, startYear: 2026, percent: false, allowGrowth: true }
const pct: SeriesContext = { ...ctx, percent: true, allowGrowth: false }

describe('series modes', () => {
  it('detects the mode from the stored value', () => {
    expect(detectMode(2)).toBe('constant')
    expect(detectMode([1, 2, 3, 4, 5])).toBe('years')
    expect(detectMode('6 * (1 + 0.05)^t')).toBe('growth')
    expect(detectMode('6 * (1 - 0.05)^t')).toBe('growth')
    expect(detectMode('year >= 2030 ? 8 : 6')).toBe('formula')
    expect(detectMode('6 * (1 + 0.05)^year')).toBe('formula')
  })

  it('writes growth as a formula that reads back and evaluates to start × (1 + rate)^t', () => {
    for (const [start, rate] of [
      [6, 0.05],
      [2.5, -0.1],
      [1200, 0],
    ] as const) {
      const formula = growthFormula(start, rate)
      expect(parseGrowthFormula(formula)).toEqual({ start, rate })
      const r = resolveSeries(formula, 5, 2026, 'x')
      expect(r.ok).toBe(true)
      if (r.ok) r.values.forEach((v, t) => expect(v).toBeCloseTo(start * (1 + rate) ** t, 12))
    }
  })

  it('turns each stored kind into a draft and back into the same series', () => {
    for (const series of [2, [1, 2, 3, 4, 5], '6 * (1 + 0.05)^t', 'year >= 2028 ? 3 : 1']) {
      const draft = draftFromSeries(series, ctx)
      expect(draftToSeries(draft, ctx)).toEqual({ ok: true, series })
    }
    for (const series of [0.02, [0.1, 0.2, 0.12, 0.12, 0.055], 'year <= 2028 ? 0.2 : 0.12']) {
      const draft = draftFromSeries(series, pct)
      expect(draftToSeries(draft, pct)).toEqual({ ok: true, series })
    }
  })

  it('shows rates in percent in every mode', () => {
    const draft = draftFromSeries(0.02, pct)
    expect(draft.constant).toBe('2')
    expect(draft.years).toEqual(['2', '2', '2', '2', '2'])
    const years = draftFromSeries([0.1, 0.2, 0.3, 0.4, 0.5], pct)
    expect(years.years).toEqual(['10', '20', '30', '40', '50'])
  })

  it('prefills the other modes with the same yearly values', () => {
    const draft = draftFromSeries('6 * (1 + 0.05)^t', ctx)
    const asYears = draftToSeries({ ...draft, mode: 'years' }, ctx)
    const expected = seriesValues('6 * (1 + 0.05)^t', ctx)!
    expect(asYears.ok).toBe(true)
    if (asYears.ok) (asYears.series as number[]).forEach((v, t) => expect(v).toBeCloseTo(expected[t]!, 5))
    const fromYears = draftFromSeries([1, 2, 3, 4, 5], ctx)
    const asFormula = draftToSeries({ ...fromYears, mode: 'formula' }, ctx)
    expect(asFormula.ok && seriesValues(asFormula.series, ctx)).toEqual([1, 2, 3, 4, 5])
    expect(draftToSeries({ ...fromYears, mode: 'constant' }, ctx)).toEqual({ ok: true, series: 1 })
  })

  it('implies the yearly rate from the first to the last value', () => {
    expect(impliedRate([100, 110, 121])).toBeCloseTo(0.1, 12)
    expect(impliedRate([0, 1, 2])).toBe(0)
    expect(impliedRate([5])).toBe(0)
  })

  it('names the input that cannot be read', () => {
    const draft = draftFromSeries([1, 2, 3, 4, 5], ctx)
    const bad = seriesDraftReducer(draft, { type: 'year', index: 3, text: 'x' })
    expect(draftToSeries(bad, ctx)).toEqual({
      ok: false,
      error: { field: 'year', index: 3, reason: 'invalid' },
    })
    const empty = seriesDraftReducer({ ...draft, mode: 'formula' }, { type: 'formula', text: '  ' })
    expect(draftToSeries(empty, ctx)).toEqual({ ok: false, error: { field: 'formula', reason: 'empty' } })
    const growth = seriesDraftReducer({ ...draft, mode: 'growth' }, { type: 'rate', text: '' })
    expect(draftToSeries(growth, ctx)).toEqual({ ok: false, error: { field: 'rate', reason: 'empty' } })
  })

  it('pastes values from a year on and drops what falls beyond the horizon', () => {
    const draft = draftFromSeries(0, ctx)
    const next = seriesDraftReducer(draft, { type: 'paste', index: 3, texts: ['7', '8', '9'] })
    expect(next.years).toEqual(['0', '0', '0', '7', '8'])
    expect(draft.years).toEqual(['0', '0', '0', '0', '0'])
  })

  it('compacts a row of equal values into a constant', () => {
    expect(compactYears([2, 2, 2])).toBe(2)
    expect(compactYears([2, 3, 2])).toEqual([2, 3, 2])
  })
})

describe('spreadsheet paste', () => {
  it('reads a column, a row and a block, with French decimals and Windows line ends', () => {
    expect(parsePastedTable('1\n2\n3\n')).toEqual({ ok: true, rows: [['1'], ['2'], ['3']] })
    expect(parsePastedTable('1\t2\t3')).toEqual({ ok: true, rows: [['1', '2', '3']] })
    expect(parsePastedTable('1,5\r\n2,5\r\n')).toEqual({ ok: true, rows: [['1,5'], ['2,5']] })
    expect(parsePastedTable('1;2\n3;4')).toEqual({
      ok: true,
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
    })
    expect(parsePastedTable("1 234,5\t1'000\t\n")).toEqual({ ok: true, rows: [['1 234,5', "1'000"]] })
  })

  it('refuses the whole paste when a cell is not a number, naming its row and column', () => {
    expect(parsePastedTable('1\n2\nabc\n4')).toEqual({ ok: false, row: 3, column: 1, cell: 'abc' })
    expect(parsePastedTable('1\t\t3')).toEqual({ ok: false, row: 1, column: 2, cell: '' })
  })

  it('flattens columns and rows in reading order, and tells one value from several', () => {
    expect(flattenPasted([['1'], ['2'], ['3']])).toEqual(['1', '2', '3'])
    expect(
      flattenPasted([
        ['1', '2'],
        ['3', '4'],
      ]),
    ).toEqual(['1', '2', '3', '4'])
    expect(isMultiCell('12\n')).toBe(false)
    expect(isMultiCell('1 234,5')).toBe(false)
    expect(isMultiCell('1\n2')).toBe(true)
    expect(isMultiCell('1\t2')).toBe(true)
  })
})

describe('problem wording', () => {
  function problemsOf(mutate: (input: ReturnType<typeof makeInput>) => void) {
    const input = makeInput()
    mutate(input)
    const check = validateInput(input)
    expect(check.ok).toBe(false)
    return check.ok ? [] : check.problems
  }

  it('recognises the schema’s own sentences', () => {
    const [rate] = problemsOf((i) => (i.training[0]!.dropoutRate = 1.5))
    expect(splitProblemMessage(rate!.message).path).toBe('training[0].dropoutRate')
    expect(localReason(splitProblemMessage(rate!.message).reason)).toEqual({ key: 'rate', params: {} })

    const [bounds] = problemsOf((i) => (i.workforce.hires = { watchmaker: [1, 1, -2, -1, 1] }))
    expect(localReason(splitProblemMessage(bounds!.message).reason)).toEqual({
      key: 'seriesBounds',
      params: {
        value: '-2',
        year: '2028',
        t: '2',
        others: '1',
        bound: 'at least 0',
        boundKey: 'nonNegative',
      },
    })

    const [sum] = problemsOf((i) => (i.segments[0]!.jobMix = { 'full-service': 0.7, complication: 0.2 }))
    expect(localReason(splitProblemMessage(sum!.message).reason)).toEqual({
      key: 'jobMixSum',
      params: { sum: '0.9' },
    })

    const [length] = problemsOf((i) => (i.segments[0]!.serviceUptake = [0.3, 0.3]))
    expect(localReason(splitProblemMessage(length!.message).reason)?.key).toBe('seriesLength')

    const [age] = problemsOf((i) => (i.workforce.hireAge = 12))
    expect(localReason(splitProblemMessage(age!.message).reason)).toEqual({
      key: 'wholeYears',
      params: { min: '15', max: '80' },
    })
  })

  it('leaves formula problems to their code: each one the validator gives carries one, no English pattern', () => {
    const formulas: [string, string][] = [
      ['', 'formula.empty'],
      ['2 *', 'formula.unexpectedEnd'],
      ['x + 1', 'formula.unknownName'],
      ['evaluate(1)', 'formula.refusedFunction'],
      ['[1, 2]', 'formula.refusedPart'],
      ['a = 1', 'formula.assigns'],
      ['year > 2028 ? 1/0 : 10', 'formula.notNumber'],
      ['sqrt(1, 2)', 'formula.argumentCount'],
    ]
    for (const [formula, code] of formulas) {
      const [found] = problemsOf((i) => (i.training[0]!.intake = formula))
      expect(found, formula).toMatchObject({ path: 'training[0].intake', code })
      expect(localReason(splitProblemMessage(found!.message).reason), formula).toBeNull()
    }
  })

  it('leaves unknown sentences to be shown as they are', () => {
    expect(localReason('something new happened')).toBeNull()
    expect(splitProblemMessage('The input could not be checked')).toEqual({
      path: '',
      reason: 'The input could not be checked',
    })
  })
})
