// The headline figures and sensitivity statements docs/samples.md states, checked against the engine and the tornado.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tornado } from '../../shared/decision/sensitivity'
import {
  drawAt,
  numericPaths,
  prepareUncertaintyOrThrow,
  valueFor,
  withValues,
} from '../../shared/decision/uncertainty'
import { project } from '../../shared/engine/index'
import { applyOverrides } from '../../shared/model/overrides'
import type { ModelInput } from '../../shared/model/types'
import { samples } from '../../shared/sample/index'

const doc = readFileSync(join(__dirname, '../../docs/samples.md'), 'utf8')

/** The body rows (cells trimmed) of the table right after `<!-- marker -->` in docs/samples.md. */
function tableAfter(marker: string): string[][] {
  const at = doc.indexOf(`<!-- ${marker} -->`)
  if (at < 0) throw new Error(`docs/samples.md has no <!-- ${marker} -->`)
  const lines = doc.slice(at).split('\n').slice(1)
  const rows: string[][] = []
  for (const line of lines) {
    if (!line.startsWith('|')) break
    rows.push(
      line
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    )
  }
  // Header and separator first.
  return rows.slice(2)
}

const unquote = (cell: string) => cell.replace(/`/g, '')
/** 'none' is no shortage (null); a figure is compared at the precision it is written with (1 decimal). */
const yearOrNull = (cell: string) => (cell === 'none' || cell === '—' ? null : Number(cell))

function scenarioInput(key: string, name: string): ModelInput {
  const sample = samples.find((s) => s.key === key)!
  if (name === sample.baseName) return sample.base
  const scenario = sample.scenarios.find((s) => s.name === name)
  if (scenario === undefined) throw new Error(`${key} has no scenario "${name}"`)
  return applyOverrides(sample.base, scenario.overrides).input
}

describe.each(samples.map((s) => [s.key, s] as const))('docs/samples.md headlines of %s', (key, sample) => {
  const rows = tableAfter(`headlines: ${key}`)

  it('has one row per scenario, Base first', () => {
    expect(rows.map((r) => r[0])).toEqual([sample.baseName, ...sample.scenarios.map((s) => s.name)])
  })

  it.each(rows.map((r) => [r[0]!, r] as const))('%s: the figures are the engine’s', (name, row) => {
    const [, first, grade, peak, peakYear, turnaround, cost, margin] = row
    const result = project(scenarioInput(key, name))
    const s = result.summary
    expect(s.firstShortageYear, 'first shortage').toBe(yearOrNull(first!))
    expect(s.firstShortageGrade, 'first grade').toBe(grade === '—' ? null : unquote(grade!))
    expect(Math.abs(s.peakShortageFte - Number(peak)), `peak ${s.peakShortageFte}`).toBeLessThanOrEqual(0.05)
    expect(s.peakShortageYear, 'peak year').toBe(yearOrNull(peakYear!))
    const last = result.years[result.years.length - 1]!.turnaroundWeeks
    expect(last, 'last-year turnaround').not.toBeNull()
    expect(Math.abs(last! - Number(turnaround)), `turnaround ${last}`).toBeLessThanOrEqual(0.05)
    expect(Math.abs(s.totalCost / 1e6 - Number(cost)), `cost ${s.totalCost}`).toBeLessThanOrEqual(0.05)
    expect(Math.abs(s.totalMargin / 1e6 - Number(margin)), `margin ${s.totalMargin}`).toBeLessThanOrEqual(
      0.05,
    )
    for (const y of result.years) expect(Number.isFinite(y.shortageFte)).toBe(true)
  })
})

type SensitivityKpi = 'firstShortageYear' | 'peakShortageFte' | 'lastTurnaroundWeeks'

/**
 * The three inputs that move a KPI most, each at its two ends, ranked as the tornado ranks (largest swing,
 * then path). The tornado has no turnaround KPI, so for the last year's turnaround the same sweep is done
 * here: every numeric figure times 0.9 and 1.1 (the tornado's ±10 % default), one at a time.
 */
function topThree(input: ModelInput, kpi: SensitivityKpi) {
  if (kpi !== 'lastTurnaroundWeeks') {
    return tornado(input, kpi)
      .bars.slice(0, 3)
      .map((b) => ({ path: b.path, low: b.kpiAtLow, high: b.kpiAtHigh }))
  }
  const items = prepareUncertaintyOrThrow(
    input,
    numericPaths(input).map((path) => ({
      path,
      apply: 'scale' as const,
      distribution: { kind: 'uniform' as const, min: 0.9, max: 1.1 },
    })),
  )
  const last = (i: ModelInput) => project(i).years[i.horizonYears - 1]!.turnaroundWeeks
  return items
    .map((item) => {
      const low = last(withValues(input, [item], [valueFor(item, drawAt(item, 0))]))
      const high = last(withValues(input, [item], [valueFor(item, drawAt(item, 1))]))
      return { path: item.path, low, high, swing: Math.abs((high ?? 0) - (low ?? 0)) }
    })
    .sort((a, b) => b.swing - a.swing || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .slice(0, 3)
}

const statements = [...doc.matchAll(/<!-- sensitivity: ([a-z-]+) \| ([^|]+) \| (\w+) -->/g)].map((m) => ({
  key: m[1]!,
  scenario: m[2]!.trim(),
  kpi: m[3]! as SensitivityKpi,
  marker: m[0].slice(5, -4),
}))

describe('docs/samples.md sensitivity statements', () => {
  it('covers the three Atelier Genève headlines', () => {
    const base = statements
      .filter((s) => s.key === 'atelier-geneve' && s.scenario === 'Base')
      .map((s) => s.kpi)
    expect(base.sort()).toEqual(['firstShortageYear', 'lastTurnaroundWeeks', 'peakShortageFte'])
  })

  it.each(statements.map((s) => [`${s.key} / ${s.scenario} / ${s.kpi}`, s] as const))(
    '%s: the three inputs and their ends are the tornado’s',
    (_label, s) => {
      const rows = tableAfter(s.marker)
      const expected = topThree(scenarioInput(s.key, s.scenario), s.kpi)
      expect(rows.map((r) => unquote(r[1]!))).toEqual(expected.map((b) => b.path))
      rows.forEach((row, i) => {
        const bar = expected[i]!
        for (const [cell, value] of [
          [row[2]!, bar.low],
          [row[3]!, bar.high],
        ] as const) {
          if (s.kpi === 'firstShortageYear' || cell === 'none') expect(value, bar.path).toBe(yearOrNull(cell))
          else expect(Math.abs(value! - Number(cell)), `${bar.path}: ${value}`).toBeLessThanOrEqual(0.05)
        }
      })
    },
  )
})
