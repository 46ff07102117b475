// toFieldPath: validator paths land on the editor fields that show them.
import { describe, expect, it } from 'vitest'
import { toFieldPath } from '../../shared/model/fieldPath'
import { makeInput } from '../support/makeInput'

describe('toFieldPath', () => {
  const input = makeInput()

  it('names id-keyed list elements by their id', () => {
    expect(toFieldPath('segments[0].jobMix', input)).toBe('segments/automatic/jobMix')
    expect(toFieldPath('grades[1].attritionRate', input)).toBe('grades/master/attritionRate')
    expect(toFieldPath('training[0].dropoutRate', input)).toBe('training/apprenticeship/dropoutRate')
  })

  it('keeps keys inside maps and stops at a series year', () => {
    expect(toFieldPath('segments[0].jobMix["full-service"]', input)).toBe(
      'segments/automatic/jobMix/full-service',
    )
    expect(toFieldPath('segments[0].newSalesGrowth[3]', input)).toBe('segments/automatic/newSalesGrowth')
    expect(toFieldPath('workforce.hires.watchmaker[2]', input)).toBe('workforce/hires/watchmaker')
  })

  it('gives problems inside roster and expansions to the whole list', () => {
    expect(toFieldPath('workforce.roster[2].age', input)).toBe('workforce/roster')
    expect(toFieldPath('benches.expansions[0].year', input)).toBe('benches/expansions')
  })

  it('falls back to the index when an element has no id, and to the raw path when unparseable', () => {
    expect(toFieldPath('segments[7].scrapRate', input)).toBe('segments/7/scrapRate')
    expect(toFieldPath('service.abandonRate', input)).toBe('service/abandonRate')
    expect(toFieldPath('', input)).toBe('')
    expect(toFieldPath('a..b', input)).toBe('a..b')
  })
})
