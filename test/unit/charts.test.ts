// Chart adapters: each chart carries the projection's figures, shades the right years, and keeps units.
import { describe, expect, it } from 'vitest'
import { project } from '../../shared/engine'
import { runsOf } from '../../renderer/src/charts/chartSpec'
import {
  backlogChart,
  costChart,
  demandCapacityChart,
  headcountChart,
  seatsChart,
  shortageChart,
  toAgeProfile,
  toTable,
  trainingChart,
  type ChartContext,
} from '../../renderer/src/charts/toChartData'
import { chartConfigKey, toChartJs } from '../../renderer/src/charts/toChartJs'
import { makeInput } from '../support/makeInput'
import { testUnits } from '../support/unitText'

const t = (key: string, vars?: Record<string, string | number>): string =>
  vars ? `${key}${JSON.stringify(vars)}` : key
const name = (id: string): string => id.toUpperCase()

function context(overrides: Parameters<typeof makeInput>[0] = {}): ChartContext {
  const input = makeInput(overrides)
  return { input, result: project(input), t, name }
}

const sum = (m: Record<string, number>): number => Object.values(m).reduce((a, b) => a + b, 0)

describe('runsOf', () => {
  it('groups consecutive flagged labels', () => {
    expect(runsOf(['a', 'b', 'c', 'd', 'e'], [true, true, false, true, false])).toEqual([
      { from: 'a', to: 'b' },
      { from: 'd', to: 'd' },
    ])
    expect(runsOf(['a', 'b'], [false, true])).toEqual([{ from: 'b', to: 'b' }])
    expect(runsOf([], [])).toEqual([])
  })
})

describe('demand vs capacity', () => {
  it('stacks capacity by grade and draws demand and demand plus the backlog carried in', () => {
    const ctx = context()
    const spec = demandCapacityChart(ctx)
    const capacity = spec.series.filter((s) => s.stack === 'capacity')
    expect(capacity.map((s) => s.key)).toEqual(['watchmaker', 'master'])
    expect(capacity[0]!.data).toEqual(ctx.result.years.map((y) => y.capacityHours.watchmaker))
    const demand = spec.series.find((s) => s.key === 'demand')!
    expect(demand.data).toEqual(ctx.result.years.map((y) => sum(y.demandHours)))
    const effective = spec.series.find((s) => s.key === 'effective-demand')!
    // Year 0 carries the initial backlog; later years the backlog left at the end of the year before.
    expect(effective.data[0]).toBeCloseTo(
      sum(ctx.result.years[0]!.demandHours) + ctx.input.service.initialBacklogHours,
      9,
    )
    expect(effective.data[1]).toBeCloseTo(
      sum(ctx.result.years[1]!.demandHours) + sum(ctx.result.years[0]!.backlogHours),
      9,
    )
    expect(spec.labels).toEqual(['2026', '2027', '2028', '2029', '2030'])
  })

  it('shades exactly the shortage years', () => {
    // No staff at all: every year is short.
    const short = context({ workforce: { roster: [], hires: {} }, training: [] })
    expect(short.result.years.every((y) => y.status === 'shortage')).toBe(true)
    expect(demandCapacityChart(short).annotations).toEqual([
      expect.objectContaining({ kind: 'band', from: '2026', to: '2030' }),
    ])
    // Plenty of staff: no year is short, nothing shaded.
    const plenty = context({
      workforce: { roster: [{ grade: 'master', age: 30, fte: 40 }] },
      benches: { initial: 100 },
    })
    expect(plenty.result.years.some((y) => y.status === 'shortage')).toBe(false)
    expect(demandCapacityChart(plenty).annotations).toEqual([])
  })
})

describe('other charts', () => {
  const ctx = context({ workforce: { roster: [{ grade: 'watchmaker', age: 60, fte: 2 }] } })

  it('shortage stacks gapFte by grade', () => {
    const spec = shortageChart(ctx)
    expect(spec.series.map((s) => s.key)).toEqual(['watchmaker', 'master'])
    expect(spec.series[1]!.data).toEqual(ctx.result.years.map((y) => y.gapFte.master))
  })

  it('headcount shows leavers and retirements as outflows (negative)', () => {
    const spec = headcountChart(ctx)
    const retirements = spec.series.find((s) => s.key === 'retirements')!
    expect(retirements.data.every((v) => v !== null && v <= 0)).toBe(true)
    expect(retirements.data).toEqual(ctx.result.years.map((y) => -sum(y.retirements)))
  })

  it('training shows graduates who join = graduates × capture rate', () => {
    const spec = trainingChart(ctx)
    const joining = spec.series.find((s) => s.key === 'graduates-joining')!
    expect(joining.data).toEqual(ctx.result.years.map((y) => y.graduates.apprenticeship! * 0.5))
  })

  it('seats shades the years where benches bind', () => {
    const few = context({ benches: { initial: 1 } })
    const spec = seatsChart(few)
    expect(few.result.years.every((y) => y.benchFactor < 1)).toBe(true)
    expect(spec.annotations).toHaveLength(1)
    expect(seatsChart(ctx).series.find((s) => s.key === 'seats')!.data).toEqual(
      ctx.result.years.map((y) => y.seats),
    )
  })

  it('backlog draws the target as a line on the weeks axis', () => {
    const spec = backlogChart(ctx)
    // A dashed series of its own (in the legend and the tooltips), so no badge covers the bars.
    const target = spec.series.find((s) => s.key === 'target')!
    expect(target).toMatchObject({ axis: 'y2', dashed: true, unit: 'weeks' })
    expect(new Set(target.data)).toEqual(new Set([8]))
    expect(spec.annotations).toEqual([])
    expect(spec.series.find((s) => s.key === 'turnaround')!.axis).toBe('y2')
  })

  it('cost stacks the six categories (v2: overtime, outsourcing), which add up to the total', () => {
    const spec = costChart(ctx)
    ctx.result.years.forEach((y, i) => {
      const stacked = spec.series.reduce((acc, s) => acc + (s.data[i] ?? 0), 0)
      expect(stacked).toBeCloseTo(y.cost.total, 6)
    })
  })
})

describe('age profile and tables', () => {
  it('bands ages in 5-year groups and keeps every FTE', () => {
    const fte: Record<string, number> = { 'a:17': 1, 'a:19': 2, 'a:20': 4, 'b:64': 0.5, 'b:80': 3 }
    const profile = toAgeProfile(['a', 'b'], (g, age) => fte[`${g}:${age}`] ?? 0)
    expect(profile.bands[0]).toBe('15–19')
    expect(profile.bands.at(-1)).toBe('80+')
    expect(profile.byGrade.a![0]).toBe(3)
    expect(profile.byGrade.a![1]).toBe(4)
    const total = [...profile.byGrade.a!, ...profile.byGrade.b!].reduce((x, y) => x + y, 0)
    expect(total).toBe(10.5)
  })

  it('a data table has a row per year and a column per series', () => {
    const spec = costChart(context())
    const table = toTable(spec)
    expect(table.columns).toHaveLength(6)
    expect(table.rows.map((r) => r.label)).toEqual(spec.labels)
    expect(table.rows[0]!.values).toEqual(spec.series.map((s) => s.data[0]))
  })
})

const units = testUnits

describe('toChartJs', () => {
  it('maps stacks, the right axis and shaded years into the Chart.js config', () => {
    const ctx = context({ workforce: { roster: [], hires: {} }, training: [] })
    const config = toChartJs(demandCapacityChart(ctx), units)
    expect(config.data.datasets).toHaveLength(4)
    expect(config.data.datasets[0]).toMatchObject({ type: 'bar', stack: 'capacity' })
    expect(config.data.datasets[2]).toMatchObject({ type: 'line' })
    const annotations = (config.options!.plugins as { annotation: { annotations: Record<string, unknown> } })
      .annotation.annotations
    // Five years, indices 0..4, widened by half a category on each side.
    expect(Object.values(annotations)).toEqual([
      expect.objectContaining({ type: 'box', xMin: -0.5, xMax: 4.5 }),
    ])
    // Lines on the stacked axis are never stacked on each other.
    const lines = config.data.datasets.filter((d) => d.type === 'line')
    expect(new Set(lines.map((d) => (d as { stack?: string }).stack)).size).toBe(lines.length)
  })
})

describe('chartConfigKey', () => {
  it('is the same when only the figures change, and differs when anything the options are built from does', () => {
    const spec = demandCapacityChart(context())
    const key = chartConfigKey(spec, units)
    const doubled = {
      ...spec,
      series: spec.series.map((s) => ({ ...s, data: s.data.map((v) => (v ?? 0) * 2) })),
    }
    expect(chartConfigKey(doubled, units)).toBe(key)
    // Each of these is drawn from the options or the datasets' styles, so a redraw must rebuild them.
    const first = spec.series[0]!
    const changed = [
      { ...spec, labels: spec.labels.map((l) => `${l}*`) },
      { ...spec, series: [{ ...first, label: 'other' }, ...spec.series.slice(1)] },
      { ...spec, series: [{ ...first, colour: '#000000' }, ...spec.series.slice(1)] },
      { ...spec, y: { ...spec.y, suggestedMax: 1e9 } },
      { ...spec, annotations: [] },
      { ...spec, notes: spec.labels.map(() => ['a reason']) },
    ]
    for (const other of changed) expect(chartConfigKey(other, units)).not.toBe(key)
    expect(chartConfigKey(spec, { ...units, h: 'Std.' })).not.toBe(key)
  })
})

describe('the why of a year in tooltips and tables', () => {
  it('the tooltip footer of any point of a year and the table row of that year carry the same lines', () => {
    const ctx = context()
    const spec = {
      ...shortageChart(ctx),
      notes: ctx.result.years.map((_, i) => (i === 1 ? ['first reason', 'second reason'] : [])),
    }
    const config = toChartJs(spec, {
      h: 'h',
      fte: 'FTE',
      students: 's',
      seats: 'p',
      weeks: 'wk',
      chf: 'CHF',
      people: 'p',
      percent: '%',
      years: 'y',
    })
    type Footer = (items: { dataIndex: number; chart: { width: number } }[]) => string[]
    const footer = (config.options!.plugins!.tooltip!.callbacks as unknown as { footer: Footer }).footer
    expect(footer([{ dataIndex: 1, chart: { width: 600 } }])).toEqual(['first reason', 'second reason'])
    expect(footer([{ dataIndex: 0, chart: { width: 600 } }])).toEqual([])
    // A narrow canvas breaks a long line at spaces (about 6.5 px a character): 60 px → 9 characters.
    expect(footer([{ dataIndex: 1, chart: { width: 60 } }])).toEqual(['first', 'reason', 'second', 'reason'])
    expect(toTable(spec).rows[1]!.note).toBe('first reason\nsecond reason')
    expect(toTable(spec).rows[0]!.note).toBe('')
  })
})
