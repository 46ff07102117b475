// Turns a ChartSpec into a Chart.js configuration: stacked axes, a right axis, units in ticks and tooltips, shaded years.
import type { Chart, ChartConfiguration, ChartDataset, TooltipItem, TooltipModel } from 'chart.js'
import type { AnnotationOptions, PartialEventContext } from 'chartjs-plugin-annotation'
import { formatNumber } from '../format'
import type { ChartSpec, SeriesSpec, Unit } from './chartSpec'

/** Short unit texts for ticks and tooltips, per language. */
export type UnitText = Record<Unit, string>

export function formatWithUnit(value: number | null, unit: Unit, units: UnitText): string {
  if (value === null || !Number.isFinite(value)) return '—'
  const digits = unit === 'fte' || unit === 'weeks' || unit === 'students' ? 1 : 0
  if (unit === 'chf') return `${units.chf} ${formatNumber(value, 0)}`
  if (unit === 'percent') return `${formatNumber(value * 100, 0)} %`
  return `${formatNumber(value, digits)} ${units[unit]}`
}

/** Band labels' font size (px), the y axes' headroom above the data for them, and a character's mean width (px). */
const BAND_FONT_PX = 11
const HEADROOM = '30%'
const CHAR_PX = 6.5

/** What a tooltip shows, as text: its title (the category), its body lines and its footer (the why). */
export interface TooltipText {
  /** Shown (opacity above 0) or hidden. */
  shown: boolean
  title: string
  lines: string[]
  footer: string[]
  /** The caret's position in CSS pixels of the canvas (where the tooltip points). */
  x: number
  y: number
}

function tooltipText(tooltip: TooltipModel<'bar' | 'line'>): TooltipText {
  return {
    shown: tooltip.opacity > 0,
    title: tooltip.title.join(' '),
    lines: tooltip.body.flatMap((b) => b.lines),
    footer: tooltip.footer,
    x: tooltip.caretX,
    y: tooltip.caretY,
  }
}

/** Breaks a line at spaces so none is longer than `max` characters (a tooltip must fit its canvas). */
export function wrapText(text: string, max: number): string[] {
  if (max <= 0 || text.length <= max) return [text]
  const out: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > max) {
      out.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  if (line !== '') out.push(line)
  return out
}

/**
 * The lines of a band's label that fit its room (its categories' width in pixels): all, the first only, or
 * none (null) — the shading and the tooltip still say it.
 */
function fitLabel(lines: string[], room: number | undefined, spec: ChartSpec, chart: Chart): string[] | null {
  const x = chart.scales.x
  if (!x || room === undefined) return lines
  const width = (x.width / Math.max(1, spec.labels.length)) * room
  const ctx = chart.ctx
  ctx.save()
  ctx.font = `bold ${BAND_FONT_PX}px ${chart.options.font?.family ?? 'sans-serif'}`
  const widest = (ls: string[]): number => Math.max(...ls.map((l) => ctx.measureText(l).width))
  const all = widest(lines)
  const first = widest(lines.slice(0, 1))
  ctx.restore()
  if (all + 6 <= width) return lines
  if (first + 6 <= width) return lines.slice(0, 1)
  return null
}

function dataset(series: SeriesSpec, spec: ChartSpec): ChartDataset<'bar' | 'line', (number | null)[]> {
  const common = {
    label: series.label,
    data: series.data,
    borderColor: series.colour,
    yAxisID: spec.horizontal ? undefined : series.axis === 'y2' ? 'y2' : 'y',
    xAxisID: spec.horizontal ? (series.axis === 'y2' ? 'y2' : 'x') : undefined,
  }
  if (series.kind === 'bar') {
    return {
      ...common,
      type: 'bar',
      backgroundColor: series.dashed ? `${series.colour}99` : series.colour,
      borderWidth: series.dashed ? 1 : 0,
      stack: series.stack,
      order: 2,
    }
  }
  return {
    ...common,
    type: 'line',
    // On a stacked axis every line gets a stack of its own: lines are levels, never added to each other.
    stack: `line:${series.key}`,
    backgroundColor: series.fill ? `${series.colour}33` : series.colour,
    borderWidth: series.thin ? 1 : 2,
    borderDash: series.dashed ? [6, 4] : series.dotted ? [2, 3] : undefined,
    pointRadius: series.thin ? 0 : series.points ? 5 : 2,
    pointStyle: series.points ? 'rectRot' : undefined,
    showLine: series.points ? false : undefined,
    fill: series.fill === 'previous' ? '-1' : series.fill ? 'origin' : false,
    tension: 0,
    spanGaps: false,
    order: 1,
  }
}

/**
 * Everything of a chart's configuration except its figures (the series' values): two specs with the same key
 * differ only in `data`, so a redraw can keep the options Chart.js has already resolved.
 */
export function chartConfigKey(spec: ChartSpec, units: UnitText): string {
  const series = spec.series.map(({ data: _data, ...style }) => style)
  return JSON.stringify([{ ...spec, series }, units])
}

export function toChartJs(
  spec: ChartSpec,
  units: UnitText,
  onTooltip?: (text: TooltipText) => void,
): ChartConfiguration<'bar' | 'line', (number | null)[], string> {
  const unitOf = new Map(spec.series.map((s) => [s.label, s.unit]))
  const valueAxis = spec.horizontal ? 'x' : 'y'
  const annotations: Record<string, AnnotationOptions> = {}
  spec.annotations.forEach((a, i) => {
    if (a.kind === 'band') {
      const lines = a.label.split('\n')
      const fitted = (ctx: PartialEventContext): string[] | null => fitLabel(lines, a.room, spec, ctx.chart)
      annotations[`band${i}`] = {
        type: 'box',
        // Category positions, widened by half a category on each side so a single year is shaded, not a hairline.
        xMin: spec.labels.indexOf(a.from) - 0.5,
        xMax: spec.labels.indexOf(a.to) + 0.5,
        xScaleID: 'x',
        backgroundColor: `${a.colour}1f`,
        borderWidth: 0,
        drawTime: 'beforeDatasetsDraw',
        label: {
          // Drawn in the headroom above the data (the axis' grace), as many lines as fit the label's room.
          display: (ctx) => fitted(ctx) !== null,
          content: (ctx) => fitted(ctx) ?? '',
          position: { x: a.labelAlign ?? 'center', y: 'start' },
          color: a.colour,
          font: { size: BAND_FONT_PX, weight: 'bold' },
          padding: 3,
        },
      }
    } else {
      annotations[`line${i}`] = {
        type: 'line',
        scaleID: a.axis,
        value: a.value,
        borderColor: a.colour,
        borderWidth: 2,
        borderDash: [4, 4],
        label: {
          display: true,
          content: a.label,
          // At the start, above the line and without a filled badge: it covers neither bars nor the line's end.
          position: 'start',
          yAdjust: -10,
          color: a.colour,
          backgroundColor: 'rgba(255,255,255,0.8)',
          padding: 2,
          font: { size: 11 },
        },
      }
    }
  })
  const headroom = spec.annotations.some((a) => a.kind === 'band')
  const axis = (
    title: string,
    unit: Unit,
    stacked: boolean,
    position: 'left' | 'right' | 'bottom' | 'top',
  ) => ({
    type: 'linear' as const,
    position,
    stacked,
    beginAtZero: true,
    title: { display: true, text: title },
    ticks: { callback: (v: number | string) => formatWithUnit(Number(v), unit, units) },
    grid: { drawOnChartArea: position === 'left' || position === 'bottom' },
  })
  const scales: Record<string, unknown> = spec.horizontal
    ? {
        y: { type: 'category', stacked: true },
        x: {
          ...axis(spec.y.title, spec.y.unit, true, 'bottom'),
          ticks: {
            callback: (v: number | string) =>
              formatWithUnit(spec.signed ? Number(v) : Math.abs(Number(v)), spec.y.unit, units),
          },
        },
      }
    : {
        x: { type: 'category', stacked: Boolean(spec.y.stacked) },
        y: {
          ...axis(spec.y.title, spec.y.unit, Boolean(spec.y.stacked), 'left'),
          suggestedMax: spec.y.suggestedMax,
          // Room above the tallest bar for the shaded bands' labels, which then never cover the data.
          ...(headroom ? { grace: HEADROOM } : {}),
        },
        ...(spec.y2
          ? {
              y2: {
                ...axis(spec.y2.title, spec.y2.unit, false, 'right'),
                suggestedMax: spec.y2.suggestedMax,
                ...(headroom ? { grace: HEADROOM } : {}),
              },
            }
          : {}),
      }
  return {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s) => dataset(s, spec)) as ChartDataset<'bar' | 'line', (number | null)[]>[],
    },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: scales as never,
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 12, usePointStyle: false } },
        tooltip: {
          // A bar of nothing (a grade without a gap that year) only lengthens the tooltip, unless all are nothing.
          filter: (
            item: TooltipItem<'bar' | 'line'>,
            _index: number,
            items: TooltipItem<'bar' | 'line'>[],
          ) => {
            const empty = (x: TooltipItem<'bar' | 'line'>): boolean =>
              x.dataset.type === 'bar' && (x.parsed[valueAxis as 'x' | 'y'] ?? 0) === 0
            return !empty(item) || items.every(empty)
          },
          callbacks: {
            label: (item: TooltipItem<'bar' | 'line'>) => {
              const raw = item.parsed[valueAxis as 'x' | 'y']
              const unit = unitOf.get(item.dataset.label ?? '') ?? spec.y.unit
              const value = spec.horizontal && !spec.signed ? Math.abs(raw ?? 0) : raw
              return `${item.dataset.label}: ${formatWithUnit(value ?? null, unit, units)}`
            },
            // Why the year is, or is not, a shortage: the same lines as the data table's column.
            footer: (items: TooltipItem<'bar' | 'line'>[]) => {
              const first = items[0]
              const lines = first ? (spec.notes?.[first.dataIndex] ?? []) : []
              return lines.flatMap((line) => wrapText(line, Math.floor(first!.chart.width / CHAR_PX)))
            },
          },
          footerFont: { size: 11, weight: 'normal' },
          footerMarginTop: 6,
          ...(onTooltip
            ? {
                external: ({ tooltip }: { tooltip: TooltipModel<'bar' | 'line'> }) =>
                  onTooltip(tooltipText(tooltip)),
              }
            : {}),
        },
        annotation: { annotations },
      },
    },
  }
}
