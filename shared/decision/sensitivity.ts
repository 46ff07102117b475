// Sensitivity tornado: one KPI projected with each uncertain figure at the low and the high end of its range, sorted by swing.
import { project } from '../engine/index'
import { ModelInputError, type Problem } from '../model/problems'
import type { ModelInput, ResultSummary } from '../model/types'
import {
  drawAt,
  numericPaths,
  prepareUncertaintyOrThrow,
  valueFor,
  withValues,
  type PreparedInput,
  type UncertainApply,
  type Uncertainty,
} from './uncertainty'

/** The KPIs a tornado can show (fields of the engine's summary). */
export const tornadoKpis = ['peakShortageFte', 'totalLostHours', 'firstShortageYear', 'totalCost'] as const
export type TornadoKpi = (typeof tornadoKpis)[number]

/** One bar: the KPI with one figure at its low end and at its high end, everything else as in the scenario. */
export interface TornadoBar {
  path: string
  label?: string
  apply: UncertainApply
  /** The drawn numbers at the two ends: values (`set`), deltas (`add`) or factors (`scale`). */
  lowDraw: number
  highDraw: number
  /** The KPI with the figure at its low / high end; for firstShortageYear, null means no shortage within the horizon. */
  kpiAtLow: number | null
  kpiAtHigh: number | null
  /** |kpiAtHigh - kpiAtLow|, a year without shortage counted as the year after the horizon. */
  swing: number
  /** Why an end could not be projected (the bar then has swing 0 and sorts last), in English for logs. */
  error?: string
  /** The engine's first problem behind `error`, with its path and code, for the UI to word. */
  problem?: Problem
}

export interface TornadoResult {
  kpi: TornadoKpi
  /** The KPI of the scenario as it is. */
  baseKpi: number | null
  /** `uncertainty`: the uncertain figures across their ranges; `relative`: every numeric figure ± relativeSwing. */
  source: 'uncertainty' | 'relative'
  /** The swing used for `relative` (0.1 = ±10 %). */
  relativeSwing: number
  /** Calendar year counted for "no shortage" when the KPI is firstShortageYear (startYear + horizonYears). */
  noShortageYear: number
  /** Largest swing first; ties by path. */
  bars: TornadoBar[]
}

export interface TornadoOptions {
  /** Used when `uncertainty` is empty or missing: every numeric figure times 1 ± relativeSwing (default 0.1). */
  relativeSwing?: number
}

/**
 * The tornado of `kpi` for a valid input. Each uncertain figure goes to the low and the high end of its
 * range: the min and max of a uniform or triangular distribution, the 10th and 90th percentiles of a
 * normal or lognormal (after truncation). With no uncertain figure, every numeric figure of the input
 * (`numericPaths`) is scaled by 1 - relativeSwing and 1 + relativeSwing, clamped to its valid range.
 * Throws UncertaintyError when an uncertain figure does not fit the input.
 */
export function tornado(
  input: ModelInput,
  kpi: TornadoKpi,
  uncertainty: Uncertainty = [],
  options: TornadoOptions = {},
): TornadoResult {
  const relativeSwing = options.relativeSwing ?? 0.1
  if (!(relativeSwing >= 0 && relativeSwing <= 1))
    throw new RangeError('relativeSwing must be between 0 and 1')
  const source = uncertainty.length > 0 ? 'uncertainty' : 'relative'
  const specs: Uncertainty =
    source === 'uncertainty'
      ? uncertainty
      : numericPaths(input).map((path) => ({
          path,
          apply: 'scale' as const,
          distribution: { kind: 'uniform' as const, min: 1 - relativeSwing, max: 1 + relativeSwing },
        }))
  const items = prepareUncertaintyOrThrow(input, specs)
  const noShortageYear = input.startYear + input.horizonYears
  const read = (summary: ResultSummary): number | null => summary[kpi]
  const asNumber = (x: number | null) => (x === null ? noShortageYear : x)

  const bars = items.map((item): TornadoBar => {
    const [uLow, uHigh] = ends(item)
    const lowDraw = drawAt(item, uLow)
    const highDraw = drawAt(item, uHigh)
    const bar: TornadoBar = {
      path: item.path,
      ...(item.spec.label !== undefined ? { label: item.spec.label } : {}),
      apply: item.apply,
      lowDraw,
      highDraw,
      kpiAtLow: null,
      kpiAtHigh: null,
      swing: 0,
    }
    try {
      bar.kpiAtLow = read(project(withValues(input, [item], [valueFor(item, lowDraw)])).summary)
      bar.kpiAtHigh = read(project(withValues(input, [item], [valueFor(item, highDraw)])).summary)
      bar.swing = Math.abs(asNumber(bar.kpiAtHigh) - asNumber(bar.kpiAtLow))
    } catch (error) {
      if (!(error instanceof ModelInputError)) throw error
      bar.error = error.message
      if (error.problems[0] !== undefined) bar.problem = error.problems[0]
    }
    return bar
  })
  bars.sort((a, b) => {
    const failed = Number(a.error !== undefined) - Number(b.error !== undefined)
    if (failed !== 0) return failed
    if (b.swing !== a.swing) return b.swing - a.swing
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0
  })
  return {
    kpi,
    baseKpi: read(project(input).summary),
    source,
    relativeSwing,
    noShortageYear,
    bars,
  }
}

/** Cumulative probabilities of the low and high ends: the bounds of a bounded distribution, else P10 and P90. */
function ends(item: PreparedInput): [number, number] {
  const kind = item.spec.distribution.kind
  return kind === 'uniform' || kind === 'triangular' ? [0, 1] : [0.1, 0.9]
}
