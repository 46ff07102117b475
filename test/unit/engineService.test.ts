// Hand-computed cases for docs/model-equations.md "Service", "Cost", the summary, the output's shape and run-time errors (v1 inputs): each expected figure is worked out in the test, not taken from the engine.
import { describe, expect, it } from 'vitest'
import { ModelInputError, project } from '../../shared/engine'
import { expectClose, expectSeries, pick, run } from '../support/engineAssert'
import { grade, makeInput, programme, quietInput, segment, type InputOverrides } from '../support/makeInput'

// ---- Demand -------------------------------------------------------------------------------------

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
