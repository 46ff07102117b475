// The embedded samples: valid inputs, scenarios that resolve and move the shortage the way their names say, sources.
import { describe, expect, it } from 'vitest'
import { project } from '../../shared/engine/index'
import { applyOverrides, jsonEqual } from '../../shared/model/overrides'
import { resolveSeries } from '../../shared/engine/series'
import { validateInput } from '../../shared/model/schema'
import type { ModelInput, ResultSummary } from '../../shared/model/types'
import { atelierGeneve, boutiquePreowned, filiereSuisse, samples } from '../../shared/sample/index'
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

  it('has its name and description in French, English and German, the stored ones French', () => {
    expect(sample.name).toBe(sample.names.fr)
    expect(sample.description).toBe(sample.descriptions.fr)
    for (const text of [sample.names, sample.descriptions]) {
      expect(Object.keys(text).sort()).toEqual(['de', 'en', 'fr'])
      for (const lang of ['fr', 'en', 'de'] as const) expect(text[lang].trim(), lang).not.toBe('')
      // Three translations, not one text copied three times.
      expect(new Set([text.fr, text.en, text.de]).size).toBe(3)
    }
  })

  it('projects its base and every scenario with finite figures only', () => {
    for (const scenario of [{ name: sample.baseName, overrides: [] }, ...sample.scenarios]) {
      const { input } = applyOverrides(sample.base, scenario.overrides)
      const text = JSON.stringify(project(input))
      expect(text, scenario.name).not.toMatch(/NaN/)
      for (const y of project(input).years) {
        expect(Number.isFinite(y.shortageFte), scenario.name).toBe(true)
        expect(Number.isFinite(y.cost.total), scenario.name).toBe(true)
      }
    }
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
  it('lists the three samples once, by unique key, Atelier Genève first (the default)', () => {
    expect(samples.map((s) => s.key)).toEqual(['atelier-geneve', 'filiere-suisse', 'boutique-preowned'])
    expect(samples).toEqual([atelierGeneve, filiereSuisse, boutiquePreowned])
  })
})

describe('Atelier Genève (exemple)', () => {
  const sample = atelierGeneve
  const { base } = sample
  const baseResult = project(base)
  const baseSummary = baseResult.summary
  const watchmakerGrades = new Set(['service', 'watchmaker', 'senior', 'master'])

  it('is the brand service centre the brief describes, with the staff beside the watchmakers', () => {
    expect(sample.key).toBe('atelier-geneve')
    expect(sample.baseName).toBe('Base')
    expect(base.schemaVersion).toBe(2)
    expect(base.startYear).toBe(2026)
    expect(base.horizonYears).toBe(15)
    // Reception, polishing and control (domain-data §7.3: 6, 4, 3), then four watchmaker levels.
    expect(base.grades.map((g) => g.id)).toEqual([
      'reception',
      'polisher',
      'control',
      'service',
      'watchmaker',
      'senior',
      'master',
    ])
    const people = (grade: string) => base.workforce.roster.filter((r) => r.grade === grade).length
    expect([people('reception'), people('polisher'), people('control')]).toEqual([6, 4, 3])
    expect(base.segments.map((s) => s.id)).toEqual(['quartz', 'automatic', 'chronograph', 'complication'])
    expect(base.training.map((p) => p.durationYears).sort()).toEqual([1, 2, 4])
    const fte = base.workforce.roster
      .filter((r) => watchmakerGrades.has(r.grade))
      .reduce((sum, r) => sum + r.fte, 0)
    expect(fte).toBeCloseTo(35.8, 9)
  })

  it('follows the age structure of domain-data §7.3 for its watchmakers (people per band)', () => {
    const band = (from: number, to: number) =>
      base.workforce.roster.filter((r) => watchmakerGrades.has(r.grade) && r.age >= from && r.age <= to)
        .length
    expect([band(15, 29), band(30, 39), band(40, 49), band(50, 59), band(60, 64)]).toEqual([7, 11, 8, 7, 3])
  })

  it('keeps each installed base in steady state of its own new sales and scrap', () => {
    for (const s of base.segments) {
      const g = s.newSalesGrowth as number
      // IB[t+1] = IB (1 - s) + NS grows at g exactly when NS = IB (s + g) / (1 + g).
      const next = s.installedBase * (1 - s.scrapRate) + s.newSales
      expect(next / s.installedBase - 1, s.id).toBeCloseTo(g, 4)
      expect(project(base).years[14]!.installedBase[s.id]! / s.installedBase, s.id).toBeCloseTo(
        (1 + g) ** 14,
        2,
      )
    }
  })

  it('lets pre-owned growth taper from 10 % to 3 %, certify resale watches and net them off scheduled services', () => {
    const growth = resolveSeries(base.segments[1]!.preOwnedGrowth, 15, 2026, 'g')
    expect(growth.ok).toBe(true)
    const values = growth.ok ? Array.from(growth.values) : []
    expect(values[1]).toBeCloseTo(0.1, 12)
    expect(values[4]).toBeCloseTo(0.1, 12)
    expect(values[5]).toBeCloseTo(0.03 + 0.07 * 0.7, 12)
    expect(values[14]).toBeGreaterThan(0.03)
    expect(values[14]).toBeLessThan(0.035)
    for (const s of base.segments) {
      expect(s.resaleJobMix?.certification, s.id).toBeGreaterThan(0)
      expect(s.resaleReplacesService, s.id).toBe(0.3)
    }
  })

  it('bills CHF 150 an hour: an Omega CHF 800 service over its 5.45 hours of work', () => {
    const hours = 4 + 0.5 + 0.5 + 0.3 * 1.5
    expect(800 / hours).toBeCloseTo(146.8, 1)
    for (const g of base.grades) expect(g.revenuePerHour, g.id).toBe(150)
  })

  it('starts with no shortage, its watchmakers near the 92 % of domain-data §7.3', () => {
    const y0 = baseResult.years[0]!
    expect(y0.status).not.toBe('shortage')
    for (const grade of ['watchmaker', 'senior', 'master'])
      expect(y0.demandHours[grade]! / y0.capacityHours[grade]!, grade).toBeGreaterThan(0.88)
    expect(y0.utilisation).toBeGreaterThan(0.8)
    expect(y0.utilisation).toBeLessThan(0.97)
  })

  it('has the scenarios of the brief on top of Base', () => {
    expect(sample.scenarios.map((s) => s.name)).toEqual([
      'Boom du pré-owné',
      'Récession 2027',
      'Concurrence pour les horlogers',
      'Concurrence + académie doublée',
    ])
  })

  it('"Boom du pré-owné" brings more work than Base, "Récession 2027" less', () => {
    const demand = (i: ModelInput) =>
      project(i).years.reduce((sum, y) => sum + Object.values(y.demandHours).reduce((a, b) => a + b, 0), 0)
    const boom = resolveScenario(sample, 'Boom du pré-owné')
    const recession = resolveScenario(sample, 'Récession 2027')
    expect(demand(boom)).toBeGreaterThan(demand(base))
    expect(demand(recession)).toBeLessThan(demand(base))
    expect(shortageLater(baseSummary.firstShortageYear, summaryOf(boom).firstShortageYear)).toBe(false)
    expect(shortageLater(summaryOf(recession).firstShortageYear, baseSummary.firstShortageYear)).toBe(false)
  })

  it('"Concurrence pour les horlogers" brings a shortage that Base does not have', () => {
    const competition = summaryOf(resolveScenario(sample, 'Concurrence pour les horlogers'))
    expect(shortageLater(competition.firstShortageYear, baseSummary.firstShortageYear)).toBe(false)
    expect(competition.firstShortageYear).not.toBeNull()
    expect(competition.peakShortageFte).toBeGreaterThan(baseSummary.peakShortageFte)
    expect(competition.totalLostHours).toBeGreaterThan(baseSummary.totalLostHours)
  })

  it('"Concurrence + académie doublée" lowers the competition’s peak and lost work, at a higher training cost', () => {
    const competition = resolveScenario(sample, 'Concurrence pour les horlogers')
    const input = resolveScenario(sample, 'Concurrence + académie doublée')
    expect(summaryOf(input).peakShortageFte).toBeLessThan(summaryOf(competition).peakShortageFte)
    expect(summaryOf(input).totalLostHours).toBeLessThan(summaryOf(competition).totalLostHours)
    const trainingCost = (i: ModelInput) => project(i).years.reduce((sum, y) => sum + y.cost.training, 0)
    expect(trainingCost(input)).toBeGreaterThan(trainingCost(competition))
    expect(project(input).years.every((y) => y.admitted.academy! <= 6)).toBe(true)
  })
})

describe('Filière suisse (exemple)', () => {
  const sample = filiereSuisse
  const { base } = sample
  const baseSummary = summaryOf(base)
  const workforce = (y: { headcount: Record<string, number> }) =>
    Object.values(y.headcount).reduce((a, b) => a + b, 0)

  it('sizes the Swiss after-sales workforce of domain-data §7.2, with school places', () => {
    expect(sample.key).toBe('filiere-suisse')
    const fte = base.workforce.roster.reduce((sum, r) => sum + r.fte, 0)
    expect(fte).toBeCloseTo(2200, 6)
    const cfc = base.training.find((p) => p.durationYears === 4)
    expect(cfc?.intake).toBe(108)
    for (const p of base.training) {
      expect(typeof p.maxIntake, p.id).toBe('number')
      expect(p.intake as number, p.id).toBeLessThanOrEqual(p.maxIntake as number)
    }
    // Sector-level attrition: far below a single brand's 4 %/yr.
    for (const g of base.grades) expect(g.attritionRate, g.id).toBeLessThanOrEqual(0.03)
  })

  it('runs short within the horizon in Base, as the research expects', () => {
    expect(baseSummary.firstShortageYear).not.toBeNull()
    expect(baseSummary.peakShortageFte).toBeGreaterThan(0)
  })

  it.each([filiereSuisse.baseName, ...filiereSuisse.scenarios.map((s) => s.name)])(
    '%s: no year is short of more than 15 % of that year’s workforce, and admissions stay within the places',
    (name) => {
      const input = name === sample.baseName ? base : resolveScenario(sample, name)
      const result = project(input)
      for (const y of result.years) {
        expect(y.shortageFte, `${y.year}`).toBeLessThanOrEqual(workforce(y))
        expect(y.shortageFte / workforce(y), `${y.year}`).toBeLessThanOrEqual(0.15)
      }
      for (const p of input.training) {
        const places = resolveSeries(p.maxIntake!, input.horizonYears, input.startYear, p.id)
        expect(places.ok).toBe(true)
        result.years.forEach((y, t) => {
          if (places.ok)
            expect(y.admitted[p.id]!, `${p.id} ${y.year}`).toBeLessThanOrEqual(places.values[t]! + 1e-9)
        })
      }
    },
  )

  it('"Places +50 %" ends the shortage sooner and loses less work', () => {
    const places = project(resolveScenario(sample, 'Places +50 %'))
    const baseYears = project(base).years
    const lastShort = (years: { status: string; year: number }[]) =>
      Math.max(...years.filter((y) => y.status === 'shortage').map((y) => y.year))
    expect(lastShort(places.years)).toBeLessThan(lastShort(baseYears))
    expect(places.summary.totalLostHours).toBeLessThan(baseSummary.totalLostHours)
  })

  it('"Pré-owné fort" raises the peak shortage and the work lost', () => {
    const strong = summaryOf(resolveScenario(sample, 'Pré-owné fort'))
    expect(strong.peakShortageFte).toBeGreaterThan(baseSummary.peakShortageFte)
    expect(strong.totalLostHours).toBeGreaterThan(baseSummary.totalLostHours)
  })
})

describe('Boutique-atelier pré-owned (exemple)', () => {
  const sample = boutiquePreowned
  const { base } = sample

  it('is four experts, watchmakers and after-sales customer relations, serving only pre-owned watches', () => {
    expect(sample.key).toBe('boutique-preowned')
    const fte = base.workforce.roster.reduce((sum, r) => sum + r.fte, 0)
    expect(Math.abs(fte - 4)).toBeLessThanOrEqual(0.5)
    expect(project(base).years[0]!.headcount).toEqual({ 'customer-relations': 1, watchmaker: 3 })
    expect(base.segments.map((s) => s.id)).toEqual(['pre-owned'])
    // Every watch sold is certified first (Cresus checks each one).
    expect(base.segments[0]!.preOwnedServiceRate).toBe(1)
    expect(base.service.baseTurnaroundWeeks).toBeGreaterThanOrEqual(2)
    expect(base.service.targetTurnaroundWeeks).toBeLessThanOrEqual(4)
  })

  it('loses no fraction of a person: attrition 0, and a leaver is replaced by exactly one hire', () => {
    for (const g of base.grades) expect(g.attritionRate, g.id).toBe(0)
    const years = project(resolveScenario(sample, 'Un horloger part (remplacé)')).years
    expect(years[0]!.retirements.watchmaker).toBe(1)
    expect(years[1]!.hires.watchmaker).toBe(1)
    expect(years[1]!.headcount.watchmaker).toBe(3)
    for (const y of years)
      for (const h of Object.values(y.hires)) expect(Number.isInteger(h), `${y.year}`).toBe(true)
  })

  it('an unreplaced departure leaves two watchmakers from 2027 and a shortage that Base does not have', () => {
    const result = project(resolveScenario(sample, 'Un horloger part (non remplacé)'))
    expect(result.years[1]!.headcount.watchmaker).toBe(2)
    expect(result.summary.firstShortageYear).toBe(2027)
    expect(summaryOf(base).firstShortageYear).toBeNull()
  })
})
