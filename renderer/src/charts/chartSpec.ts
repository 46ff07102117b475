// A plain description of a chart (series, axes, shaded years, data table) that toChartJs turns into a Chart.js config.

/** Okabe–Ito palette: stays distinct for the common colour-vision deficiencies. */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const

export const STATUS_COLOURS = { shortage: '#B42318', tight: '#9A6700', ok: '#1A7F37' } as const

export function colourAt(index: number): string {
  return PALETTE[index % PALETTE.length]!
}

export type Unit = 'h' | 'fte' | 'students' | 'seats' | 'weeks' | 'chf' | 'people' | 'percent' | 'years'

export interface SeriesSpec {
  /** Stable key (grade id, 'demand', …) for tests and the data table. */
  key: string
  label: string
  kind: 'bar' | 'line'
  data: (number | null)[]
  colour: string
  /** Bars with the same stack are stacked. */
  stack?: string
  /** 'y2' puts the series on the right axis. */
  axis?: 'y' | 'y2'
  dashed?: boolean
  /** Lines filled down to the axis (an area); 'previous' fills down to the series just before (a P10–P90 band). */
  fill?: boolean | 'previous'
  /** A thin line without points (the edges of a band). */
  thin?: boolean
  /** Points only, no line (recorded actuals on a plan's chart). */
  points?: boolean
  unit: Unit
}

export interface AxisSpec {
  title: string
  unit: Unit
  stacked?: boolean
  /** Suggested maximum, e.g. a target line that must stay visible. */
  suggestedMax?: number
}

export type AnnotationSpec =
  /** Shades the categories from `from` to `to` (inclusive labels); a label with line breaks is drawn on several lines. */
  | {
      kind: 'band'
      from: string
      to: string
      label: string
      colour: string
      /** Where the label sits (default the top), so neighbouring bands' labels do not run into each other. */
      labelAt?: 'top' | 'bottom'
    }
  /** A horizontal line at `value` on an axis. */
  | { kind: 'hline'; value: number; axis: 'y' | 'y2'; label: string; colour: string }

export interface ChartSpec {
  id: string
  title: string
  /** One sentence on how to read it, also the start of the text alternative. */
  description: string
  /** Category labels (years as text, or age bands). */
  labels: string[]
  series: SeriesSpec[]
  y: AxisSpec
  y2?: AxisSpec
  /** Horizontal bars (the age pyramid). */
  horizontal?: boolean
  /** Horizontal bars whose values keep their sign in ticks, tooltips and table (a tornado); the pyramid shows magnitudes. */
  signed?: boolean
  /** Heading of the data table's first column (default: the year, or the age band for horizontal charts). */
  categoryTitle?: string
  annotations: AnnotationSpec[]
}

/** Groups consecutive labels whose flag is set into [from, to] runs (for shaded shortage years). */
export function runsOf(labels: readonly string[], flags: readonly boolean[]): { from: string; to: string }[] {
  const runs: { from: string; to: string }[] = []
  let start = -1
  for (let i = 0; i <= labels.length; i++) {
    const on = i < labels.length && flags[i] === true
    if (on && start < 0) start = i
    if (!on && start >= 0) {
      runs.push({ from: labels[start]!, to: labels[i - 1]! })
      start = -1
    }
  }
  return runs
}
