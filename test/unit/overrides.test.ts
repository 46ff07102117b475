// Unit tests of shared/model/overrides.ts: the path syntax, applying overrides, dangling paths and diffInputs.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  applyOverrides,
  canSetAtPath,
  compareOverridePaths,
  diffInputs,
  getAtPath,
  hasPath,
  isAtOrUnder,
  jsonEqual,
  parsePath,
  setAtPath,
} from '../../shared/model/overrides'
import { validateInput } from '../../shared/model/schema'
import type { ModelInput } from '../../shared/model/types'
import { smallInput } from '../support/makeInput'

describe('path syntax', () => {
  it('splits on slashes and refuses empty segments and prototype keys', () => {
    expect(parsePath('segments/automatic/newSales')).toEqual(['segments', 'automatic', 'newSales'])
    expect(parsePath('')).toBeNull()
    expect(parsePath('service//abandonRate')).toBeNull()
    expect(parsePath('service/')).toBeNull()
    expect(parsePath('__proto__/polluted')).toBeNull()
    expect(parsePath('workforce/constructor')).toBeNull()
  })

  it('reads elements of id-keyed lists by id and object keys by name', () => {
    const input = smallInput()
    expect(getAtPath(input, 'segments/automatic/preOwnedGrowth')).toBe(0.1)
    expect(getAtPath(input, 'training/apprenticeship/intake')).toBe(3)
    expect(getAtPath(input, 'workforce/hires/watchmaker')).toBe(1)
    expect(getAtPath(input, 'service/targetTurnaroundWeeks')).toBe(8)
    expect(getAtPath(input, 'grades/watchmaker')).toEqual(input.grades[1])
    expect(getAtPath(input, 'workforce/roster')).toEqual(input.workforce.roster)
  })

  it('does not index lists without ids, nor id-keyed lists by position', () => {
    const input = smallInput()
    expect(getAtPath(input, 'workforce/roster/0')).toBeUndefined()
    expect(hasPath(input, 'workforce/roster/0')).toBe(false)
    expect(getAtPath(input, 'benches/expansions/0/benches')).toBeUndefined()
    expect(getAtPath(input, 'segments/0/newSales')).toBeUndefined()
    expect(getAtPath(input, 'segments/nope/newSales')).toBeUndefined()
  })

  it('allows a new key in an object but not a new element of a list', () => {
    const input = smallInput()
    expect(canSetAtPath(input, 'workforce/hires/technician')).toBe(true)
    expect(setAtPath(input, 'workforce/hires/technician', 2)).toBe(true)
    expect(input.workforce.hires).toEqual({ watchmaker: 1, technician: 2 })
    expect(canSetAtPath(input, 'segments/chronograph')).toBe(false)
    expect(setAtPath(input, 'segments/chronograph/newSales', 5)).toBe(false)
    expect(canSetAtPath(input, 'service/abandonRate/deeper')).toBe(false)
  })

  it('tells a path under another from a path that only shares a prefix', () => {
    expect(isAtOrUnder('segments/automatic/newSales', 'segments/automatic')).toBe(true)
    expect(isAtOrUnder('segments/automatic', 'segments/automatic')).toBe(true)
    expect(isAtOrUnder('segments/automaticX', 'segments/automatic')).toBe(false)
  })
})

describe('applyOverrides', () => {
  it('writes each override and leaves the base untouched', () => {
    const base = smallInput()
    const before = JSON.stringify(base)
    const { input, dangling } = applyOverrides(base, [
      { path: 'segments/automatic/preOwnedGrowth', value: 0.25 },
      { path: 'service/abandonRate', value: 0.5 },
      { path: 'workforce/roster', value: [{ grade: 'watchmaker', age: 30, fte: 9 }] },
    ])
    expect(dangling).toEqual([])
    expect(input.segments[1]!.preOwnedGrowth).toBe(0.25)
    expect(input.segments[0]!.preOwnedGrowth).toBe(0.05)
    expect(input.service.abandonRate).toBe(0.5)
    expect(input.workforce.roster).toEqual([{ grade: 'watchmaker', age: 30, fte: 9 }])
    expect(JSON.stringify(base)).toBe(before)
  })

  it('reports overrides whose path left the base as dangling and applies the rest', () => {
    const base = smallInput()
    const { input, dangling } = applyOverrides(base, [
      { path: 'segments/chronograph/newSales', value: 10 },
      { path: 'segments/quartz/newSales', value: 10 },
      { path: 'workforce/roster/0', value: 1 },
    ])
    expect(dangling.map((d) => d.path).sort()).toEqual([
      'segments/chronograph/newSales',
      'workforce/roster/0',
    ])
    expect(input.segments[0]!.newSales).toBe(10)
  })

  it('lets a specific override win over a whole-list override, whatever order they are given in', () => {
    const base = smallInput()
    const wholeList = base.segments.map((s) => ({ ...s, newSales: 1 }))
    const overrides = [
      { path: 'segments/automatic/newSales', value: 777 },
      { path: 'segments', value: wholeList },
    ]
    for (const order of [overrides, [...overrides].reverse()]) {
      const { input } = applyOverrides(base, order)
      expect(input.segments.map((s) => s.newSales)).toEqual([1, 777])
    }
  })

  it('copies override values, so changing the result never changes the override', () => {
    const value = [{ grade: 'watchmaker', age: 30, fte: 1 }]
    const { input } = applyOverrides(smallInput(), [{ path: 'workforce/roster', value }])
    input.workforce.roster[0]!.fte = 99
    expect(value[0]!.fte).toBe(1)
  })

  it('orders shallow paths first', () => {
    const paths = ['segments/a/b', 'segments', 'service/x', 'segments/a']
    expect([...paths].sort(compareOverridePaths)).toEqual([
      'segments',
      'segments/a',
      'service/x',
      'segments/a/b',
    ])
  })
})

describe('diffInputs', () => {
  it('gives one override per changed leaf, addressed by id', () => {
    const parent = smallInput()
    const child = smallInput()
    child.segments[1]!.preOwnedGrowth = 0.12
    child.training[0]!.intake = 'year < 2030 ? 3 : 6'
    child.workforce.hires.technician = 2
    expect(diffInputs(parent, child)).toEqual([
      { path: 'segments/automatic/preOwnedGrowth', value: 0.12 },
      { path: 'workforce/hires/technician', value: 2 },
      { path: 'training/apprenticeship/intake', value: 'year < 2030 ? 3 : 6' },
    ])
  })

  it('replaces a list without ids whole, and an id-keyed list whose ids changed', () => {
    const parent = smallInput()
    const child = smallInput()
    child.workforce.roster[2]!.fte = 5
    child.segments.reverse()
    const diff = diffInputs(parent, child)
    expect(diff.map((d) => d.path).sort()).toEqual(['segments', 'workforce/roster'])
    expect(applyOverrides(parent, diff).input).toEqual(child)
  })

  it('replaces an object that lost a key at its own path', () => {
    const parent = smallInput()
    const child = smallInput()
    delete child.workforce.hires.watchmaker
    const diff = diffInputs(parent, child)
    expect(diff).toEqual([{ path: 'workforce/hires', value: {} }])
    expect(applyOverrides(parent, diff).input).toEqual(child)
  })

  it('is empty for equal inputs', () => {
    expect(diffInputs(smallInput(), smallInput())).toEqual([])
  })

  // Property: for any set of random edits, applying the diff to the parent gives the child back.
  it('round-trips: applyOverrides(parent, diffInputs(parent, child)) equals child', () => {
    const number = fc.double({ min: 0, max: 1, noNaN: true })
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('growth'), segment: fc.integer({ min: 0, max: 1 }), value: number }),
      fc.record({ kind: fc.constant('roster'), fte: number }),
      fc.record({
        kind: fc.constant('hire'),
        grade: fc.constantFrom('technician', 'watchmaker'),
        value: number,
      }),
      fc.record({ kind: fc.constant('dropHire') }),
      fc.record({ kind: fc.constant('series'), values: fc.array(number, { minLength: 10, maxLength: 10 }) }),
      fc.record({ kind: fc.constant('reorderGrades') }),
      fc.record({
        kind: fc.constant('initialStudents'),
        value: fc.array(number, { minLength: 4, maxLength: 4 }),
      }),
    )
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), (edits) => {
        const parent = smallInput()
        const child: ModelInput = smallInput()
        for (const e of edits) {
          if (e.kind === 'growth') child.segments[e.segment]!.newSalesGrowth = e.value
          else if (e.kind === 'roster')
            child.workforce.roster.push({ grade: 'technician', age: 50, fte: e.fte })
          else if (e.kind === 'hire') child.workforce.hires[e.grade] = e.value
          else if (e.kind === 'dropHire') delete child.workforce.hires.watchmaker
          else if (e.kind === 'series') child.training[0]!.intake = e.values
          else if (e.kind === 'reorderGrades') child.grades.reverse()
          else child.training[0]!.initialStudents = e.value
        }
        const diff = diffInputs(parent, child)
        const { input, dangling } = applyOverrides(parent, diff)
        expect(dangling).toEqual([])
        expect(jsonEqual(input, child)).toBe(true)
        if (edits.length === 0) expect(diff).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})

describe('overrides of the version 2 fields', () => {
  const v2Base = (): ModelInput => ({ ...smallInput(), schemaVersion: 2 })

  it('writes below an optional v2 map that is not there yet, creating it', () => {
    const { input, dangling } = applyOverrides(v2Base(), [
      { path: 'workforce/backfill/watchmaker', value: 0.8 },
      { path: 'workforce/gapHiring/technician', value: '0.5' },
      { path: 'workforce/retirementProfile/63', value: 0.3 },
      { path: 'service/outsourcing/technician/maxHours', value: 2000 },
      { path: 'service/outsourcing/technician/costPerHour', value: 110 },
      { path: 'segments/quartz/resaleJobMix/polish', value: 1 },
      { path: 'segments/quartz/resaleHoursPerJob/polish', value: 1.5 },
      { path: 'service/overtimeShare', value: 0.05 },
      { path: 'training/apprenticeship/maxIntake', value: 4 },
    ])
    expect(dangling).toEqual([])
    expect(input.workforce.backfill).toEqual({ watchmaker: 0.8 })
    expect(input.workforce.gapHiring).toEqual({ technician: '0.5' })
    expect(input.workforce.retirementProfile).toEqual({ '63': 0.3 })
    expect(input.service.outsourcing).toEqual({ technician: { maxHours: 2000, costPerHour: 110 } })
    expect(input.segments[0].resaleJobMix).toEqual({ polish: 1 })
    expect(input.service.overtimeShare).toBe(0.05)
    expect(input.training[0].maxIntake).toBe(4)
    expect(validateInput(input).ok).toBe(true)
  })

  it('reads nothing and creates nothing below a missing optional map', () => {
    const base = v2Base()
    expect(getAtPath(base, 'workforce/backfill/watchmaker')).toBeUndefined()
    expect(hasPath(base, 'workforce/backfill/watchmaker')).toBe(false)
    expect(canSetAtPath(base, 'service/outsourcing/technician/maxHours')).toBe(true)
    expect(canSetAtPath(base, 'service/outsourcing/technician/maxHours/deeper')).toBe(false)
    expect(setAtPath(base, 'service/outsourcing/technician/maxHours/deeper', 1)).toBe(false)
    expect(base.service.outsourcing).toBeUndefined()
    expect(canSetAtPath(base, 'service/unknownMap/technician')).toBe(false)
  })

  it('diffs a child that switched a policy on into overrides that rebuild it', () => {
    const parent = v2Base()
    const child = structuredClone(parent)
    child.workforce.backfill = { watchmaker: 0.8 }
    child.service.outsourcing = { technician: { maxHours: 500, costPerHour: 100 } }
    const overrides = diffInputs(parent, child)
    expect(applyOverrides(parent, overrides).input).toEqual(child)
  })
})
