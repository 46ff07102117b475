// The figures beside the engine: effective demand per grade and year, the initial backlog split, captured graduates.
import { describe, expect, it } from 'vitest'
import { joiningGraduates, effectiveDemandByGrade, splitInitialBacklog } from '../../shared/engine/derived'
import { run } from '../support/engineAssert'
import { grade, makeInput, programme, quietInput, segment } from '../support/makeInput'

describe('splitInitialBacklog', () => {
  it('splits in proportion to year 0 demand, evenly when there is none', () => {
    expect([...splitInitialBacklog(100, [30, 10])]).toEqual([75, 25])
    expect([...splitInitialBacklog(100, [0, 0, 0, 0])]).toEqual([25, 25, 25, 25])
  })
})

describe('effectiveDemandByGrade', () => {
  it('adds the initial backlog in year 0 and the carried backlog after', () => {
    // One grade, 100 h of capacity, 150 h of demand a year, initial backlog 40, abandon 0.5.
    // t0: ED = 150 + 40 = 190; unserved 90; backlog 45. t1: ED = 150 + 45 = 195; unserved 95, backlog 47.5.
    // t2: ED = 150 + 47.5.
    const input = quietInput({
      segments: [segment({ preOwned: 150, preOwnedServiceRate: 1 })],
      workforce: { roster: [{ grade: 'g0', age: 30, fte: 0.1 }] },
      service: { initialBacklogHours: 40, abandonRate: 0.5 },
    })
    expect(effectiveDemandByGrade(input, run(input)).map((y) => y.g0)).toEqual([190, 195, 197.5])
  })

  it('equals served + unserved of the engine in every grade and year', () => {
    const input = makeInput()
    const result = run(input)
    effectiveDemandByGrade(input, result).forEach((ed, t) => {
      for (const id of ['watchmaker', 'master']) {
        const y = result.years[t]
        expect(ed[id]).toBeCloseTo(y.servedHours[id] + y.unservedHours[id], 9)
      }
    })
  })
})

describe('joiningGraduates', () => {
  it('is captureRate times the graduates of each year, over programmes', () => {
    // p0: 1-year programme, intake 10, dropout 0.1 -> graduates 9 a year, capture 0.5 -> 4.5.
    // p1: intake 4, no dropout, capture 0.25 -> 1.
    const input = quietInput({
      grades: [grade('g0')],
      training: [
        programme({ intake: 10, dropoutRate: 0.1, captureRate: 0.5 }),
        programme({ id: 'p1', intake: 4, captureRate: 0.25 }),
      ],
    })
    const joining = joiningGraduates(input, run(input))
    joining.forEach((x) => expect(x).toBeCloseTo(5.5, 12))
    expect(joining).toHaveLength(3)
  })
})
