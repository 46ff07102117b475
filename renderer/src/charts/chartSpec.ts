// A plain description of a chart (series, axes, shaded years, data table) that toChartJs turns into a Chart.js config.

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
  /** A dotted line (a third line style beside solid and dashed, so flows differ by more than colour). */
  dotted?: boolean
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
      /**
       * How many categories the label may span, centred on the band: its own years and half the unshaded years
       * to the next band (set by withLabelRoom); a label wider than that is shortened to its first line, or left
       * out, so labels never run into each other.
       */
      room?: number
      /** Where the label is anchored in its band: centred, or from its start or end edge over the free years beside it. */
      labelAlign?: 'start' | 'center' | 'end'
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
  /**
   * Per category label, the lines that say why (a year's shortage reason): the footer of the tooltip of any point
   * of that category, and a column of the data table. Absent on charts without reasons.
   */
  notes?: string[][]
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

/** Categories a centred band label needs before an edge anchor is tried (a word of about ten letters, four years). */
const CENTRED_ROOM = 4

/**
 * The bands with their label's `room` and anchor: each label may use its band and half the unshaded categories
 * to the next band (all of them to the chart's edge), centred, or from its band's edge when that gives more room
 * (a band at the first year starts its label there and runs it over the free years after it).
 */
export function withLabelRoom(labels: readonly string[], annotations: AnnotationSpec[]): AnnotationSpec[] {
  const bands = annotations
    .map((a, i) => ({ a, i }))
    .filter((b): b is { a: Extract<AnnotationSpec, { kind: 'band' }>; i: number } => b.a.kind === 'band')
    .map((b) => ({ ...b, from: labels.indexOf(b.a.from), to: labels.indexOf(b.a.to) }))
    .sort((x, y) => x.from - y.from)
  const placed = new Map<number, { room: number; labelAlign: 'start' | 'center' | 'end' }>()
  bands.forEach((b, k) => {
    const prev = bands[k - 1]
    const next = bands[k + 1]
    const left = Math.max(0, prev ? (b.from - prev.to - 1) / 2 : b.from)
    const right = Math.max(0, next ? (next.from - b.to - 1) / 2 : labels.length - 1 - b.to)
    const width = b.to - b.from + 1
    const options: { room: number; labelAlign: 'start' | 'center' | 'end' }[] = [
      { room: width + 2 * Math.min(left, right), labelAlign: 'center' },
      { room: width + right, labelAlign: 'start' },
      { room: width + left, labelAlign: 'end' },
    ]
    // Centred reads best; an edge anchor only when the centre leaves less than a short label's width.
    const centred = options[0]!
    placed.set(
      b.i,
      centred.room >= CENTRED_ROOM ? centred : options.reduce((best, o) => (o.room > best.room ? o : best)),
    )
  })
  return annotations.map((a, i) => (a.kind === 'band' ? { ...a, ...placed.get(i) } : a))
}
