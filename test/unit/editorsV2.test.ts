// Pure logic of the model v2 editors: hiring-policy columns and pastes, the resale job profile, the retirement profile's ages, ramp-up years, and where a new map is written.
import { describe, expect, it } from 'vitest'
import { validateInput } from '../../shared/model/schema'
import { makeInput } from '../support/makeInput'
import {
  cellWrite,
  columnValues,
  gridColumns,
  pasteWrite,
} from '../../renderer/src/features/workforce/hiringGrid'
import { jobMixWrite, profileOf, resaleProfileWrite } from '../../renderer/src/features/market/jobMix'
import { nextProfileAge, profileAges } from '../../renderer/src/features/workforce/retirementAges'
import { rampUpYears } from '../../renderer/src/features/service/rampUp'
import { writeFor } from '../../renderer/src/state/workspaceState'

const h = { horizonYears: 5, startYear: 2026 }

describe('hiring policies in the grid', () => {
  it('shows backfill of every grade, then gap hiring of every grade; a missing policy is 0 every year', () => {
    const input = makeInput({ schemaVersion: 2, workforce: { backfill: { master: 0.5 } } })
    const columns = gridColumns(['watchmaker', 'master'], 'policies')
    expect(columns.map((c) => `${c.kind}:${c.grade}`)).toEqual([
      'backfill:watchmaker',
      'backfill:master',
      'gapHiring:watchmaker',
      'gapHiring:master',
    ])
    expect(columnValues(input.workforce, columns[1]!, h)).toEqual([0.5, 0.5, 0.5, 0.5, 0.5])
    expect(columnValues(input.workforce, columns[2]!, h)).toEqual([0, 0, 0, 0, 0])
  })

  it('a cell edit writes that grade’s policy series', () => {
    const input = makeInput({ schemaVersion: 2 })
    const w = cellWrite(input.workforce, { kind: 'gapHiring', grade: 'master' }, 2, 0.4, h)
    expect(w).toEqual({ path: 'workforce/gapHiring/master', value: [0, 0, 0.4, 0, 0] })
  })

  it('pasted percent become shares; a block over both policies writes the workforce whole', () => {
    const input = makeInput({ schemaVersion: 2 })
    const grades = ['watchmaker', 'master']
    const one = pasteWrite(input.workforce, grades, 0, 0, [['80'], ['80']], h, 'policies')
    expect(one).toEqual({ path: 'workforce/backfill/watchmaker', value: [0.8, 0.8, 0, 0, 0] })
    const both = pasteWrite(input.workforce, grades, 0, 1, [['50', '10']], h, 'policies')!
    expect(both.path).toBe('workforce')
    const workforce = both.value as typeof input.workforce
    expect(workforce.backfill).toEqual({ master: [0.5, 0, 0, 0, 0] })
    expect(workforce.gapHiring).toEqual({ watchmaker: [0.1, 0, 0, 0, 0] })
    // The planned hires are left as they were.
    expect(workforce.hires).toEqual(input.workforce.hires)
    expect(validateInput({ ...input, workforce }).ok).toBe(true)
  })
})

describe('resale job profile', () => {
  it('defaults to the scheduled profile; taking one of its own copies it, so no figure changes', () => {
    const input = makeInput({ schemaVersion: 2 })
    const segment = input.segments[0]!
    expect(profileOf(segment, 'resale')).toEqual({
      mix: segment.jobMix,
      hours: segment.hoursPerJob,
      own: false,
    })
    const w = resaleProfileWrite(segment, true)
    expect(w.path).toBe('segments/automatic')
    const own = w.value as typeof segment
    expect(own.resaleJobMix).toEqual({ 'full-service': 0.8, complication: 0.2 })
    expect(own.resaleHoursPerJob).toEqual({ 'full-service': 6, complication: 12 })
    // Back to the default: both keys go.
    const back = resaleProfileWrite(own, false).value as typeof segment
    expect('resaleJobMix' in back || 'resaleHoursPerJob' in back).toBe(false)
  })

  it('a new share split writes the resale mix only', () => {
    const segment = {
      ...makeInput().segments[0]!,
      resaleJobMix: { 'full-service': 0.8, complication: 0.2 },
      resaleHoursPerJob: { 'full-service': 7, complication: 12 },
    }
    expect(jobMixWrite(segment, { 'full-service': '60', complication: '40' }, 'resale')).toEqual({
      path: 'segments/automatic/resaleJobMix',
      value: { 'full-service': 0.6, complication: 0.4 },
    })
    // Dropping a job type writes the segment whole, with the resale hours trimmed to match.
    const dropped = jobMixWrite(segment, { 'full-service': '100' }, 'resale')!
    expect(dropped.path).toBe('segments/automatic')
    expect((dropped.value as typeof segment).resaleHoursPerJob).toEqual({ 'full-service': 7 })
    expect((dropped.value as typeof segment).jobMix).toEqual(segment.jobMix)
  })
})

describe('retirement profile and ramp-up', () => {
  it('lists ages numerically and suggests one below the youngest (or two below the retirement age)', () => {
    expect(profileAges({ '64': 0.5, '60': 0.1, '7': 0 })).toEqual(['7', '60', '64'])
    const input = makeInput({ schemaVersion: 2 })
    expect(nextProfileAge(input)).toBe(63)
    input.workforce.retirementProfile = { '62': 0.2, '64': 0.5 }
    expect(nextProfileAge(input)).toBe(61)
  })

  it('ramp-up years default to the one-year factor', () => {
    const input = makeInput({ service: { rampUpFactor: 0.6 } })
    expect(rampUpYears(input)).toEqual([0.6])
    input.service.rampUp = [0.5, 0.8, 0.95]
    expect(rampUpYears(input)).toEqual([0.5, 0.8, 0.95])
  })
})

describe('writeFor', () => {
  it('writes a missing v2 map whole at its first missing key, unless the override paths create it', () => {
    const input = makeInput()
    // shared/model/overrides creates a missing outsourcing map below an existing grade id: the leaf is written.
    expect(writeFor(input, 'service/outsourcing/master/maxHours', 100)).toEqual({
      path: 'service/outsourcing/master/maxHours',
      value: 100,
    })
    expect(writeFor(input, 'segments/automatic/resaleJobMix/complication', 1)).toEqual({
      path: 'segments/automatic/resaleJobMix/complication',
      value: 1,
    })
    // A path that can be set is written as it is.
    expect(writeFor(input, 'workforce/hires/master', 2)).toEqual({ path: 'workforce/hires/master', value: 2 })
  })
})
