// Calibration: fits uptake, an hours scale and attrition to the actuals by weighted least squares (Levenberg-Marquardt), with fit figures and warnings.
import { levenbergMarquardt } from 'ml-levenberg-marquardt'
import { project } from '../engine/index'
import { applyOverrides, type Override } from '../model/overrides'
import type { ModelInput, ModelResult } from '../model/types'
import {
  parameterOverrides,
  parameterSpecs,
  withParameters,
  type CalibrationTarget,
  type ParameterSpec,
} from './calibrationParameters'
import { identifiabilityWarnings, type CalibrationWarning } from './identifiability'
import { planFigure } from './planFigures'
import { actualMetrics, type ActualMetric, type Actuals } from './types'

export interface CalibrateOptions {
  /** The parameters to fit (see `calibrationTargets`). */
  parameters: readonly CalibrationTarget[]
  /** Levenberg-Marquardt iterations at most; 100 by default. */
  maxIterations?: number
}

export interface CalibratedParameter extends ParameterSpec {
  after: number
}

/** How well one metric is fitted: MAPE as a share (0.012 = 1.2 %), R² (null when the actuals do not vary). */
export interface MetricFit {
  count: number
  /** mean of |actual - fitted| / |actual| over the observations whose actual is not 0; null when none. */
  mape: number | null
  /** 1 - sum (actual - fitted)² / sum (actual - mean actual)²; null when every actual is the same. */
  r2: number | null
}

export interface Residual {
  metric: ActualMetric
  key: string
  actual: number
  /** The calibrated plan's figure; null where it has none (turnaround unknown). */
  fitted: number | null
  /** actual - fitted (the variance's sign convention). */
  residual: number | null
}

export interface CalibrationResult {
  parameters: CalibratedParameter[]
  /** Fit per metric after calibration, and before (at the scenario's own values). */
  fit: Partial<Record<ActualMetric, MetricFit>>
  fitBefore: Partial<Record<ActualMetric, MetricFit>>
  residualsByYear: { year: number; residuals: Residual[] }[]
  warnings: CalibrationWarning[]
  iterations: number
}

/** One observation: an actual within the scenario's years that the plan has a figure for. */
interface Observation {
  t: number
  year: number
  metric: ActualMetric
  key: string
  actual: number
  /** Weight 1/scale: the mean |actual| of its metric and key over the years (docs/calibration.md "Weights"). */
  scale: number
}

/** Normalised residual given when a parameter vector cannot be projected (or a turnaround is unknown). */
const penalty = 10

/**
 * Fits the chosen parameters of `input` to `actuals` (which must have passed `validateActuals`):
 * minimises sum over observations of ((actual - plan(p)) / scale)² within the parameters' bounds,
 * starting from the scenario's values. Pure and deterministic; the input is not changed.
 */
export function calibrate(input: ModelInput, actuals: Actuals, options: CalibrateOptions): CalibrationResult {
  const specs = parameterSpecs(input, options.parameters)
  const start = specs.map((s) => s.before)
  const observations = collectObservations(input, project(input), actuals)
  const warnings: CalibrationWarning[] = []
  if (observations.length === 0 || specs.length === 0) {
    if (observations.length === 0) {
      warnings.push({
        code: 'noObservations',
        paths: [],
        message: 'No actuals fall within the scenario’s years: nothing to calibrate against',
      })
    }
    return finish(input, specs, start, observations, warnings, 0)
  }

  const cache = new Map<string, Float64Array>()
  const evaluate = (params: readonly number[]): Float64Array => {
    const id = params.join(',')
    let fitted = cache.get(id)
    if (fitted === undefined) {
      fitted = normalisedPlan(withParameters(input, specs, params), observations)
      if (cache.size > 64) cache.delete(cache.keys().next().value as string)
      cache.set(id, fitted)
    }
    return fitted
  }
  // The weights are applied by dividing by each scale, not through the library's `weights` option:
  // in ml-levenberg-marquardt 5.1 its error sum and its step use the weights in opposite powers.
  const x = observations.map((_, i) => i)
  const y = observations.map((o) => o.actual / o.scale)
  const fitted = levenbergMarquardt(
    { x, y },
    (params) => {
      const values = evaluate(params)
      return (i) => values[i]!
    },
    {
      initialValues: start,
      minValues: specs.map((s) => s.min),
      maxValues: specs.map((s) => s.max),
      gradientDifference: specs.map((s) => stepFor(s)),
      centralDifference: true,
      maxIterations: options.maxIterations ?? 100,
      errorTolerance: 1e-20,
    },
  )
  const after = fitted.parameterValues.map((v, i) => clamp(v, specs[i]!))

  warnings.push(...identifiabilityWarnings(specs, jacobianColumns(specs, after, evaluate)))
  const unmoved = new Set(warnings.flatMap((w) => (w.code === 'noEffect' ? w.paths : [])))
  specs.forEach((spec, i) => {
    const v = after[i]!
    if ((v <= spec.min || v >= spec.max) && !unmoved.has(spec.path)) {
      warnings.push({
        code: 'atBound',
        paths: [spec.path],
        message: `${spec.path}: the fit stopped at the ${v <= spec.min ? 'lowest' : 'highest'} value allowed (${v}); the actuals ask for more than this parameter can give`,
      })
    }
  })
  return finish(input, specs, after, observations, warnings, fitted.iterations)
}

/** The overrides that turn `input` into its calibrated version, for a new scenario (one undo step). */
export function calibrationOverrides(
  input: ModelInput,
  parameters: readonly CalibratedParameter[],
): Override[] {
  return parameterOverrides(
    input,
    parameters,
    parameters.map((p) => p.after),
  )
}

/** `input` with the calibrated values written in. */
export function applyCalibration(input: ModelInput, parameters: readonly CalibratedParameter[]): ModelInput {
  return applyOverrides(input, calibrationOverrides(input, parameters)).input
}

function collectObservations(input: ModelInput, result: ModelResult, actuals: Actuals): Observation[] {
  const raw: Omit<Observation, 'scale'>[] = []
  for (const { year, figures } of actuals) {
    const t = year - input.startYear
    if (t < 0 || t >= input.horizonYears) continue
    for (const metric of actualMetrics) {
      const values = figures[metric]
      if (values === undefined) continue
      for (const key of Object.keys(values)) raw.push({ t, year, metric, key, actual: values[key]! })
    }
  }
  // Scale of a metric and key: its mean |actual|, else its mean |plan|, else 1 (a series of zeros).
  const sums = new Map<string, { actual: number; plan: number; n: number }>()
  for (const o of raw) {
    const id = `${o.metric}|${o.key}`
    const s = sums.get(id) ?? { actual: 0, plan: 0, n: 0 }
    s.actual += Math.abs(o.actual)
    s.plan += Math.abs(planFigure(result.years[o.t]!, o.metric, o.key) ?? 0)
    s.n += 1
    sums.set(id, s)
  }
  return raw.map((o) => {
    const s = sums.get(`${o.metric}|${o.key}`)!
    const scale = s.actual > 0 ? s.actual / s.n : s.plan > 0 ? s.plan / s.n : 1
    return { ...o, scale }
  })
}

/** The plan's figures at the observations, divided by their scales; `penalty` away from the actual where there is none. */
function normalisedPlan(input: ModelInput, observations: readonly Observation[]): Float64Array {
  const out = new Float64Array(observations.length)
  let result: ModelResult | null = null
  try {
    result = project(input)
  } catch {
    result = null
  }
  observations.forEach((o, i) => {
    const plan = result === null ? null : planFigure(result.years[o.t]!, o.metric, o.key)
    out[i] = plan === null ? o.actual / o.scale + penalty : plan / o.scale
  })
  return out
}

/** Finite-difference step: a millionth of the parameter's size (or of its range at 0). */
function stepFor(spec: ParameterSpec): number {
  return 1e-6 * Math.max(Math.abs(spec.before), 0.01 * (spec.max - spec.min), 1e-3)
}

function clamp(v: number, spec: ParameterSpec): number {
  return Math.min(spec.max, Math.max(spec.min, v))
}

/** Columns d(normalised plan)/d(parameter) * typical size, by central differences at `at` (one-sided at a bound). */
function jacobianColumns(
  specs: readonly ParameterSpec[],
  at: readonly number[],
  evaluate: (params: readonly number[]) => Float64Array,
): Float64Array[] {
  return specs.map((spec, j) => {
    const h = stepFor(spec)
    const up = at.slice()
    const down = at.slice()
    up[j] = Math.min(spec.max, at[j]! + h)
    down[j] = Math.max(spec.min, at[j]! - h)
    const fUp = evaluate(up)
    const fDown = evaluate(down)
    const size = Math.max(Math.abs(at[j]!), Math.abs(spec.before), 0.01 * (spec.max - spec.min))
    const column = new Float64Array(fUp.length)
    const width = up[j]! - down[j]!
    for (let i = 0; i < column.length; i++) column[i] = width > 0 ? ((fUp[i]! - fDown[i]!) / width) * size : 0
    return column
  })
}

function finish(
  input: ModelInput,
  specs: readonly ParameterSpec[],
  values: readonly number[],
  observations: readonly Observation[],
  warnings: CalibrationWarning[],
  iterations: number,
): CalibrationResult {
  const parameters = specs.map((s, i) => ({ ...s, after: values[i]! }))
  const before = project(input)
  const after = project(withParameters(input, specs, values))
  const residualsByYear: CalibrationResult['residualsByYear'] = []
  for (const o of observations) {
    const fitted = planFigure(after.years[o.t]!, o.metric, o.key)
    let entry = residualsByYear.find((r) => r.year === o.year)
    if (entry === undefined) residualsByYear.push((entry = { year: o.year, residuals: [] }))
    entry.residuals.push({
      metric: o.metric,
      key: o.key,
      actual: o.actual,
      fitted,
      residual: fitted === null ? null : o.actual - fitted,
    })
  }
  if (observations.some((o) => planFigure(after.years[o.t]!, o.metric, o.key) === null)) {
    warnings.push({
      code: 'planUnknown',
      paths: [],
      message:
        'In some years the plan has no turnaround (nothing served while a backlog remains); those actuals are not fitted',
    })
  }
  return {
    parameters,
    fit: metricFits(observations, after),
    fitBefore: metricFits(observations, before),
    residualsByYear,
    warnings,
    iterations,
  }
}

/** MAPE and R² per metric over its observations (all keys and years together). */
export function metricFits(
  observations: readonly { t: number; metric: ActualMetric; key: string; actual: number }[],
  result: ModelResult,
): Partial<Record<ActualMetric, MetricFit>> {
  const out: Partial<Record<ActualMetric, MetricFit>> = {}
  for (const metric of actualMetrics) {
    const pairs: [number, number][] = []
    for (const o of observations) {
      if (o.metric !== metric) continue
      const fitted = planFigure(result.years[o.t]!, metric, o.key)
      if (fitted !== null) pairs.push([o.actual, fitted])
    }
    if (pairs.length === 0) continue
    out[metric] = fitMeasures(pairs)
  }
  return out
}

/** MAPE and R² of (actual, fitted) pairs. */
export function fitMeasures(pairs: readonly (readonly [number, number])[]): MetricFit {
  let ape = 0
  let nonZero = 0
  let mean = 0
  for (const [a] of pairs) mean += a
  mean /= pairs.length
  let ssRes = 0
  let ssTot = 0
  for (const [a, f] of pairs) {
    if (a !== 0) {
      ape += Math.abs(a - f) / Math.abs(a)
      nonZero++
    }
    ssRes += (a - f) ** 2
    ssTot += (a - mean) ** 2
  }
  return {
    count: pairs.length,
    mape: nonZero > 0 ? ape / nonZero : null,
    r2: ssTot > 0 ? 1 - ssRes / ssTot : null,
  }
}
