// shortageReasons: the KPI strip's "why" (tolerance, turnaround promise, grade) and where the market limit or benches bind.
import { describe, expect, it } from 'vitest'
import { bindings, headline, yearReasons } from '../../shared/engine/shortageReasons'
import { project } from '../../shared/engine/index'
import type { ModelInput, ModelResult, YearResult } from '../../shared/model/types'
import { grade, makeInput, quietInput, segment } from '../support/makeInput'
import { reasonLines } from '../../renderer/src/charts/reasonText'
import { chartsFr } from '../../renderer/src/locales/charts.fr'
import { yearRanges } from '../../renderer/src/format'

/** The French text of the charts' why, with its {{placeholders}} filled (i18next's interpolation, by hand). */
function translate(key: string, vars: Record<string, string | number> = {}): string {
  const text = key
    .split('.')
    .reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], chartsFr) as string
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name]))
}

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

describe('yearReasons on the engine (hand-computed)', () => {
  // Two grades of 1'000 h/FTE; 1'000 scheduled services a year (installed base 1'000, every year, all taken up)
  // of 1 h each, a share `seniorShare` of them senior work.
  const input = (o: {
    junior: number
    senior: number
    seniorShare: number
    base?: number
    installed?: number
  }): ModelInput =>
    quietInput({
      grades: [grade('g0'), grade('g1')],
      jobTypes: [
        { id: 'j0', grade: 'g0' },
        { id: 'j1', grade: 'g1' },
      ],
      segments: [
        segment({
          installedBase: o.installed ?? 1000,
          serviceUptake: 1,
          jobMix: { j0: 1 - o.seniorShare, j1: o.seniorShare },
          hoursPerJob: { j0: 1, j1: 1 },
        }),
      ],
      workforce: {
        roster: [
          ...(o.junior > 0 ? [{ grade: 'g0', age: 30, fte: o.junior }] : []),
          ...(o.senior > 0 ? [{ grade: 'g1', age: 40, fte: o.senior }] : []),
        ],
      },
      service: { shortageTolerance: 0.02, baseTurnaroundWeeks: o.base ?? 4 },
    })

  it('total capacity above demand, yet the senior grade falls short: the cascade mismatch is named', () => {
    // Demand: g0 200 h, g1 800 h (1'000 h in all) against 2'000 + 500 = 2'500 h of capacity. The cascade serves
    // g1 with its own 500 h (300 h unserved: 0.3 FTE, 37.5 %), then g0 with 200 of its 2'000 h: 1'800 h idle.
    const i = input({ junior: 2, senior: 0.5, seniorShare: 0.8 })
    const [r] = yearReasons(i, project(i))
    expect(r).toMatchObject({ year: 2030, shortage: true, tolerance: 0.02, targetWeeks: 8 })
    expect(r!.idleHours).toBeCloseTo(1800, 9)
    expect(r!.unservedShare).toBeCloseTo(0.3, 12)
    expect(r!.grades).toHaveLength(1)
    expect(r!.grades[0]).toMatchObject({ grade: 'g1', short: true, cause: 'unserved' })
    expect(r!.grades[0]!.gapFte).toBeCloseTo(0.3, 12)
    expect(r!.grades[0]!.unservedShare).toBeCloseTo(0.375, 12)
    // 4 + 52 × 300 / 500 weeks.
    expect(r!.grades[0]!.turnaroundWeeks).toBeCloseTo(35.2, 9)
    expect(reasonLines(r!, translate, (id) => `«${id}»`)).toEqual([
      'Pénurie :',
      '«g1» : manque 0.3 ETP, non servi 37.5 % > tolérance 2 %',
      "Inadéquation des grades : 1'800 h restent libres, mais un grade inférieur ne fait pas le travail d’un grade supérieur",
    ])
  })

  it('a gap within the tolerance and the promise is not a shortage, and says so with its figures', () => {
    // One grade: 10'000 h of demand against 9.9 FTE = 9'900 h: 100 h unserved = 0.1 FTE, 1 % ≤ 2 %; the 100 h
    // carried give 4 + 52 × 100 / 9'900 = 4.53 weeks ≤ 8.
    const i = input({ junior: 9.9, senior: 0, seniorShare: 0, installed: 10000 })
    const [r] = yearReasons(i, project(i))
    expect(r).toMatchObject({ shortage: false, idleHours: 0, benchFactor: null })
    expect(r!.gapFte).toBeCloseTo(0.1, 12)
    expect(r!.unservedShare).toBeCloseTo(0.01, 12)
    expect(r!.turnaroundWeeks).toBeCloseTo(4 + (52 * 100) / 9900, 9)
    expect(r!.grades).toMatchObject([{ grade: 'g0', short: false, cause: null }])
    expect(reasonLines(r!, translate, (id) => id)).toEqual([
      'Pas une pénurie : écart 0.1 ETP, non servi 1 % ≤ tolérance 2 %, délai 4.5 sem. ≤ promesse 8 sem.',
    ])
  })

  it('within the tolerance but beyond the turnaround promise is a shortage of turnaround', () => {
    // As above with a base turnaround of 7.9 weeks: 7.9 + 52 × 100 / 9'900 = 8.43 weeks > 8, while 1 % ≤ 2 %.
    const i = input({ junior: 9.9, senior: 0, seniorShare: 0, installed: 10000, base: 7.9 })
    const [r] = yearReasons(i, project(i))
    expect(r!.shortage).toBe(true)
    expect(r!.grades).toMatchObject([{ grade: 'g0', short: true, cause: 'turnaround' }])
    expect(r!.grades[0]!.turnaroundWeeks).toBeCloseTo(7.9 + (52 * 100) / 9900, 9)
    expect(reasonLines(r!, translate, (id) => id)).toEqual([
      'Pénurie :',
      'g0 : délai 8.4 sem. > promesse 8 sem.',
    ])
  })

  it('a year without a gap or a short grade says nothing', () => {
    const i = input({ junior: 20, senior: 0, seniorShare: 0 })
    const [r] = yearReasons(i, project(i))
    expect(r).toMatchObject({ shortage: false, gapFte: 0, grades: [] })
    expect(reasonLines(r!, translate, (id) => id)).toEqual([])
  })
})
