// Hand-computed cases of the (v2) service by grade, firstShortageGrade, the version rules and docs/model.md's worked v2 year.
import { describe, expect, it } from 'vitest'
import { project } from '../../shared/engine'
import { validateInput } from '../../shared/model/schema'
import type { ModelInput } from '../../shared/model/types'
import { expectClose, pick, run } from '../support/engineAssert'
import { grade, hoursOf, makeInput, segment, twoGrades, v2 } from '../support/makeInput'

describe('Service (v2): turnaround and status by grade', () => {
  // g1 (senior) has exactly its 10,000 h; g0 has 0.9 FTE for 1,000 h: unserved 100, half lost, backlog 50.
  // Workshop: unserved 100 <= 0.02 * 11,000; turnaround 4 + 52 * 50 / 10,900 < 8; utilisation 1 -> tight.
  // g0: 100 > 0.02 * 1,000 -> shortage; turnaround 4 + 52 * 50 / 900. g1: base 4, ok.
  const juniorShort = (statusBasis: 'workshop' | 'grade') =>
    twoGrades(1000, 10_000, {
      workforce: {
        roster: [
          { grade: 'g0', age: 30, fte: 0.9 },
          { grade: 'g1', age: 30, fte: 10 },
        ],
      },
      service: { abandonRate: 0.5, shortageTolerance: 0.02, statusBasis },
    })

  it('gives each grade its own turnaround and status; the workshop basis keeps the workshop status', () => {
    const r = run(juniorShort('workshop'))
    const y = r.years[0]
    expectClose(y.turnaroundWeeksByGrade.g0, 4 + (52 * 50) / 900)
    expectClose(y.turnaroundWeeksByGrade.g1, 4)
    expectClose(y.turnaroundWeeks, 4 + (52 * 50) / 10_900)
    expect(y.statusByGrade).toEqual({ g0: 'shortage', g1: 'ok' })
    expect(y.status).toBe('tight')
    expect(r.summary.firstShortageYear).toBeNull()
    expect(r.summary.firstShortageGrade).toBeNull()
  })

  it('makes the year a shortage with basis "grade" when any grade is short, and names that grade', () => {
    const r = run(juniorShort('grade'))
    expect(r.years[0].status).toBe('shortage')
    expect(r.summary.firstShortageYear).toBe(2030)
    expect(r.summary.firstShortageGrade).toBe('g0')
  })

  it('lets "tight" pass through the grade basis when no grade is short', () => {
    // g0 now has 1 FTE for its 1,000 h: nothing unserved anywhere, utilisation 1.
    const input = juniorShort('grade')
    input.workforce.roster[0].fte = 1
    const y = run(input).years[0]
    expect(y.statusByGrade).toEqual({ g0: 'ok', g1: 'ok' })
    expect(y.status).toBe('tight')
  })

  it('is shortage by turnaround alone, null when the grade serves nothing, ok with no work', () => {
    // Tolerance 1: only turnaround counts. g0 serves 900 with backlog 50: 6.89 weeks > target 6 -> shortage.
    const late = juniorShort('grade')
    late.service.shortageTolerance = 1
    late.service.targetTurnaroundWeeks = 6
    expect(run(late).years[0].statusByGrade).toEqual({ g0: 'shortage', g1: 'ok' })
    // g0 has 100 h and nobody (g1's 1 FTE has its own 1000 h): served 0 with a backlog -> null, shortage.
    // A third grade with no work is ok with the base turnaround.
    const idle = v2({
      horizonYears: 1,
      grades: [grade('g0'), grade('g1'), grade('g2')],
      jobTypes: [
        { id: 'j0', grade: 'g0' },
        { id: 'j1', grade: 'g1' },
      ],
      segments: [hoursOf('s0', 'j0', 100), hoursOf('s1', 'j1', 1000)],
      workforce: { roster: [{ grade: 'g1', age: 30, fte: 1 }] },
      service: { abandonRate: 0.5, statusBasis: 'grade' },
    })
    const y = run(idle).years[0]
    expect(y.turnaroundWeeksByGrade).toEqual({ g0: null, g1: 4, g2: 4 })
    expect(y.statusByGrade).toEqual({ g0: 'shortage', g1: 'ok', g2: 'ok' })
  })
})

describe('Summary (v2): firstShortageGrade', () => {
  const bothShort = (demand0: number, demand1: number, tolerance: number) =>
    twoGrades(demand0, demand1, {
      service: { abandonRate: 1, shortageTolerance: tolerance, statusBasis: 'grade' },
    })

  it('names the short grade with the largest gapFte, the first in input order on a tie', () => {
    // Nobody works: gapFte = demand / 1000.
    expect(run(bothShort(100, 300, 0)).summary.firstShortageGrade).toBe('g1')
    expect(run(bothShort(200, 200, 0)).summary.firstShortageGrade).toBe('g0')
  })

  it('passes over a grade with a larger gap that is not short by its own tolerance', () => {
    // g0: 100,000 h with 99 FTE: unserved 1,000 (1 %) <= 2 % -> ok, gapFte 1.
    // g1: 1,000 h with 0.5 FTE (nothing spills down to it from above): unserved 500 > 2 % -> shortage,
    // gapFte 0.5, smaller than g0's 1.
    const input = twoGrades(100_000, 1000, {
      workforce: {
        roster: [
          { grade: 'g0', age: 30, fte: 99 },
          { grade: 'g1', age: 30, fte: 0.5 },
        ],
      },
      service: { abandonRate: 1, shortageTolerance: 0.02, statusBasis: 'grade' },
    })
    const r = run(input)
    expect(r.years[0].statusByGrade).toEqual({ g0: 'ok', g1: 'shortage' })
    expectClose(r.years[0].gapFte.g0, 1)
    expectClose(r.years[0].gapFte.g1, 0.5)
    expect(r.summary.firstShortageGrade).toBe('g1')
  })
})

describe('Versions', () => {
  it('reads a v1 input as v2 with every (v2) field at its default: the same figures', () => {
    const v1 = makeInput()
    const explicit: ModelInput = {
      ...structuredClone(v1),
      schemaVersion: 2,
      grades: v1.grades.map((g) => ({ ...g, revenuePerHour: 0 })),
      segments: v1.segments.map((s) => ({ ...s, resaleReplacesService: 0 })),
      workforce: { ...v1.workforce, backfill: {}, gapHiring: {}, retirementProfile: {} },
      service: {
        ...v1.service,
        rampUp: [v1.service.rampUpFactor],
        statusBasis: 'workshop',
        overtimeShare: 0,
        overtimePremium: 0.25,
        outsourcing: {},
      },
    }
    expect(run(explicit)).toEqual(run(v1))
  })

  it('gives the v2 output of a v1 input as zeros, copies and defaults', () => {
    const r = run(makeInput())
    for (const y of r.years) {
      expect(Object.values(y.overtimeHours).every((h) => h === 0)).toBe(true)
      expect(Object.values(y.outsourcedHours).every((h) => h === 0)).toBe(true)
      expect(y.cost.overtime + y.cost.outsourcing + y.revenue + y.lostRevenue).toBe(0)
      expect(y.margin).toBe(-y.cost.total)
    }
  })

  it('refuses a v1 input carrying a v2 field, naming the field', () => {
    const input = makeInput()
    input.service.overtimeShare = 0.1
    input.workforce.backfill = { watchmaker: 0.5 }
    input.grades[1].revenuePerHour = 150
    const result = validateInput(input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map((p) => p.message).sort()).toEqual([
      'grades[1].revenuePerHour: is a version 2 field; set schemaVersion to 2 to use it',
      'service.overtimeShare: is a version 2 field; set schemaVersion to 2 to use it',
      'workforce.backfill: is a version 2 field; set schemaVersion to 2 to use it',
    ])
  })

  it('projects a v2 input that is valid only for version 2, without validation too', () => {
    const input = v2({ service: { overtimeShare: 0.1 } })
    expect(project(input).years).toHaveLength(3)
    expect(pick(run(input), 'status')).toHaveLength(3)
  })
})

describe('the worked year of docs/model.md (backfill and overtime)', () => {
  it('gives the figures worked out by hand there', () => {
    const input = v2({
      startYear: 2026,
      horizonYears: 2,
      grades: [
        grade('watchmaker', {
          hoursPerFte: 1600,
          attritionRate: 0.05,
          salaryPerFte: 90_000,
          hireCost: 15_000,
          revenuePerHour: 150,
        }),
      ],
      jobTypes: [{ id: 'full-service', grade: 'watchmaker' }],
      segments: [
        segment({
          installedBase: 56_000,
          serviceUptake: 0.5,
          serviceIntervalYears: 7,
          jobMix: { 'full-service': 1 },
          hoursPerJob: { 'full-service': 4 },
        }),
      ],
      workforce: {
        roster: [
          { grade: 'watchmaker', age: 40, fte: 8 },
          { grade: 'watchmaker', age: 64, fte: 2 },
        ],
        backfill: { watchmaker: 0.8 },
      },
      service: {
        abandonRate: 0.3,
        shortageTolerance: 0.02,
        rampUp: [0.5, 0.8],
        overtimeShare: 0.05,
        overtimePremium: 0.25,
      },
    })
    const [y0, y1] = run(input).years
    expectClose(y0.demandHours.watchmaker, 16_000)
    expectClose(y0.servedHours.watchmaker, 16_000)
    expectClose(y0.leavers.watchmaker, 0.5)
    expectClose(y0.retirements.watchmaker, 1.9)
    expectClose(y1.hires.watchmaker, 1.92)
    expectClose(y1.headcount.watchmaker, 9.52)
    expectClose(y1.capacityHours.watchmaker, 13_696)
    expectClose(y1.overtimeHours.watchmaker, 684.8)
    expectClose(y1.servedHours.watchmaker, 14_380.8)
    expectClose(y1.unservedHours.watchmaker, 1_619.2)
    expectClose(y1.lostHours.watchmaker, 485.76)
    expectClose(y1.backlogHours.watchmaker, 1_133.44)
    expectClose(y1.turnaroundWeeks, 4 + (52 * 1_133.44) / 14_380.8)
    expect(y1.status).toBe('shortage')
    expectClose(y1.cost.salaries, 856_800)
    expectClose(y1.cost.hiring, 28_800)
    expectClose(y1.cost.overtime, 48_150)
    expectClose(y1.cost.total, 933_750)
    expectClose(y1.revenue, 2_157_120)
    expectClose(y1.lostRevenue, 72_864)
    expectClose(y1.margin, 1_223_370)
  })
})
