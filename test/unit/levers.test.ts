// Global levers on every series form (constant, growth formula, per-year, formula), with expected values worked out by hand, and the templates' effect on the engine.
import { describe, expect, it } from 'vitest'
import { resolveSeries } from '../../shared/engine/series'
import { project } from '../../shared/engine'
import { validateInput } from '../../shared/model/schema'
import {
  applyLevers,
  applyTemplate,
  applyToSeries,
  leverWrites,
  TEMPLATE_IDS,
} from '../../shared/workspace/levers'
import { makeInput } from '../support/makeInput'

/** The values a series gives over 5 years from 2026 (the engine's own resolver). */
function values(series: ReturnType<typeof applyToSeries>): number[] {
  const r = resolveSeries(series, 5, 2026, 'x')
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '))
  return [...r.values]
}

describe('a lever on each series form', () => {
  it('adds points to a constant and keeps it a constant', () => {
    expect(applyToSeries(0.1, 'add', 0.02)).toBe(0.12)
    expect(applyToSeries(0.05, 'add', -0.02)).toBe(0.03)
  })

  it('scales a constant', () => {
    expect(applyToSeries(2, 'scale', 2)).toBe(4)
    expect(applyToSeries(0.35, 'scale', 1.2)).toBe(0.42)
  })

  it('shifts or scales a per-year list year by year', () => {
    expect(applyToSeries([0.1, 0.2, 0.3], 'add', 0.02)).toEqual([0.12, 0.22, 0.32])
    expect(applyToSeries([1, 2, 3], 'scale', 1.5)).toEqual([1.5, 3, 4.5])
  })

  it('wraps a formula: (f) + x, (f) - x, (f) * k, which the grammar accepts and evaluates as by hand', () => {
    const f = 'year <= 2027 ? 0.1 : 0.04'
    expect(applyToSeries(f, 'add', 0.02)).toBe('(year <= 2027 ? 0.1 : 0.04) + 0.02')
    expect(applyToSeries(f, 'add', -0.02)).toBe('(year <= 2027 ? 0.1 : 0.04) - 0.02')
    expect(applyToSeries(f, 'scale', 1.5)).toBe('(year <= 2027 ? 0.1 : 0.04) * 1.5')
    // 2026, 2027: 0.1 + 0.02; 2028–2030: 0.04 + 0.02.
    const added = values(applyToSeries(f, 'add', 0.02))
    ;[0.12, 0.12, 0.06, 0.06, 0.06].forEach((v, t) => expect(added[t]).toBeCloseTo(v, 12))
    const scaled = values(applyToSeries(f, 'scale', 1.5))
    ;[0.15, 0.15, 0.06, 0.06, 0.06].forEach((v, t) => expect(scaled[t]).toBeCloseTo(v, 12))
  })

  it("scales a growth-mode formula (start * (1 + r)^t): every year's value times k", () => {
    const grown = values(applyToSeries('10 * (1 + 0.1)^t', 'scale', 2))
    // 20, 22, 24.2, 26.62, 29.282
    ;[20, 22, 24.2, 26.62, 29.282].forEach((v, t) => expect(grown[t]).toBeCloseTo(v, 9))
  })

  it('limits a lever to a year window: lists in place, constants and formulas through a conditional term', () => {
    expect(applyToSeries([0.02, 0.02, 0.02, 0.02], 'add', -0.2, { from: 1, to: 1 })).toEqual([
      0.02, -0.18, 0.02, 0.02,
    ])
    const constant = applyToSeries(0.7, 'scale', 0.8, { from: 1, to: 2 })
    expect(typeof constant).toBe('string')
    // 0.7 everywhere but t = 1 and 2: 0.56.
    const v = values(constant)
    ;[0.7, 0.56, 0.56, 0.7, 0.7].forEach((x, t) => expect(v[t]).toBeCloseTo(x, 12))
    const f = values(applyToSeries('0.01 * t', 'add', 0.1, { from: 3, to: 3 }))
    ;[0, 0.01, 0.02, 0.13, 0.04].forEach((x, t) => expect(f[t]).toBeCloseTo(x, 12))
  })
})

describe('lever writes on an input', () => {
  it('writes one field per segment, skipping what would not change', () => {
    const input = makeInput()
    input.segments.push({
      ...structuredClone(input.segments[0]!),
      id: 'quartz',
      preOwnedGrowth: [0, 0, 0, 0, 0],
    })
    const writes = leverWrites(input, { lever: 'preOwnedGrowth', op: 'add', amount: 0.02 })
    expect(writes).toEqual([
      { path: 'segments/automatic/preOwnedGrowth', value: 0.07 },
      { path: 'segments/quartz/preOwnedGrowth', value: [0.02, 0.02, 0.02, 0.02, 0.02] },
    ])
    // Scaling a zero list or adding nothing changes no field.
    expect(leverWrites(input, { lever: 'preOwnedGrowth', op: 'add', amount: 0 })).toEqual([])
    expect(leverWrites(input, { lever: 'hires', op: 'scale', amount: 3 })).toEqual([
      { path: 'workforce/hires/watchmaker', value: 3 },
    ])
  })

  it('applies levers one after the other', () => {
    const out = applyLevers(makeInput(), [
      { lever: 'attritionRate', op: 'scale', amount: 2 },
      { lever: 'attritionRate', op: 'add', amount: 0.01 },
    ])
    // watchmaker 0.05 × 2 + 0.01, master 0.03 × 2 + 0.01.
    expect(out.grades.map((g) => g.attritionRate)).toEqual([0.11, 0.07])
  })
})

describe('templates', () => {
  const lastDemand = (input: ReturnType<typeof makeInput>) => {
    const years = project(input).years
    return Object.values(years[years.length - 1]!.demandHours).reduce((a, b) => a + b, 0)
  }

  it('each gives a valid input', () => {
    for (const id of TEMPLATE_IDS) expect(validateInput(applyTemplate(makeInput(), id)).ok, id).toBe(true)
  })

  it('boom raises and recession lowers the demand of the last year; the academy doubles every intake', () => {
    const input = makeInput()
    expect(lastDemand(applyTemplate(input, 'boom'))).toBeGreaterThan(lastDemand(input))
    expect(lastDemand(applyTemplate(input, 'recession'))).toBeLessThan(lastDemand(input))
    const academy = project(applyTemplate(input, 'academy')).years
    const before = project(input).years
    academy.forEach((y, t) =>
      expect(y.admitted.apprenticeship).toBeCloseTo(2 * before[t]!.admitted.apprenticeship!, 9),
    )
  })
})
