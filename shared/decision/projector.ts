// Repeated projections of one scenario that differs only at known paths: reruns just the engine parts those paths feed.
import { project } from '../engine/index'
import { computeDemand, type Demand } from '../engine/demand'
import { makeLayout, type Layout } from '../engine/layout'
import { resolveInputSeries, seriesPath, slotBounds, type ResolvedSeries } from '../engine/resolve'
import { resolveSeries } from '../engine/series'
import { computeTraining, type Training } from '../engine/training'
import { runYears, type YearParts } from '../engine/years'
import { ModelInputError, problem, projectionCodes } from '../model/problems'
import type { ModelInput, ModelResult, Series } from '../model/types'
import { fieldInfo } from './uncertainty'

/**
 * The figures Monte Carlo and the tornado read from one projection. Arrays hold one value per year
 * and are overwritten by the projector's next run: copy what you keep.
 */
export interface RunFigures {
  /** shortageFte[t] (FTE). */
  shortageFte: Float64Array
  /** turnaroundWeeks[t] (weeks); Infinity where the engine reports null (nothing served, backlog left). */
  turnaroundWeeks: Float64Array
  /** Working headcount over all grades, sum of W[g][t] (FTE). */
  headcount: Float64Array
  /** 1 where the year's status is 'shortage'. */
  shortage: Uint8Array
  firstShortageYear: number | null
  peakShortageFte: number
  /** Sum of lostHours over grades and years (h). */
  totalLostHours: number
  /** Sum of cost.total over years (CHF). */
  totalCost: number
}

/** Runs variants of one base input. Every input given to `run` must equal the base except at the paths named. */
export interface Projector {
  readonly horizonYears: number
  readonly startYear: number
  /** Projects one variant; throws ModelInputError as `project` would. */
  run(input: ModelInput): RunFigures
}

/** Engine parts, in order; a path marks the first part it feeds, and every later part that depends on it reruns. */
interface Dirty {
  demand: boolean
  training: boolean
  workforce: boolean
  capacity: boolean
  service: boolean
  cost: boolean
  /** Series to resolve again per run, with where they go in ResolvedSeries. */
  series: { path: string; slot: keyof ResolvedSeries; index: number }[]
}

/** Which engine parts a path feeds (docs/model-equations.md sections); unknown paths make everything rerun. */
function markPath(base: ModelInput, path: string, d: Dirty): void {
  const all = () => {
    d.demand = d.training = d.workforce = d.capacity = d.service = d.cost = true
  }
  const s = path.split('/')
  const [top, id, field] = s
  const indexOf = (list: { id: string }[]) => list.findIndex((e) => e.id === id)
  if (top === 'segments') {
    d.demand = true
    if (field === 'newSalesGrowth' || field === 'preOwnedGrowth' || field === 'serviceUptake')
      d.series.push({ path, slot: field, index: indexOf(base.segments) })
  } else if (top === 'service') {
    if (id === 'productivityGain') d.demand = true
    else if (id === 'rampUpFactor' || id === 'rampUp') d.capacity = true
    else if (id === 'overtimePremium') d.cost = true
    else d.service = true
    if (id === 'outsourcing' && s[3] === 'maxHours') {
      d.series.push({
        path,
        slot: 'outsourcingMaxHours',
        index: base.grades.findIndex((g) => g.id === field),
      })
    } else if (id === 'outsourcing') all()
  } else if (top === 'grades') {
    if (field === 'attritionRate' || field === 'promotionRate') d.workforce = true
    else if (field === 'hoursPerFte') d.capacity = d.service = true
    else if (field === 'salaryPerFte' || field === 'hireCost' || field === 'revenuePerHour') d.cost = true
    else all()
  } else if (top === 'training') {
    if (field === 'intake' || field === 'dropoutRate' || field === 'initialStudents') d.training = true
    else if (field === 'captureRate') d.workforce = true
    else if (field === 'supervisionHoursPerStudent' || field === 'benchSharePerStudent') d.capacity = true
    else if (field === 'costPerStudentYear') d.cost = true
    else all()
    if (field === 'intake' || field === 'maxIntake') {
      d.training = true
      d.series.push({ path, slot: field, index: indexOf(base.training) })
    }
  } else if (top === 'workforce') {
    d.workforce = true
    if (id === 'hires' || id === 'marketLimit' || id === 'backfill' || id === 'gapHiring') {
      const index = base.grades.findIndex((g) => g.id === field)
      d.series.push({ path, slot: id, index })
    }
  } else if (top === 'benches') {
    d.capacity = d.cost = true
  } else all()
}

/**
 * A projector for variants of `base` (a valid input) that differ only at `paths`. Parts of the engine
 * that none of the paths feeds are computed once; the others rerun with the engine's own functions, in
 * `project`'s order, so every figure equals `project(variant)`'s exactly (the decision tests check it).
 */
export function createProjector(base: ModelInput, paths: readonly string[]): Projector {
  const layout: Layout = makeLayout(base)
  const { H, startYear } = layout
  const G = base.grades.length
  const dirty: Dirty = {
    demand: false,
    training: false,
    workforce: false,
    capacity: false,
    service: false,
    cost: false,
    series: [],
  }
  for (const path of paths) {
    if (!fieldInfo(path).ok) markPath(base, '', dirty)
    else markPath(base, path, dirty)
  }
  // Downstream parts: training -> workforce -> capacity -> service -> cost; training, workforce -> cost;
  // demand -> service; (v2) with gap hiring, service -> workforce of the next year.
  if (dirty.training) dirty.workforce = dirty.cost = true
  if (dirty.workforce) dirty.capacity = dirty.cost = true
  if (dirty.capacity || dirty.demand) dirty.service = true
  if (dirty.service && Object.keys(base.workforce.gapHiring ?? {}).length > 0) {
    dirty.workforce = dirty.capacity = true
  }
  if (dirty.service) dirty.cost = true

  const baseSeries = resolveInputSeries(base, layout)
  let demand: Demand = computeDemand(base, layout, baseSeries)
  let training: Training = computeTraining(base, layout, baseSeries)
  let { workforce, capacity, service, costs }: YearParts = runYears(
    base,
    layout,
    baseSeries,
    demand,
    training,
  )

  const figures: RunFigures = {
    shortageFte: new Float64Array(H),
    turnaroundWeeks: new Float64Array(H),
    headcount: new Float64Array(H),
    shortage: new Uint8Array(H),
    firstShortageYear: null,
    peakShortageFte: 0,
    totalLostHours: 0,
    totalCost: 0,
  }
  // The engine's own bounds (a growth above +1'000 %/yr is refused as by `project`), not only the field's.
  const seriesBounds = dirty.series.map(({ slot }) => slotBounds[slot])

  const run = (input: ModelInput): RunFigures => {
    let series = baseSeries
    if (dirty.series.length > 0) {
      series = {
        newSalesGrowth: baseSeries.newSalesGrowth.slice(),
        preOwnedGrowth: baseSeries.preOwnedGrowth.slice(),
        serviceUptake: baseSeries.serviceUptake.slice(),
        hires: baseSeries.hires.slice(),
        marketLimit: baseSeries.marketLimit.slice(),
        backfill: baseSeries.backfill.slice(),
        gapHiring: baseSeries.gapHiring.slice(),
        outsourcingMaxHours: baseSeries.outsourcingMaxHours.slice(),
        intake: baseSeries.intake.slice(),
        maxIntake: baseSeries.maxIntake.slice(),
      }
      for (let i = 0; i < dirty.series.length; i++) {
        const { path, slot, index } = dirty.series[i]!
        const value = readPath(input, path)
        if (value === undefined) {
          ;(series[slot] as (Float64Array | null)[])[index] = null
          continue
        }
        // Named as `project` names it (the same path, the same bounds).
        const resolved = resolveSeries(
          value as Series,
          H,
          startYear,
          index >= 0 ? seriesPath(slot, index, layout) : path,
          seriesBounds[i],
        )
        if (!resolved.ok) throw new ModelInputError(resolved.problems)
        ;(series[slot] as (Float64Array | null)[])[index] = resolved.values
      }
    }
    if (dirty.demand) demand = computeDemand(input, layout, series)
    if (dirty.training) training = computeTraining(input, layout, series)
    if (dirty.workforce || dirty.capacity || dirty.service || dirty.cost) {
      const parts = runYears(input, layout, series, demand, training, {
        reuse: {
          workforce: dirty.workforce ? undefined : workforce,
          capacity: dirty.capacity ? undefined : capacity,
          service: dirty.service ? undefined : service,
          costs: dirty.cost ? undefined : costs,
        },
      })
      ;({ workforce, capacity, service, costs } = parts)
    }
    if (
      !allFinite([
        demand.demandHours,
        workforce.headcount,
        capacity.capacityHours,
        service.servedHours,
        service.unservedHours,
        service.turnaroundWeeks,
        costs.total,
      ])
    ) {
      return fromResult(project(input))
    }
    let firstShortageYear: number | null = null
    let peak = 0
    let lost = 0
    let cost = 0
    for (let t = 0; t < H; t++) {
      const short = service.status[t] === 'shortage'
      figures.shortage[t] = short ? 1 : 0
      figures.shortageFte[t] = service.shortageFte[t]!
      figures.turnaroundWeeks[t] = service.turnaroundKnown[t] === 1 ? service.turnaroundWeeks[t]! : Infinity
      let w = 0
      for (let g = 0; g < G; g++) w += workforce.headcount[g * H + t]!
      figures.headcount[t] = w
      // Summary, as project() builds it: first shortage year, first year of the largest shortageFte, sums.
      if (firstShortageYear === null && short) firstShortageYear = startYear + t
      if (service.shortageFte[t]! > peak) peak = service.shortageFte[t]!
      for (let g = 0; g < G; g++) lost += service.lostHours[g * H + t]!
      cost += costs.total[t]!
    }
    if (!Number.isFinite(lost) || !Number.isFinite(cost)) {
      throw new ModelInputError([
        {
          ...problem(
            '',
            'total lost hours or total cost grow beyond what can be computed; check very large values',
          ),
          code: projectionCodes.totalsOverflow,
          params: {},
        },
      ])
    }
    figures.firstShortageYear = firstShortageYear
    figures.peakShortageFte = peak
    figures.totalLostHours = lost
    figures.totalCost = cost
    return figures
  }

  /** Figures from a full engine result: used when a run's figures overflow, so project() reports it. */
  const fromResult = (result: ModelResult): RunFigures => {
    result.years.forEach((y, t) => {
      figures.shortage[t] = y.status === 'shortage' ? 1 : 0
      figures.shortageFte[t] = y.shortageFte
      figures.turnaroundWeeks[t] = y.turnaroundWeeks ?? Infinity
      let w = 0
      for (const id of layout.gradeIds) w += y.headcount[id]!
      figures.headcount[t] = w
    })
    figures.firstShortageYear = result.summary.firstShortageYear
    figures.peakShortageFte = result.summary.peakShortageFte
    figures.totalLostHours = result.summary.totalLostHours
    figures.totalCost = result.summary.totalCost
    return figures
  }

  return { horizonYears: H, startYear, run }
}

function allFinite(arrays: Float64Array[]): boolean {
  for (const a of arrays) for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i]!)) return false
  return true
}

/** The value at a path of the variant (id-keyed lists by id); undefined when missing. */
function readPath(input: ModelInput, path: string): unknown {
  let node: unknown = input
  for (const segment of path.split('/')) {
    if (Array.isArray(node)) node = node.find((e: { id?: string }) => e.id === segment)
    else if (typeof node === 'object' && node !== null && Object.hasOwn(node, segment))
      node = (node as Record<string, unknown>)[segment]
    else return undefined
  }
  return node
}
