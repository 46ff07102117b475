// shortageReasons: the KPI strip's "why" (tolerance, turnaround promise, grade) and where the market limit or benches bind.
import { describe, expect, it } from 'vitest'
import { bindings, headline } from '../../shared/engine/shortageReasons'
import type { ModelResult, YearResult } from '../../shared/model/types'
import { makeInput } from '../support/makeInput'
import { yearRanges } from '../../renderer/src/format'

/** A hand-made year: only the figures the reasons read (served, unserved, gaps, statuses, turnaround, benches). */
function year(y: number, over: Partial<YearResult>): YearResult {
  return {
    year: y,
    servedHours: { watchmaker: 1000, master: 1000 },
    unservedHours: { watchmaker: 0, master: 0 },
    gapFte: { watchmaker: 0, master: 0 },
    statusByGrade: { watchmaker: 'ok', master: 'ok' },
    turnaroundWeeksByGrade: { watchmaker: 4, master: 4 },
    turnaroundWeeks: 4,
    shortageFte: 0,
    status: 'ok',
    benchFactor: 1,
    ...over,
  } as YearResult
}

function result(years: YearResult[], summary: Partial<ModelResult['summary']>): ModelResult {
  return {
    years,
    summary: {
      firstShortageYear: null,
      firstShortageGrade: null,
      peakShortageFte: 0,
      peakShortageYear: null,
      ...summary,
    },
  } as ModelResult
}

describe('headline', () => {
  it('a gap within the 2 % tolerance is not a shortage, and says so with its share', () => {
    // Master: 10 h unserved of 1'000 + 10 = 1'010 h → 0.99 %, below the 2 % tolerance of makeInput.
    const r = result(
      [
        year(2026, {}),
        year(2027, {
          servedHours: { watchmaker: 1000, master: 1000 },
          unservedHours: { watchmaker: 0, master: 10 },
          gapFte: { watchmaker: 0, master: 10 / 1500 },
          shortageFte: 10 / 1500,
        }),
      ],
      { peakShortageFte: 10 / 1500, peakShortageYear: 2027 },
    )
    const h = headline(makeInput(), r)
    expect(h.firstShortage).toBeNull()
    expect(h.gapWithinTolerance).toMatchObject({ year: 2027, grade: 'master', tolerance: 0.02 })
    expect(h.gapWithinTolerance!.unservedShare).toBeCloseTo(10 / 1010, 12)
  })

  it('the first shortage names the summary’s grade and whether the tolerance or the turnaround promise failed', () => {
    // Watchmaker: 100 of 1'100 h unserved = 9.1 % > 2 %.
    const short = year(2028, {
      unservedHours: { watchmaker: 100, master: 0 },
      gapFte: { watchmaker: 100 / 1600, master: 0 },
      statusByGrade: { watchmaker: 'shortage', master: 'ok' },
      shortageFte: 100 / 1600,
      status: 'shortage',
    })
    const h = headline(
      makeInput(),
      result([year(2026, {}), year(2027, {}), short], {
        firstShortageYear: 2028,
        firstShortageGrade: 'watchmaker',
      }),
    )
    expect(h.firstShortage).toMatchObject({
      year: 2028,
      grade: 'watchmaker',
      cause: 'unserved',
      targetWeeks: 8,
    })
    expect(h.firstShortage!.unservedShare).toBeCloseTo(100 / 1100, 12)

    // Nothing unserved beyond tolerance but 9.5 weeks against a target of 8: the promise is what fails.
    const late = year(2026, {
      turnaroundWeeksByGrade: { watchmaker: 4, master: 9.5 },
      turnaroundWeeks: 6,
      statusByGrade: { watchmaker: 'ok', master: 'shortage' },
      status: 'shortage',
    })
    const h2 = headline(
      makeInput(),
      result([late], { firstShortageYear: 2026, firstShortageGrade: 'master' }),
    )
    expect(h2.firstShortage).toMatchObject({ grade: 'master', cause: 'turnaround', turnaroundWeeks: 9.5 })
  })
})

describe('bindings', () => {
  it('hires planned above the market limit are reported with the cap and the years it binds', () => {
    const input = makeInput({
      workforce: { hires: { watchmaker: [1, 3, 3, 1, 1] }, marketLimit: { watchmaker: 2 } },
    })
    const years = [2026, 2027, 2028, 2029, 2030].map((y) => year(y, {}))
    expect(bindings(input, result(years, {}))).toEqual([
      { kind: 'marketLimit', grade: 'watchmaker', years: [2027, 2028], value: 2, planned: 3 },
    ])
  })

  it('benches bind in years whose bench factor is below 1, reported with the lowest factor', () => {
    const years = [year(2026, {}), year(2027, { benchFactor: 0.9 }), year(2028, { benchFactor: 0.8 })]
    expect(bindings(makeInput({ horizonYears: 3 }), result(years, {}))).toEqual([
      { kind: 'benches', years: [2027, 2028], value: 0.8 },
    ])
  })
})

describe('yearRanges', () => {
  it('writes runs of years as ranges', () => {
    expect(yearRanges([2027, 2028, 2029, 2033])).toBe('2027–2029, 2033')
    expect(yearRanges([2030])).toBe('2030')
  })
})
