// The solver on the Boutique and Filière samples: whole people for a team of four, whole students within the places.
import { describe, expect, it } from 'vitest'
import { solvePlan } from '../../electron/decision/solver'
import { project } from '../../shared/engine'
import { resolveSeries } from '../../shared/engine/series'
import { applyOverrides } from '../../shared/model/overrides'
import type { ModelInput } from '../../shared/model/types'
import { boutiquePreowned, filiereSuisse } from '../../shared/sample'
import type { SampleWorkspace } from '../../shared/sample/types'

function scenario(sample: SampleWorkspace, name: string): ModelInput {
  const found = sample.scenarios.find((s) => s.name === name)
  if (!found) throw new Error(`${sample.key} has no scenario ${name}`)
  return applyOverrides(sample.base, found.overrides).input
}

function series(input: ModelInput, value: ModelInput['workforce']['hires'][string], label: string): number[] {
  const resolved = resolveSeries(value, input.horizonYears, input.startYear, label)
  if (!resolved.ok) throw new Error(`${label} does not resolve`)
  return Array.from(resolved.values)
}

describe('solver on the Boutique-atelier pré-owned', () => {
  // Both scenarios are short (an unreplaced departure from 2027; 15 % more watches a year to 2030), Base is not.
  it.each(['Un horloger part (non remplacé)', 'Croissance à deux chiffres'])(
    '%s: a whole-person plan, within the market, re-simulated by the engine',
    async (name) => {
      const input = scenario(boutiquePreowned, name)
      expect(project(input).summary.firstShortageYear).not.toBeNull()
      const result = await solvePlan(input, { whole: true })
      const planned = project(result.plannedInput)
      expect(result.solver.engineAgrees).toBe(true)
      if (result.feasible) expect(planned.years.map((y) => y.status)).not.toContain('shortage')
      else expect(result.binding.length).toBeGreaterThan(0)
      expect(result.shortageYears).toEqual(
        planned.years.filter((y) => y.status === 'shortage').map((y) => y.year),
      )
      // A person is not a fraction: what the plan adds, and every year's hires in the engine, are whole.
      const added = Object.values(result.plan.extraHires).flat()
      expect(added.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1)
      for (const x of [...added, ...Object.values(result.plan.extraIntake).flat()])
        expect(Number.isInteger(x)).toBe(true)
      for (const y of planned.years)
        for (const [grade, h] of Object.entries(y.hires))
          expect(Number.isInteger(h), `${grade} ${y.year}`).toBe(true)
      // The boutique's market yields one person a year per grade; the plan hires no more.
      for (const [grade, hires] of Object.entries(result.plan.hires)) {
        const cap = series(input, input.workforce.marketLimit[grade] ?? Infinity, grade)
        hires.forEach((h, t) => expect(h).toBeLessThanOrEqual(cap[t]! + 1e-9))
      }
    },
  )

  it('an unreplaced departure is answered by hiring the watchmaker back in 2027', async () => {
    // By hand: the watchmaker aged 44 leaves at the end of 2026 and two remain, short from 2027; Base with
    // three is never short. Nobody else leaves (attrition 0), so one watchmaker hired in 2027 (within the
    // market's one a year) restores Base's team of three.
    const input = scenario(boutiquePreowned, 'Un horloger part (non remplacé)')
    const result = await solvePlan(input, { whole: true })
    expect(result.feasible).toBe(true)
    expect(result.plan.extraHires.watchmaker![1]).toBe(1)
    expect(project(result.plannedInput).years[1]!.headcount.watchmaker).toBe(3)
  })

  it('a students-only plan (the institute view) names the forbidden hires: the boutique has no school', async () => {
    const input = scenario(boutiquePreowned, 'Un horloger part (non remplacé)')
    expect(input.training).toEqual([])
    const result = await solvePlan(input, { allowHires: false, maxIntake: 100_000, whole: true })
    expect(result.feasible).toBe(false)
    expect(result.binding.map((b) => b.limit)).toContain('hiresNotAllowed')
  })
})

describe('institute view on the Filière suisse', () => {
  it('admits whole students within the places every year, and names the places when they bind', async () => {
    // The institute view's options: no hires, training only, a maximum far above any class (places cap it).
    const input = filiereSuisse.base
    const result = await solvePlan(input, {
      allowHires: false,
      allowIntake: true,
      allowBenches: true,
      maxIntake: 100_000,
      whole: true,
    })
    const planned = project(result.plannedInput)
    for (const p of input.training) {
      const places = series(input, p.maxIntake!, p.id)
      const intake = result.plan.intake[p.id] ?? series(input, p.intake, p.id)
      intake.forEach((x, t) => {
        expect(Number.isInteger(x), `${p.id} ${input.startYear + t}`).toBe(true)
        expect(x, `${p.id} ${input.startYear + t}`).toBeLessThanOrEqual(places[t]! + 1e-9)
      })
      planned.years.forEach((y, t) => expect(y.admitted[p.id]!).toBeLessThanOrEqual(places[t]! + 1e-9))
    }
    if (result.feasible) expect(planned.years.map((y) => y.status)).not.toContain('shortage')
    else {
      expect(result.binding.some((b) => b.limit === 'places')).toBe(true)
      for (const b of result.binding.filter((x) => x.limit === 'places'))
        expect(b.message).toMatch(/raise places or hire/)
    }
    // However short, no year lacks more people than the sector has.
    for (const y of planned.years)
      expect(y.shortageFte).toBeLessThanOrEqual(Object.values(y.headcount).reduce((a, b) => a + b, 0))
  })
})
