// Actuals in long form: parsing errors name line and column, extra columns are dropped, ids are checked against the scenario.
import { describe, expect, it } from 'vitest'
import {
  actualsToRows,
  actualValue,
  parseActualsTable,
  parseNumberCell,
  rowsToActuals,
  validateActuals,
  type ActualRow,
} from '../../shared/actuals'
import { makeInput } from '../support/makeInput'

const header = ['year', 'metric', 'key', 'value']

describe('parseActualsTable', () => {
  it('reads rows in any column order and drops a name column unread', () => {
    const parsed = parseActualsTable([
      ['Name', 'Value', 'Metric', 'Key', 'Year'],
      ['Jeanne Dupont', "1'530", 'jobs', 'automatic', '2026'],
      [],
      ['', 6.5, 'headcount', 'watchmaker', 2026],
    ])
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { year: 2026, metric: 'jobs', key: 'automatic', value: 1530 },
        { year: 2026, metric: 'headcount', key: 'watchmaker', value: 6.5 },
      ],
      lines: [2, 4],
      droppedColumns: ['Name'],
    })
    // The dropped column's content appears nowhere in the result.
    expect(JSON.stringify(parsed)).not.toContain('Dupont')
  })

  it('names the line and column of every bad cell, all at once', () => {
    const parsed = parseActualsTable([
      header,
      ['2026', 'jobs', 'automatic', '12,5'],
      ['20x6', 'jobs', 'automatic', '1'],
      ['2027', 'constructor', '', '1'],
      ['2027', 'jobs', 'automatic', '-3'],
      ['2027', 'jobs', 'automatic', ''],
    ])
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'value'],
      [3, 'year'],
      [4, 'metric'],
      [5, 'value'],
      [6, 'value'],
    ])
    expect(parsed.problems[0]!.message).toBe(
      "Line 2, column value: '12,5' uses a comma; write decimals with a point (1'234.5)",
    )
    expect(parsed.problems[2]!.message).toContain("'constructor' is not a metric")
  })

  it('reports a repeated year, metric and key with the earlier line', () => {
    const parsed = parseActualsTable([header, [2026, 'jobs', '', 10], [2026, 'jobs', '', 11]])
    expect(parsed.ok).toBe(false)
    if (!parsed.ok)
      expect(parsed.problems[0]!.message).toBe(
        'Line 3, column key: repeats jobs (workshop total) for 2026 of line 2',
      )
  })

  it('reports missing header columns on the header line', () => {
    const parsed = parseActualsTable([
      ['year', 'metric', 'value'],
      [2026, 'jobs', 1],
    ])
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problems.map((p) => [p.line, p.field])).toEqual([[1, 'key']])
  })

  it('reads Swiss-formatted numbers and refuses what is not a number', () => {
    expect(parseNumberCell("1'234.5")).toBe(1234.5)
    expect(parseNumberCell('1 234')).toBe(1234)
    expect(parseNumberCell('1e3')).toBe(1000)
    expect(parseNumberCell('12abc')).toBeNull()
    expect(parseNumberCell(Number.NaN)).toBeNull()
    expect(parseNumberCell(true)).toBeNull()
  })
})

describe('long form and actuals by year', () => {
  it('converts both ways without losing a figure', () => {
    const rows: ActualRow[] = [
      { year: 2027, metric: 'jobs', key: 'automatic', value: 1400 },
      { year: 2026, metric: 'turnaroundWeeks', key: '', value: 7 },
      { year: 2026, metric: 'jobs', key: 'automatic', value: 1330 },
      { year: 2026, metric: 'headcount', key: 'master', value: 2 },
    ]
    const actuals = rowsToActuals(rows)
    expect(actuals.map((y) => y.year)).toEqual([2026, 2027])
    expect(actualValue(actuals, 2026, 'headcount', 'master')).toBe(2)
    expect(actualValue(actuals, 2026, 'headcount', 'watchmaker')).toBeUndefined()
    // Sorted by year, then metric order (jobs, headcount, …, turnaroundWeeks).
    expect(actualsToRows(actuals)).toEqual([rows[2], rows[3], rows[1], rows[0]])
  })

  it('keeps a `__proto__` key as data, never as a prototype', () => {
    const actuals = rowsToActuals([{ year: 2026, metric: 'jobs', key: '__proto__', value: 1 }])
    const jobs = actuals[0]!.figures.jobs!
    expect(Object.getPrototypeOf(jobs)).toBe(Object.prototype)
    expect(Object.hasOwn(jobs, '__proto__')).toBe(true)
  })
})

describe('validateActuals', () => {
  const input = makeInput()

  it('accepts ids of the right kind and workshop totals', () => {
    const rows: ActualRow[] = [
      { year: 2026, metric: 'jobs', key: 'automatic', value: 1 },
      { year: 2026, metric: 'demandHours', key: '', value: 9000 },
      { year: 2026, metric: 'servedHours', key: 'master', value: 2000 },
      { year: 2026, metric: 'students', key: 'apprenticeship', value: 5 },
      { year: 2026, metric: 'turnaroundWeeks', key: '', value: 7 },
    ]
    expect(validateActuals(rows, input)).toEqual({ problems: [], warnings: [] })
  })

  it('rejects unknown and reserved keys, naming the line and column', () => {
    const rows: ActualRow[] = [
      { year: 2026, metric: 'jobs', key: 'watchmaker', value: 1 },
      { year: 2026, metric: 'headcount', key: '__proto__', value: 1 },
      { year: 2026, metric: 'headcount', key: 'constructor', value: 1 },
      { year: 2026, metric: 'turnaroundWeeks', key: 'master', value: 1 },
    ]
    const check = validateActuals(rows, input, [2, 3, 4, 5])
    expect(check.problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'key'],
      [3, 'key'],
      [4, 'key'],
      [5, 'key'],
    ])
    expect(check.problems[0]!.message).toBe(
      "Line 2, column key: 'watchmaker' is not a segment of this scenario; it must be empty (workshop total) or one of automatic",
    )
    expect(check.problems[3]!.message).toContain('workshop figure; leave the key empty')
  })

  it('rejects an unknown metric and a bad value by row and field when there are no lines', () => {
    const check = validateActuals(
      [
        { year: 2026, metric: 'constructor', key: '', value: 1 },
        { year: 2026, metric: 'jobs', key: '', value: -1 },
      ],
      input,
    )
    expect(check.problems.map((p) => p.field)).toEqual(['[0].metric', '[1].value'])
    expect(check.problems.map((p) => p.message)).toEqual([
      'Row 1, metric: must be one of jobs, demandHours, servedHours, headcount, hires, leavers, retirements, backlogHours, turnaroundWeeks, students',
      'Row 2, value: must be at least 0',
    ])
  })

  it('refuses a total and a breakdown of the same metric and year, and warns about years outside the scenario', () => {
    const check = validateActuals(
      [
        { year: 2026, metric: 'headcount', key: 'master', value: 2 },
        { year: 2026, metric: 'headcount', key: '', value: 8 },
        { year: 2027, metric: 'headcount', key: '', value: 8 },
        { year: 2040, metric: 'jobs', key: '', value: 8 },
      ],
      input,
      [2, 3, 4, 5],
    )
    expect(check.problems.map((p) => p.line)).toEqual([3])
    expect(check.problems[0]!.message).toContain('both as a workshop total and by grade')
    expect(check.warnings.map((w) => w.message)).toEqual([
      "2040 is outside the scenario's years (2026–2030); its actuals are kept but nothing compares them",
    ])
  })
})
