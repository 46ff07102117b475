// The renderer's pure state: reducer transitions, KPIs, and the Comparer's table and differences.
import { describe, expect, it } from 'vitest'
import { project } from '../../shared/engine'
import {
  initialState,
  workspaceReducer,
  isOverridden,
  type WorkspaceState,
} from '../../renderer/src/state/workspaceState'
import { computeKpis, turnaroundStatus } from '../../renderer/src/features/results/kpis'
import {
  compareChart,
  inputDifferences,
  kpiTable,
  type Compared,
} from '../../renderer/src/features/compare/compareData'
import { makeInput } from '../support/makeInput'
import { scenarioSummary, workspaceInfo } from '../support/workspaceFixtures'

const info = workspaceInfo
const base = scenarioSummary(1)

function shown(): WorkspaceState {
  let s = workspaceReducer(initialState, {
    type: 'opened',
    workspace: info,
    list: { scenarios: [base], frozen: [] },
  })
  s = workspaceReducer(s, { type: 'shown', scenarioId: 1, input: makeInput(), overrides: [] })
  return s
}

describe('workspaceReducer', () => {
  it('applies an edit at once without touching the previous state', () => {
    const before = shown()
    const after = workspaceReducer(before, {
      type: 'edited',
      path: 'training/apprenticeship/intake',
      value: 9,
    })
    expect(after.input!.training[0]!.intake).toBe(9)
    expect(before.input!.training[0]!.intake).toBe(2)
    expect(after.pending).toBe(1)
  })

  it('a refused edit restores the stored input and files the problems under the field', () => {
    const edited = workspaceReducer(shown(), { type: 'edited', path: 'service/abandonRate', value: 0.9 })
    const refused = workspaceReducer(edited, {
      type: 'editRefused',
      path: 'service/abandonRate',
      input: makeInput(),
      problems: [{ path: 'service/abandonRate', message: 'too big' }],
    })
    expect(refused.input!.service.abandonRate).toBe(0.3)
    expect(refused.problems['service/abandonRate']).toHaveLength(1)
    expect(refused.pending).toBe(0)
    const confirmed = workspaceReducer(refused, {
      type: 'editConfirmed',
      path: 'service/abandonRate',
      workspace: info,
    })
    expect(confirmed.problems['service/abandonRate']).toBeUndefined()
  })

  it('an edit at a path that does not exist changes nothing and says so', () => {
    const s = workspaceReducer(shown(), { type: 'edited', path: 'segments/nope/newSales', value: 1 })
    expect(s.input).toEqual(makeInput())
    // Worded by its reason in the UI language, naming the field by its label (never the raw path).
    expect(s.error).toMatchObject({ reason: 'invalidPath', path: 'segments/nope/newSales' })
  })

  it('knows which fields a scenario overrides', () => {
    const overrides = [{ path: 'segments/automatic/preOwnedGrowth', value: 0.2 }]
    expect(isOverridden(overrides, 'segments/automatic/preOwnedGrowth')).toBe(true)
    expect(isOverridden(overrides, 'segments/automatic')).toBe(true)
    expect(isOverridden(overrides, 'segments/automatic/newSales')).toBe(false)
  })
})

describe('KPIs', () => {
  it('reports the peak grade and year and the last turnaround against the target', () => {
    const input = makeInput({
      workforce: { roster: [{ grade: 'master', age: 40, fte: 1 }], hires: {} },
      training: [],
    })
    const result = project(input)
    const k = computeKpis(input, result)
    expect(k.firstShortageYear).toBe(result.summary.firstShortageYear)
    expect(k.peak.year).toBe(result.summary.peakShortageYear)
    const peakYear = result.years.find((y) => y.year === k.peak.year)!
    const worstGrade = Object.entries(peakYear.gapFte).sort((a, b) => b[1] - a[1])[0]![0]
    expect(k.peak.grade).toBe(worstGrade)
    expect(k.turnaround.year).toBe(2030)
    expect(k.worst).toBe('shortage')
    expect(turnaroundStatus({ weeks: null, targetWeeks: 8, year: 2030 })).toBe('shortage')
    expect(turnaroundStatus({ weeks: 4, targetWeeks: 8, year: 2030 })).toBe('ok')
    expect(turnaroundStatus({ weeks: 7, targetWeeks: 8, year: 2030 })).toBe('tight')
  })
})

describe('compare', () => {
  const t = (k: string): string => k
  const a = makeInput()
  const b = makeInput()
  b.segments[0]!.preOwnedGrowth = 0.3
  b.service.targetTurnaroundWeeks = 6
  const items: Compared[] = [
    { id: 1, name: 'Base', input: a, result: project(a) },
    { id: 2, name: 'Boom', input: b, result: project(b) },
  ]

  it('draws one line per scenario', () => {
    const spec = compareChart(items, 'unservedHours', t)
    expect(spec.series.map((s) => s.label)).toEqual(['Base', 'Boom'])
    expect(spec.series[1]!.data).toEqual(
      items[1]!.result.years.map((y) => Object.values(y.unservedHours).reduce((x, z) => x + z, 0)),
    )
  })

  it('gives each KPI with its difference to the first scenario', () => {
    const rows = kpiTable(items)
    const lost = rows.find((r) => r.key === 'totalLostHours')!
    expect(lost.deltas[0]).toBe(0)
    expect(lost.deltas[1]).toBeCloseTo(
      items[1]!.result.summary.totalLostHours - items[0]!.result.summary.totalLostHours,
      9,
    )
    expect(lost.deltas[1]!).toBeGreaterThan(0)
  })

  it('lists exactly the inputs that differ, with each value', () => {
    expect(inputDifferences(items)).toEqual([
      { path: 'segments/automatic/preOwnedGrowth', values: [0.05, 0.3] },
      { path: 'service/targetTurnaroundWeeks', values: [8, 6] },
    ])
  })
})
