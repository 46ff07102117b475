// The solver's words in FR, EN and DE: a verdict that agrees with the re-simulated KPIs, places as the binding limit, plan precision.
import { describe, expect, it } from 'vitest'
import type { BindingLimit, SolveResult } from '../../shared/decision/plan'
import type { ResultSummary } from '../../shared/model/types'
import { decisionsDe } from '../../renderer/src/locales/decisions.de'
import { decisionsEn } from '../../renderer/src/locales/decisions.en'
import { decisionsFr } from '../../renderer/src/locales/decisions.fr'
import { bindingText, planFigure, verdictText } from '../../renderer/src/features/decisions/solverText'
import { makeInput } from '../support/makeInput'

type Tree = { [key: string]: unknown }

/** A translate over one locale tree, with {{placeholders}} filled as i18next does. */
function translate(tree: Tree) {
  return (key: string, vars: Record<string, string | number> = {}): string => {
    let node: unknown = tree
    for (const k of key.split('.')) node = (node as Tree)[k]
    if (typeof node !== 'string') throw new Error(`no text for ${key}`)
    return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, v: string) => String(vars[v]))
  }
}
const en = translate(decisionsEn)
const fr = translate(decisionsFr)
const de = translate(decisionsDe)
const name = (id: string) => (id === 'cfc' ? 'CFC horloger' : id)

/** A solve result with only what the verdict reads. */
function solved(feasible: boolean, summary: Partial<ResultSummary>): SolveResult {
  return {
    feasible,
    plannedSummary: { peakShortageFte: 0, peakShortageYear: null, totalLostHours: 0, ...summary },
  } as unknown as SolveResult
}

describe('the verdict agrees with the re-simulated KPIs', () => {
  const input = makeInput()

  it('names the unserved work left within the tolerance instead of "removes all shortage"', () => {
    // Issue 12's case: no shortage year, but 1.1 FTE and 3,506 lost hours remain, within the 2 % tolerance.
    const result = solved(true, { peakShortageFte: 1.1, peakShortageYear: 2034, totalLostHours: 3506 })
    const text = verdictText(input, result, en)
    expect(text).toContain('No shortage year remains')
    expect(text).toContain('1.1 FTE')
    expect(text).toContain('2034')
    expect(text).toContain('2 %')
    expect(text).toContain("3'506 h")
    expect(text).not.toMatch(/removes (every|all) shortage/)
    expect(verdictText(input, result, fr)).toContain('Plus aucune année de pénurie ; au plus 1.1 ETP')
    expect(verdictText(input, result, de)).toContain('Kein Engpassjahr bleibt; höchstens 1.1 VZÄ')
  })

  it('says no work goes unserved only when none does, and that no plan suffices when none does', () => {
    expect(verdictText(input, solved(true, {}), en)).toBe(
      'No shortage year remains, and no work goes unserved.',
    )
    expect(
      verdictText(
        input,
        solved(true, { peakShortageFte: 0.2, peakShortageYear: 2030, totalLostHours: 12 }),
        en,
      ),
    ).toContain('within the 2 % tolerance')
    expect(verdictText(input, solved(false, { peakShortageFte: 3 }), en)).toBe(
      en('decisions.solver.infeasible'),
    )
  })
})

describe('places as the binding limit', () => {
  const places: BindingLimit = {
    limit: 'places',
    ids: ['cfc'],
    years: [2028, 2029, 2030, 2031, 2032, 2033],
    message: '',
  }

  it('says plainly that training alone cannot close the gap before a year, in three languages', () => {
    expect(bindingText(places, en, name, 2040)).toBe(
      'The places of CFC horloger are the binding limit: the gap cannot be closed by training alone before 2034 — raise places or hire.',
    )
    expect(bindingText(places, fr, name, 2040)).toContain('ne peut pas combler le manque avant 2034')
    expect(bindingText(places, fr, name, 2040)).toContain('augmentez les places ou embauchez')
    expect(bindingText(places, de, name, 2040)).toContain('vor 2034 nicht allein durch Ausbildung')
  })

  it('says "within the horizon" when the last year is still short', () => {
    const last = { ...places, years: [2038, 2039, 2040] }
    expect(bindingText(last, en, name, 2040)).toContain('within the horizon — raise places or hire')
  })
})

describe('plan precision', () => {
  it('shows whole people as integers and a fractional plan to one decimal', () => {
    expect(planFigure(3, true)).toBe('3')
    expect(planFigure(1234, true)).toBe("1'234")
    expect(planFigure(0.017572, false)).toBe('< 0.1')
    expect(planFigure(1.26, false)).toBe('1.3')
    expect(planFigure(6.5, true)).toBe('6.5')
    expect(planFigure(0, false)).toBe('0.0')
  })
})
