// validateInput and the zod schema: each rule of docs/model-equations.md "Validation" gives a problem with its path, year and a plain sentence.
import { describe, expect, it } from 'vitest'
import { modelInputSchema, validateInput } from '../../shared/model/schema'
import type { Problem } from '../../shared/model/problems'
import type { ModelInput } from '../../shared/model/types'
import { makeInput } from '../support/makeInput'

/** The problems of an input changed by `edit`; fails the test when the input stays valid. */
function problemsAfter(edit: (input: ModelInput) => void): Problem[] {
  const input = makeInput()
  edit(input)
  const result = validateInput(input)
  if (result.ok) throw new Error('expected the input to be invalid')
  return result.problems
}

function messages(problems: Problem[]): string[] {
  return problems.map((p) => p.message)
}

describe('validateInput', () => {
  it('accepts the fixture and returns it typed', () => {
    const input = makeInput()
    const result = validateInput(input)
    expect(result).toEqual({ ok: true, input })
  })

  it('fills optional lists and maps with their empty defaults', () => {
    const input = makeInput() as Partial<ModelInput> & Record<string, unknown>
    delete input.training
    delete (input.workforce as Partial<ModelInput['workforce']>).hires
    delete (input.workforce as Partial<ModelInput['workforce']>).marketLimit
    delete (input.benches as Partial<ModelInput['benches']>).expansions
    const result = validateInput(input)
    if (!result.ok) throw new Error(messages(result.problems).join('\n'))
    expect(result.input.training).toEqual([])
    expect(result.input.workforce.hires).toEqual({})
    expect(result.input.workforce.marketLimit).toEqual({})
    expect(result.input.benches.expansions).toEqual([])
  })

  it('says job-mix shares must sum to 1, with the sum', () => {
    const problems = problemsAfter((x) => {
      x.segments[0].jobMix = { 'full-service': 0.7, complication: 0.25 }
    })
    expect(problems).toEqual([
      { path: 'segments[0].jobMix', message: 'segments[0].jobMix: shares sum to 0.95; they must sum to 1' },
    ])
  })

  it('tolerates a job-mix sum within 1e-9 of 1, not beyond', () => {
    const withSum = (second: number) => {
      const input = makeInput()
      input.segments[0].jobMix = { 'full-service': 0.5, complication: second }
      return validateInput(input).ok
    }
    expect(withSum(0.5 + 5e-10)).toBe(true)
    expect(withSum(0.5 + 2e-9)).toBe(false)
  })

  it.each<[string, (x: ModelInput) => void, string]>([
    [
      'a rate above 1',
      (x) => void (x.grades[0].attritionRate = 1.2),
      'grades[0].attritionRate: must be between 0 and 1',
    ],
    [
      'a negative rate',
      (x) => void (x.service.rampUpFactor = -0.1),
      'service.rampUpFactor: must be between 0 and 1',
    ],
    [
      'a job-mix share above 1',
      (x) => void (x.segments[0].jobMix.complication = 1.5),
      'segments[0].jobMix.complication: must be between 0 and 1',
    ],
    [
      'hoursPerFte 0',
      (x) => void (x.grades[1].hoursPerFte = 0),
      'grades[1].hoursPerFte: must be greater than 0',
    ],
    [
      'serviceIntervalYears 0',
      (x) => void (x.segments[0].serviceIntervalYears = 0),
      'segments[0].serviceIntervalYears: must be greater than 0',
    ],
    [
      'a negative count',
      (x) => void (x.segments[0].installedBase = -1),
      'segments[0].installedBase: must be at least 0',
    ],
    ['a negative cost', (x) => void (x.grades[0].hireCost = -5), 'grades[0].hireCost: must be at least 0'],
    [
      'negative hours per job',
      (x) => void (x.segments[0].hoursPerJob.complication = -1),
      'segments[0].hoursPerJob.complication: must be at least 0',
    ],
    [
      'a negative backlog',
      (x) => void (x.service.initialBacklogHours = -1),
      'service.initialBacklogHours: must be at least 0',
    ],
    [
      'a negative expansion',
      (x) => void (x.benches.expansions = [{ year: 2027, benches: -2, costPerBench: 0 }]),
      'benches.expansions[0].benches: must be at least 0',
    ],
    [
      'a fractional expansion year',
      (x) => void (x.benches.expansions = [{ year: 2027.5, benches: 2, costPerBench: 0 }]),
      'benches.expansions[0].year: must be a whole calendar year',
    ],
    [
      'durationYears 0',
      (x) => void (x.training[0].durationYears = 0),
      'training[0].durationYears: must be a whole number of years between 1 and 100',
    ],
    [
      'fractional durationYears',
      (x) => void (x.training[0].durationYears = 2.5),
      'training[0].durationYears: must be a whole number of years between 1 and 100',
    ],
    [
      'a fractional age',
      (x) => void (x.workforce.roster[0].age = 30.5),
      'workforce.roster[0].age: must be a whole number of years between 15 and 80',
    ],
    [
      'an age below 15',
      (x) => void (x.workforce.hireAge = 14),
      'workforce.hireAge: must be a whole number of years between 15 and 80',
    ],
    [
      'an age above 80',
      (x) => void (x.training[0].entryAge = 81),
      'training[0].entryAge: must be a whole number of years between 15 and 80',
    ],
    [
      'retirementAge out of range',
      (x) => void (x.retirementAge = 90),
      'retirementAge: must be a whole number of years between 15 and 80',
    ],
    [
      'horizon 0',
      (x) => void (x.horizonYears = 0),
      'horizonYears: must be a whole number of years between 1 and 60',
    ],
    [
      'horizon 61',
      (x) => void (x.horizonYears = 61),
      'horizonYears: must be a whole number of years between 1 and 60',
    ],
    [
      'a fractional startYear',
      (x) => void (x.startYear = 2026.5),
      'startYear: must be a whole calendar year',
    ],
    [
      'another schema version',
      (x) => void ((x as { schemaVersion: number }).schemaVersion = 3),
      'schemaVersion: must be 1 or 2 (the versions this model reads)',
    ],
    ['no grades', (x) => void (x.grades = []), 'grades: must list at least one grade'],
    ['no job types', (x) => void (x.jobTypes = []), 'jobTypes: must list at least one job type'],
    ['no segments', (x) => void (x.segments = []), 'segments: must list at least one segment'],
    ['an empty id', (x) => void (x.segments[0].id = ''), 'segments[0].id: must not be empty'],
    [
      'a missing field',
      (x) => void delete (x.grades[0] as Partial<ModelInput['grades'][0]>).salaryPerFte,
      'grades[0].salaryPerFte: is missing',
    ],
    [
      'a field of the wrong type',
      (x) => void ((x.service as unknown as Record<string, unknown>).abandonRate = '0.3'),
      'service.abandonRate: must be a number',
    ],
    [
      'an unknown field',
      (x) => void ((x.grades[0] as unknown as Record<string, unknown>).atritionRate = 0.1),
      'grades[0].atritionRate: is not a known field; check the spelling',
    ],
    [
      'a duplicate grade id',
      (x) => void (x.grades[1].id = 'watchmaker'),
      "grades[1].id: repeats the id 'watchmaker' of grades[0]; ids must be unique",
    ],
    [
      'a duplicate job type id',
      (x) => void x.jobTypes.push({ ...x.jobTypes[0] }),
      "jobTypes[2].id: repeats the id 'full-service' of jobTypes[0]; ids must be unique",
    ],
    [
      'a duplicate segment id',
      (x) => void x.segments.push({ ...x.segments[0] }),
      "segments[1].id: repeats the id 'automatic' of segments[0]; ids must be unique",
    ],
    [
      'a duplicate programme id',
      (x) => void x.training.push({ ...x.training[0] }),
      "training[1].id: repeats the id 'apprenticeship' of training[0]; ids must be unique",
    ],
    [
      'a job type of an unknown grade',
      (x) => void (x.jobTypes[0].grade = 'wizard'),
      "jobTypes[0].grade: names the grade 'wizard', which is not in grades; it must be one of: watchmaker, master",
    ],
    [
      'a roster grade that does not exist',
      (x) => void (x.workforce.roster[0].grade = 'wizard'),
      "workforce.roster[0].grade: names the grade 'wizard', which is not in grades; it must be one of: watchmaker, master",
    ],
    [
      'hires for an unknown grade',
      (x) => void (x.workforce.hires = { wizard: 1 }),
      "workforce.hires.wizard: names the grade 'wizard', which is not in grades; it must be one of: watchmaker, master",
    ],
    [
      'a market limit for an unknown grade',
      (x) => void (x.workforce.marketLimit = { wizard: 1 }),
      "workforce.marketLimit.wizard: names the grade 'wizard', which is not in grades; it must be one of: watchmaker, master",
    ],
    [
      'an unknown entry grade',
      (x) => void (x.training[0].entryGrade = 'wizard'),
      "training[0].entryGrade: names the grade 'wizard', which is not in grades; it must be one of: watchmaker, master",
    ],
    [
      'an unknown supervisor grade',
      (x) => void (x.training[0].supervisorGrade = 'wizard'),
      "training[0].supervisorGrade: names the grade 'wizard', which is not in grades; it must be one of: watchmaker, master",
    ],
    [
      'initialStudents of the wrong length',
      (x) => void (x.training[0].initialStudents = [1, 2]),
      'training[0].initialStudents: has 2 values; it must have exactly 3, one per year of study (durationYears)',
    ],
    [
      'negative initialStudents',
      (x) => void (x.training[0].initialStudents = [1, -2, 3]),
      'training[0].initialStudents[1]: must be at least 0',
    ],
  ])('reports %s', (_what, edit, message) => {
    expect(messages(problemsAfter(edit))).toContain(message)
  })

  it('reports a job mix naming a missing job type, and key sets that differ', () => {
    const problems = problemsAfter((x) => {
      x.segments[0].jobMix = { 'full-service': 0.75, polish: 0.25 }
    })
    expect(messages(problems)).toEqual([
      "segments[0].jobMix.polish: names the job type 'polish', which is not in jobTypes; it must be one of: full-service, complication",
      "segments[0].hoursPerJob: has no hours for 'polish', which jobMix lists; both must name the same job types",
      "segments[0].jobMix: has no share for 'complication', which hoursPerJob lists; both must name the same job types",
    ])
  })

  it('checks every series every year, naming the year', () => {
    const problems = problemsAfter((x) => {
      x.segments[0].newSalesGrowth = [0, 0, -1.5, 0, 0]
      x.segments[0].preOwnedGrowth = '0.1 - 0.5 * t'
      x.segments[0].serviceUptake = '0.3 + 0.2 * t'
      x.workforce.hires = { watchmaker: 't - 1' }
      x.workforce.marketLimit = { master: [1, 1, 1] }
      x.training[0].intake = 'log(t)'
    })
    expect(problems).toEqual([
      {
        path: 'segments[0].newSalesGrowth',
        message: 'segments[0].newSalesGrowth: is -1.5 in 2028 (t = 2); it must be at least -1',
        year: 2028,
      },
      {
        path: 'segments[0].preOwnedGrowth',
        message:
          'segments[0].preOwnedGrowth: formula gives -1.4 in 2029 (t = 3) and in 1 other year; it must be at least -1',
        year: 2029,
      },
      {
        path: 'segments[0].serviceUptake',
        message: 'segments[0].serviceUptake: formula gives 1.1 in 2030 (t = 4); it must be between 0 and 1',
        year: 2030,
      },
      {
        path: 'workforce.hires.watchmaker',
        message: 'workforce.hires.watchmaker: formula gives -1 in 2026 (t = 0); it must be at least 0',
        year: 2026,
      },
      {
        path: 'workforce.marketLimit.master',
        message:
          'workforce.marketLimit.master: has 3 values; it must have exactly 5, one per year (2026–2030)',
      },
      {
        path: 'training[0].intake',
        message:
          'training[0].intake: formula gives -Infinity in 2026 (t = 0); it must give a finite real number',
        year: 2026,
        code: 'formula.notNumber',
        params: { kind: 'infinite', value: '-Infinity', year: 2026, t: 0, others: 0 },
      },
    ])
  })

  it('reports every problem at once, field rules and rules across fields together', () => {
    const problems = problemsAfter((x) => {
      x.horizonYears = 2.5
      x.grades[0].attritionRate = 2
      x.grades.push({ ...x.grades[1] })
      x.segments[0].jobMix.complication = 0.5
      x.segments[0].newSalesGrowth = 'nonsense'
      x.training[0].supervisorGrade = 'wizard'
    })
    expect(problems.map((p) => p.path).sort()).toEqual(
      [
        'horizonYears',
        'grades[0].attritionRate',
        'grades[2].id',
        'segments[0].jobMix',
        'segments[0].newSalesGrowth',
        'training[0].supervisorGrade',
      ].sort(),
    )
  })

  it('still checks formulas over year 0 when the horizon is wrong', () => {
    const problems = problemsAfter((x) => {
      x.horizonYears = 0
      x.segments[0].serviceUptake = '2 + t'
    })
    expect(messages(problems)).toContain(
      'segments[0].serviceUptake: formula gives 2 in 2026 (t = 0); it must be between 0 and 1',
    )
  })

  it('names the field of a figure too large for a workshop, rather than an overflow downstream', () => {
    const problems = problemsAfter((x) => {
      x.horizonYears = 60
      x.segments[0].newSales = 1e300
      x.segments[0].newSalesGrowth = 1e10
    })
    expect(messages(problems).sort()).toEqual([
      'segments[0].newSales: must be at most 10000000000',
      'segments[0].newSalesGrowth: is 10000000000; it must be at most 10',
    ])
  })

  it('rejects ids that would collide with JavaScript object internals', () => {
    expect(messages(problemsAfter((x) => void (x.segments[0].id = '__proto__')))).toContain(
      'segments[0].id: is a reserved name; choose another id',
    )
  })

  it.each([null, 42, 'input', [], true])('says the input must be an object for %j', (junk) => {
    expect(validateInput(junk)).toEqual({
      ok: false,
      problems: [
        {
          path: '',
          message: 'The input must be a JSON object holding a scenario (schemaVersion, grades, …)',
        },
      ],
    })
  })

  it('lists what is missing from an empty object', () => {
    const result = validateInput({})
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map((p) => p.path)).toEqual([
      'schemaVersion',
      'startYear',
      'horizonYears',
      'retirementAge',
      'grades',
      'jobTypes',
      'segments',
      'workforce',
      'benches',
      'service',
    ])
  })
})

describe('modelInputSchema', () => {
  it('is the zod schema behind validateInput, usable on its own', () => {
    expect(modelInputSchema.safeParse(makeInput()).success).toBe(true)
    const parsed = modelInputSchema.safeParse({ ...makeInput(), retirementAge: 12 })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['retirementAge'])
  })
})
