// Turns a ChartSpec into a Chart.js configuration: stacked axes, a right axis, units in ticks and tooltips, shaded years.
import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js'
import type { AnnotationOptions } from 'chartjs-plugin-annotation'
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
    borderDash: series.dashed ? [6, 4] : undefined,
    pointRadius: series.thin ? 0 : series.points ? 5 : 2,
    pointStyle: series.points ? 'rectRot' : undefined,
    showLine: series.points ? false : undefined,
    fill: series.fill === 'previous' ? '-1' : series.fill ? 'origin' : false,
    tension: 0,
    spanGaps: false,
    order: 1,
  }
}

export function toChartJs(
  spec: ChartSpec,
  units: UnitText,
): ChartConfiguration<'bar' | 'line', (number | null)[], string> {
  const unitOf = new Map(spec.series.map((s) => [s.label, s.unit]))
  const valueAxis = spec.horizontal ? 'x' : 'y'
  const annotations: Record<string, AnnotationOptions> = {}
  spec.annotations.forEach((a, i) => {
    if (a.kind === 'band') {
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
          display: true,
          // A label of several lines (a shortage and the grades short in it) is drawn line under line.
          content: a.label.includes('\n') ? a.label.split('\n') : a.label,
          position: { x: 'center', y: a.labelAt === 'bottom' ? 'end' : 'start' },
          color: a.colour,
          font: { size: 11, weight: 'bold' },
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
          position: 'end',
          backgroundColor: a.colour,
          font: { size: 11 },
        },
      }
    }
  })
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
        },
        ...(spec.y2
          ? {
              y2: {
                ...axis(spec.y2.title, spec.y2.unit, false, 'right'),
                suggestedMax: spec.y2.suggestedMax,
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
          callbacks: {
            label: (item: TooltipItem<'bar' | 'line'>) => {
              const raw = item.parsed[valueAxis as 'x' | 'y']
              const unit = unitOf.get(item.dataset.label ?? '') ?? spec.y.unit
              const value = spec.horizontal && !spec.signed ? Math.abs(raw ?? 0) : raw
              return `${item.dataset.label}: ${formatWithUnit(value ?? null, unit, units)}`
            },
          },
        },
        annotation: { annotations },
      },
    },
  }
}
