// The embedded samples: valid inputs, scenarios that resolve and move the shortage the way their names say, sources.
import { describe, expect, it } from 'vitest'
import { project } from '../../shared/engine/index'
import { applyOverrides, jsonEqual } from '../../shared/model/overrides'
import { validateInput } from '../../shared/model/schema'
import type { ModelInput, ResultSummary } from '../../shared/model/types'
import { atelierGeneve, filiereSuisse, samples } from '../../shared/sample/index'
import type { SampleWorkspace } from '../../shared/sample/types'

/** A scenario's full input: the sample's base with the scenario's overrides; fails the test on a dangling path. */
function resolveScenario(sample: SampleWorkspace, name: string): ModelInput {
  const scenario = sample.scenarios.find((s) => s.name === name)
  if (scenario === undefined) throw new Error(`${sample.key} has no scenario named "${name}"`)
  const { input, dangling } = applyOverrides(sample.base, scenario.overrides)
  expect(dangling, `${sample.key} / ${name}: overrides whose path is not in the base`).toEqual([])
  return input
}

function summaryOf(input: ModelInput): ResultSummary {
  return project(input).summary
}

/** Compares first shortage years where null (no shortage) counts as later than any year. */
function shortageLater(a: number | null, b: number | null): boolean {
  if (a === null) return b !== null
  return b !== null && a > b
}

describe.each(samples.map((s) => [s.key, s] as const))('sample %s', (_key, sample) => {
  it('has a file-name-safe key, a name and a base name', () => {
    expect(sample.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(sample.name.trim()).not.toBe('')
    expect(sample.baseName.trim()).not.toBe('')
    expect(sample.description.trim()).not.toBe('')
  })

  it('is plain JSON data (it is stored as JSON in the workspace file)', () => {
    expect(jsonEqual(JSON.parse(JSON.stringify(sample)), sample)).toBe(true)
  })

  it('has ASCII, lowercase, hyphenated ids', () => {
    const { base } = sample
    const ids = [
      ...base.grades.map((g) => g.id),
      ...base.jobTypes.map((j) => j.id),
      ...base.segments.map((s) => s.id),
      ...base.training.map((p) => p.id),
    ]
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('has a base that validates', () => {
    const result = validateInput(sample.base)
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  it('has scenarios with unique names whose overrides resolve, change the base and validate', () => {
    const names = [sample.baseName, ...sample.scenarios.map((s) => s.name)]
    expect(new Set(names).size).toBe(names.length)
    expect(sample.scenarios.length).toBeGreaterThanOrEqual(2)
    for (const scenario of sample.scenarios) {
      expect(scenario.overrides.length, scenario.name).toBeGreaterThan(0)
      const input = resolveScenario(sample, scenario.name)
      expect(jsonEqual(input, sample.base), `${scenario.name} changes nothing`).toBe(false)
      const result = validateInput(input)
      expect(result.ok ? [] : result.problems, scenario.name).toEqual([])
    }
  })

  it('has a sources table with both kinds and no empty field', () => {
    expect(sample.sources.length).toBeGreaterThan(0)
    expect(sample.sources.some((s) => s.kind === 'sourced')).toBe(true)
    expect(sample.sources.some((s) => s.kind === 'assumed')).toBe(true)
    for (const row of sample.sources) {
      for (const text of [row.figure, row.value, row.source]) expect(text.trim(), row.figure).not.toBe('')
      if (row.note !== undefined) expect(row.note.trim(), row.figure).not.toBe('')
      expect(['sourced', 'assumed']).toContain(row.kind)
      if (row.year !== null) {
        expect(Number.isInteger(row.year), row.figure).toBe(true)
        expect(row.year, row.figure).toBeGreaterThanOrEqual(1980)
        expect(row.year, row.figure).toBeLessThanOrEqual(2040)
      }
    }
    const figures = sample.sources.map((s) => s.figure)
    expect(new Set(figures).size, 'a figure listed twice').toBe(figures.length)
  })
})

describe('samples index', () => {
  it('lists both samples once, by unique key', () => {
    expect(samples).toContain(atelierGeneve)
    expect(samples).toContain(filiereSuisse)
    expect(new Set(samples.map((s) => s.key)).size).toBe(samples.length)
  })
})

describe('Atelier Genève (exemple)', () => {
  const sample = atelierGeneve
  const { base } = sample
  const baseSummary = summaryOf(base)

  it('is the brand service centre the brief describes', () => {
    expect(sample.key).toBe('atelier-geneve')
    expect(sample.baseName).toBe('Base')
    expect(base.startYear).toBe(2026)
    expect(base.horizonYears).toBe(15)
    expect(base.grades.length).toBeGreaterThanOrEqual(3)
    expect(base.grades.length).toBeLessThanOrEqual(4)
    expect(base.segments.map((s) => s.id)).toEqual(['quartz', 'automatic', 'chronograph', 'complication'])
    for (const s of base.segments) {
      expect(s.newSales, s.id).toBeGreaterThan(0)
      expect(s.preOwned, s.id).toBeGreaterThan(0)
    }
    expect(base.training.map((p) => p.durationYears).sort()).toEqual([1, 2, 4])
    const fte = base.workforce.roster.reduce((sum, r) => sum + r.fte, 0)
    expect(fte).toBeGreaterThanOrEqual(30)
    expect(fte).toBeLessThanOrEqual(45)
  })

  it('follows the age structure of domain-data §7.3 (people per band)', () => {
    const band = (from: number, to: number) =>
      base.workforce.roster.filter((r) => r.age >= from && r.age <= to).length
    expect([band(15, 29), band(30, 39), band(40, 49), band(50, 59), band(60, 64)]).toEqual([7, 11, 8, 7, 3])
  })

  it('has no shortage in its first year and one within the horizon in Base', () => {
    const first = baseSummary.firstShortageYear
    expect(first).not.toBeNull()
    expect(first).toBeGreaterThan(base.startYear)
    expect(first).toBeLessThan(base.startYear + base.horizonYears)
    expect(project(base).years[0]!.status).not.toBe('shortage')
  })

  it('starts near the utilisation of domain-data §7.3 (92 %)', () => {
    const utilisation = project(base).years[0]!.utilisation
    expect(utilisation).toBeGreaterThan(0.85)
    expect(utilisation).toBeLessThan(0.97)
  })

  it('has the scenarios of the brief on top of Base', () => {
    expect(sample.scenarios.map((s) => s.name)).toEqual([
      'Boom du pré-owné',
      'Récession 2027',
      'Académie doublée',
    ])
  })

  it('"Boom du pré-owné" brings the shortage earlier or makes it larger, and loses more work', () => {
    const boom = summaryOf(resolveScenario(sample, 'Boom du pré-owné'))
    expect(shortageLater(boom.firstShortageYear, baseSummary.firstShortageYear)).toBe(false)
    expect(boom.peakShortageFte).toBeGreaterThanOrEqual(baseSummary.peakShortageFte)
    const earlier = shortageLater(baseSummary.firstShortageYear, boom.firstShortageYear)
    expect(earlier || boom.peakShortageFte > baseSummary.peakShortageFte).toBe(true)
    expect(boom.totalLostHours).toBeGreaterThan(baseSummary.totalLostHours)
  })

  it('"Récession 2027" delays the shortage or makes it smaller, and loses less work', () => {
    const recession = summaryOf(resolveScenario(sample, 'Récession 2027'))
    expect(shortageLater(baseSummary.firstShortageYear, recession.firstShortageYear)).toBe(false)
    expect(recession.peakShortageFte).toBeLessThanOrEqual(baseSummary.peakShortageFte)
    const later = shortageLater(recession.firstShortageYear, baseSummary.firstShortageYear)
    expect(later || recession.peakShortageFte < baseSummary.peakShortageFte).toBe(true)
    expect(recession.totalLostHours).toBeLessThan(baseSummary.totalLostHours)
  })

  it('"Académie doublée" delays the shortage or lowers its peak, at a higher training cost', () => {
    const input = resolveScenario(sample, 'Académie doublée')
    const academy = summaryOf(input)
    const later = shortageLater(academy.firstShortageYear, baseSummary.firstShortageYear)
    expect(later || academy.peakShortageFte < baseSummary.peakShortageFte).toBe(true)
    expect(academy.peakShortageFte).toBeLessThanOrEqual(baseSummary.peakShortageFte)
    const trainingCost = (i: ModelInput) => project(i).years.reduce((sum, y) => sum + y.cost.training, 0)
    expect(trainingCost(input)).toBeGreaterThan(trainingCost(base))
  })
})

describe('Filière suisse (exemple)', () => {
  const sample = filiereSuisse
  const { base } = sample
  const baseSummary = summaryOf(base)

  it('sizes the Swiss after-sales workforce of domain-data §7.2', () => {
    expect(sample.key).toBe('filiere-suisse')
    const fte = base.workforce.roster.reduce((sum, r) => sum + r.fte, 0)
    expect(fte).toBeCloseTo(2200, 6)
    const cfc = base.training.find((p) => p.durationYears === 4)
    expect(cfc?.intake).toBe(108)
  })

  it('runs short within the horizon in Base, as the research expects', () => {
    expect(baseSummary.firstShortageYear).not.toBeNull()
    expect(baseSummary.peakShortageFte).toBeGreaterThan(0)
  })

  it('"Intake +50 %" lowers the peak shortage and the work lost', () => {
    const intake = summaryOf(resolveScenario(sample, 'Intake +50 %'))
    expect(intake.peakShortageFte).toBeLessThan(baseSummary.peakShortageFte)
    expect(intake.totalLostHours).toBeLessThan(baseSummary.totalLostHours)
  })

  it('"Pré-owné fort" raises the peak shortage and the work lost', () => {
    const strong = summaryOf(resolveScenario(sample, 'Pré-owné fort'))
    expect(strong.peakShortageFte).toBeGreaterThan(baseSummary.peakShortageFte)
    expect(strong.totalLostHours).toBeGreaterThan(baseSummary.totalLostHours)
  })
})
