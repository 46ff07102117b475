// The solver on the Geneva sample: a plan within every limit whose re-simulation is free of shortage, and a students-only answer that names its binding limits.
import { describe, expect, it } from 'vitest'
import { solvePlan } from '../../electron/decision/solver'
import { applyPlan } from '../../shared/decision/plan'
import { project } from '../../shared/engine'
import { resolveSeries } from '../../shared/engine/series'
import { applyOverrides } from '../../shared/model/overrides'
import { validateInput } from '../../shared/model/schema'
import { atelierGeneve } from '../../shared/sample'
import { withEveryPolicy } from '../support/makeInput'

// The sample's Base has no shortage; its "Concurrence pour les horlogers" scenario has one to remove.
const competition = atelierGeneve.scenarios.find((s) => s.name === 'Concurrence pour les horlogers')!
const input = applyOverrides(atelierGeneve.base, competition.overrides).input
const H = input.horizonYears

describe('solver on the Geneva sample', () => {
  it('finds a costed plan that removes the shortage, within the market limits and in whole benches', async () => {
    expect(project(input).summary.firstShortageYear).not.toBeNull()
    const result = await solvePlan(input, { maxIntake: 4, benchCost: 30000 })
    expect(result.feasible).toBe(true)
    expect(result.solver.engineAgrees).toBe(true)
    expect(validateInput(result.plannedInput).ok).toBe(true)
    const planned = project(result.plannedInput)
    expect(planned.years.map((y) => y.status)).not.toContain('shortage')
    expect(planned.summary.firstShortageYear).toBeNull()
    expect(result.plannedInput).toEqual(applyPlan(input, result.plan))
    expect(result.cost).toBe(planned.summary.totalCost)
    expect(result.addedCost).toBeGreaterThan(0)
    // Hires within the labour market, intake within the maximum, benches whole and priced as asked. The
    // engine's hires are the plan's plus the sample's backfill and gap hiring, cut at the market limit
    // (MODEL.md: Hr = min(HW, limit)); the solver keeps plan and backfill within the limit, so the plan's
    // hires are never cut and the year's hires lie between the plan's and the limit.
    for (const [grade, hires] of Object.entries(result.plan.hires)) {
      const limit = resolveSeries(input.workforce.marketLimit[grade] ?? Infinity, H, input.startYear, grade)
      const cap = limit.ok ? limit.values : new Float64Array(H).fill(Infinity)
      hires.forEach((h, t) => {
        expect(h).toBeLessThanOrEqual(cap[t]! + 1e-9)
        expect(planned.years[t]!.hires[grade]).toBeGreaterThanOrEqual(h - 1e-9)
        expect(planned.years[t]!.hires[grade]).toBeLessThanOrEqual(cap[t]! + 1e-9)
      })
    }
    for (const intake of Object.values(result.plan.intake))
      for (const x of intake) expect(x).toBeLessThanOrEqual(4 + 1e-9)
    for (const e of result.plan.benchExpansions) {
      expect(Number.isInteger(e.benches)).toBe(true)
      expect(e.costPerBench).toBe(30000)
    }
    // The planned scenario never needs more seats than it has, so the bench limit never cuts capacity.
    expect(planned.years.every((y) => y.benchFactor === 1)).toBe(true)
    expect(result.lastDecisions.map((d) => d.programme)).toEqual(input.training.map((p) => p.id))
  })

  it('names the binding limits when students alone cannot close the gap', async () => {
    // Without hires the only lever is students, and on this scenario they cannot close the gap: students
    // admitted from 2027 (the first year open) join from 2028 (service course) and 2029 (academy) at half
    // output, while each academy student takes 300 h a year of the seniors' time, the grade already short.
    // Even every programme at its places from 2027 on (apprenticeship 4, academy 6, service course 2: the
    // most the scenario allows) leaves shortage years, as this projection shows; so the solver must answer
    // infeasible and say which limits bind, never "infeasible" with nothing named.
    const full = structuredClone(input)
    for (const p of full.training)
      p.intake = `year == ${input.startYear} ? ${String(p.intake)} : ${String(p.maxIntake)}`
    expect(project(full).years.map((y) => y.status)).toContain('shortage')

    const result = await solvePlan(input, { allowHires: false, maxIntake: 6 })
    expect(result.plan.extraHires).toEqual({})
    expect(result.feasible).toBe(false)
    expect(result.solver.engineAgrees).toBe(true)
    expect(result.binding.length).toBeGreaterThan(0)
    // The places (or the intake maximum) of the programmes bind, and each limit says why in words.
    expect(result.binding.some((b) => b.limit === 'places' || b.limit === 'intakeMaximum')).toBe(true)
    for (const b of result.binding) expect(b.message.length).toBeGreaterThan(0)
    const planned = project(result.plannedInput)
    expect(result.shortageYears).toEqual(
      planned.years.filter((y) => y.status === 'shortage').map((y) => y.year),
    )
    expect(result.shortageYears.length).toBeGreaterThan(0)
    // Doing nothing is a students-only plan too: the least-excess plan leaves less work undone than it.
    const undone = (r: ReturnType<typeof project>) => r.years.reduce((sum, y) => sum + y.shortageFte, 0)
    expect(undone(planned)).toBeLessThan(undone(project(input)))
    for (const intake of Object.values(result.plan.intake))
      for (const x of intake) expect(x).toBeLessThanOrEqual(6 + 1e-9)
  })

  it('plans whole people: integer hires and students, re-simulated shortage-free like the fractional plan', async () => {
    const fractional = await solvePlan(input, { maxIntake: 4, benchCost: 30000 })
    const whole = await solvePlan(input, { maxIntake: 4, benchCost: 30000, whole: true })
    expect(fractional.feasible).toBe(true)
    const fractions = Object.values(fractional.plan.extraHires).flat()
    expect(fractions.some((x) => !Number.isInteger(x))).toBe(true)
    expect(whole.feasible).toBe(true)
    expect(project(whole.plannedInput).years.map((y) => y.status)).not.toContain('shortage')
    const values = [...Object.values(whole.plan.extraHires), ...Object.values(whole.plan.extraIntake)].flat()
    expect(values.length).toBeGreaterThan(0)
    for (const x of values) expect(Number.isInteger(x)).toBe(true)
    // Whole people cost at least as much as the fractional plan (the fractional one is the relaxation).
    expect(whole.addedCost).toBeGreaterThanOrEqual(fractional.addedCost - 1)
  })

  it('solves the sample with every v2 policy on: within the places, whole, re-simulated', async () => {
    // Every policy on, three times the pre-owned volumes and no backfill, so that the scenario is short.
    const v2 = withEveryPolicy(input)
    for (const s of v2.segments) s.preOwned *= 3
    v2.workforce.backfill = {}
    v2.workforce.gapHiring = Object.fromEntries(v2.grades.map((g) => [g.id, 0.1]))
    const before = project(v2).years.filter((y) => y.status === 'shortage').length
    expect(before).toBeGreaterThan(0)
    const result = await solvePlan(v2, { whole: true })
    const planned = project(result.plannedInput)
    expect(result.cost).toBe(planned.summary.totalCost)
    // Places are 3 a year in every programme (withEveryPolicy): the plan never admits more.
    for (const y of planned.years)
      for (const p of v2.training) expect(y.admitted[p.id]).toBeLessThanOrEqual(3)
    for (const x of Object.values(result.plan.extraIntake).flat()) expect(Number.isInteger(x)).toBe(true)
    for (const x of Object.values(result.plan.extraHires).flat()) expect(Number.isInteger(x)).toBe(true)
    if (result.feasible) expect(planned.years.map((y) => y.status)).not.toContain('shortage')
    else expect(result.binding.length).toBeGreaterThan(0)
    expect(result.shortageYears).toEqual(
      planned.years.filter((y) => y.status === 'shortage').map((y) => y.year),
    )
    expect(result.shortageYears.length).toBeLessThan(before)
    for (const y of planned.years)
      for (const v of Object.values(y.shortageFte === 0 ? {} : y.gapFte)) expect(Number.isNaN(v)).toBe(false)
  })
})
