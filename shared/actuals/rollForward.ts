// Roll the plan forward: next year's base starts the year after the last actuals, from the actual headcount and backlog and the projection's ages and volumes.
import { project } from '../engine/index'
import { startOfYear } from '../engine/startOfYear'
import { maxAgeYears, minAgeYears } from '../model/limits'
import type { ModelInput, ModelResult, RosterEntry } from '../model/types'
import { planFigure } from './planFigures'
import { shiftInputSeries } from './shiftSeries'
import { totalKey, type ActualMetric, type Actuals, type ActualsProblem } from './types'

/** Where a starting figure of the new base came from. */
export interface CarriedFigure {
  /** Override-style path in the new input: `workforce/roster`, `service/initialBacklogHours`, … */
  path: string
  from: 'actuals' | 'plan'
}

export type RollForwardOutcome =
  | {
      ok: true
      input: ModelInput
      /** Years the start moved: new startYear - old startYear. */
      shiftYears: number
      carried: CarriedFigure[]
    }
  | { ok: false; problems: ActualsProblem[] }

/**
 * The base of next year's plan (docs/calibration.md "Roll-forward"). The new start is the year after
 * the last year with actuals; the end year stays, so the horizon shortens by the shift and every value
 * the new base holds comes from the old plan or the actuals (nothing is extrapolated). The roster is
 * the projection's stocks by grade and age at the new start, each grade scaled by actual / planned
 * headcount of the last actuals year; the backlog is the actual backlog left at the end of that year;
 * students by year of study, installed base, new and pre-owned sales are the projection's at the new
 * start (students scaled by actual / planned students); series keep their calendar years. `result`
 * may be passed when the projection of `input` is at hand. Actuals must have passed `validateActuals`.
 */
export function rollForward(input: ModelInput, actuals: Actuals, result?: ModelResult): RollForwardOutcome {
  const endYear = input.startYear + input.horizonYears - 1
  const years = actuals.filter((y) => Object.keys(y.figures).length > 0).map((y) => y.year)
  if (years.length === 0) return fail('There are no actuals: nothing to roll forward from')
  const last = Math.max(...years)
  if (last < input.startYear) {
    return fail(
      `The last actuals (${last}) are before the plan starts (${input.startYear}); roll forward needs a year of the plan`,
    )
  }
  if (last >= endYear) {
    return fail(
      `The actuals reach ${last}, the plan's last year is ${endYear}: no year is left to plan; extend the horizon first`,
    )
  }
  const shift = last + 1 - input.startYear
  const horizonYears = input.horizonYears - shift
  const projected = result ?? project(input)
  const lastYear = projected.years[shift - 1]!
  const figures = actuals.find((y) => y.year === last)!.figures
  const state = startOfYear(input, shift)
  const carried: CarriedFigure[] = []

  // Roster: ages from the projection, each grade's total re-based on the actual headcount.
  const headcountRatio = ratios(
    figures.headcount,
    lastYear,
    'headcount',
    input.grades.map((g) => g.id),
  )
  const roster: RosterEntry[] = []
  for (const grade of input.grades) {
    const ratio = headcountRatio.get(grade.id) ?? 1
    for (let age = minAgeYears; age <= maxAgeYears; age++) {
      const fte = state.stocks(grade.id, age) * ratio
      if (fte > 0) roster.push({ grade: grade.id, age, fte })
    }
  }
  // Graduates of the last actuals year join at the start of the next; a run's first year has no
  // graduates from before it, so they start on the roster, at their entry grade and age.
  const studentRatio = ratios(
    figures.students,
    lastYear,
    'students',
    input.training.map((p) => p.id),
  )
  for (const p of input.training) {
    const fte = p.captureRate * lastYear.graduates[p.id]! * (studentRatio.get(p.id) ?? 1)
    if (fte > 0) addToRoster(roster, p.entryGrade, p.entryAge, fte)
  }
  carried.push({ path: 'workforce/roster', from: headcountRatio.size > 0 ? 'actuals' : 'plan' })

  // Backlog left at the end of the last actuals year; grades without an actual keep the plan's.
  const backlog = figures.backlogHours
  let initialBacklogHours = planFigure(lastYear, 'backlogHours', totalKey)!
  if (backlog !== undefined) {
    if (Object.hasOwn(backlog, totalKey)) initialBacklogHours = backlog[totalKey]!
    else {
      initialBacklogHours = 0
      for (const g of input.grades) {
        initialBacklogHours += Object.hasOwn(backlog, g.id) ? backlog[g.id]! : lastYear.backlogHours[g.id]!
      }
    }
  }
  carried.push({ path: 'service/initialBacklogHours', from: backlog !== undefined ? 'actuals' : 'plan' })

  const shifted = shiftInputSeries(input, shift, horizonYears)
  const training = shifted.training.map((p) => {
    const ratio = studentRatio.get(p.id) ?? 1
    // Year of study 0 holds the new start's intake; the later years are last year's students, moved up.
    const initialStudents = state.studentsByYearOfStudy[p.id]!.map((s, k) => (k === 0 ? s : s * ratio))
    carried.push({
      path: `training/${p.id}/initialStudents`,
      from: studentRatio.has(p.id) ? 'actuals' : 'plan',
    })
    return { ...p, initialStudents }
  })
  const segments = shifted.segments.map((s) => {
    for (const field of ['installedBase', 'newSales', 'preOwned'])
      carried.push({ path: `segments/${s.id}/${field}`, from: 'plan' })
    return {
      ...s,
      installedBase: state.installedBase[s.id]!,
      newSales: state.newSales[s.id]!,
      preOwned: state.preOwned[s.id]!,
    }
  })
  return {
    ok: true,
    input: {
      ...shifted,
      startYear: last + 1,
      horizonYears,
      segments,
      training,
      workforce: { ...shifted.workforce, roster },
      service: { ...shifted.service, initialBacklogHours },
    },
    shiftYears: shift,
    carried,
  }
}

/**
 * actual / plan per id for a metric of the last actuals year: by id where given, or one ratio for all
 * ids from a workshop total. Ids whose plan is 0 keep the plan (no ages or years of study to carry).
 */
function ratios(
  values: Record<string, number> | undefined,
  year: ModelResult['years'][number],
  metric: ActualMetric,
  ids: readonly string[],
): Map<string, number> {
  const out = new Map<string, number>()
  if (values === undefined) return out
  if (Object.hasOwn(values, totalKey)) {
    const plan = planFigure(year, metric, totalKey)!
    if (plan > 0) for (const id of ids) out.set(id, values[totalKey]! / plan)
    return out
  }
  for (const id of ids) {
    const plan = planFigure(year, metric, id)
    if (Object.hasOwn(values, id) && plan !== null && plan > 0) out.set(id, values[id]! / plan)
  }
  return out
}

function addToRoster(roster: RosterEntry[], grade: string, age: number, fte: number): void {
  const entry = roster.find((e) => e.grade === grade && e.age === age)
  if (entry === undefined) roster.push({ grade, age, fte })
  else entry.fte += fte
}

function fail(message: string): RollForwardOutcome {
  return { ok: false, problems: [{ field: 'year', message }] }
}
