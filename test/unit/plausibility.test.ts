// plausibilityWarnings: growth beyond ±50 %/yr, percent typed as a fraction, hours per job outside 0.1–40 h, hiring jumps.
import { describe, expect, it } from 'vitest'
import { plausibilityWarnings, warningsAt } from '../../shared/model/plausibility'
import { makeInput, segment } from '../support/makeInput'

describe('plausibilityWarnings', () => {
  it('the sample-like input has no warning', () => {
    expect(plausibilityWarnings(makeInput())).toEqual([])
  })

  it('a growth formula written in percent (25 meant as 25 %) warns in its first year and suggests 0.25', () => {
    const input = makeInput()
    input.segments[0]!.preOwnedGrowth = 'year <= 2028 ? 25 : 12'
    expect(plausibilityWarnings(input)).toEqual([
      { path: 'segments/automatic/preOwnedGrowth', kind: 'growth', value: 25, year: 2026, suggestion: 0.25 },
    ])
  })

  it('growth of exactly 50 %/yr passes, 60 %/yr warns without a suggestion (0.6 % is no likelier), −70 % warns', () => {
    const at = (g: number) => {
      const input = makeInput()
      input.segments[0]!.newSalesGrowth = g
      return plausibilityWarnings(input)
    }
    expect(at(0.5)).toEqual([])
    expect(at(0.6)).toEqual([
      { path: 'segments/automatic/newSalesGrowth', kind: 'growth', value: 0.6, year: 2026 },
    ])
    expect(at(-0.7)[0]).toMatchObject({ kind: 'growth', value: -0.7 })
  })

  it('a later year beyond the bound is named by its year', () => {
    const input = makeInput()
    input.segments[0]!.newSalesGrowth = [0.02, 0.02, 0.02, 3, 0.02]
    expect(plausibilityWarnings(input)[0]).toMatchObject({ year: 2029, value: 3 })
  })

  it('attrition of 0.0004 (0.04 %) suggests 4 %; zero is a choice, not a typo', () => {
    const input = makeInput()
    input.grades[0]!.attritionRate = 0.0004
    input.grades[1]!.attritionRate = 0
    const w = plausibilityWarnings(input)
    expect(w).toHaveLength(1)
    expect(w[0]).toMatchObject({ path: 'grades/watchmaker/attritionRate', kind: 'tinyRate' })
    expect(w[0]!.suggestion).toBeCloseTo(0.04, 12)
  })

  it('hours per job below 0.1 h or above 40 h warn; 0.1 h and 40 h do not', () => {
    const input = makeInput({
      segments: [
        segment({ id: 'a', hoursPerJob: { 'full-service': 0.1, complication: 40 } }),
        segment({ id: 'b', hoursPerJob: { 'full-service': 0.05, complication: 400 } }),
      ],
    })
    expect(plausibilityWarnings(input).map((w) => w.path)).toEqual([
      'segments/b/hoursPerJob/full-service',
      'segments/b/hoursPerJob/complication',
    ])
  })

  it('hires above half the grade’s starting FTE (and above 5) in a year warn', () => {
    // The watchmaker grade starts with 3 + 2 = 5 FTE: the bar is max(5, 2.5) = 5 FTE per year.
    const input = makeInput({ workforce: { hires: { watchmaker: [1, 5, 6, 1, 1] } } })
    expect(plausibilityWarnings(input)).toEqual([
      { path: 'workforce/hires/watchmaker', kind: 'hiringJump', value: 6, year: 2028 },
    ])
  })
})

describe('warningsAt', () => {
  it('warns on a draft value without touching the input', () => {
    const input = makeInput()
    const w = warningsAt(input, 'segments/automatic/preOwnedGrowth', 'year <= 2030 ? 25 : 12')
    expect(w).toEqual([
      { path: 'segments/automatic/preOwnedGrowth', kind: 'growth', value: 25, year: 2026, suggestion: 0.25 },
    ])
    expect(input.segments[0]!.preOwnedGrowth).toBe(0.05)
  })
})
