// Hand-computed cases for docs/model-equations.md "Demand", "Training", "Workforce" and "Capacity" (v1 inputs; the rest in engineService.test.ts): each expected figure is worked out in the test, not taken from the engine.
import { describe, expect, it } from 'vitest'
import { expectClose, expectSeries, pick, pickId, pickWf, run } from '../support/engineAssert'
import { grade, programme, quietInput, segment } from '../support/makeInput'

// ---- Demand -------------------------------------------------------------------------------------

describe('Demand', () => {
  // s1: NS = [100, 100*1.1, 110*1.2] = [100, 110, 132] (growth[0] is never used)
  //     PO = [50, 50*1.5, 75*1.5] = [50, 75, 112.5]
  //     IB = [1000, 1000*0.9 + 100, 1000*0.9 + 110] = [1000, 1000, 1010]
  //     uptake = 0.4 + 0.1t = [0.4, 0.5, 0.6]
  //     jobs = IB*uptake/5 + NS*0.1 + PO*0.2 = [80+10+10, 100+11+15, 121.2+13.2+22.5] = [100, 126, 156.9]
  // s2: IB = 500, uptake 1, interval 2 -> jobs 250 every year; all of it job type b.
  // LF = 0.9^t = [1, 0.9, 0.81]
  // D[g0] = s1 jobs * (0.5*2 for a + 0.25*8 for c) * LF = 3 * [100, 126*0.9, 156.9*0.81]
  // D[g1] = (s1 jobs * 0.25*4 + s2 jobs * 1*1) * LF = [350, 376*0.9, 406.9*0.81]
  const input = quietInput({
    grades: [grade('g0'), grade('g1')],
    jobTypes: [
      { id: 'a', grade: 'g0' },
      { id: 'b', grade: 'g1' },
      { id: 'c', grade: 'g0' },
    ],
    segments: [
      segment({
        id: 's1',
        installedBase: 1000,
        scrapRate: 0.1,
        newSales: 100,
        newSalesGrowth: [0.7, 0.1, 0.2],
        preOwned: 50,
        preOwnedGrowth: 0.5,
        serviceIntervalYears: 5,
        serviceUptake: '0.4 + 0.1 * t',
        warrantyClaimRate: 0.1,
        preOwnedServiceRate: 0.2,
        jobMix: { a: 0.5, b: 0.25, c: 0.25 },
        hoursPerJob: { a: 2, b: 4, c: 8 },
      }),
      segment({
        id: 's2',
        installedBase: 500,
        serviceIntervalYears: 2,
        serviceUptake: 1,
        jobMix: { b: 1 },
        hoursPerJob: { b: 1 },
      }),
    ],
    service: { productivityGain: 0.1 },
  })
  const r = run(input)

  it('grows new and pre-owned sales and carries the installed base forward', () => {
    expectSeries(
      r.years.map((y) => y.installedBase.s1),
      [1000, 1000, 1010],
    )
    expectSeries(
      r.years.map((y) => y.installedBase.s2),
      [500, 500, 500],
    )
  })

  it('counts jobs from service uptake, warranty claims and pre-owned sales', () => {
    expectSeries(
      r.years.map((y) => y.jobs.s1),
      [100, 126, 156.9],
    )
    expectSeries(
      r.years.map((y) => y.jobs.s2),
      [250, 250, 250],
    )
  })

  it('turns jobs into hours per grade through the job mix, hours per job and productivity', () => {
    expectSeries(pickId(r, 'demandHours', 'g0'), [300, 3 * 126 * 0.9, 3 * 156.9 * 0.81])
    expectSeries(pickId(r, 'demandHours', 'g1'), [350, 376 * 0.9, 406.9 * 0.81])
  })
})

// ---- Training -----------------------------------------------------------------------------------

describe('Training', () => {
  it('starts from the steady state intake[0]*(1-q)^k and moves students up one year of study a year', () => {
    // S[.][0] = 10*0.9^k = [10, 9, 8.1]; then intake enters year 1 of study and the rest move up:
    // t1 [20, 9, 8.1]; t2 [30, 18, 8.1]; t3 [40, 27, 16.2]; graduates = S[2]*0.9
    const r = run(
      quietInput({
        horizonYears: 4,
        training: [programme({ durationYears: 3, intake: [10, 20, 30, 40], dropoutRate: 0.1 })],
      }),
    )
    expectSeries(
      r.years.map((y) => y.students.p0),
      [27.1, 37.1, 56.1, 83.2],
    )
    expectSeries(
      r.years.map((y) => y.graduates.p0),
      [7.29, 7.29, 7.29, 14.58],
    )
  })

  it('uses initialStudents at t = 0, so intake[0] does not count, and graduates join a year later at entryAge', () => {
    // t0 [5, 4, 3]; t1 [20, 4.5, 3.6]; t2 [30, 18, 4.05]; t3 [40, 27, 16.2]
    // GR = [3*0.9, 3.6*0.9, 4.05*0.9, 16.2*0.9] = [2.7, 3.24, 3.645, 14.58]
    // joiners = 0.5 * GR[t-1] = [0, 1.35, 1.62, 1.8225]; graduates of the last year fall outside.
    const r = run(
      quietInput({
        horizonYears: 4,
        training: [
          programme({
            durationYears: 3,
            intake: [99, 20, 30, 40],
            dropoutRate: 0.1,
            initialStudents: [5, 4, 3],
            captureRate: 0.5,
            entryAge: 20,
          }),
        ],
      }),
    )
    expectSeries(
      r.years.map((y) => y.students.p0),
      [12, 28.1, 52.05, 83.2],
    )
    expectSeries(
      r.years.map((y) => y.graduates.p0),
      [2.7, 3.24, 3.645, 14.58],
    )
    expectSeries(pickWf(r, 'joiners', 'g0'), [0, 1.35, 1.62, 1.8225])
    expectSeries(pickWf(r, 'hires', 'g0'), [0, 0, 0, 0])
    expectSeries(pickWf(r, 'headcount', 'g0'), [0, 1.35, 1.35 + 1.62, 1.35 + 1.62 + 1.8225])
  })

  it('places graduates at entryAge, so they retire when that age reaches retirementAge', () => {
    // entryAge 64, retirementAge 65: a graduate of year 0 joins at t1, works, ages to 65 and retires.
    const r = run(
      quietInput({
        horizonYears: 3,
        training: [programme({ initialStudents: [2], captureRate: 1, entryAge: 64 })],
      }),
    )
    expectSeries(pickWf(r, 'headcount', 'g0'), [0, 2, 0])
    expectSeries(pickWf(r, 'retirements', 'g0'), [0, 2, 0])
  })
})

// ---- Workforce ----------------------------------------------------------------------------------

describe('Workforce', () => {
  it('counts joiners at the start of the year: hires work the year they arrive', () => {
    // t0: W = 2 hires; attrition 0.5 leaves 1; t1: W = 1 + 2 = 3; leavers 1.5; t2: W = 1.5 + 2
    const r = run(
      quietInput({
        grades: [grade('g0', { attritionRate: 0.5 })],
        workforce: { hires: { g0: 2 } },
      }),
    )
    expectSeries(pickWf(r, 'headcount', 'g0'), [2, 3, 3.5])
    expectSeries(pickWf(r, 'joiners', 'g0'), [2, 2, 2])
    expectSeries(pickWf(r, 'leavers', 'g0'), [1, 1.5, 1.75])
  })

  it('applies attrition, then promotion from what is left, then ageing, then retirement', () => {
    // Both grades start with 10 FTE aged 63; retirementAge 65.
    // t0: attrition g0 10 -> 9 (1 leaver), g1 10 -> 8 (2 leavers); promotion 9*0.5 = 4.5 moves up:
    //     g0 4.5, g1 12.5; ageing to 64, nobody retires.
    // t1: W = [4.5, 12.5]; attrition -> [4.05, 10] (leavers 0.45, 2.5); promotion 4.05*0.5 = 2.025:
    //     g0 2.025, g1 12.025; ageing to 65 -> all retire in the grade they reached.
    // t2: W = [0, 0].
    const r = run(
      quietInput({
        grades: [
          grade('g0', { attritionRate: 0.1, promotionRate: 0.5 }),
          grade('g1', { attritionRate: 0.2, promotionRate: 0.7 }),
        ],
        workforce: {
          roster: [
            { grade: 'g0', age: 63, fte: 10 },
            { grade: 'g1', age: 63, fte: 10 },
          ],
        },
      }),
    )
    expectSeries(pickWf(r, 'headcount', 'g0'), [10, 4.5, 0])
    expectSeries(pickWf(r, 'headcount', 'g1'), [10, 12.5, 0])
    expectSeries(pickWf(r, 'leavers', 'g0'), [1, 0.45, 0])
    expectSeries(pickWf(r, 'leavers', 'g1'), [2, 2.5, 0])
    expectSeries(pickWf(r, 'retirements', 'g0'), [0, 2.025, 0])
    expectSeries(pickWf(r, 'retirements', 'g1'), [0, 12.025, 0])
  })

  it('promotes every grade at once from the stocks after attrition; the top grade does not promote', () => {
    // 10 FTE in each of three grades, promotion 0.5 below the top (0.9 on the top is ignored).
    // At once: g0 10 - 5 = 5; g1 10 - 5 + 5 = 10; g2 10 + 5 = 15 (bottom-up in sequence would give 5, 7.5, 17.5).
    const r = run(
      quietInput({
        horizonYears: 2,
        grades: [
          grade('g0', { promotionRate: 0.5 }),
          grade('g1', { promotionRate: 0.5 }),
          grade('g2', { promotionRate: 0.9 }),
        ],
        workforce: {
          roster: [
            { grade: 'g0', age: 30, fte: 10 },
            { grade: 'g1', age: 30, fte: 10 },
            { grade: 'g2', age: 30, fte: 10 },
          ],
        },
      }),
    )
    expect(r.years[1].headcount).toEqual({ g0: 5, g1: 10, g2: 15 })
  })

  it('caps hires at the market limit; a grade without hires hires nobody, one without a limit has none', () => {
    const r = run(
      quietInput({
        grades: [grade('g0'), grade('g1'), grade('g2')],
        workforce: {
          hires: { g0: 5, g1: [1, 2, 3] },
          marketLimit: { g0: [3, 10, 0], g2: 4 },
        },
      }),
    )
    expectSeries(pickWf(r, 'hires', 'g0'), [3, 5, 0])
    expectSeries(pickWf(r, 'hires', 'g1'), [1, 2, 3])
    expectSeries(pickWf(r, 'hires', 'g2'), [0, 0, 0])
    expectSeries(pickWf(r, 'headcount', 'g0'), [3, 8, 8])
  })

  it('lets joiners and roster members at or above retirementAge work one year, then retire', () => {
    // hireAge 70 > retirementAge 65: each year's hire works that year and retires at its end.
    // Roster: 1 FTE aged 80 and 2 aged 64 work year 0 and retire; 4 aged 63 retire at the end of year 1.
    const r = run(
      quietInput({
        workforce: {
          hireAge: 70,
          hires: { g0: 1 },
          roster: [
            { grade: 'g0', age: 80, fte: 1 },
            { grade: 'g0', age: 64, fte: 2 },
            { grade: 'g0', age: 63, fte: 4 },
          ],
        },
      }),
    )
    expectSeries(pickWf(r, 'headcount', 'g0'), [8, 5, 1])
    expectSeries(pickWf(r, 'retirements', 'g0'), [4, 5, 1])
  })
})

// ---- Capacity -----------------------------------------------------------------------------------

describe('Capacity', () => {
  it('counts a joiner at rampUpFactor of a full year', () => {
    // W = 4 + 2 hires, J = 2: raw = (6 - 2*(1 - 0.25)) * 1000 = 4500; next year W = 8, J = 2: (8 - 1.5)*1000
    const r = run(
      quietInput({
        horizonYears: 2,
        workforce: { roster: [{ grade: 'g0', age: 30, fte: 4 }], hires: { g0: 2 } },
        service: { rampUpFactor: 0.25 },
      }),
    )
    expectSeries(pickId(r, 'capacityHours', 'g0'), [4500, 6500])
  })

  it('takes supervision from each programme’s own supervisor grade, floors that grade at 0 and reports the rest', () => {
    // raw g0 = 2 * 1000 = 2000, raw g1 = 1 * 1000 = 1000.
    // p1 (g1): 3 students * 500 h = 1500; p2 (g0): 1 * 300 = 300; p3 (g1): 2 * 100 = 200.
    // g1: 1000 - 1500 - 200 = -700 -> 0, unsupervised 700 (never taken from g0); g0: 2000 - 300 = 1700.
    const r = run(
      quietInput({
        horizonYears: 1,
        grades: [grade('g0'), grade('g1')],
        workforce: {
          roster: [
            { grade: 'g0', age: 30, fte: 2 },
            { grade: 'g1', age: 30, fte: 1 },
          ],
        },
        training: [
          programme({
            id: 'p1',
            initialStudents: [3],
            supervisionHoursPerStudent: 500,
            supervisorGrade: 'g1',
          }),
          programme({
            id: 'p2',
            initialStudents: [1],
            supervisionHoursPerStudent: 300,
            supervisorGrade: 'g0',
          }),
          programme({
            id: 'p3',
            initialStudents: [2],
            supervisionHoursPerStudent: 100,
            supervisorGrade: 'g1',
          }),
        ],
      }),
    )
    const y = r.years[0]
    expectClose(y.capacityHours.g0, 1700)
    expectClose(y.capacityHours.g1, 0)
    expectClose(y.supervisionHours, 2000)
    expectClose(y.unsupervisedHours, 700)
  })

  it('sums supervision over every year of study', () => {
    // students [4, 3] * 50 h = 350 taken from g0's 5000
    const r = run(
      quietInput({
        horizonYears: 1,
        workforce: { roster: [{ grade: 'g0', age: 30, fte: 5 }] },
        training: [programme({ durationYears: 2, initialStudents: [4, 3], supervisionHoursPerStudent: 50 })],
      }),
    )
    expectClose(r.years[0].capacityHours.g0, 4650)
    expectClose(r.years[0].unsupervisedHours, 0)
  })

  it('counts seats with shifts and expansions, and scales capacity down when seats are short', () => {
    // Expansion dated before startYear counts from year 0: seats t0 = (10 + 5) * 2 = 30; t1 adds 5: 40; t2 the same.
    // seatsNeeded = 44 FTE + 4 students * 0.25 = 45 -> factor 30/45 then 40/45; capacity 44*1000*factor.
    const r = run(
      quietInput({
        workforce: { roster: [{ grade: 'g0', age: 30, fte: 44 }] },
        training: [programme({ intake: 4, benchSharePerStudent: 0.25 })],
        benches: {
          initial: 10,
          shifts: 2,
          expansions: [
            { year: 2029, benches: 5, costPerBench: 100 },
            { year: 2031, benches: 5, costPerBench: 100 },
          ],
        },
      }),
    )
    expectSeries(pick(r, 'seats'), [30, 40, 40])
    expectSeries(pick(r, 'seatsNeeded'), [45, 45, 45])
    expectSeries(pick(r, 'benchFactor'), [30 / 45, 40 / 45, 40 / 45])
    expectSeries(pick(r, 'benchUtilisation'), [45 / 30, 45 / 40, 45 / 40])
    expectSeries(pickId(r, 'capacityHours', 'g0'), [44000 * (30 / 45), 44000 * (40 / 45), 44000 * (40 / 45)])
  })

  it('keeps benchFactor 1 while seats suffice', () => {
    const r = run(
      quietInput({ workforce: { roster: [{ grade: 'g0', age: 30, fte: 8 }] }, benches: { initial: 10 } }),
    )
    expectSeries(pick(r, 'benchFactor'), [1, 1, 1])
    expectSeries(pick(r, 'benchUtilisation'), [0.8, 0.8, 0.8])
  })

  it('writes benchUtilisation null with no seats and people, and 0 with neither', () => {
    const crowded = run(
      quietInput({
        horizonYears: 1,
        workforce: { roster: [{ grade: 'g0', age: 30, fte: 1 }] },
        benches: { initial: 0 },
      }),
    )
    expect(crowded.years[0].benchUtilisation).toBeNull()
    expect(crowded.years[0].benchFactor).toBe(0)
    expect(crowded.years[0].capacityHours.g0).toBe(0)
    const empty = run(quietInput({ horizonYears: 1, benches: { initial: 0 } }))
    expect(empty.years[0].benchUtilisation).toBe(0)
    expect(empty.years[0].benchFactor).toBe(1)
  })
})

// ---- Service ------------------------------------------------------------------------------------
