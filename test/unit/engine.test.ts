// Hand-computed cases for every section of docs/model-equations.md: each expected figure is worked out in the test, not taken from the engine.
import { describe, expect, it } from 'vitest'
import { ModelInputError, project } from '../../shared/engine'
import { expectClose, expectSeries, pick, pickId, pickWf, run } from '../support/engineAssert'
import { grade, makeInput, programme, quietInput, segment, type InputOverrides } from '../support/makeInput'

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

describe('Service', () => {
  // Three grades with capacity C = [100, 50, 200] (1 FTE each) and demand D = [150, 100, 120]:
  // one pre-owned watch a year brings one job split a 0.5, b 0.25, c 0.25 at 300, 400 and 480 hours.
  const cascadeInput = (over: InputOverrides = {}) =>
    quietInput({
      horizonYears: 2,
      grades: [
        grade('g0', { hoursPerFte: 100 }),
        grade('g1', { hoursPerFte: 50 }),
        grade('g2', { hoursPerFte: 200 }),
      ],
      jobTypes: [
        { id: 'a', grade: 'g0' },
        { id: 'b', grade: 'g1' },
        { id: 'c', grade: 'g2' },
      ],
      segments: [
        segment({
          preOwned: 1,
          preOwnedServiceRate: 1,
          jobMix: { a: 0.5, b: 0.25, c: 0.25 },
          hoursPerJob: { a: 300, b: 400, c: 480 },
        }),
      ],
      workforce: {
        roster: [
          { grade: 'g0', age: 30, fte: 1 },
          { grade: 'g1', age: 30, fte: 1 },
          { grade: 'g2', age: 30, fte: 1 },
        ],
      },
      ...over,
    })

  it('serves from the top grade down, spilling spare hours to lower grades', () => {
    // g2: avail 200, served 120, spill 80; g1: 50 + 80 = 130, served 100, spill 30; g0: 100 + 30, served 130 of 150.
    const r = run(cascadeInput())
    const y = r.years[0]
    expect(y.demandHours).toEqual({ g0: 150, g1: 100, g2: 120 })
    expect(y.servedHours).toEqual({ g0: 130, g1: 100, g2: 120 })
    expect(y.unservedHours).toEqual({ g0: 20, g1: 0, g2: 0 })
    expect(y.idleHours).toBe(0)
    expectClose(y.utilisation, 350 / 350)
  })

  it('leaves idle hours when the bottom grade has spare capacity', () => {
    // Half the demand (0.5 watch a year): D = [75, 50, 60].
    const r = run(
      cascadeInput({
        segments: [
          segment({
            preOwned: 0.5,
            preOwnedServiceRate: 1,
            jobMix: { a: 0.5, b: 0.25, c: 0.25 },
            hoursPerJob: { a: 300, b: 400, c: 480 },
          }),
        ],
      }),
    )
    const y = r.years[0]
    // g2: 200 - 60 = 140 spill; g1: 50 + 140 = 190, serves 50, spill 140; g0: 100 + 140 = 240, serves 75, spill 165.
    expectClose(y.idleHours, 165)
    expectClose(y.utilisation, 185 / 350)
    expect(y.status).toBe('ok')
  })

  it('splits the initial backlog by year-0 demand, abandons part of the unserved and carries the rest', () => {
    // BL0 = 74 * [150, 100, 120] / 370 = [30, 20, 24]; ED = [180, 120, 144].
    // g2: 200 -> served 144, spill 56; g1: 50 + 56 = 106 -> served 106, unserved 14; g0: 100 -> unserved 80.
    // lost = 0.25 * unserved = [20, 3.5, 0]; BL1 = [60, 10.5, 0].
    // turnaround = 2 + 52 * 70.5 / 350; gapFte = [80/100, 14/50, 0].
    // Year 1: ED = [150 + 60, 100 + 10.5, 120]: g2 served 120, spill 80; g1 130 -> 110.5, spill 19.5;
    //         g0 119.5 served, unserved 90.5, lost 22.625, BL2 67.875.
    const r = run(
      cascadeInput({
        service: {
          initialBacklogHours: 74,
          abandonRate: 0.25,
          baseTurnaroundWeeks: 2,
          targetTurnaroundWeeks: 100,
        },
      }),
    )
    const [y0, y1] = r.years
    expectClose(y0.servedHours.g2, 144)
    expectClose(y0.servedHours.g1, 106)
    expectClose(y0.servedHours.g0, 100)
    expectClose(y0.unservedHours.g1, 14)
    expectClose(y0.unservedHours.g0, 80)
    expectClose(y0.lostHours.g0, 20)
    expectClose(y0.lostHours.g1, 3.5)
    expectClose(y0.backlogHours.g0, 60)
    expectClose(y0.backlogHours.g1, 10.5)
    expectClose(y0.backlogHours.g2, 0)
    expectClose(y0.turnaroundWeeks, 2 + (52 * 70.5) / 350)
    expectClose(y0.gapFte.g0, 0.8)
    expectClose(y0.gapFte.g1, 0.28)
    expectClose(y0.shortageFte, 1.08)
    expect(y0.status).toBe('shortage')
    expectClose(y1.servedHours.g1, 110.5)
    expectClose(y1.servedHours.g0, 119.5)
    expectClose(y1.unservedHours.g0, 90.5)
    expectClose(y1.lostHours.g0, 22.625)
    expectClose(y1.backlogHours.g0, 67.875)
    expectClose(r.summary.totalLostHours, 20 + 3.5 + 22.625)
  })

  it('splits the initial backlog evenly when there is no demand in year 0', () => {
    // No demand, backlog 90 over three grades: 30 each, all served by their own grade's capacity.
    const r = run(
      cascadeInput({
        segments: [
          segment({ jobMix: { a: 0.5, b: 0.25, c: 0.25 }, hoursPerJob: { a: 300, b: 400, c: 480 } }),
        ],
        workforce: { roster: [] },
        service: { initialBacklogHours: 90, abandonRate: 0 },
      }),
    )
    expect(r.years[0].backlogHours).toEqual({ g0: 30, g1: 30, g2: 30 })
  })

  it('gives a null turnaround and a shortage when nothing is served while a backlog remains', () => {
    const r = run(cascadeInput({ workforce: { roster: [] } }))
    expect(r.years[0].turnaroundWeeks).toBeNull()
    expect(r.years[0].status).toBe('shortage')
    expect(r.years[0].utilisation).toBe(0)
  })

  it('gives the base turnaround when nothing is served and there is no backlog', () => {
    const r = run(quietInput({ horizonYears: 1, service: { baseTurnaroundWeeks: 3 } }))
    expect(r.years[0].turnaroundWeeks).toBe(3)
    expect(r.years[0].utilisation).toBe(0)
    expect(r.years[0].status).toBe('ok')
  })

  describe('status', () => {
    // One grade, 100 h of capacity (0.1 FTE * 1000 h), demand as given (jobs of 1 hour).
    const statusInput = (demandHours: number, service: InputOverrides['service'] = {}) =>
      quietInput({
        horizonYears: 1,
        segments: [segment({ preOwned: demandHours, preOwnedServiceRate: 1 })],
        workforce: { roster: [{ grade: 'g0', age: 30, fte: 0.1 }] },
        service,
      })

    it('is shortage when unserved hours exceed the tolerated share of effective demand', () => {
      // 110 demanded, 100 served: unserved 10 > 0.05 * 110 = 5.5
      expect(
        run(statusInput(110, { shortageTolerance: 0.05, targetTurnaroundWeeks: 1000 })).years[0].status,
      ).toBe('shortage')
      // tolerance 0.1: 10 <= 11, and turnaround 4 + 52 * 10 / 100 = 9.2 <= 1000 -> served at 100 % -> tight
      expect(
        run(statusInput(110, { shortageTolerance: 0.1, targetTurnaroundWeeks: 1000 })).years[0].status,
      ).toBe('tight')
    })

    it('is shortage when turnaround exceeds the target, even within tolerance', () => {
      // turnaround 4 + 52 * 10 / 100 = 9.2 > target 9
      const y = run(statusInput(110, { shortageTolerance: 1, targetTurnaroundWeeks: 9 })).years[0]
      expectClose(y.turnaroundWeeks, 9.2)
      expect(y.status).toBe('shortage')
    })

    it('is tight from 90 % utilisation, ok below', () => {
      expect(run(statusInput(90)).years[0].status).toBe('tight')
      expect(run(statusInput(89)).years[0].status).toBe('ok')
    })
  })
})

// ---- Cost ---------------------------------------------------------------------------------------

describe('Cost', () => {
  const noFlex = { overtime: 0, outsourcing: 0 }

  it('adds salaries, hires after the market limit, students and benches dated this year', () => {
    // t0: W = 3 roster + 2 hires (limit 2 of 5 planned): salaries 5 * 1000; hiring 2 * 300;
    //     students 4 (2 years of study, no dropout) * 50; benches: 2030 expansion 3 * 10 (shifts don't multiply).
    // t1: W = 7: salaries 7000; hiring 600; students 4 * 50; no expansion dated 2031.
    // t2: W = 9; expansion 2032: 1 * 7. The 2029 expansion (before startYear) is never charged.
    const r = run(
      quietInput({
        grades: [grade('g0', { salaryPerFte: 1000, hireCost: 300 })],
        workforce: { roster: [{ grade: 'g0', age: 30, fte: 3 }], hires: { g0: 5 }, marketLimit: { g0: 2 } },
        training: [programme({ durationYears: 2, intake: 2, costPerStudentYear: 50 })],
        benches: {
          shifts: 2,
          expansions: [
            { year: 2029, benches: 4, costPerBench: 1000 },
            { year: 2030, benches: 3, costPerBench: 10 },
            { year: 2032, benches: 1, costPerBench: 7 },
          ],
        },
      }),
    )
    expect(r.years.map((y) => y.cost)).toEqual([
      // (v2) No overtime and no outsourcing in a v1 input: those parts are 0 and the total is v1's.
      { ...noFlex, salaries: 5000, hiring: 600, training: 200, benches: 30, total: 5000 + 600 + 200 + 30 },
      { ...noFlex, salaries: 7000, hiring: 600, training: 200, benches: 0, total: 7000 + 600 + 200 },
      { ...noFlex, salaries: 9000, hiring: 600, training: 200, benches: 7, total: 9000 + 600 + 200 + 7 },
    ])
    expect(r.summary.totalCost).toBe(5830 + 7800 + 9807)
  })
})

// ---- Summary and output -------------------------------------------------------------------------

describe('Summary', () => {
  it('names the first shortage year and the first year of the largest shortage', () => {
    // Demand 150 h against 100 h every year, everything unserved is lost: unserved 50, gap 0.05 FTE each year.
    // The peak ties in every year, so it is the first year.
    const r = run(
      quietInput({
        segments: [segment({ preOwned: 150, preOwnedServiceRate: 1 })],
        workforce: { roster: [{ grade: 'g0', age: 30, fte: 0.1 }] },
        service: { abandonRate: 1 },
      }),
    )
    expectSeries(pick(r, 'shortageFte'), [0.05, 0.05, 0.05])
    expect(r.summary.firstShortageYear).toBe(2030)
    expect(r.summary.peakShortageYear).toBe(2030)
    expectClose(r.summary.peakShortageFte, 0.05)
    expectClose(r.summary.totalLostHours, 150)
  })

  it('finds a later peak and a later first shortage as demand grows', () => {
    // Demand 80, 120, 180 against 100: gaps 0, 0.02, 0.08 FTE (lost at once).
    const r = run(
      quietInput({
        segments: [segment({ preOwned: 80, preOwnedGrowth: [0, 0.5, 0.5], preOwnedServiceRate: 1 })],
        workforce: { roster: [{ grade: 'g0', age: 30, fte: 0.1 }] },
        service: { abandonRate: 1 },
      }),
    )
    expect(pick(r, 'status')).toEqual(['ok', 'shortage', 'shortage'])
    expect(r.summary.firstShortageYear).toBe(2031)
    expect(r.summary.peakShortageYear).toBe(2032)
    expectClose(r.summary.peakShortageFte, 0.08)
  })

  it('reports no peak, with 0, when no year falls short', () => {
    const r = run(quietInput())
    expect(r.summary).toEqual({
      firstShortageYear: null,
      firstShortageGrade: null,
      peakShortageFte: 0,
      peakShortageYear: null,
      totalLostHours: 0,
      totalCost: 0,
      totalRevenue: 0,
      totalLostRevenue: 0,
      totalMargin: 0,
    })
  })
})

describe('Output', () => {
  it('has exactly the fields of docs/model-equations.md, keyed by the input’s ids', () => {
    const r = run(makeInput())
    expect(r.years).toHaveLength(5)
    expect(r.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030])
    expect(Object.keys(r.years[0]).sort()).toEqual(
      [
        'year',
        'demandHours',
        'capacityHours',
        'servedHours',
        'unservedHours',
        'lostHours',
        'backlogHours',
        'headcount',
        'joiners',
        'hires',
        'leavers',
        'retirements',
        'gapFte',
        'jobs',
        'installedBase',
        'students',
        'graduates',
        'seats',
        'seatsNeeded',
        'benchFactor',
        'benchUtilisation',
        'supervisionHours',
        'unsupervisedHours',
        'idleHours',
        'utilisation',
        'turnaroundWeeks',
        'shortageFte',
        'status',
        'cost',
        // (v2)
        'overtimeHours',
        'outsourcedHours',
        'turnaroundWeeksByGrade',
        'statusByGrade',
        'resaleJobs',
        'admitted',
        'revenue',
        'lostRevenue',
        'margin',
      ].sort(),
    )
    expect(Object.keys(r.years[0].headcount)).toEqual(['watchmaker', 'master'])
    expect(Object.keys(r.years[0].jobs)).toEqual(['automatic'])
    expect(Object.keys(r.years[0].students)).toEqual(['apprenticeship'])
    expect(Object.keys(r.years[0].cost)).toEqual([
      'salaries',
      'hiring',
      'training',
      'benches',
      'overtime',
      'outsourcing',
      'total',
    ])
    expect(Object.keys(r.summary).sort()).toEqual(
      [
        'firstShortageYear',
        'firstShortageGrade',
        'peakShortageFte',
        'peakShortageYear',
        'totalLostHours',
        'totalCost',
        'totalRevenue',
        'totalLostRevenue',
        'totalMargin',
      ].sort(),
    )
  })

  it('does not change its input', () => {
    const input = makeInput()
    const copy = structuredClone(input)
    project(input)
    expect(input).toEqual(copy)
  })
})

describe('Errors at run time', () => {
  it('throws ModelInputError naming the parameter and year when a formula fails', () => {
    const input = makeInput()
    input.segments[0].newSalesGrowth = 't == 2 ? 1/0 : 0.01'
    try {
      project(input)
      expect.fail('project should have thrown')
    } catch (error) {
      expect(error).toBeInstanceOf(ModelInputError)
      const problems = (error as ModelInputError).problems
      expect(problems).toEqual([expect.objectContaining({ path: 'segments[0].newSalesGrowth', year: 2028 })])
    }
  })

  it('throws ModelInputError rather than returning Infinity or NaN when figures overflow', () => {
    const input = makeInput({ horizonYears: 60 })
    input.segments[0].newSales = 1e300
    input.segments[0].newSalesGrowth = 1e10
    expect(() => project(input)).toThrow(ModelInputError)
  })
})
