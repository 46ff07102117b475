// The board report's summary paragraph: the sentence for each case, in French, English and German, from hand-made figures.
import { describe, expect, it } from 'vitest'
import { reportSummary, type SummaryScenario } from '../../renderer/src/features/report/summary'

const short: SummaryScenario = {
  name: 'Base',
  firstShortageYear: 2031,
  peakFte: 6.04,
  peakYear: 2035,
  peakGrade: 'Senior watchmaker',
  turnaroundWeeks: 7.25,
  targetWeeks: 4,
  firstYear: 2026,
  lastYear: 2040,
  totalCost: 12_345_678,
}
const enough: SummaryScenario = {
  ...short,
  name: 'Academy',
  firstShortageYear: null,
  peakFte: 0,
  peakYear: null,
  peakGrade: null,
}

describe('reportSummary', () => {
  it('says from which year, in which grade and by how much the workshop falls short (EN)', () => {
    expect(reportSummary([short, enough], 'en', { feasible: true, addedCost: 1_500_000 })).toBe(
      'From 2031 the workshop falls short of watchmakers (Senior watchmaker) by up to 6.0 FTE in 2035. ' +
        'In 2040 service takes 7.3 weeks against a target of 4.0. ' +
        "The total cost of “Base” over the horizon is CHF 12'345'678. " +
        'In “Academy” there is no shortage. ' +
        "The recommended plan removes the shortage for an added CHF 1'500'000.",
    )
  })

  it('writes French and German with Swiss numbers', () => {
    const fr = reportSummary([short], 'fr')
    expect(fr).toContain(
      'Dès 2031, l’atelier manque d’horlogers (Senior watchmaker) : jusqu’à 6.0 EPT en 2035.',
    )
    expect(fr).toContain("CHF 12'345'678")
    const de = reportSummary([short], 'de', { feasible: false, addedCost: 0 })
    expect(de).toContain(
      'Ab 2031 fehlen der Werkstatt Uhrmacher (Senior watchmaker): bis zu 6.0 VZÄ im Jahr 2035.',
    )
    expect(de.endsWith('Kein Plan innerhalb der gesetzten Grenzen beseitigt den ganzen Mangel.')).toBe(true)
  })

  it('says there is no shortage, and leaves the plan out, when the first scenario has none', () => {
    const text = reportSummary([enough], 'en', { feasible: true, addedCost: 0 })
    expect(text.startsWith('From 2026 to 2040 the workshop has enough watchmakers in every grade.')).toBe(
      true,
    )
    expect(text).not.toContain('plan')
  })

  it('leaves the turnaround out when the last year has none, and is empty without scenarios', () => {
    expect(reportSummary([{ ...short, turnaroundWeeks: null }], 'en')).not.toContain('weeks')
    expect(reportSummary([], 'en')).toBe('')
  })
})
