// validateInput on version 2 fields, hostile formulas, reserved keys and workshop bounds: each problem names its field.
import { describe, expect, it } from 'vitest'
import { validateInput } from '../../shared/model/schema'
import type { Problem } from '../../shared/model/problems'
import type { ModelInput } from '../../shared/model/types'
import { makeInput } from '../support/makeInput'

/** A valid version 2 input: makeInput with schemaVersion 2 (grades watchmaker < master, job types full-service, complication). */
function v2Input(): ModelInput {
  return { ...makeInput(), schemaVersion: 2 }
}

function problemsAfter(edit: (input: ModelInput) => void, base: () => ModelInput = v2Input): Problem[] {
  const input = base()
  edit(input)
  const result = validateInput(input)
  if (result.ok) throw new Error('expected the input to be invalid')
  return result.problems
}

const messages = (problems: Problem[]) => problems.map((p) => p.message)

describe('validateInput, version 2 fields', () => {
  it('accepts every v2 field at once', () => {
    const input = v2Input()
    input.grades[0].revenuePerHour = 150
    Object.assign(input.segments[0], {
      resaleJobMix: { 'full-service': 0.6, complication: 0.4 },
      resaleHoursPerJob: { 'full-service': 7, complication: 14 },
      resaleReplacesService: 0.5,
    })
    Object.assign(input.workforce, {
      backfill: { watchmaker: 0.8 },
      gapHiring: { master: '0.5' },
      retirementProfile: { '62': 0.2, '64': 0.5 },
    })
    input.training[0].maxIntake = [2, 2, 3, 3, 3]
    Object.assign(input.service, {
      rampUp: [0.5, 0.8],
      statusBasis: 'grade',
      overtimeShare: 0.05,
      overtimePremium: 0.25,
      outsourcing: { watchmaker: { maxHours: 2000, costPerHour: 110 } },
    })
    const result = validateInput(input)
    expect(result.ok ? [] : messages(result.problems)).toEqual([])
  })

  it.each<[string, (x: ModelInput) => void, string]>([
    [
      'a rampUp with no value',
      (x) => void (x.service.rampUp = []),
      'service.rampUp: must list 1 to 10 shares, one per year after joining',
    ],
    [
      'a rampUp with 11 values',
      (x) => void (x.service.rampUp = new Array<number>(11).fill(0.5)),
      'service.rampUp: must list 1 to 10 shares, one per year after joining',
    ],
    [
      'a rampUp share above 1',
      (x) => void (x.service.rampUp = [0.5, 1.5]),
      'service.rampUp[1]: must be between 0 and 1',
    ],
    [
      'a retirement age not below retirementAge',
      (x) => void (x.workforce.retirementProfile = { '65': 0.5 }),
      'workforce.retirementProfile["65"]: names the age 65, which is not below retirementAge (65); everyone retires at retirementAge already',
    ],
    [
      'a retirement key that is not an age',
      (x) => void (x.workforce.retirementProfile = { '62.5': 0.5 }),
      'workforce.retirementProfile["62.5"]: names the age \'62.5\'; keys are whole ages between 15 and 80, written as text ("62")',
    ],
    [
      'a retirement share above 1',
      (x) => void (x.workforce.retirementProfile = { '62': 2 }),
      'workforce.retirementProfile["62"]: must be between 0 and 1',
    ],
    [
      'resale hours without a resale mix',
      (x) => void (x.segments[0].resaleHoursPerJob = { 'full-service': 7 }),
      'segments[0].resaleJobMix: is missing; resaleHoursPerJob and resaleJobMix are given together or not at all',
    ],
    [
      'resale keys that differ',
      (x) =>
        void Object.assign(x.segments[0], {
          resaleJobMix: { 'full-service': 1 },
          resaleHoursPerJob: { complication: 7 },
        }),
      "segments[0].resaleHoursPerJob: has no hours for 'full-service', which resaleJobMix lists; both must name the same job types",
    ],
    [
      'a resale mix that does not sum to 1',
      (x) =>
        void Object.assign(x.segments[0], {
          resaleJobMix: { 'full-service': 0.5 },
          resaleHoursPerJob: { 'full-service': 7 },
        }),
      'segments[0].resaleJobMix: shares sum to 0.5; they must sum to 1',
    ],
    [
      'a resale job type that does not exist',
      (x) =>
        void Object.assign(x.segments[0], {
          resaleJobMix: { polish: 1 },
          resaleHoursPerJob: { polish: 1 },
        }),
      "segments[0].resaleJobMix.polish: names the job type 'polish', which is not in jobTypes; it must be one of: full-service, complication",
    ],
    [
      'a backfill share above 1 in one year',
      (x) => void (x.workforce.backfill = { watchmaker: [0.5, 0.5, 1.2, 0.5, 0.5] }),
      'workforce.backfill.watchmaker: is 1.2 in 2028 (t = 2); it must be between 0 and 1',
    ],
    [
      'gap hiring for a grade that does not exist',
      (x) => void (x.workforce.gapHiring = { apprentice: 0.5 }),
      "workforce.gapHiring.apprentice: names the grade 'apprentice', which is not in grades; it must be one of: watchmaker, master",
    ],
    [
      'outsourcing for a grade that does not exist',
      (x) => void (x.service.outsourcing = { polisher: { maxHours: 10, costPerHour: 1 } }),
      "service.outsourcing.polisher: names the grade 'polisher', which is not in grades; it must be one of: watchmaker, master",
    ],
    [
      'negative outsourced hours by formula',
      (x) => void (x.service.outsourcing = { master: { maxHours: '100 - 50 * t', costPerHour: 90 } }),
      'service.outsourcing.master.maxHours: formula gives -50 in 2029 (t = 3) and in 1 other year; it must be at least 0',
    ],
    [
      'a negative maxIntake',
      (x) => void (x.training[0].maxIntake = -1),
      'training[0].maxIntake: is -1; it must be at least 0',
    ],
    [
      'an unknown status basis',
      (x) => void ((x.service as { statusBasis: string }).statusBasis = 'team'),
      'service.statusBasis: must be "workshop" or "grade"',
    ],
    [
      'an overtime share above 1',
      (x) => void (x.service.overtimeShare = 1.5),
      'service.overtimeShare: must be between 0 and 1',
    ],
    [
      'a negative overtime premium',
      (x) => void (x.service.overtimePremium = -0.1),
      'service.overtimePremium: must be at least 0',
    ],
    [
      'a negative revenue per hour',
      (x) => void (x.grades[0].revenuePerHour = -1),
      'grades[0].revenuePerHour: must be at least 0',
    ],
    [
      'a negative outsourcing price',
      (x) => void (x.service.outsourcing = { master: { maxHours: 1, costPerHour: -1 } }),
      'service.outsourcing.master.costPerHour: must be at least 0',
    ],
  ])('reports %s', (_what, edit, message) => {
    expect(messages(problemsAfter(edit))).toContain(message)
  })
})

describe('validateInput, maps of ids', () => {
  it.each(['hires', 'marketLimit', 'backfill', 'gapHiring'] as const)(
    'refuses __proto__ and constructor as keys of workforce.%s',
    (field) => {
      const raw = JSON.parse(`{"__proto__": 1, "constructor": 0.5, "watchmaker": 0.5}`) as Record<
        string,
        number
      >
      const found = messages(problemsAfter((x) => void (x.workforce[field] = raw)))
      expect(found).toContain(`workforce.${field}.__proto__: is a reserved name; it is not an id or a field`)
    },
  )

  it('names a constructor key as an unknown grade once __proto__ is gone', () => {
    const found = messages(problemsAfter((x) => void (x.workforce.hires = { constructor: 1 })))
    expect(found[0]).toMatch(
      /^workforce\.hires\.constructor: names the grade 'constructor', which is not in grades/,
    )
  })

  it('refuses __proto__ in a job mix, in outsourcing and at the top', () => {
    const withProto = (json: string) => JSON.parse(json) as never
    expect(
      messages(
        problemsAfter((x) => void (x.segments[0].jobMix = withProto('{"__proto__": {"full-service": 1}}'))),
      ),
    ).toEqual(['segments[0].jobMix.__proto__: is a reserved name; it is not an id or a field'])
    expect(
      messages(
        problemsAfter(
          (x) => void (x.service.outsourcing = withProto('{"__proto__": {"maxHours": 1, "costPerHour": 1}}')),
        ),
      ),
    ).toEqual(['service.outsourcing.__proto__: is a reserved name; it is not an id or a field'])
    const top = JSON.parse(`{"__proto__": {}, ${JSON.stringify(v2Input()).slice(1)}`) as unknown
    const result = validateInput(top)
    expect(result.ok ? [] : messages(result.problems)).toEqual([
      '__proto__: is a reserved name; it is not an id or a field',
    ])
  })

  it('refuses constructor and prototype as ids', () => {
    expect(messages(problemsAfter((x) => void (x.grades[0].id = 'constructor')))).toContain(
      'grades[0].id: is a reserved name; choose another id',
    )
    expect(messages(problemsAfter((x) => void (x.training[0].id = 'prototype')))).toContain(
      'training[0].id: is a reserved name; choose another id',
    )
  })

  it('refuses nesting deeper than any field without exhausting the stack', () => {
    let deep: unknown = 1
    for (let i = 0; i < 200_000; i++) deep = [deep]
    const problems = problemsAfter((x) => void ((x.workforce.hires as Record<string, unknown>).master = deep))
    expect(messages(problems)[0]).toMatch(
      /^workforce\.hires\.master\[0\]\[0\].*: is nested deeper than any field of a scenario$/,
    )
  })
})

describe('validateInput, workshop bounds', () => {
  it.each<[string, (x: ModelInput) => void, string]>([
    [
      'hoursPerFte 1e308',
      (x) => void (x.grades[0].hoursPerFte = 1e308),
      'grades[0].hoursPerFte: must be between 1 and 8760',
    ],
    [
      'hoursPerFte 5e-324',
      (x) => void (x.grades[0].hoursPerFte = 5e-324),
      'grades[0].hoursPerFte: must be between 1 and 8760',
    ],
    [
      'startYear 2^53 - 1',
      (x) => void (x.startYear = 9007199254740991),
      'startYear: must be a calendar year between 1900 and 2200',
    ],
    [
      'startYear 1899',
      (x) => void (x.startYear = 1899),
      'startYear: must be a calendar year between 1900 and 2200',
    ],
    [
      'a roster cohort of 1e6 FTE',
      (x) => void (x.workforce.roster[0].fte = 1e6),
      'workforce.roster[0].fte: must be at most 100000',
    ],
    [
      'a salary of 1e300',
      (x) => void (x.grades[1].salaryPerFte = 1e300),
      'grades[1].salaryPerFte: must be at most 100000000',
    ],
    ['4 shifts', (x) => void (x.benches.shifts = 4), 'benches.shifts: must be at most 3'],
    [
      'hires of 1e9 a year',
      (x) => void (x.workforce.hires = { master: 1e9 }),
      'workforce.hires.master: is 1000000000; it must be at most 100000',
    ],
    [
      'growth of 1e10 in a year',
      (x) => void (x.segments[0].newSalesGrowth = '10^10 * t'),
      'segments[0].newSalesGrowth: formula gives 10000000000 in 2027 (t = 1) and in 3 other years; it must be at most 10',
    ],
  ])('names the field of %s', (_what, edit, message) => {
    expect(messages(problemsAfter(edit))).toEqual([message])
  })
})

describe('validateInput, hostile formulas', () => {
  it.each([
    ['zeros(1e5,1e5)', /calls the function 'zeros'/],
    ['range(0,1e9)', /calls the function 'range'/],
    ['ones(1e4,1e4)', /calls the function 'ones'/],
    ['sum(1:1e8)*0', /uses a range \(a:b\)/],
    ['setPowerset(1:30)', /uses a range \(a:b\)/],
    ['map(1:1e7, sqrt)', /uses a range \(a:b\)/],
    ['kron([1,2],[3,4])', /uses a matrix/],
    ['identity(1e5)', /calls the function 'identity'/],
    ['1 + t'.repeat(2000), /formula has 10000 characters; it may have at most 2000/],
    ['('.repeat(1000) + 't' + ')'.repeat(1000), /^training\[0\]\.intake: formula (has|does not parse)/],
  ])('refuses %s at parse time, naming the field', (formula, reason) => {
    const [first] = messages(problemsAfter((x) => void (x.training[0].intake = formula)))
    expect(first).toMatch(/^training\[0\]\.intake: /)
    expect(first).toMatch(reason)
  })
})
