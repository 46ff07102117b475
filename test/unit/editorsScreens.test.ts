// The editor screens' pure logic: roster pyramid, job mix, hiring grid, programmes and bench expansions — and that what they write is valid.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { ModelInput } from '../../shared/model/types'
import { setAtPath } from '../../shared/model/overrides'
import { validateInput } from '../../shared/model/schema'
import { maxAgeYears, minAgeYears } from '../../shared/model/limits'
import { makeInput } from '../support/makeInput'
import {
  AGES,
  ageBands,
  bandTotals,
  fteAt,
  gradeTotals,
  occupiedBands,
  setCohort,
} from '../../renderer/src/features/workforce/rosterGrid'
import {
  draftFromMix,
  jobMixWrite,
  normaliseShares,
  readShares,
  sumsToOne,
} from '../../renderer/src/features/market/jobMix'
import {
  cellWrite,
  columnValues,
  gridColumns,
  limitFromHires,
  limitWrite,
  pasteWrite,
} from '../../renderer/src/features/workforce/hiringGrid'
import {
  durationWrite,
  resizeStudents,
  steadyStateStudents,
  steadyStateWrite,
} from '../../renderer/src/features/training/programme'
import {
  addExpansion,
  expansionsCostChf,
  removeExpansion,
  setExpansion,
} from '../../renderer/src/features/benches/expansions'

/** Applies one editor write to a copy of the input and validates the result, as WorkspaceProvider's edit does. */
function apply(input: ModelInput, write: { path: string; value: unknown }): ModelInput {
  const next = structuredClone(input)
  expect(setAtPath(next, write.path, structuredClone(write.value))).toBe(true)
  const check = validateInput(next)
  if (!check.ok) throw new Error(check.problems.map((p) => p.message).join('\n'))
  return check.input
}

describe('roster pyramid', () => {
  const roster = [
    { grade: 'a', age: 30, fte: 1 },
    { grade: 'b', age: 30, fte: 2 },
    { grade: 'a', age: 30, fte: 0.5 },
    { grade: 'a', age: 44, fte: 1 },
  ]

  it('sums repeated cohorts and replaces them by one entry in place of the first', () => {
    expect(fteAt(roster, 'a', 30)).toBe(1.5)
    expect(setCohort(roster, 'a', 30, 3)).toEqual([
      { grade: 'a', age: 30, fte: 3 },
      { grade: 'b', age: 30, fte: 2 },
      { grade: 'a', age: 44, fte: 1 },
    ])
    expect(roster).toHaveLength(4)
  })

  it('removes a cohort set to 0 and appends a new one', () => {
    expect(setCohort(roster, 'a', 30, 0)).toEqual([
      { grade: 'b', age: 30, fte: 2 },
      { grade: 'a', age: 44, fte: 1 },
    ])
    expect(setCohort(roster, 'b', 61, 0.8).at(-1)).toEqual({ grade: 'b', age: 61, fte: 0.8 })
  })

  it('bands cover every allowed age once', () => {
    const bands = ageBands(5)
    const covered = bands.flatMap((b) => Array.from({ length: b.to - b.from + 1 }, (_, i) => b.from + i))
    expect(covered).toEqual(AGES)
    expect(AGES[0]).toBe(minAgeYears)
    expect(AGES.at(-1)).toBe(maxAgeYears)
    expect(bands.at(-1)).toEqual({ from: 80, to: 80 })
  })

  it('band totals add up to the grade totals', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            grade: fc.constantFrom('a', 'b'),
            age: fc.integer({ min: 15, max: 80 }),
            fte: fc.integer({ min: 0, max: 40 }).map((n) => n / 4),
          }),
        ),
        (r) => {
          const sums = ageBands(5).map((b) => bandTotals(r, ['a', 'b'], b))
          const byGrade = [0, 1].map((g) => sums.reduce((acc, row) => acc + row[g]!, 0))
          expect(byGrade[0]).toBeCloseTo(gradeTotals(r, ['a', 'b'])[0]!, 9)
          expect(byGrade[1]).toBeCloseTo(gradeTotals(r, ['a', 'b'])[1]!, 9)
        },
      ),
    )
  })

  it('knows which bands hold people', () => {
    expect(occupiedBands(roster, ageBands(5)).map((b) => b.from)).toEqual([30, 40])
  })

  it('writes a roster the schema accepts', () => {
    const input = makeInput()
    const next = apply(input, {
      path: 'workforce/roster',
      value: setCohort(input.workforce.roster, 'master', 50, 2),
    })
    expect(fteAt(next.workforce.roster, 'master', 50)).toBe(2)
  })
})

describe('job mix', () => {
  it('reads shares typed in percent and checks their sum', () => {
    const draft = draftFromMix({ x: 0.8, y: 0.2 })
    expect(draft).toEqual({ x: '80', y: '20' })
    const read = readShares(draft)
    expect(read.ok && sumsToOne(read.shares)).toBe(true)
    const off = readShares({ x: '80', y: '25' })
    expect(off.ok && sumsToOne(off.shares)).toBe(false)
    expect(readShares({ x: 'abc' })).toEqual({ ok: false, job: 'x' })
  })

  it('an untouched mix of shares like 25/61 reads back as stored: it sums to 100 % and writes nothing', () => {
    // The Geneva quartz mix: 25, 15, 10, 10 and 1 sixty-firsts; six decimals of percent cannot hold them.
    const mix = { reception: 25 / 61, quick: 15 / 61, quartz: 10 / 61, control: 10 / 61, polish: 1 / 61 }
    const draft = draftFromMix(mix)
    expect(draft.reception).toBe('40.983607')
    const asTyped = readShares(draft)
    expect(asTyped.ok && sumsToOne(asTyped.shares)).toBe(false)
    const read = readShares(draft, mix)
    expect(read.ok && read.shares).toEqual(mix)
    expect(read.ok && sumsToOne(read.shares)).toBe(true)
    const input = makeInput()
    const segment = { ...input.segments[0]!, jobMix: mix }
    expect(jobMixWrite(segment, draft)).toBeNull()
    // A share typed anew is read as typed.
    const typed = readShares({ ...draft, polish: '1.5' }, mix)
    expect(typed.ok && typed.shares.polish).toBe(0.015)
  })

  it('scales any shares to exactly 100 %', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 6 }), (raw) => {
        const draft = Object.fromEntries(raw.map((v, i) => [`j${i}`, String(v / 7)]))
        const read = readShares(normaliseShares(draft))
        expect(read.ok && sumsToOne(read.shares)).toBe(true)
        if (read.ok) Object.values(read.shares).forEach((s) => expect(s).toBeGreaterThanOrEqual(0))
      }),
    )
  })

  it('writes the mix alone when the job types stay, the whole segment when they change', () => {
    const input = makeInput()
    const segment = input.segments[0]!
    expect(jobMixWrite(segment, { 'full-service': '80', complication: '20' })).toBeNull()
    expect(jobMixWrite(segment, { 'full-service': '70', complication: '20' })).toBeNull()
    const mix = jobMixWrite(segment, { 'full-service': '75', complication: '25' })!
    expect(mix.path).toBe('segments/automatic/jobMix')
    expect(apply(input, mix).segments[0]!.jobMix).toEqual({ 'full-service': 0.75, complication: 0.25 })

    const removed = jobMixWrite(segment, { 'full-service': '100' })!
    expect(removed.path).toBe('segments/automatic')
    const next = apply(input, removed).segments[0]!
    expect(next.jobMix).toEqual({ 'full-service': 1 })
    expect(next.hoursPerJob).toEqual({ 'full-service': 6 })
  })
})

describe('hiring plan grid', () => {
  const h = { horizonYears: 5, startYear: 2026 }

  it('puts hires of every grade first, then the limits', () => {
    expect(gridColumns(['a', 'b']).map((c) => `${c.kind}:${c.grade}`)).toEqual([
      'hires:a',
      'hires:b',
      'marketLimit:a',
      'marketLimit:b',
    ])
  })

  it('shows missing hires as 0, a missing limit as none, and formulas resolved', () => {
    const wf = makeInput({ workforce: { hires: { watchmaker: 't' }, marketLimit: {} } }).workforce
    expect(columnValues(wf, { kind: 'hires', grade: 'master' }, h)).toEqual([0, 0, 0, 0, 0])
    expect(columnValues(wf, { kind: 'marketLimit', grade: 'master' }, h)).toBeNull()
    expect(columnValues(wf, { kind: 'hires', grade: 'watchmaker' }, h)).toEqual([0, 1, 2, 3, 4])
  })

  it('writes one cell as the column’s series, compacted to a constant when even', () => {
    const input = makeInput({ workforce: { hires: { watchmaker: [1, 1, 2, 1, 1] } } })
    const wf = input.workforce
    expect(cellWrite(wf, { kind: 'hires', grade: 'watchmaker' }, 2, 1, h)).toEqual({
      path: 'workforce/hires/watchmaker',
      value: 1,
    })
    const w = cellWrite(wf, { kind: 'hires', grade: 'master' }, 4, 3, h)
    expect(w).toEqual({ path: 'workforce/hires/master', value: [0, 0, 0, 0, 3] })
    expect(apply(input, w).workforce.hires.master).toEqual([0, 0, 0, 0, 3])
  })

  it('writes a pasted column down the years of one grade', () => {
    const input = makeInput()
    const w = pasteWrite(
      input.workforce,
      ['watchmaker', 'master'],
      1,
      1,
      [['2'], ['3'], ['4'], ['5'], ['6']],
      h,
    )!
    expect(w).toEqual({ path: 'workforce/hires/master', value: [0, 2, 3, 4, 5] })
    expect(apply(input, w).workforce.hires.master).toEqual([0, 2, 3, 4, 5])
  })

  it('writes a block within one kind as that map, and across kinds as the workforce, in one edit', () => {
    const input = makeInput()
    const grades = ['watchmaker', 'master']
    const hires = pasteWrite(input.workforce, grades, 0, 0, [['1', '2,5']], h)!
    expect(hires.path).toBe('workforce/hires')
    expect(apply(input, hires).workforce.hires).toEqual({ watchmaker: 1, master: [2.5, 0, 0, 0, 0] })
    const both = pasteWrite(input.workforce, grades, 0, 1, [['1', '4']], h)!
    expect(both.path).toBe('workforce')
    const next = apply(input, both).workforce
    expect(next.hires.master).toEqual([1, 0, 0, 0, 0])
    expect(next.marketLimit.watchmaker).toEqual([4, 1, 1, 1, 1])
    expect(next.roster).toEqual(input.workforce.roster)
  })

  it('drops what falls outside the grid and refuses nothing-to-write', () => {
    const input = makeInput()
    const w = pasteWrite(input.workforce, ['watchmaker', 'master'], 3, 0, [['7'], ['8'], ['9']], h)!
    expect(w.value).toEqual([1, 1, 1, 7, 8])
    expect(pasteWrite(input.workforce, ['watchmaker', 'master'], 9, 0, [['1']], h)).toBeNull()
  })

  it('lifts a limit without changing the projection and puts it back at the most planned hires', () => {
    const input = makeInput({
      workforce: { hires: { watchmaker: [1, 3, 2, 2, 2] }, marketLimit: { watchmaker: 2 } },
    })
    const none = limitWrite(input.workforce, 'watchmaker', null)
    expect(none).toEqual({ path: 'workforce/marketLimit', value: {} })
    expect(limitFromHires(input.workforce, 'watchmaker', h)).toBe(3)
    expect(apply(input, limitWrite(input.workforce, 'watchmaker', 3)).workforce.marketLimit).toEqual({
      watchmaker: 3,
    })
  })
})

describe('programmes', () => {
  it('gives the steady state the engine assumes', () => {
    expect(steadyStateStudents(10, 3, 0.1)).toEqual([10, 9, 8.1])
  })

  it('cuts or extends students at the start to a new duration', () => {
    expect(resizeStudents([4, 3, 2], 2, 0.1)).toEqual([4, 3])
    expect(resizeStudents([4, 3], 4, 0.5)).toEqual([4, 3, 1.5, 0.75])
  })

  it('writes a new duration that stays valid with students at the start', () => {
    const input = makeInput()
    input.training[0]!.initialStudents = [2, 2, 2]
    const p = input.training[0]!
    const w = durationWrite(p, 4)
    expect(w.path).toBe('training/apprenticeship')
    expect(apply(input, w).training[0]!.initialStudents).toEqual([2, 2, 2, 1.8])
    const plain = durationWrite({ ...p, initialStudents: undefined }, 4)
    expect(plain).toEqual({ path: 'training/apprenticeship/durationYears', value: 4 })
  })

  it('switches between steady state and explicit students', () => {
    const input = makeInput()
    const explicit = steadyStateWrite(input.training[0]!, false, 2)
    const withStudents = apply(input, explicit)
    expect(withStudents.training[0]!.initialStudents).toEqual([2, 1.8, 1.62])
    const steady = apply(withStudents, steadyStateWrite(withStudents.training[0]!, true, 2))
    expect('initialStudents' in steady.training[0]!).toBe(false)
  })
})

describe('bench expansions', () => {
  const list = [
    { year: 2027, benches: 6, costPerBench: 25000 },
    { year: 2032, benches: 8, costPerBench: 30000 },
  ]

  it('adds a row after the latest year with no benches and the last cost', () => {
    expect(addExpansion(list, 2026).at(-1)).toEqual({ year: 2033, benches: 0, costPerBench: 30000 })
    expect(addExpansion([], 2026)).toEqual([{ year: 2027, benches: 0, costPerBench: 0 }])
  })

  it('changes and removes rows without touching the original list', () => {
    expect(setExpansion(list, 1, 'benches', 4)[1]).toEqual({ year: 2032, benches: 4, costPerBench: 30000 })
    expect(removeExpansion(list, 0)).toEqual([list[1]])
    expect(list).toHaveLength(2)
    expect(list[1]!.benches).toBe(8)
  })

  it('costs only the expansions dated within the horizon', () => {
    expect(expansionsCostChf([...list, { year: 2020, benches: 5, costPerBench: 1000 }], 2026, 15)).toBe(
      6 * 25000 + 8 * 30000,
    )
    expect(expansionsCostChf(list, 2026, 5)).toBe(6 * 25000)
  })

  it('writes a list the schema accepts', () => {
    const input = makeInput()
    const next = apply(input, {
      path: 'benches/expansions',
      value: addExpansion(input.benches.expansions, input.startYear),
    })
    expect(next.benches.expansions).toEqual([{ year: 2027, benches: 0, costPerBench: 0 }])
  })
})
