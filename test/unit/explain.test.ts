// explainYear: one year taken apart (demand by segment and job type, capacity by grade, service), by hand from MODEL.md, and parts that add up to the engine's totals on every sample.
import { describe, expect, it } from 'vitest'
import { project } from '../../shared/engine'
import { explainYear } from '../../shared/engine/explain'
import { inputsOf } from '../../shared/engine/explainInputs'
import { mainGrade } from '../../shared/engine/shortageReasons'
import { applyOverrides, hasPath } from '../../shared/model/overrides'
import { samples } from '../../shared/sample/index'
import type { ModelInput, ModelResult } from '../../shared/model/types'
import { grade, programme, segment, v2 } from '../support/makeInput'

/** Two grades (g0 junior, g1 senior, 1'000 h/FTE each), one segment, one tutored programme, benches that bind. */
function handInput(): ModelInput {
  return v2({
    horizonYears: 2,
    grades: [grade('g0', { revenuePerHour: 100 }), grade('g1', { attritionRate: 0.1, revenuePerHour: 200 })],
    jobTypes: [
      { id: 'j0', grade: 'g0' },
      { id: 'j1', grade: 'g1' },
    ],
    segments: [
      segment({
        id: 's0',
        installedBase: 1000,
        serviceUptake: 0.5,
        serviceIntervalYears: 5,
        newSales: 50,
        warrantyClaimRate: 0.2,
        preOwned: 40,
        preOwnedServiceRate: 0.5,
        resaleReplacesService: 0.5,
        jobMix: { j0: 0.5, j1: 0.5 },
        hoursPerJob: { j0: 10, j1: 20 },
        resaleJobMix: { j0: 1 },
        resaleHoursPerJob: { j0: 5 },
      }),
    ],
    training: [
      programme({
        intake: 2,
        initialStudents: [2],
        supervisionHoursPerStudent: 100,
        supervisorGrade: 'g1',
        benchSharePerStudent: 0.5,
      }),
    ],
    workforce: {
      roster: [
        { grade: 'g0', age: 30, fte: 1 },
        { grade: 'g1', age: 40, fte: 1 },
      ],
      hires: { g1: 1 },
    },
    benches: { initial: 3 },
    service: {
      initialBacklogHours: 160,
      abandonRate: 0.4,
      shortageTolerance: 0.02,
      rampUp: [0.5, 0.8],
      overtimeShare: 0.1,
      outsourcing: { g1: { maxHours: 10, costPerHour: 100 } },
    },
  })
}

describe('explainYear by hand (MODEL.md v2)', () => {
  const input = handInput()
  const result = project(input)
  const e = explainYear(input, result, 2030)!
  const [g0, g1] = e.grades

  it('demand of the segment by service kind and job type', () => {
    const [s] = e.segments
    // "Demand": SC = 1'000 * 0.5 / 5 = 100; RS = 40 * 0.5 = 20; SCN = max(0, 100 - 0.5 * 20) = 90; WA = 50 * 0.2 = 10.
    expect(s!.scheduled).toBeCloseTo(100, 9)
    expect(s!.replacedByResale).toBeCloseTo(10, 9)
    expect(s!.resale).toBeCloseTo(20, 9)
    expect(s!.warranty).toBeCloseTo(10, 9)
    expect(s!.jobs).toBeCloseTo(120, 9)
    // j0: (SCN + WA) * 0.5 * 10 + RS * 1 * 5 = 100 * 5 + 100 = 600 h; j1: 100 * 0.5 * 20 = 1'000 h (LF[0] = 1).
    expect(s!.hoursByJobType.j0).toBeCloseTo(600, 9)
    expect(s!.hoursByJobType.j1).toBeCloseTo(1000, 9)
    expect(e.jobTypes).toEqual([
      { jobType: 'j0', grade: 'g0', hours: expect.closeTo(600, 9) },
      { jobType: 'j1', grade: 'g1', hours: expect.closeTo(1000, 9) },
    ])
  })

  it('effective demand: the initial backlog of 160 h split by demand, 600 : 1000', () => {
    // BL[g][0] = 160 * D / ΣD: g0 160 * 600 / 1'600 = 60, g1 100; ED = 660 and 1'100.
    expect(g0!.backlogIn).toBeCloseTo(60, 9)
    expect(g1!.backlogIn).toBeCloseTo(100, 9)
    expect(g1!.effectiveDemand).toBeCloseTo(1100, 9)
  })

  it('capacity by grade: gross, ramp-up, tutoring, bench factor', () => {
    // g1: W = 1 on the roster + 1 hire = 2 FTE → 2'000 h; RD = 1 * (1 - 0.5) = 0.5 FTE → 500 h;
    // tutoring 2 students * 100 h = 200 h; seats 3, needed 1 + 2 + 2 * 0.5 = 4 → factor 0.75;
    // bench loss (1'500 - 200) * 0.25 = 325 h; C = 1'300 * 0.75 = 975 h.
    expect(g1!.grossHours).toBeCloseTo(2000, 9)
    expect(g1!.rampUpFte).toBeCloseTo(0.5, 12)
    expect(g1!.rampUpHours).toBeCloseTo(500, 9)
    expect(g1!.tutoringHours).toBeCloseTo(200, 9)
    expect(e.benches.benchFactor).toBeCloseTo(0.75, 12)
    expect(g1!.benchHours).toBeCloseTo(325, 9)
    expect(g1!.capacity).toBeCloseTo(975, 9)
    // g0: 1 FTE, no joiner, no tutoring: 1'000 h, bench loss 250 h, C = 750 h.
    expect(g0!.benchHours).toBeCloseTo(250, 9)
    expect(g0!.capacity).toBeCloseTo(750, 9)
  })

  it('service: cascade, overtime, outsourcing, lost hours and revenue, backlog out', () => {
    // Cascade: g1 serves min(1'100, 975) = 975, passes 0 down; g0 serves min(660, 750) = 660, 90 h idle.
    expect(g1!.regular).toBeCloseTo(975, 9)
    expect(g1!.toBelow).toBeCloseTo(0, 9)
    expect(g0!.fromAbove).toBeCloseTo(0, 9)
    expect(g0!.toBelow).toBeCloseTo(90, 9)
    expect(e.totals.idleHours).toBeCloseTo(90, 9)
    // OT = min(1'100 - 975, 0.1 * 975) = 97.5; OS = min(125 - 97.5, 10) = 10; served 1'082.5; unserved 17.5;
    // lost 17.5 * 0.4 = 7 h, CHF 7 * 200 = 1'400; backlog out 10.5 h.
    expect(g1!.overtime).toBeCloseTo(97.5, 9)
    expect(g1!.outsourced).toBeCloseTo(10, 9)
    expect(g1!.served).toBeCloseTo(1082.5, 9)
    expect(g1!.unserved).toBeCloseTo(17.5, 9)
    expect(g1!.lost).toBeCloseTo(7, 9)
    expect(g1!.lostRevenue).toBeCloseTo(1400, 9)
    expect(g1!.backlogOut).toBeCloseTo(10.5, 9)
    // Turnaround g1 = 4 + 52 * 10.5 / 1'082.5.
    expect(g1!.turnaroundWeeks).toBeCloseTo(4 + (52 * 10.5) / 1082.5, 9)
  })

  it("status and reason: 17.5 of 1'100 h (1.6 %) unserved stays within 2 %; utilisation 1635 / 1725 ≥ 0.9 is tight", () => {
    expect(g1!.status).toBe('ok')
    expect(e.totals.status).toBe('tight')
    expect(e.reason.shortage).toBe(false)
    expect(mainGrade(e.reason)).toBe('g1')
    const g1Reason = e.reason.grades.find((g) => g.grade === 'g1')!
    expect(g1Reason.short).toBe(false)
    expect(g1Reason.cause).toBeNull()
    expect(g1Reason.unservedShare).toBeCloseTo(17.5 / 1100, 12)
  })

  it('the second year: backlog carried in and the two-year ramp-up', () => {
    const next = explainYear(input, result, 2031)!
    const h1 = next.grades[1]!
    expect(h1.backlogIn).toBeCloseTo(10.5, 9)
    // W = 2 * 0.9 after attrition + 1 hire = 2.8; RD = 1 * 0.5 + 1 * 0.9 * (1 - 0.8) = 0.68 FTE → 680 h.
    expect(h1.headcount).toBeCloseTo(2.8, 12)
    expect(h1.rampUpFte).toBeCloseTo(0.68, 12)
    expect(h1.rampUpHours).toBeCloseTo(680, 9)
    // Seats needed 1 + 2.8 + 1 = 4.8 of 3 → factor 0.625.
    expect(next.benches.benchFactor).toBeCloseTo(0.625, 12)
  })

  it('years outside the horizon have no explanation', () => {
    expect(explainYear(input, result, 2029)).toBeNull()
    expect(explainYear(input, result, 2032)).toBeNull()
  })
})

/** Relative closeness, for sums of thousands of hours. */
function close(actual: number, expected: number, label: string): void {
  expect(Math.abs(actual - expected), label).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)))
}

function checkSums(input: ModelInput, result: ModelResult): void {
  for (const y of result.years) {
    const e = explainYear(input, result, y.year)!
    // Demand: segments' job-type hours add up to the engine's demand of each grade, and jobs to its jobs.
    for (const g of input.grades) {
      const hours = e.jobTypes.filter((j) => j.grade === g.id).reduce((a, j) => a + j.hours, 0)
      close(hours, y.demandHours[g.id]!, `${y.year} ${g.id} demand`)
    }
    for (const s of e.segments) {
      close(s.scheduled - s.replacedByResale + s.warranty + s.resale, y.jobs[s.segment]!, `${y.year} jobs`)
    }
    for (const p of e.grades) {
      const at = `${y.year} ${p.grade}`
      // Capacity: gross - ramp-up - tutoring - bench = the engine's C.
      close(
        p.grossHours - p.rampUpHours - p.tutoringHours - p.benchHours,
        y.capacityHours[p.grade]!,
        `${at} C`,
      )
      // Service: ED = served + unserved; served = regular + OT + OS; unserved = lost + backlog out.
      close(p.effectiveDemand, p.served + p.unserved, `${at} ED`)
      close(p.served, p.regular + p.overtime + p.outsourced, `${at} served`)
      close(p.unserved, p.lost + p.backlogOut, `${at} unserved`)
      // The cascade: what a grade serves in regular hours is its capacity plus what came from above, less what went on.
      close(p.regular, p.capacity + p.fromAbove - p.toBelow, `${at} cascade`)
    }
    // The bottom grade's spill is the engine's idle hours.
    close(e.grades[0]!.toBelow, y.idleHours, `${y.year} idle`)
    close(
      e.totals.lostRevenue,
      e.grades.reduce((a, g) => a + g.lostRevenue, 0),
      `${y.year} lost revenue`,
    )
    close(
      e.totals.shortageFte,
      e.grades.reduce((a, g) => a + g.gapFte, 0),
      `${y.year} gap`,
    )
    close(
      e.benches.seatsNeeded,
      e.benches.headcountSeats + e.programmes.reduce((a, p) => a + p.seats, 0),
      'seats',
    )
  }
}

describe('explainYear parts add up to the engine’s totals', () => {
  for (const sample of samples) {
    for (const scenario of [{ name: sample.baseName, overrides: [] }, ...sample.scenarios]) {
      it(`${sample.key}, ${scenario.name}: every year`, () => {
        const input = applyOverrides(sample.base, scenario.overrides).input
        checkSums(input, project(input))
      })
    }
  }

  it('the hand-built input too, and its lost revenue is the engine’s', () => {
    const input = handInput()
    const result = project(input)
    checkSums(input, result)
    expect(explainYear(input, result, 2030)!.totals.lostRevenue).toBeCloseTo(1400, 9)
  })
})

describe('inputsOf', () => {
  it('names fields the input has, for every part of every sample', () => {
    for (const sample of samples) {
      const input = sample.base
      const parts = [
        ...input.segments.map((s) => ({ part: 'segment' as const, segment: s.id })),
        ...input.jobTypes.map((j) => ({ part: 'jobType' as const, jobType: j.id })),
        ...input.grades.flatMap((g) =>
          (
            ['headcount', 'rampUp', 'tutoring', 'bench', 'lost', 'turnaround', 'status', 'backlogIn'] as const
          ).map((part) => ({ part, grade: g.id })),
        ),
      ]
      for (const part of parts) {
        for (const path of inputsOf(input, part)) {
          // Optional v2 fields the editors show with their default (ramp-up, status basis, revenue, overtime, hires of a grade without plan).
          const optional =
            /^(service\/(rampUp|statusBasis|overtimeShare)|grades\/[^/]+\/revenuePerHour|workforce\/hires\/)/
          expect(hasPath(input, path) || optional.test(path), `${sample.key} ${path}`).toBe(true)
        }
      }
    }
  })

  it('tutoring lists the programmes the grade supervises, and nothing for a grade that tutors none', () => {
    const input = handInput()
    expect(inputsOf(input, { part: 'tutoring', grade: 'g1' })).toEqual([
      'training/p0/supervisionHoursPerStudent',
      'training/p0/intake',
    ])
    expect(inputsOf(input, { part: 'tutoring', grade: 'g0' })).toEqual([])
  })
})
