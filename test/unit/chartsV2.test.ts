// Model v2 chart adapters on a small hand-made result: flexible-capacity layers, revenue and margin, turnaround by grade, short grades, KPIs and Comparer metrics.
import { describe, expect, it } from 'vitest'
import type { ModelResult, YearResult } from '../../shared/model/types'
import { costChart, demandCapacityChart, shortageChart, toTable } from '../../renderer/src/charts/toChartData'
import {
  revenueChart,
  shortageBandsByGrade,
  turnaroundByGradeChart,
} from '../../renderer/src/charts/v2Charts'
import { toChartJs, type UnitText } from '../../renderer/src/charts/toChartJs'
import { computeKpis } from '../../renderer/src/features/results/kpis'
import { compareChart, kpiTable, metricKeys } from '../../renderer/src/features/compare/compareData'
import { makeInput } from '../support/makeInput'

const t = (key: string, vars?: Record<string, string | number>): string =>
  vars ? `${key}${JSON.stringify(vars)}` : key
const name = (id: string): string => id.toUpperCase()

/** One year of a two-grade (watchmaker, master) result, zero everywhere unless given. */
function year(y: number, figures: Partial<YearResult>): YearResult {
  const grades = (w = 0, m = 0) => ({ watchmaker: w, master: m })
  return {
    year: y,
    demandHours: grades(1000, 500),
    capacityHours: grades(900, 450),
    servedHours: grades(),
    unservedHours: grades(),
    lostHours: grades(),
    backlogHours: grades(),
    overtimeHours: grades(),
    outsourcedHours: grades(),
    turnaroundWeeksByGrade: { watchmaker: 4, master: 4 },
    statusByGrade: { watchmaker: 'ok', master: 'ok' },
    headcount: grades(),
    joiners: grades(),
    hires: grades(),
    leavers: grades(),
    retirements: grades(),
    gapFte: grades(),
    jobs: {},
    resaleJobs: {},
    installedBase: {},
    students: {},
    graduates: {},
    admitted: {},
    seats: 10,
    seatsNeeded: 5,
    benchFactor: 1,
    benchUtilisation: 0.5,
    supervisionHours: 0,
    unsupervisedHours: 0,
    idleHours: 0,
    utilisation: 0.5,
    turnaroundWeeks: 4,
    shortageFte: 0,
    status: 'ok',
    cost: { salaries: 0, hiring: 0, training: 0, benches: 0, overtime: 0, outsourcing: 0, total: 0 },
    revenue: 0,
    lostRevenue: 0,
    margin: 0,
    ...figures,
  }
}

// 2026 fine; 2027 the workshop is short and only master is; 2028 both grades; 2029 only watchmaker,
// while the workshop's totals stay within the tolerance (a grade-only shortage).
const result: ModelResult = {
  years: [
    year(2026, {
      overtimeHours: { watchmaker: 10, master: 5 },
      outsourcedHours: { watchmaker: 0, master: 20 },
      cost: { salaries: 100, hiring: 10, training: 5, benches: 0, overtime: 7, outsourcing: 3, total: 125 },
      revenue: 1000,
      lostRevenue: 50,
      margin: 875,
      turnaroundWeeksByGrade: { watchmaker: 4, master: null },
    }),
    year(2027, {
      status: 'shortage',
      statusByGrade: { watchmaker: 'ok', master: 'shortage' },
      overtimeHours: { watchmaker: 0, master: 30 },
      outsourcedHours: { watchmaker: 0, master: 40 },
      revenue: 900,
      lostRevenue: 120,
      margin: -25,
      turnaroundWeeksByGrade: { watchmaker: 5, master: 12.5 },
    }),
    year(2028, {
      status: 'shortage',
      statusByGrade: { watchmaker: 'shortage', master: 'shortage' },
      gapFte: { watchmaker: 1.5, master: 0.5 },
    }),
    year(2029, { status: 'tight', statusByGrade: { watchmaker: 'shortage', master: 'ok' } }),
  ],
  summary: {
    firstShortageYear: 2027,
    firstShortageGrade: 'master',
    peakShortageFte: 2,
    peakShortageYear: 2028,
    totalLostHours: 0,
    totalCost: 125,
    totalRevenue: 1900,
    totalLostRevenue: 170,
    totalMargin: 850,
  },
}

const input = makeInput({
  schemaVersion: 2,
  horizonYears: 4,
  service: { overtimeShare: 0.1, outsourcing: { master: { maxHours: 40, costPerHour: 120 } } },
})
const ctx = { input, result, t, name }
const units: UnitText = {
  h: 'h',
  fte: 'FTE',
  students: 'st.',
  seats: 'seats',
  weeks: 'wk',
  chf: 'CHF',
  people: 'ppl',
  percent: '%',
  years: 'yrs',
}

describe('demand vs capacity (v2)', () => {
  it('stacks overtime and outsourced hours, summed over grades, on top of each grade’s capacity', () => {
    const spec = demandCapacityChart(ctx)
    const stacked = spec.series.filter((s) => s.stack === 'capacity')
    expect(stacked.map((s) => s.key)).toEqual(['watchmaker', 'master', 'overtime', 'outsourced'])
    expect(stacked[2]!.data).toEqual([15, 30, 0, 0])
    expect(stacked[3]!.data).toEqual([20, 40, 0, 0])
    // The data table (the chart's text alternative) has the layers as their own columns.
    const table = toTable(spec)
    expect(table.columns).toContain('charts.outsourcedHours')
    expect(table.rows[1]!.values[table.columns.indexOf('charts.outsourcedHours')]).toBe(40)
  })

  it('leaves the layers out when the scenario has neither overtime nor outsourcing', () => {
    const plain = makeInput({ horizonYears: 4 })
    const quiet = result.years.map((y) => ({
      ...y,
      overtimeHours: { watchmaker: 0, master: 0 },
      outsourcedHours: { watchmaker: 0, master: 0 },
    }))
    const spec = demandCapacityChart({ ...ctx, input: plain, result: { ...result, years: quiet } })
    expect(spec.series.map((s) => s.key)).toEqual(['watchmaker', 'master', 'demand', 'effective-demand'])
  })

  it('labels each run of shortage years once, with its number of short grades when several are short', () => {
    // 2027–2028 of 2026–2029: two years of band and a free year on each side, its own to the chart's edges.
    expect(demandCapacityChart(ctx).annotations).toEqual([
      {
        kind: 'band',
        from: '2027',
        to: '2028',
        label: 'charts.shortage\ncharts.gradesCount{"count":2}',
        colour: '#B42318',
        room: 4,
        labelAlign: 'center',
      },
    ])
  })
})

describe('shortage bands with many short grades', () => {
  it('give the number of short grades when more than one is short, so a label stays two lines high', () => {
    const three = makeInput({
      grades: ['a', 'b', 'c'].map((id) => ({ ...makeInput().grades[0]!, id })),
    })
    const year = {
      ...result.years[0]!,
      status: 'shortage',
      statusByGrade: { a: 'shortage', b: 'shortage', c: 'shortage' },
    } as YearResult
    const bands = shortageBandsByGrade({ ...ctx, input: three, result: { ...result, years: [year] } })
    expect(bands).toHaveLength(1)
    expect(bands[0]!.label).toBe('charts.shortage\ncharts.gradesCount{"count":3}')
  })
})

describe('shortage chart (v2)', () => {
  it('also shades a year where only a grade is short, in the tight colour', () => {
    const bands = shortageChart(ctx).annotations
    expect(bands).toHaveLength(2)
    // Labelled at the top like every band (a label at the bottom covers the bars); the shortage band just
    // before it and the chart's edge just after leave it its own year only.
    expect(bands[1]).toEqual({
      kind: 'band',
      from: '2029',
      to: '2029',
      label: 'charts.gradeShort\nWATCHMAKER',
      colour: '#9A6700',
      room: 1,
      labelAlign: 'center',
    })
  })

  it('draws as many lines of a band label as fit its room: all, the first only, or none', () => {
    const config = toChartJs(shortageChart(ctx), units)
    const annotations = (config.options!.plugins as { annotation: { annotations: Record<string, unknown> } })
      .annotation.annotations
    type Scripted = (c: unknown) => unknown
    type Band = { label: { content: Scripted; display: Scripted; position: { x: string; y: string } } }
    // A chart whose x axis is `width` px for the four years, and text 6 px a character.
    const at = (width: number) => ({
      chart: {
        scales: { x: { width } },
        options: { font: {} },
        ctx: {
          save() {},
          restore() {},
          font: '',
          measureText: (text: string) => ({ width: text.length * 6 }),
        },
      },
    })
    const band0 = annotations.band0 as Band
    // Room 3 years: "charts.gradesCount{"count":2}" is 29 characters (174 px) + 6; "charts.shortage" 15 (90 px) + 6.
    expect(band0.label.content(at(240))).toEqual(['charts.shortage', 'charts.gradesCount{"count":2}'])
    expect(band0.label.content(at(130))).toEqual(['charts.shortage'])
    expect(band0.label.display(at(120))).toBe(false)
    expect(band0.label.position).toEqual({ x: 'end', y: 'start' })
    // Every label at the top, above the bars (the y axis keeps headroom for them).
    expect((annotations.band1 as Band).label.position.y).toBe('start')
    expect((config.options!.scales as { y: { grace: string } }).y.grace).toBe('30%')
  })
})

describe('cost, revenue and margin', () => {
  it('cost gains the overtime and outsourcing categories', () => {
    const spec = costChart(ctx)
    expect(spec.series.map((s) => s.key)).toEqual([
      'salaries',
      'hiring',
      'training',
      'benches',
      'overtime',
      'outsourcing',
    ])
    expect(spec.series.reduce((acc, s) => acc + (s.data[0] ?? 0), 0)).toBe(125)
    // The same colours as the demand chart's overtime and outsourced layers.
    const layers = demandCapacityChart(ctx).series
    const colour = (list: typeof layers, key: string) => list.find((s) => s.key === key)!.colour
    expect(colour(spec.series, 'overtime')).toBe(colour(layers, 'overtime'))
    expect(colour(spec.series, 'outsourcing')).toBe(colour(layers, 'outsourced'))
  })

  it('revenue and lost revenue are bars of their own, the margin a line', () => {
    const spec = revenueChart(ctx)
    expect(spec.series.map((s) => [s.key, s.kind, s.stack])).toEqual([
      ['revenue', 'bar', 'revenue'],
      ['lost-revenue', 'bar', 'lost'],
      ['margin', 'line', undefined],
    ])
    expect(spec.series[0]!.data).toEqual([1000, 900, 0, 0])
    expect(spec.series[1]!.data).toEqual([50, 120, 0, 0])
    expect(spec.series[2]!.data).toEqual([875, -25, 0, 0])
    expect(spec.series.every((s) => s.unit === 'chf')).toBe(true)
  })
})

describe('turnaround by grade', () => {
  it('draws one line per grade (a gap where the grade serves nothing) against the target', () => {
    const spec = turnaroundByGradeChart(ctx)
    expect(spec.series.map((s) => s.label)).toEqual(['WATCHMAKER', 'MASTER', 'charts.target{"value":8}'])
    expect(spec.series[1]!.data).toEqual([null, 12.5, 4, 4])
    // The target is a dashed line in the legend, not a badge over the data.
    expect(spec.series[2]).toMatchObject({ key: 'target', data: [8, 8, 8, 8], dashed: true, axis: 'y' })
    expect(spec.annotations).toEqual([])
  })
})

describe('KPIs and Comparer (v2)', () => {
  it('the KPIs carry the first shortage grade, the margin and the lost revenue', () => {
    const k = computeKpis(input, result)
    expect(k.firstShortageGrade).toBe('master')
    expect(k.totalMargin).toBe(850)
    expect(k.totalLostRevenue).toBe(170)
    expect(k.totalRevenue).toBe(1900)
  })

  it('offers every v2 metric, per grade too, and charts a grade’s turnaround', () => {
    const items = [
      { id: 1, name: 'A', input, result },
      { id: 2, name: 'B', input, result },
    ]
    const keys = metricKeys(items)
    for (const k of ['revenue', 'margin', 'lostRevenue', 'overtimeHours', 'outsourcedHours', 'costOvertime'])
      expect(keys).toContain(k)
    expect(keys).toContain('turnaroundByGrade:master')
    expect(keys).toContain('gapFte:watchmaker')
    const spec = compareChart(items, 'turnaroundByGrade:master', t, name)
    expect(spec.title).toBe('compare.metric.turnaroundByGrade{"grade":"MASTER"}')
    expect(spec.series[0]!.data).toEqual([null, 12.5, 4, 4])
    expect(compareChart(items, 'margin', t).series[1]!.data).toEqual([875, -25, 0, 0])
    const rows = kpiTable(items)
    expect(rows.find((r) => r.key === 'totalMargin')!.values).toEqual([850, 850])
    expect(rows.find((r) => r.key === 'totalLostRevenue')!.deltas).toEqual([0, 0])
  })
})
