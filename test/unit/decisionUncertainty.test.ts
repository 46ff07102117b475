// Uncertain figures: the stored schema, the checks against a scenario, how a draw applies, and copy-on-write variants.
import { describe, expect, it } from 'vitest'
import {
  defaultUncertainty,
  fieldInfo,
  numericPaths,
  prepareUncertainty,
  prepareUncertaintyOrThrow,
  uncertaintySchema,
  valueFor,
  withValues,
  type Uncertainty,
} from '../../shared/decision/uncertainty'
import { getAtPath } from '../../shared/model/overrides'
import { validateInput } from '../../shared/model/schema'
import { atelierGeneve, filiereSuisse } from '../../shared/sample'
import { makeInput } from '../support/makeInput'

const uniform = (min: number, max: number) => ({ kind: 'uniform' as const, min, max })

describe('the stored form', () => {
  it('accepts every distribution and refuses unknown kinds, fields and non-numbers', () => {
    const good: Uncertainty = [
      {
        path: 'grades/master/attritionRate',
        distribution: { kind: 'triangular', min: 0, mode: 0.02, max: 0.05 },
      },
      {
        path: 'segments/automatic/newSalesGrowth',
        apply: 'add',
        distribution: { kind: 'normal', mean: 0, sd: 0.01 },
      },
      {
        path: 'training/apprenticeship/intake',
        apply: 'scale',
        label: 'Apprentis',
        distribution: { kind: 'lognormal', median: 1, sigma: 0.2 },
      },
      { path: 'benches/initial', distribution: uniform(38, 44) },
    ]
    expect(uncertaintySchema.safeParse(good).success).toBe(true)
    expect(uncertaintySchema.safeParse([{ path: 'x', distribution: { kind: 'beta', a: 1 } }]).success).toBe(
      false,
    )
    expect(uncertaintySchema.safeParse([{ path: 'x', distribution: uniform(0, 1), extra: 1 }]).success).toBe(
      false,
    )
    expect(
      uncertaintySchema.safeParse([{ path: 'x', distribution: { kind: 'uniform', min: '0', max: 1 } }])
        .success,
    ).toBe(false)
    expect(uncertaintySchema.safeParse([{ path: 'x', distribution: uniform(0, Infinity) }]).success).toBe(
      false,
    )
  })
})

describe('checks against a scenario', () => {
  const input = makeInput()

  it('names each problem by its position and field', () => {
    const result = prepareUncertainty(input, [
      { path: 'grades/nobody/attritionRate', distribution: uniform(0, 0.1) },
      { path: 'retirementAge', distribution: uniform(60, 67) },
      { path: 'segments/automatic/jobMix/full-service', distribution: uniform(0.7, 0.9) },
      { path: 'grades/master/attritionRate', distribution: uniform(-0.1, 0.1) },
      { path: 'grades/master/attritionRate', distribution: uniform(0, 0.1) },
      { path: 'workforce/marketLimit/master', apply: 'add', distribution: uniform(0, 1) },
      { path: 'workforce/roster', apply: 'set', distribution: uniform(0.9, 1.1) },
      { path: 'training/apprenticeship/initialStudents', distribution: uniform(0.9, 1.1) },
    ])
    expect(result.ok).toBe(false)
    if (result.ok) return
    const messages = result.problems.map((p) => p.message)
    expect(messages[0]).toMatch(/^\[0\]\.path: 'grades\/nobody\/attritionRate' does not exist/)
    expect(messages[1]).toMatch(/^\[1\]\.path: .*whole age/)
    expect(messages[2]).toMatch(/^\[2\]\.path: .*sum to 1/)
    expect(messages[3]).toMatch(/^\[3\]\.distribution: .*valid range 0 … 1/)
    expect(messages[4]).toMatch(/^\[4\]\.path: .*listed twice/)
    expect(messages[5]).toMatch(/^\[5\]\.apply: .*no limit/)
    expect(messages[6]).toMatch(/^\[6\]\.apply: .*only be scaled/)
    // makeInput's programme has no initialStudents.
    expect(messages[7]).toMatch(/^\[7\]\.path: .*does not exist/)
    expect(() => prepareUncertaintyOrThrow(input, [{ path: 'nope', distribution: uniform(0, 1) }])).toThrow(
      /nope/,
    )
  })

  it('keeps the code of a formula that fails under an uncertain figure, for the UI to word', () => {
    const broken = makeInput()
    broken.segments[0]!.newSalesGrowth = 'year > 2027 ? 1/0 : 0.02'
    const result = prepareUncertainty(broken, [
      { path: `segments/${broken.segments[0]!.id}/newSalesGrowth`, distribution: uniform(0, 0.1) },
    ])
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems[0]).toMatchObject({ path: '[0].path', code: 'formula.notNumber' })
    expect(result.problems[0]!.params).toMatchObject({ year: 2028, kind: 'infinite' })
  })

  it('knows the valid range of each field', () => {
    const range = (path: string) => {
      const info = fieldInfo(path)
      return info.ok ? info.info.range : null
    }
    expect(range('segments/x/preOwnedGrowth')).toEqual({ min: -1, max: Infinity })
    expect(range('segments/x/serviceUptake')).toEqual({ min: 0, max: 1 })
    expect(range('grades/x/hoursPerFte')!.min).toBeGreaterThan(0)
    expect(range('segments/x/hoursPerJob/polish')).toEqual({ min: 0, max: Infinity })
    expect(range('workforce/hireAge')).toBeNull()
    expect(range('benches/expansions')).toBeNull()
  })

  it('accepts the default uncertainty and every ±10 % path of both samples', () => {
    for (const sample of [atelierGeneve, filiereSuisse]) {
      expect(prepareUncertainty(sample.base, defaultUncertainty(sample.base)).ok).toBe(true)
      const paths = numericPaths(sample.base)
      expect(paths).toContain('workforce/roster')
      expect(paths).toContain(`grades/${sample.base.grades[0]!.id}/hoursPerFte`)
      const specs: Uncertainty = paths.map((path) => ({
        path,
        apply: 'scale',
        distribution: uniform(0.9, 1.1),
      }))
      expect(prepareUncertainty(sample.base, specs).ok).toBe(true)
    }
    // Figures that are 0 are left out: scaling them changes nothing.
    expect(numericPaths(makeInput())).not.toContain('service/productivityGain')
  })
})

describe('applying a draw', () => {
  const input = makeInput({ horizonYears: 3 })

  it('sets, adds to or scales numbers, series and lists, clamped to the valid range', () => {
    const items = prepareUncertaintyOrThrow(input, [
      { path: 'segments/automatic/scrapRate', distribution: uniform(0, 0.1) },
      { path: 'segments/automatic/newSalesGrowth', apply: 'add', distribution: uniform(-0.02, 0.02) },
      { path: 'segments/automatic/serviceUptake', apply: 'scale', distribution: uniform(0, 5) },
      { path: 'training/apprenticeship/intake', distribution: uniform(0, 4) },
      { path: 'workforce/roster', distribution: uniform(0.5, 1.5) },
      { path: 'workforce/hires/master', apply: 'add', distribution: uniform(0, 2) },
    ])
    expect(valueFor(items[0]!, 0.05)).toBe(0.05)
    expect(valueFor(items[1]!, 0.01)).toBeCloseTo(0.04, 15)
    // 0.35 * 4 = 1.4 is clamped to 1, a rate.
    expect(valueFor(items[2]!, 4)).toBe(1)
    expect(valueFor(items[3]!, 3)).toBe(3)
    expect(valueFor(items[4]!, 0.5)).toEqual(input.workforce.roster.map((e) => ({ ...e, fte: e.fte * 0.5 })))
    // A missing hires entry hires 0, so adding gives the draw.
    expect(valueFor(items[5]!, 1.5)).toBe(1.5)
  })

  it('adds to every year of a formula series', () => {
    const withFormula = makeInput({ horizonYears: 3 })
    withFormula.segments[0]!.preOwnedGrowth = 't == 0 ? 0.1 : 0.2'
    const [item] = prepareUncertaintyOrThrow(withFormula, [
      { path: 'segments/automatic/preOwnedGrowth', apply: 'add', distribution: uniform(-1, 1) },
    ])
    const value = valueFor(item!, -0.05) as number[]
    expect(value.map((x) => Math.round(x * 1e12) / 1e12)).toEqual([0.05, 0.15, 0.15])
  })

  it('copies only what it writes and leaves the scenario unchanged', () => {
    const before = JSON.stringify(input)
    const items = prepareUncertaintyOrThrow(input, [
      { path: 'segments/automatic/installedBase', distribution: uniform(0, 1e6) },
      { path: 'grades/master/attritionRate', distribution: uniform(0, 1) },
    ])
    const variant = withValues(input, items, [12345, 0.5])
    expect(JSON.stringify(input)).toBe(before)
    expect(getAtPath(variant, 'segments/automatic/installedBase')).toBe(12345)
    expect(getAtPath(variant, 'grades/master/attritionRate')).toBe(0.5)
    expect(getAtPath(variant, 'grades/watchmaker/attritionRate')).toBe(input.grades[0]!.attritionRate)
    expect(variant.workforce).toBe(input.workforce)
    expect(variant.grades[0]).toBe(input.grades[0])
    expect(variant.grades[1]).not.toBe(input.grades[1])
    expect(validateInput(variant).ok).toBe(true)
  })
})
