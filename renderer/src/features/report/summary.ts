// The board report's one-paragraph summary, written from the figures in French, English or German: a pure function.
import type { Language } from '@shared/ipc/contract'
import { formatChf, formatNumber } from '../../format'

/** What the summary needs of one scenario: its headline figures (from computeKpis) with display names. */
export interface SummaryScenario {
  name: string
  firstShortageYear: number | null
  peakFte: number
  peakYear: number | null
  /** Display name of the grade short the most at the peak, null when there is no shortage. */
  peakGrade: string | null
  turnaroundWeeks: number | null
  targetWeeks: number
  lastYear: number
  firstYear: number
  totalCost: number
}

/** The solver's recommended plan for the first scenario, when it has answered. */
export interface SummaryPlan {
  feasible: boolean
  addedCost: number
}

interface Phrases {
  short(s: SummaryScenario, fte: string): string
  enough(s: SummaryScenario): string
  turnaround(s: SummaryScenario, weeks: string, target: string): string
  cost(s: SummaryScenario, chf: string): string
  other(s: SummaryScenario, fte: string): string
  otherEnough(s: SummaryScenario): string
  plan(chf: string): string
  noPlan: string
}

const phrases: Record<Language, Phrases> = {
  fr: {
    short: (s, fte) =>
      `Dès ${s.firstShortageYear}, l’atelier manque d’horlogers (${s.peakGrade}) : jusqu’à ${fte} EPT en ${s.peakYear}.`,
    enough: (s) => `De ${s.firstYear} à ${s.lastYear}, l’atelier a assez d’horlogers dans chaque niveau.`,
    turnaround: (s, weeks, target) =>
      `En ${s.lastYear}, le délai de service est de ${weeks} semaines pour un objectif de ${target}.`,
    cost: (s, chf) => `Le coût total de « ${s.name} » sur l’horizon est de ${chf}.`,
    other: (s, fte) =>
      `Dans « ${s.name} », la pénurie commence en ${s.firstShortageYear} et atteint ${fte} EPT.`,
    otherEnough: (s) => `Dans « ${s.name} », il n’y a pas de pénurie.`,
    plan: (chf) => `Le plan recommandé supprime la pénurie pour un coût supplémentaire de ${chf}.`,
    noPlan: 'Aucun plan dans les limites fixées ne supprime toute la pénurie.',
  },
  en: {
    short: (s, fte) =>
      `From ${s.firstShortageYear} the workshop falls short of watchmakers (${s.peakGrade}) by up to ${fte} FTE in ${s.peakYear}.`,
    enough: (s) => `From ${s.firstYear} to ${s.lastYear} the workshop has enough watchmakers in every grade.`,
    turnaround: (s, weeks, target) =>
      `In ${s.lastYear} service takes ${weeks} weeks against a target of ${target}.`,
    cost: (s, chf) => `The total cost of “${s.name}” over the horizon is ${chf}.`,
    other: (s, fte) => `In “${s.name}” the shortage starts in ${s.firstShortageYear} and reaches ${fte} FTE.`,
    otherEnough: (s) => `In “${s.name}” there is no shortage.`,
    plan: (chf) => `The recommended plan removes the shortage for an added ${chf}.`,
    noPlan: 'No plan within the limits set removes the whole shortage.',
  },
  de: {
    short: (s, fte) =>
      `Ab ${s.firstShortageYear} fehlen der Werkstatt Uhrmacher (${s.peakGrade}): bis zu ${fte} VZÄ im Jahr ${s.peakYear}.`,
    enough: (s) => `Von ${s.firstYear} bis ${s.lastYear} hat die Werkstatt in jeder Stufe genug Uhrmacher.`,
    turnaround: (s, weeks, target) =>
      `${s.lastYear} dauert der Service ${weeks} Wochen bei einem Ziel von ${target}.`,
    cost: (s, chf) => `Die Gesamtkosten von «${s.name}» über den Horizont betragen ${chf}.`,
    other: (s, fte) => `In «${s.name}» beginnt der Mangel ${s.firstShortageYear} und erreicht ${fte} VZÄ.`,
    otherEnough: (s) => `In «${s.name}» gibt es keinen Mangel.`,
    plan: (chf) => `Der empfohlene Plan beseitigt den Mangel mit Mehrkosten von ${chf}.`,
    noPlan: 'Kein Plan innerhalb der gesetzten Grenzen beseitigt den ganzen Mangel.',
  },
}

/**
 * One paragraph on the first scenario (when and where the workshop falls short, turnaround, cost), a
 * sentence per other scenario, and the recommended plan when given. Numbers in Swiss format.
 */
export function reportSummary(
  scenarios: readonly SummaryScenario[],
  language: Language,
  plan?: SummaryPlan | null,
): string {
  const p = phrases[language]
  const [first, ...others] = scenarios
  if (!first) return ''
  const parts: string[] = [
    first.firstShortageYear === null ? p.enough(first) : p.short(first, formatNumber(first.peakFte, 1)),
  ]
  if (first.turnaroundWeeks !== null) {
    parts.push(
      p.turnaround(first, formatNumber(first.turnaroundWeeks, 1), formatNumber(first.targetWeeks, 1)),
    )
  }
  parts.push(p.cost(first, formatChf(first.totalCost)))
  for (const s of others) {
    parts.push(s.firstShortageYear === null ? p.otherEnough(s) : p.other(s, formatNumber(s.peakFte, 1)))
  }
  if (plan && first.firstShortageYear !== null)
    parts.push(plan.feasible ? p.plan(formatChf(plan.addedCost)) : p.noPlan)
  return parts.join(' ')
}
