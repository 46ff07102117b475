// Series parameters: constants, one value per year, mathjs formulas in t and year, and the errors each can give.
import { describe, expect, it } from 'vitest'
import {
  compileFormula,
  createSeriesResolver,
  resolveSeries,
  type SeriesResult,
} from '../../shared/engine/series'
import { evaluatedFormulas, rememberEvaluatedFormulas } from '../../shared/engine/formulaCache'

function values(result: SeriesResult): number[] {
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'))
  return [...result.values]
}

function problems(result: SeriesResult) {
  if (result.ok) throw new Error(`expected problems, got ${[...result.values].join(', ')}`)
  return result.problems
}

describe('resolveSeries', () => {
  it('repeats a number every year', () => {
    expect(values(resolveSeries(0.03, 4, 2026, 'x'))).toEqual([0.03, 0.03, 0.03, 0.03])
  })

  it('takes an array of exactly H values as one per year', () => {
    expect(values(resolveSeries([1, 2, 3], 3, 2026, 'x'))).toEqual([1, 2, 3])
  })

  it('rejects an array of the wrong length, naming the years it must cover', () => {
    const [p] = problems(resolveSeries([1, 2], 3, 2026, 'segments[0].newSalesGrowth'))
    expect(p.path).toBe('segments[0].newSalesGrowth')
    expect(p.message).toBe(
      'segments[0].newSalesGrowth: has 2 values; it must have exactly 3, one per year (2026–2028)',
    )
  })

  it('evaluates a formula per year with t (from 0) and year (calendar) in scope', () => {
    expect(values(resolveSeries('2 * t + year', 3, 2026, 'x'))).toEqual([2026, 2029, 2032])
  })

  it('lets formulas use mathjs functions and constants', () => {
    // t = 0..2: max(0, 1 - t) = [1, 0, 0]; + round(pi) = 3; + sqrt(4) = 2; min/abs/exp/log
    expect(values(resolveSeries('max(0, 1 - t) + round(pi) + sqrt(4)', 3, 2026, 'x'))).toEqual([6, 5, 5])
    expect(values(resolveSeries('abs(-t) + log(exp(2)) + min(t, 1) * e', 2, 2026, 'x'))).toEqual([
      2,
      3 + Math.E,
    ])
    expect(values(resolveSeries('t > 0 ? 0.5 : 0.25', 2, 2026, 'x'))).toEqual([0.25, 0.5])
  })

  it('evaluates every function and operator the grammar allows (the mathjs instance holds only those)', () => {
    // Each term is worked out by hand at t = 0 (year 2026): round(2.5) = 3 (half away from zero in mathjs),
    // floor(-1.5) = -2, ceil(1.2) = 2, log10(1000) = 3, pow(2, 3) = 8, sin(0) = 0, cos(0) = 1, tan(0) = 0.
    expect(
      values(
        resolveSeries(
          'round(2.5) + floor(-1.5) + ceil(1.2) + log10(1000) + pow(2, 3) + sin(t) + cos(t) + tan(t)',
          1,
          2026,
          'x',
        ),
      ),
    ).toEqual([3 - 2 + 2 + 3 + 8 + 0 + 1 + 0])
    // 7 % 3 = 1 (mod), 2 ^ 3 = 8, -(+2) = -2, 50% = 0.5, 6 / 4 - 1 = 0.5; year - 2026 = 0, 1 at t = 1.
    expect(
      values(resolveSeries('7 mod 3 + 2 ^ 3 + -(+2) + (50%) + 6 / 4 - 1 + (year - 2026)', 2, 2026, 'x')),
    ).toEqual([1 + 8 - 2 + 0.5 + 0.5, 1 + 8 - 2 + 0.5 + 0.5 + 1])
    // Comparisons and logic give 1 where true: at t = 0 all six comparisons with 0 hold or not as written.
    expect(
      values(
        resolveSeries(
          '(t == 0) + (t != 1) + (t < 1) + (t > -1) + (t <= 0) + (t >= 0) + (t == 0 and t < 1) + (t == 1 or t == 0) + (not (t == 1))',
          1,
          2026,
          'x',
        ),
      ),
    ).toEqual([9])
  })

  it('refuses functions outside the listed scalar ones, BigNumber and Fraction builders included', () => {
    expect(problems(resolveSeries('bignumber(1) / 4', 1, 2026, 'x'))[0].message).toBe(
      "x: formula calls the function 'bignumber'; it may call only min, max, abs, round, floor, ceil, sqrt, exp, log, log10, pow, sin, cos, tan",
    )
    expect(problems(resolveSeries('fraction(1, 4) * cbrt(t)', 2, 2026, 'x'))[0].message).toBe(
      "x: formula calls the functions 'fraction', 'cbrt'; it may call only min, max, abs, round, floor, ceil, sqrt, exp, log, log10, pow, sin, cos, tan",
    )
  })

  it('reports a formula that does not parse, without a year', () => {
    const [p] = problems(resolveSeries('0.03 * (t', 3, 2026, 'training[1].intake'))
    expect(p.path).toBe('training[1].intake')
    expect(p.message).toMatch(/^training\[1\]\.intake: formula does not parse: /)
    expect(p.year).toBeUndefined()
  })

  it('reports every unknown name, including unit names and variables other than t and year', () => {
    const [p] = problems(resolveSeries('growth * t + x + 5 cm', 2, 2026, 'x'))
    expect(p.message).toBe(
      "x: formula uses the unknown names 'growth', 'x', 'cm'; it may use only t, year, pi, e and the functions min, max, abs, round, floor, ceil, sqrt, exp, log, log10, pow, sin, cos, tan",
    )
  })

  it('refuses mathjs functions that parse code or change the instance', () => {
    expect(problems(resolveSeries('evaluate(t)', 1, 2026, 'x'))[0].message).toMatch(
      /calls the function 'evaluate'/,
    )
    expect(problems(resolveSeries('import({})', 1, 2026, 'x'))[0].message).toMatch(/an object/)
  })

  it('refuses assignments', () => {
    expect(problems(resolveSeries('t = 3', 1, 2026, 'x'))[0].message).toBe(
      'x: formula assigns a value; it must be a single expression',
    )
    expect(problems(resolveSeries('f(a) = a', 1, 2026, 'x'))[0].message).toMatch(/assigns a value/)
  })

  it('reports an empty formula', () => {
    expect(problems(resolveSeries('  ', 1, 2026, 'x'))[0].message).toBe('x: formula is empty')
  })

  it('names the first year a formula gives a non-number, and how many other years do', () => {
    const [p] = problems(resolveSeries('t >= 2', 5, 2026, 'x'))
    // t >= 2 is a boolean every year: first 2026, four other years
    expect(p).toEqual({
      path: 'x',
      message:
        'x: formula gives a boolean (false) in 2026 (t = 0) and in 4 other years; it must give a finite real number',
      year: 2026,
      code: 'formula.notNumber',
      params: { kind: 'boolean', value: 'a boolean (false)', year: 2026, t: 0, others: 4 },
    })
  })

  it.each([
    ['[t, 1]', 'a matrix ([…])'],
    ['1:5', 'a range (a:b)'],
    ['"text"', 'the constant "text"'],
    ['1; 2', 'several expressions (; or a new line)'],
    ['t!', "the operator '!'"],
    ['t & 1', "the operator '&'"],
  ])('refuses %s before evaluating it, as %s', (formula, what) => {
    const [p] = problems(resolveSeries(formula, 1, 2026, 'x'))
    expect(p.message).toBe(
      `x: formula uses ${what}; it may use only numbers, t, year, pi, e, arithmetic, comparisons, and/or/not, c ? a : b and the functions min, max, abs, round, floor, ceil, sqrt, exp, log, log10, pow, sin, cos, tan`,
    )
    expect(p.year).toBeUndefined()
  })

  it('refuses a bare function name as an unknown name', () => {
    expect(problems(resolveSeries('sqrt', 1, 2026, 'x'))[0].message).toMatch(
      /^x: formula uses the unknown name 'sqrt'/,
    )
  })

  it.each([
    ['sqrt(t - 1)', 'a complex number'],
    ['1 / t', 'Infinity'],
    ['0 / t', 'NaN'],
  ])('rejects %s as giving %s', (formula, what) => {
    const [p] = problems(resolveSeries(formula, 1, 2026, 'x'))
    expect(p.message).toBe(`x: formula gives ${what} in 2026 (t = 0); it must give a finite real number`)
    expect(p.year).toBe(2026)
  })

  it('reports a formula that throws while evaluating, with the year', () => {
    const [p] = problems(resolveSeries('t == 1 ? max() : 1', 3, 2026, 'x'))
    expect(p.year).toBe(2027)
    expect(p.message).toMatch(/^x: formula cannot be evaluated in 2027 \(t = 1\): .*max/)
  })

  it('checks bounds every year and names the first year out of range', () => {
    // t = 0..3 gives 0.5, 0, -0.5, -1: all within; t = 4 gives -1.5.
    expect(values(resolveSeries('0.5 - 0.5 * t', 4, 2026, 'g', { min: -1 }))).toEqual([0.5, 0, -0.5, -1])
    const [p] = problems(resolveSeries('0.5 - 0.5 * t', 5, 2026, 'g', { min: -1 }))
    expect(p).toEqual({
      path: 'g',
      message: 'g: formula gives -1.5 in 2030 (t = 4); it must be at least -1',
      year: 2030,
    })
    const [q] = problems(resolveSeries([0.5, 1.2, 1.5], 3, 2026, 'u', { min: 0, max: 1 }))
    expect(q).toEqual({
      path: 'u',
      message: 'u: is 1.2 in 2027 (t = 1) and in 1 other year; it must be between 0 and 1',
      year: 2027,
    })
    const [r] = problems(resolveSeries(-2, 3, 2026, 'h', { min: 0 }))
    expect(r).toEqual({ path: 'h', message: 'h: is -2; it must be at least 0' })
  })

  it('accepts values on the bounds', () => {
    expect(values(resolveSeries([-1, 0], 2, 2026, 'g', { min: -1 }))).toEqual([-1, 0])
    expect(values(resolveSeries('t', 2, 2026, 'u', { min: 0, max: 1 }))).toEqual([0, 1])
  })

  it('rejects non-finite numbers and other types', () => {
    expect(problems(resolveSeries(Infinity, 1, 2026, 'x'))[0].message).toBe(
      'x: is Infinity; it must be a finite number',
    )
    expect(problems(resolveSeries([1, NaN], 2, 2026, 'x'))[0]).toEqual({
      path: 'x',
      message: 'x: value for 2027 (t = 1) is not a finite number',
      year: 2027,
    })
    expect(problems(resolveSeries(true as unknown as number, 1, 2026, 'x'))[0].message).toBe(
      'x: must be a number, a list of one number per year, or a formula',
    )
  })
})

describe('createSeriesResolver', () => {
  it('evaluates a formula shared by several parameters once per run, and checks bounds per parameter', () => {
    const resolve = createSeriesResolver(3, 2026)
    const a = resolve('t - 1', 'a')
    const b = resolve('t - 1', 'b', { min: 0 })
    expect(values(a)).toEqual([-1, 0, 1])
    expect(problems(b)[0].message).toBe('b: formula gives -1 in 2026 (t = 0); it must be at least 0')
    const c = resolve('t - 1', 'c')
    // The same evaluated values are handed out again rather than recomputed.
    expect(a.ok && c.ok && a.values === c.values).toBe(true)
  })
})

describe('the formula cache', () => {
  it('keeps values apart by horizon and start year', () => {
    expect(values(resolveSeries('year + t', 2, 2026, 'x'))).toEqual([2026, 2028])
    expect(values(resolveSeries('year + t', 3, 2030, 'x'))).toEqual([2030, 2032, 2034])
  })

  it('hands resolveSeries callers their own copy, so writing to it changes nothing for the next run', () => {
    const first = resolveSeries('0.5 * t', 3, 2026, 'x')
    if (!first.ok) throw new Error('unexpected')
    first.values[1] = 99
    expect(values(resolveSeries('0.5 * t', 3, 2026, 'x'))).toEqual([0, 0.5, 1])
  })
})

describe('compileFormula', () => {
  it('compiles once and evaluates in any scope', () => {
    const compiled = compileFormula('year - t')
    if (!compiled.ok) throw new Error(compiled.reason)
    expect(
      compiled.evaluate(
        new Map([
          ['t', 3],
          ['year', 2030],
        ]),
      ),
    ).toBe(2027)
  })
})

describe('formula values exchanged between processes (shared/engine/formulaCache.ts)', () => {
  it('gives the formulas of an input with their values, leaving out one that gives −0 (JSON would make it 0)', () => {
    const input = { horizonYears: 3, startYear: 2026, a: { b: ['2 * t'] }, c: '-0 * t', d: 'not a formula' }
    for (const f of ['2 * t', '-0 * t']) resolveSeries(f, 3, 2026, 'x')
    expect(evaluatedFormulas(input)).toEqual({
      horizonYears: 3,
      startYear: 2026,
      values: { '2 * t': [0, 2, 4] },
    })
  })

  it('takes values evaluated elsewhere as this formula’s, and ignores values that are not one finite number per year', () => {
    // Values no evaluation of the source would give: resolving then shows they came from the exchange.
    rememberEvaluatedFormulas({
      horizonYears: 3,
      startYear: 2030,
      values: { 't + 100': [7, 8, 9], 't + 200': [1, 2], 't + 300': [1, Number.NaN, 3] },
    })
    expect(values(resolveSeries('t + 100', 3, 2030, 'x'))).toEqual([7, 8, 9])
    expect(values(resolveSeries('t + 200', 3, 2030, 'x'))).toEqual([200, 201, 202])
    expect(values(resolveSeries('t + 300', 3, 2030, 'x'))).toEqual([300, 301, 302])
    // Another horizon is another entry.
    expect(values(resolveSeries('t + 100', 2, 2030, 'x'))).toEqual([100, 101])
  })
})
