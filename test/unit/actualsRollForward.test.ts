// Roll-forward: next year's base starts after the last actuals, from the actual headcount and backlog, and keeps every calendar year's series values.
import { describe, expect, it } from 'vitest'
import { rollForward, rowsToActuals, shiftFormula, type ActualRow } from '../../shared/actuals'
import { project } from '../../shared/engine'
import { startOfYear } from '../../shared/engine/startOfYear'
import { resolveSeries } from '../../shared/engine/series'
import { validateInput } from '../../shared/model/schema'
import type { ModelInput, Series, YearResult } from '../../shared/model/types'
import { makeInput } from '../support/makeInput'

/** Eight years from 2026, series of every kind, and capacity to spare (so no backlog is left to split). */
function plan(): ModelInput {
  const input = makeInput({
    horizonYears: 8,
    workforce: {
      roster: [
        { grade: 'watchmaker', age: 30, fte: 3 },
        { grade: 'watchmaker', age: 45, fte: 2 },
        { grade: 'master', age: 40, fte: 3 },
        { grade: 'master', age: 63, fte: 1 },
      ],
      hires: { watchmaker: 't < 3 ? 1 : 2', master: [0, 0, 0.5, 0.5, 0.5, 1, 1, 1] },
      marketLimit: { watchmaker: 1.5 },
    },
    benches: { initial: 30 },
  })
  const segment = input.segments[0]!
  segment.serviceUptake = '0.3 + 0.01 * t'
  segment.newSalesGrowth = [0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07]
  segment.preOwnedGrowth = 'year >= 2029 ? 0.1 : 0.05'
  input.training[0]!.intake = [2, 2, 3, 3, 3, 4, 4, 4]
  return input
}

/** Actuals of 2026–2027 equal to the plan's own figures. */
function actualsAsPlanned(input: ModelInput) {
  const rows: ActualRow[] = []
  for (const year of project(input).years.slice(0, 2)) {
    for (const g of ['watchmaker', 'master']) {
      rows.push({ year: year.year, metric: 'headcount', key: g, value: year.headcount[g]! })
      rows.push({ year: year.year, metric: 'backlogHours', key: g, value: year.backlogHours[g]! })
    }
    rows.push({
      year: year.year,
      metric: 'students',
      key: 'apprenticeship',
      value: year.students.apprenticeship!,
    })
  }
  return rowsToActuals(rows)
}

function values(series: Series, input: ModelInput): Float64Array {
  const resolved = resolveSeries(series, input.horizonYears, input.startYear, 'x')
  if (!resolved.ok) throw new Error(resolved.problems[0]!.message)
  return resolved.values
}

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0)

describe('rollForward', () => {
  it('starts the year after the last actuals and keeps the end year', () => {
    const input = plan()
    const outcome = rollForward(input, actualsAsPlanned(input))
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.input.startYear).toBe(2028)
    expect(outcome.input.horizonYears).toBe(6)
    expect(outcome.shiftYears).toBe(2)
    expect(validateInput(outcome.input).ok).toBe(true)
    // The input itself is left as it was.
    expect(input).toEqual(plan())
  })

  it('gives every calendar year the series value it had in the old plan', () => {
    const input = plan()
    const outcome = rollForward(input, actualsAsPlanned(input))
    if (!outcome.ok) throw new Error('roll-forward failed')
    const next = outcome.input
    const pairs: [Series, Series][] = [
      [input.segments[0]!.serviceUptake, next.segments[0]!.serviceUptake],
      [input.segments[0]!.newSalesGrowth, next.segments[0]!.newSalesGrowth],
      [input.segments[0]!.preOwnedGrowth, next.segments[0]!.preOwnedGrowth],
      [input.workforce.hires.watchmaker!, next.workforce.hires.watchmaker!],
      [input.workforce.hires.master!, next.workforce.hires.master!],
      [input.workforce.marketLimit.watchmaker!, next.workforce.marketLimit.watchmaker!],
      [input.training[0]!.intake, next.training[0]!.intake],
    ]
    for (const [before, after] of pairs) {
      const old = values(before, input)
      const now = values(after, next)
      for (let t = 0; t < next.horizonYears; t++) expect(now[t]).toBeCloseTo(old[t + 2]!, 12)
    }
    // A formula in `year` needs no change; one in `t` is rewritten; a list is sliced.
    expect(next.segments[0]!.preOwnedGrowth).toBe('year >= 2029 ? 0.1 : 0.05')
    expect(next.segments[0]!.serviceUptake).toBe('0.3 + 0.01 * (t + 2)')
    expect(next.training[0]!.intake).toEqual([3, 3, 3, 4, 4, 4])
  })

  it('projects the overlapping years as the old plan did when the actuals equal the plan', () => {
    const input = plan()
    const old = project(input)
    // Precondition: no backlog is left at the end of 2027 (the new base splits a backlog by demand).
    expect(sum(old.years[1]!.backlogHours)).toBe(0)
    const outcome = rollForward(input, actualsAsPlanned(input), old)
    if (!outcome.ok) throw new Error('roll-forward failed')
    const next = project(outcome.input)
    const fields = [
      'headcount',
      'leavers',
      'retirements',
      'hires',
      'jobs',
      'installedBase',
      'demandHours',
      'servedHours',
      'backlogHours',
      'students',
      'graduates',
    ] as const
    next.years.forEach((year, t) => {
      const was: YearResult = old.years[t + 2]!
      expect(year.year).toBe(was.year)
      for (const field of fields) {
        for (const [id, v] of Object.entries(was[field])) {
          expect(year[field][id]).toBeCloseTo(v, 8)
        }
      }
      expect(year.turnaroundWeeks).toBeCloseTo(was.turnaroundWeeks!, 9)
    })
  })

  it('starts from the actual headcount, backlog and students of the last actuals year', () => {
    const input = plan()
    const old = project(input)
    const y2027 = old.years[1]!
    const y2028 = old.years[2]!
    const actuals = rowsToActuals([
      { year: 2026, metric: 'jobs', key: 'automatic', value: 1000 },
      { year: 2027, metric: 'headcount', key: 'watchmaker', value: y2027.headcount.watchmaker! * 1.1 },
      { year: 2027, metric: 'backlogHours', key: '', value: 750 },
      { year: 2027, metric: 'students', key: '', value: y2027.students.apprenticeship! / 2 },
    ])
    const outcome = rollForward(input, actuals, old)
    if (!outcome.ok) throw new Error('roll-forward failed')
    const next = outcome.input
    const rosterTotal = (grade: string) =>
      next.workforce.roster.filter((e) => e.grade === grade).reduce((a, e) => a + e.fte, 0)
    // The stocks at the start of 2028 before its joiners are W - J of 2028 in the old plan; the
    // graduates of 2027 (captureRate 0.5, halved with the students) join the watchmakers.
    const graduates = 0.5 * y2027.graduates.apprenticeship! * 0.5
    const stock = (g: string) => y2028.headcount[g]! - y2028.joiners[g]!
    expect(rosterTotal('watchmaker')).toBeCloseTo(stock('watchmaker') * 1.1 + graduates, 9)
    expect(rosterTotal('master')).toBeCloseTo(stock('master'), 9)
    expect(next.service.initialBacklogHours).toBe(750)
    // Year of study 0 is 2028's intake (3); the later years are last year's students, halved.
    const initial = next.training[0]!.initialStudents!
    expect(initial[0]).toBe(3)
    expect(initial[1]! + initial[2]!).toBeCloseTo((y2028.students.apprenticeship! - 3) / 2, 9)
    // The new base's first year: the roster plus its hires (2028 is t = 2 of the old plan: watchmaker hires 1, master 0.5).
    const first = project(next).years[0]!
    expect(first.headcount.watchmaker).toBeCloseTo(rosterTotal('watchmaker') + 1, 9)
    expect(first.headcount.master).toBeCloseTo(rosterTotal('master') + 0.5, 9)
    expect(first.installedBase.automatic).toBeCloseTo(y2028.installedBase.automatic!, 9)
    expect(outcome.carried).toContainEqual({ path: 'service/initialBacklogHours', from: 'actuals' })
    expect(outcome.carried).toContainEqual({ path: 'segments/automatic/newSales', from: 'plan' })
  })

  it('refuses when no year is left, or when there are no actuals in the plan', () => {
    const input = plan()
    const late = rollForward(input, rowsToActuals([{ year: 2033, metric: 'jobs', key: '', value: 1 }]))
    expect(late.ok).toBe(false)
    if (!late.ok) expect(late.problems[0]!.message).toContain('no year is left to plan')
    const early = rollForward(input, rowsToActuals([{ year: 2020, metric: 'jobs', key: '', value: 1 }]))
    expect(early.ok).toBe(false)
    expect(rollForward(input, []).ok).toBe(false)
  })
})

describe('shiftFormula', () => {
  it('rewrites only the name t, never inside numbers, other names or text', () => {
    expect(shiftFormula('2e3 * t + tan(t) - sqrt(year) + t^2', 3)).toBe(
      '2e3 * (t + 3) + tan((t + 3)) - sqrt(year) + (t + 3)^2',
    )
    expect(shiftFormula('0.35', 3)).toBe('0.35')
    expect(shiftFormula('t', 0)).toBe('t')
  })
})

describe('startOfYear', () => {
  it('is the roster and the first year volumes at t = 0', () => {
    const input = makeInput()
    const state = startOfYear(input, 0)
    expect(state.stocks('watchmaker', 30)).toBe(3)
    expect(state.stocks('master', 63)).toBe(1)
    expect(state.stocks('watchmaker', 28)).toBe(0)
    expect(state.newSales).toEqual({ automatic: 2000 })
    expect(state.installedBase).toEqual({ automatic: 20000 })
    // Steady state of an intake of 2 with 10 % dropout a year.
    expect(state.studentsByYearOfStudy.apprenticeship![2]).toBeCloseTo(2 * 0.81, 12)
  })

  it('moves the volumes and the roster on by t years', () => {
    const input = makeInput({ workforce: { hires: {} }, training: [] })
    const state = startOfYear(input, 2)
    // NS grows 3 % a year, PO 5 %; IB[2] = (20000 * 0.98 + 2000) * 0.98 + 2060.
    expect(state.newSales.automatic).toBeCloseTo(2000 * 1.03 * 1.03, 9)
    expect(state.preOwned.automatic).toBeCloseTo(500 * 1.05 * 1.05, 9)
    expect(state.installedBase.automatic).toBeCloseTo((20000 * 0.98 + 2000) * 0.98 + 2060, 9)
    // Two years of 5 % attrition and 10 % promotion: 3 * (0.95 * 0.9)^2 watchmakers now aged 32.
    expect(state.stocks('watchmaker', 32)).toBeCloseTo(3 * (0.95 * 0.9) ** 2, 12)
    expect(state.stocks('watchmaker', 30)).toBe(0)
    // The master aged 63 turns 65 at the end of the second year and retires.
    expect(state.stocks('master', 65)).toBe(0)
    expect(() => startOfYear(input, 5)).toThrow(RangeError)
  })
})
