// Plan versus actual: difference = actual - plan in every cell, the plan's figures worked out by hand from docs/model-equations.md.
import { describe, expect, it } from 'vitest'
import { rowsToActuals, variance, type ActualRow } from '../../shared/actuals'
import { project } from '../../shared/engine'
import { makeInput } from '../support/makeInput'

// makeInput's year 0 (2026), by hand:
// jobs = IB * uptake / interval + NS * warranty + PO * preOwnedServiceRate = 20000 * 0.35 / 7 + 2000 * 0.04 + 500 * 0.5
const jobs = (20000 * 0.35) / 7 + 2000 * 0.04 + 500 * 0.5
// D[watchmaker] = jobs * 0.8 * 6 h, D[master] = jobs * 0.2 * 12 h (no productivity gain).
const demandW = jobs * 0.8 * 6
const demandM = jobs * 0.2 * 12
// Headcount: roster 3 + 2 watchmakers and one hire; 2 masters. Leavers = W * attritionRate.
const headW = 3 + 2 + 1
const headM = 2
// Students in the steady state: 2 + 2 * 0.9 + 2 * 0.9^2.
const students = 2 + 2 * 0.9 + 2 * 0.81
// Capacity: watchmakers (6 - 1 * (1 - 0.6)) * 1600; masters 2 * 1500 less 100 h of supervision per student.
const capW = (headW - 1 * 0.4) * 1600
const capM = headM * 1500 - students * 100
// The initial backlog of 500 h is split by demand; the cascade serves masters first with their own capacity.
const edM = demandM + (500 * demandM) / (demandW + demandM)
const edW = demandW + (500 * demandW) / (demandW + demandM)
const servedM = Math.min(edM, capM)
const servedW = Math.min(edW, capW + (capM - servedM))
const backlog = (edM - servedM) * 0.7 + (edW - servedW) * 0.7
const turnaround = 4 + (52 * backlog) / (servedM + servedW)

const rows: ActualRow[] = [
  { year: 2026, metric: 'jobs', key: 'automatic', value: 1400 },
  { year: 2026, metric: 'demandHours', key: 'watchmaker', value: 6000 },
  { year: 2026, metric: 'demandHours', key: 'master', value: 3500 },
  { year: 2026, metric: 'servedHours', key: '', value: 9000 },
  { year: 2026, metric: 'headcount', key: 'watchmaker', value: 6.5 },
  { year: 2026, metric: 'hires', key: 'watchmaker', value: 2 },
  { year: 2026, metric: 'leavers', key: 'watchmaker', value: 0.5 },
  { year: 2026, metric: 'leavers', key: 'master', value: 0.06 },
  { year: 2026, metric: 'backlogHours', key: '', value: 400 },
  { year: 2026, metric: 'turnaroundWeeks', key: '', value: 9 },
  { year: 2026, metric: 'students', key: 'apprenticeship', value: 5 },
  { year: 2041, metric: 'jobs', key: 'automatic', value: 1 },
]
const expectedPlan: Record<string, number> = {
  'jobs|automatic': jobs,
  'demandHours|watchmaker': demandW,
  'demandHours|master': demandM,
  'servedHours|': servedM + servedW,
  'headcount|watchmaker': headW,
  'hires|watchmaker': 1,
  'leavers|watchmaker': headW * 0.05,
  'leavers|master': headM * 0.03,
  'backlogHours|': backlog,
  'turnaroundWeeks|': turnaround,
  'students|apprenticeship': students,
}

describe('variance', () => {
  it('gives plan, actual, actual - plan and its percentage for every cell of a year with actuals', () => {
    const { cells, yearsOutside } = variance(makeInput(), rowsToActuals(rows))
    expect(yearsOutside).toEqual([2041])
    expect(cells).toHaveLength(11)
    for (const cell of cells) {
      const plan = expectedPlan[`${cell.metric}|${cell.key}`]!
      const actual = rows.find(
        (r) => r.year === 2026 && r.metric === cell.metric && r.key === cell.key,
      )!.value
      expect(cell.actual).toBe(actual)
      expect(cell.plan).toBeCloseTo(plan, 9)
      expect(cell.difference).toBeCloseTo(actual - plan, 9)
      expect(cell.percent).toBeCloseTo((100 * (actual - plan)) / plan, 9)
    }
  })

  it('gives the same cells from a stored result (a frozen version) as from its input', () => {
    const input = makeInput()
    const actuals = rowsToActuals(rows)
    expect(variance(project(input), actuals)).toEqual(variance(input, actuals))
  })

  it('has no plan figure where the turnaround is unknown, and no percentage against a plan of 0', () => {
    // No benches: nothing is served while a backlog remains, so the plan has no turnaround.
    const input = makeInput({ benches: { initial: 0 } })
    const actuals = rowsToActuals([
      { year: 2027, metric: 'turnaroundWeeks', key: '', value: 12 },
      { year: 2027, metric: 'servedHours', key: 'master', value: 100 },
    ])
    // Cells follow the metric order: servedHours before turnaroundWeeks.
    const [served, turn] = variance(input, actuals).cells
    expect(turn).toMatchObject({ plan: null, actual: 12, difference: null, percent: null })
    expect(served).toMatchObject({ plan: 0, actual: 100, difference: 100, percent: null })
  })
})
