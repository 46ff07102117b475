// Hand-computed cases for every (v2) equation of docs/model-equations.md: each expected figure is worked out in the comments, not taken from the engine.
import { describe, expect, it } from 'vitest'
import { expectClose, expectSeries, pickId, pickWf, run } from '../support/engineAssert'
import { grade, hoursOf, programme, segment, twoGrades, v2 } from '../support/makeInput'

describe('Workforce (v2): hiring that reacts to last year', () => {
  // g0: 1000 h/FTE, attrition 0.1; roster 10 FTE at 30 and 1 FTE at 64 (retires at the end of t0);
  // demand 12,000 h a year, everything unserved is lost (no backlog), ramp-up 1 (no deficit).
  // t0: HW = 0 (last-year terms are 0 at t = 0). W = 11, C = 11,000, unserved 1,000, gapFte 1.
  //     leavers 11 * 0.1 = 1.1; the 64-year-old, 0.9 after attrition, retires: retirements 0.9.
  // t1: HW = 0.5 * (1.1 + 0.9) + 0.5 * 1 = 1.5. W = 9 + 1.5 = 10.5, unserved 1,500, gapFte 1.5, leavers 1.05.
  // t2: HW = 0.5 * (1.05 + 0) + 0.5 * 1.5 = 1.275. W = 10.5 * 0.9 + 1.275 = 10.725.
  const policies = (marketLimit: Record<string, number> = {}) =>
    v2({
      grades: [grade('g0', { attritionRate: 0.1 })],
      segments: [hoursOf('s0', 'j0', 12_000)],
      workforce: {
        roster: [
          { grade: 'g0', age: 30, fte: 10 },
          { grade: 'g0', age: 64, fte: 1 },
        ],
        backfill: { g0: 0.5 },
        gapHiring: { g0: 0.5 },
        marketLimit,
      },
      service: { abandonRate: 1 },
    })

  it('re-hires a share of last year’s leavers and retirements and of last year’s gap, none at t = 0', () => {
    const r = run(policies())
    expectSeries(pickWf(r, 'hires', 'g0'), [0, 1.5, 1.275])
    expectSeries(pickWf(r, 'headcount', 'g0'), [11, 10.5, 10.725])
    expectSeries(pickWf(r, 'leavers', 'g0'), [1.1, 1.05, 1.0725])
    expectSeries(pickWf(r, 'retirements', 'g0'), [0.9, 0, 0])
    expectSeries(
      r.years.map((y) => y.gapFte.g0),
      [1, 1.5, (12_000 - 10_725) / 1000],
    )
  })

  it('caps the policy hires at the market limit', () => {
    // limit 1.2: t1 Hr = min(1.5, 1.2) = 1.2; W1 = 10.2; unserved 1,800, gapFte 1.8; leavers 1.02.
    // t2: HW = 0.5 * 1.02 + 0.5 * 1.8 = 1.41 -> 1.2; W2 = 10.2 * 0.9 + 1.2 = 10.38.
    const r = run(policies({ g0: 1.2 }))
    expectSeries(pickWf(r, 'hires', 'g0'), [0, 1.2, 1.2])
    expectSeries(pickWf(r, 'headcount', 'g0'), [11, 10.2, 10.38])
  })

  it('adds planned hires to the policy hires', () => {
    // hires 2 a year on top: t0 Hr = 2 (W 13, unserved 0 -> no gap; leavers 1.3, retirements 0.9);
    // t1 HW = 2 + 0.5 * (1.3 + 0.9) + 0 = 3.1
    const input = policies()
    input.workforce.hires = { g0: 2 }
    const r = run(input)
    expectSeries(pickWf(r, 'hires', 'g0').slice(0, 2), [2, 3.1])
  })
})

describe('Workforce (v2): retirement profile', () => {
  it('retires the named share of those reaching each age, after ageing, on top of retirementAge', () => {
    // retirementAge 65, profile 62: 0.2, 64: 0.5; 10 FTE each at 61, 63 and 64, no attrition.
    // t0: W = 30. Ageing: 61 -> 62: 2 retire (8 stay); 63 -> 64: 5 retire (5 stay); 64 -> 65: all 10 retire.
    //     retirements 17; W1 = 13.
    // t1: 62 -> 63 is not named; the 8 who started the year at 62 are not subject to 62's share again;
    //     64 -> 65: 5 retire. retirements 5; W2 = 8.
    // t2: the 8 reach 64: half of them, 4, retire.
    const r = run(
      v2({
        workforce: {
          roster: [61, 63, 64].map((age) => ({ grade: 'g0', age, fte: 10 })),
          retirementProfile: { '62': 0.2, '64': 0.5 },
        },
      }),
    )
    expectSeries(pickWf(r, 'retirements', 'g0'), [17, 5, 4])
    expectSeries(pickWf(r, 'headcount', 'g0'), [30, 13, 8])
  })
})

describe('Capacity (v2): ramp-up over several years', () => {
  it('subtracts each joiner cohort’s deficit for K years, shrunk by attrition', () => {
    // rampUp [0.25, 0.5, 0.75] (K = 3), attrition 0.1, 2 hires a year, 1000 h/FTE, nobody else.
    // W = [2, 3.8, 5.42, 6.878]
    // RD t0 = 2 * 0.75 = 1.5                                   -> C = (2 - 1.5) * 1000 = 500
    // RD t1 = 1.5 + 2 * 0.9 * 0.5 = 2.4                        -> C = 1400
    // RD t2 = 1.5 + 0.9 + 2 * 0.81 * 0.25 = 2.805              -> C = 2615
    // RD t3 = 2.805 (the t0 cohort is past K)                   -> C = 4073
    const r = run(
      v2({
        horizonYears: 4,
        grades: [grade('g0', { attritionRate: 0.1 })],
        workforce: { hires: { g0: 2 } },
        service: { rampUp: [0.25, 0.5, 0.75] },
      }),
    )
    expectSeries(pickWf(r, 'headcount', 'g0'), [2, 3.8, 5.42, 6.878])
    expectSeries(pickId(r, 'capacityHours', 'g0'), [500, 1400, 2615, 4073])
  })

  it('floors raw capacity at 0 when promotions leave a grade with less than its deficit', () => {
    // g0 promotes everyone; rampUp [0, 0]. t1: W = 2 new hires, RD = 2 * 1 + 2 * 1 * 1 = 4 -> max(0, -2) = 0.
    // g1 got last year's 2 hires, who count fully there (their deficit stays in g0).
    const r = run(
      v2({
        horizonYears: 2,
        grades: [grade('g0', { promotionRate: 1 }), grade('g1')],
        workforce: { hires: { g0: 2 } },
        service: { rampUp: [0, 0] },
      }),
    )
    expectSeries(pickId(r, 'capacityHours', 'g0'), [0, 0])
    expectSeries(pickId(r, 'capacityHours', 'g1'), [0, 2000])
  })
})

describe('Demand (v2): resale services', () => {
  // IB 1000, uptake 1, interval 1: SC = 1000. PO 400 * preOwnedServiceRate 0.5: RS = 200.
  const resale = (preOwned: number, replaces: number) =>
    twoGrades(0, 0, {
      segments: [
        segment({
          installedBase: 1000,
          serviceUptake: 1,
          preOwned,
          preOwnedServiceRate: 0.5,
          jobMix: { j0: 1 },
          hoursPerJob: { j0: 2 },
          resaleJobMix: { j0: 0.5, j1: 0.5 },
          resaleHoursPerJob: { j0: 3, j1: 4 },
          resaleReplacesService: replaces,
        }),
      ],
    })

  it('gives resale jobs their own mix and hours, and nets the scheduled services they stand in for', () => {
    // SCN = 1000 - 0.5 * 200 = 900; jobs = 900 + 0 + 200 = 1100.
    // D[g0] = 900 * 1 * 2 + 200 * 0.5 * 3 = 2100; D[g1] = 200 * 0.5 * 4 = 400.
    const y = run(resale(400, 0.5)).years[0]
    expectClose(y.jobs.s0, 1100)
    expectClose(y.resaleJobs.s0, 200)
    expectClose(y.demandHours.g0, 2100)
    expectClose(y.demandHours.g1, 400)
  })

  it('floors the net scheduled services at 0', () => {
    // PO 4000: RS = 2000 > SC; SCN = max(0, 1000 - 1 * 2000) = 0; jobs = 2000.
    // D[g0] = 2000 * 0.5 * 3 = 3000; D[g1] = 2000 * 0.5 * 4 = 4000.
    const y = run(resale(4000, 1)).years[0]
    expectClose(y.jobs.s0, 2000)
    expectClose(y.demandHours.g0, 3000)
    expectClose(y.demandHours.g1, 4000)
  })
})

describe('Training (v2): places', () => {
  it('admits min(intake, maxIntake) each year, and year 0 follows from AD[0] without initialStudents', () => {
    // intake 5, maxIntake [3, 10, 4], 2 years, no dropout. S0 = AD = [3, 5, 4]; S1 = [3 (= AD[0]), 3, 5].
    // students [6, 8, 9]; graduates = S1 = [3, 3, 5].
    const r = run(v2({ training: [programme({ durationYears: 2, intake: 5, maxIntake: [3, 10, 4] })] }))
    expect(r.years.map((y) => y.admitted.p0)).toEqual([3, 5, 4])
    expect(r.years.map((y) => y.students.p0)).toEqual([6, 8, 9])
    expect(r.years.map((y) => y.graduates.p0)).toEqual([3, 3, 5])
  })

  it('reports initialStudents[0] as year 0’s admitted when given', () => {
    const r = run(
      v2({
        training: [programme({ durationYears: 2, intake: 5, maxIntake: 4, initialStudents: [1, 2] })],
      }),
    )
    expect(r.years.map((y) => y.admitted.p0)).toEqual([1, 4, 4])
  })
})

describe('Service (v2): overtime, then outsourcing', () => {
  // g0: 1 FTE of 1000 h, salary 50,000, revenue 120 CHF/h; demand 1,300 h; overtime share 0.2, premium 0.5;
  // outsourcing up to maxHours at 100 CHF/h; 40 % of the unserved is lost.
  const flexible = (maxHours: number | number[], horizonYears = 1) =>
    v2({
      horizonYears,
      grades: [grade('g0', { salaryPerFte: 50_000, revenuePerHour: 120 })],
      segments: [hoursOf('s0', 'j0', 1300)],
      workforce: { roster: [{ grade: 'g0', age: 30, fte: 1 }] },
      service: {
        abandonRate: 0.4,
        overtimeShare: 0.2,
        overtimePremium: 0.5,
        outsourcing: { g0: { maxHours, costPerHour: 100 } },
        targetTurnaroundWeeks: 1000,
      },
    })

  it('works overtime first, up to its share of capacity, then outsources up to the cap, and costs both', () => {
    // SR = 1000; OT = min(300, 0.2 * 1000) = 200; OS = min(1300 - 1000 - 200, 50) = 50.
    // served 1250; unserved 50; lost 20; backlog 30. utilisation = SR / C = 1 (regular hours only).
    // overtime cost 200 * 50,000 / 1000 * 1.5 = 15,000; outsourcing 50 * 100 = 5,000; salaries 50,000.
    const y = run(flexible(50)).years[0]
    expectClose(y.overtimeHours.g0, 200)
    expectClose(y.outsourcedHours.g0, 50)
    expectClose(y.servedHours.g0, 1250)
    expectClose(y.unservedHours.g0, 50)
    expectClose(y.lostHours.g0, 20)
    expectClose(y.backlogHours.g0, 30)
    expectClose(y.utilisation, 1)
    expectClose(y.idleHours, 0)
    expect(y.cost).toEqual({
      salaries: 50_000,
      hiring: 0,
      training: 0,
      benches: 0,
      overtime: 15_000,
      outsourcing: 5_000,
      total: 70_000,
    })
  })

  it('outsources only what overtime leaves, year by year from its series', () => {
    // t0: cap 500: OS = min(100, 500) = 100, all served. t1: ED = 1300 + 0; cap 20: OS = 20, unserved 80.
    const r = run(flexible([500, 20], 2))
    expectSeries(pickId(r, 'servedHours', 'g0'), [1300, 1220])
    expectSeries(
      r.years.map((y) => y.outsourcedHours.g0),
      [100, 20],
    )
    expectSeries(
      r.years.map((y) => y.cost.outsourcing),
      [10_000, 2_000],
    )
  })

  it('bills revenue on served hours and counts lost revenue on lost hours; margin is revenue - cost', () => {
    // revenue 1250 * 120 = 150,000; lost revenue 20 * 120 = 2,400; margin 150,000 - 70,000 = 80,000.
    const r = run(flexible(50))
    expectClose(r.years[0].revenue, 150_000)
    expectClose(r.years[0].lostRevenue, 2_400)
    expectClose(r.years[0].margin, 80_000)
    expectClose(r.summary.totalRevenue, 150_000)
    expectClose(r.summary.totalLostRevenue, 2_400)
    expectClose(r.summary.totalMargin, 80_000)
  })

  it('uses overtime only on the grade’s own work, never for a lower grade', () => {
    // g0 has nobody and 1,500 h of work; g1 has 1 FTE and 100 h: SR g1 = 100, spill 900 -> SR g0 = 900.
    // OT g0 = min(600, 0.2 * 0) = 0; OT g1 = min(0, 200) = 0.
    const input = twoGrades(1500, 100, {
      workforce: { roster: [{ grade: 'g1', age: 30, fte: 1 }] },
      service: { overtimeShare: 0.2, abandonRate: 1 },
    })
    const y = run(input).years[0]
    expect(y.overtimeHours).toEqual({ g0: 0, g1: 0 })
    expectClose(y.unservedHours.g0, 600)
  })
})
