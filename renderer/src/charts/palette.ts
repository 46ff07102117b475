// The one palette of every chart: Paul Tol's muted scheme for grades, Okabe–Ito and greys for everything else, all colour-blind safe.

/** Okabe & Ito (2008), "Color Universal Design": distinct for protanopia, deuteranopia and tritanopia. */
export const OKABE_ITO = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  pink: '#CC79A7',
  sky: '#56B4E9',
  vermillion: '#D55E00',
  yellow: '#F0E442',
  black: '#000000',
} as const

/**
 * Paul Tol's "muted" qualitative scheme (personal.sron.nl/~pault), nine colours for the grades, ordered so that
 * the first three (the common junior, confirmed, master grades) are the furthest apart.
 */
export const GRADE_COLOURS = [
  '#332288',
  '#DDCC77',
  '#CC6677',
  '#44AA99',
  '#882255',
  '#88CCEE',
  '#117733',
  '#999933',
  '#AA4499',
] as const

/** Neutral greys: lightness alone tells them apart, whatever the colour vision. */
export const GREYS = { mid: '#777777', light: '#BBBBBB' } as const

/**
 * Series that are not grades keep one colour (and a dash) on every chart, none of them a grade's: the
 * totals and flows drawn over grade bars, overtime and outsourced layers, recorded actuals, targets.
 */
export const FLOW_COLOURS = {
  demand: OKABE_ITO.black,
  effectiveDemand: OKABE_ITO.blue,
  joiners: OKABE_ITO.black,
  leavers: OKABE_ITO.blue,
  retirements: GREYS.mid,
  overtime: GREYS.light,
  outsourced: GREYS.mid,
  graduates: OKABE_ITO.black,
  turnaround: OKABE_ITO.blue,
  target: OKABE_ITO.black,
} as const

/** Recorded actuals drawn as points, one colour per metric of a chart (demand and served hours on one chart). */
export const ACTUAL_COLOURS = [OKABE_ITO.orange, OKABE_ITO.vermillion] as const

/** Categories that are not grades (programmes, cost categories, scenarios): Okabe–Ito without black. */
const CATEGORY_COLOURS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.green,
  OKABE_ITO.pink,
  OKABE_ITO.sky,
  OKABE_ITO.vermillion,
  OKABE_ITO.yellow,
] as const

/** Every colour a chart series may take. */
export const SAFE_COLOURS: ReadonlySet<string> = new Set([
  ...Object.values(OKABE_ITO),
  ...GRADE_COLOURS,
  ...Object.values(GREYS),
])

/** Shortage, tight and ok, for the shaded bands and status badges (annotations, not series). */
export const STATUS_COLOURS = { shortage: '#B42318', tight: '#9A6700', ok: '#1A7F37' } as const

/** The colour of the grade at `index` in the input's grade order: the same on every chart. */
export function gradeColour(index: number): string {
  return GRADE_COLOURS[index % GRADE_COLOURS.length]!
}

/** The colour of the index-th category that is not a grade. */
export function categoryColour(index: number): string {
  return CATEGORY_COLOURS[index % CATEGORY_COLOURS.length]!
}
