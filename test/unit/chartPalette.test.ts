// Every chart of the three samples: series colours from the colour-blind-safe palette, no two series of a chart alike, grades alike across charts.
import { describe, expect, it } from 'vitest'
import { samples } from '../../shared/sample/index'
import { applyOverrides } from '../../shared/model/overrides'
import { project } from '../../shared/engine/index'
import type { ModelInput } from '../../shared/model/types'
import type { ActualMetric, ActualRow } from '../../shared/actuals/types'
import type { ChartSpec } from '../../renderer/src/charts/chartSpec'
import {
  agePyramidChart,
  backlogChart,
  costChart,
  demandCapacityChart,
  headcountChart,
  seatsChart,
  shortageChart,
  toAgeProfile,
  trainingChart,
  type ChartContext,
} from '../../renderer/src/charts/toChartData'
import { revenueChart, turnaroundByGradeChart } from '../../renderer/src/charts/v2Charts'
import { withActualPoints } from '../../renderer/src/charts/actualPoints'
import { GRADE_COLOURS, GREYS, OKABE_ITO } from '../../renderer/src/charts/palette'

// The published palettes, written out here rather than read from the palette module.
const OKABE_ITO_2008 = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#000000',
]
const TOL_MUTED = [
  '#CC6677',
  '#332288',
  '#DDCC77',
  '#117733',
  '#88CCEE',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
]
const NEUTRAL = ['#777777', '#BBBBBB']
const SAFE = new Set([...OKABE_ITO_2008, ...TOL_MUTED, ...NEUTRAL])

/** CIE L*a*b* of an sRGB hex colour (D65), for a colour difference a reader can see. */
function lab(hex: string): [number, number, number] {
  const lin = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  const [r, g, b] = lin
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((v) => (v > 216 / 24389 ? Math.cbrt(v) : (24389 / 27 / 116) * v + 16 / 116))
  return [116 * xyz[1]! - 16, 500 * (xyz[0]! - xyz[1]!), 200 * (xyz[1]! - xyz[2]!)]
}

function deltaE(a: string, b: string): number {
  const [l1, a1, b1] = lab(a)
  const [l2, a2, b2] = lab(b)
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2)
}

const t = (key: string, vars?: Record<string, string | number>): string =>
  vars ? `${key}${JSON.stringify(vars)}` : key
const name = (id: string): string => `«${id}»`

/** A recorded actual for every metric the charts show, so the actual points are drawn too. */
const actualMetrics: ActualMetric[] = [
  'demandHours',
  'servedHours',
  'headcount',
  'backlogHours',
  'turnaroundWeeks',
]
const actuals = (input: ModelInput): ActualRow[] =>
  actualMetrics.map((metric) => ({ year: input.startYear, metric, key: '', value: 1 }))

function chartsOf(input: ModelInput): ChartSpec[] {
  const ctx: ChartContext = { input, result: project(input), t, name }
  const profile = toAgeProfile(
    input.grades.map((g) => g.id),
    () => 1,
  )
  const points = (spec: ChartSpec) => withActualPoints(spec, actuals(input), (m) => `actual ${m}`)
  return [
    points(demandCapacityChart(ctx)),
    shortageChart(ctx),
    points(headcountChart(ctx)),
    agePyramidChart(ctx, profile, profile, 'start', 'end'),
    trainingChart(ctx),
    seatsChart(ctx),
    points(backlogChart(ctx)),
    costChart(ctx),
    revenueChart(ctx),
    turnaroundByGradeChart(ctx),
  ]
}

const cases = samples.flatMap((sample) =>
  [{ name: 'base', overrides: [] as never[] }, ...sample.scenarios].map((scenario) => {
    const applied = applyOverrides(sample.base, scenario.overrides)
    return { label: `${sample.key} / ${String(scenario.name)}`, input: applied.input }
  }),
)

/** The pyramid draws a grade's start and end halves in its colour, the end lighter: they are one grade. */
const sameGradeHalves = (a: string, b: string): boolean =>
  /^(start|end):/.test(a) && /^(start|end):/.test(b) && a.split(':')[1] === b.split(':')[1]

describe('chart colours', () => {
  it('the palette module holds the published colour-blind-safe colours', () => {
    for (const c of [...Object.values(OKABE_ITO), ...GRADE_COLOURS, ...Object.values(GREYS)])
      expect(SAFE.has(c), c).toBe(true)
  })

  for (const { label, input } of cases) {
    it(`${label}: every series has a safe colour of its own, clearly apart from the others`, () => {
      const problems: string[] = []
      for (const spec of chartsOf(input)) {
        for (const s of spec.series)
          if (!SAFE.has(s.colour)) problems.push(`${spec.id}/${s.key}: ${s.colour}`)
        spec.series.forEach((a, i) =>
          spec.series.slice(i + 1).forEach((b) => {
            if (sameGradeHalves(a.key, b.key)) return
            // ΔE*ab below 20 reads as "the same colour" in a small legend box.
            if (deltaE(a.colour, b.colour) < 20)
              problems.push(`${spec.id}: ${a.key} ${a.colour} ~ ${b.key} ${b.colour}`)
          }),
        )
      }
      expect(problems).toEqual([])
    })
  }

  it('a grade keeps its colour on every chart, and no flow takes a grade’s colour', () => {
    const input = cases.find((c) => c.input.grades.length >= 7)!.input
    const specs = chartsOf(input)
    const gradeIds = new Set(input.grades.map((g) => g.id))
    const colourOf = new Map<string, Set<string>>()
    for (const spec of specs)
      for (const s of spec.series) {
        const id = s.key.replace(/^(start|end):/, '')
        if (!gradeIds.has(id)) continue
        colourOf.set(id, (colourOf.get(id) ?? new Set()).add(s.colour))
      }
    for (const [id, colours] of colourOf) expect(colours.size, id).toBe(1)
    const gradeColours = new Set([...colourOf.values()].flatMap((c) => [...c]))
    for (const spec of specs.filter((s) => ['demand-capacity', 'headcount', 'shortage'].includes(s.id)))
      for (const s of spec.series.filter((x) => !gradeIds.has(x.key)))
        expect(gradeColours.has(s.colour), `${spec.id}/${s.key}`).toBe(false)
  })
})
