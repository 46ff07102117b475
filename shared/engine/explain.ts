// "Explain this number": one year's figures broken into their parts (demand, capacity, service), from the engine's own parts, so they add up to what the UI shows.
import type { GradeStatus, ModelInput, ModelResult, YearStatus } from '../model/types'
import { computeDemand } from './demand'
import { splitInitialBacklog } from './derived'
import { makeLayout } from './layout'
import { resolveInputSeries } from './resolve'
import { yearReason } from './shortageReasons'
import { computeTraining } from './training'

/** One segment's demand in the year (docs/model-equations.md "Demand"). */
export interface SegmentDemand {
  segment: string
  /** IB[s][t], watches in use (watches). */
  installedBase: number
  /** SC = IB * serviceUptake / serviceIntervalYears (jobs/yr). */
  scheduled: number
  /** SC - SCN: scheduled services a resale service stands in for (jobs/yr). */
  replacedByResale: number
  /** WA = NS * warrantyClaimRate (jobs/yr). */
  warranty: number
  /** RS = PO * preOwnedServiceRate (jobs/yr). */
  resale: number
  /** jobs = SCN + WA + RS (jobs/yr), the engine's own figure. */
  jobs: number
  /** Hours by job type, LF included (h/yr); a job type the segment does not mix is left out. */
  hoursByJobType: Record<string, number>
  /** Their sum (h/yr). */
  hours: number
}

/** One grade's capacity and service in the year ("Capacity", "Service"). Hours per year unless said. */
export interface GradeExplanation {
  grade: string
  /** D[g][t], the year's demand. */
  demand: number
  /** BL[g][t], backlog carried in (year 0: the initial backlog, split by demand). */
  backlogIn: number
  /** ED = D + BL. */
  effectiveDemand: number
  /** W[g][t] (FTE) and J[g][t] (FTE), the working headcount and its joiners. */
  headcount: number
  joiners: number
  hoursPerFte: number
  /** W * hoursPerFte. */
  grossHours: number
  /** RD[g][t] (FTE) and the hours it removes: grossHours - raw (raw floored at 0). */
  rampUpFte: number
  rampUpHours: number
  /** Tutor hours the grade's programmes take from it, and those it could not give. */
  tutoringHours: number
  unsupervisedHours: number
  /** Hours the bench factor removes: raw after tutoring * (1 - benchFactor). */
  benchHours: number
  /** C[g][t], the engine's figure: grossHours - rampUpHours - tutoringHours - benchHours (to rounding). */
  capacity: number
  /** Regular capacity received from the grades above, and passed on to the grades below, in the cascade. */
  fromAbove: number
  toBelow: number
  /** SR, OT, OS and served = SR + OT + OS. */
  regular: number
  overtime: number
  outsourced: number
  served: number
  /** unserved = ED - served = lost + backlogOut. */
  unserved: number
  lost: number
  backlogOut: number
  /** lost * revenuePerHour (CHF). */
  lostRevenue: number
  /** unserved / hoursPerFte (FTE). */
  gapFte: number
  /** Weeks, null when nothing is served while a backlog remains. */
  turnaroundWeeks: number | null
  status: GradeStatus
}

/** One programme's tutoring and seats in the year. */
export interface ProgrammeExplanation {
  programme: string
  supervisorGrade: string
  students: number
  /** Σ_k S[p][k][t] * supervisionHoursPerStudent (h/yr). */
  tutoringHours: number
  /** Σ_k S[p][k][t] * benchSharePerStudent (seats). */
  seats: number
}

/** The hour figures of a grade that the year's totals add up. */
const SUMMED = [
  'demand',
  'backlogIn',
  'effectiveDemand',
  'grossHours',
  'rampUpHours',
  'tutoringHours',
  'benchHours',
  'capacity',
  'regular',
  'overtime',
  'outsourced',
  'served',
  'unserved',
  'lost',
  'backlogOut',
] as const satisfies readonly (keyof GradeExplanation)[]
type SummedFigure = (typeof SUMMED)[number]

export interface YearExplanation {
  year: number
  /** LF[t] = (1 - productivityGain)^t. */
  productivityFactor: number
  segments: SegmentDemand[]
  /** Hours by job type over the segments, with the grade each needs. */
  jobTypes: { jobType: string; grade: string; hours: number }[]
  grades: GradeExplanation[]
  programmes: ProgrammeExplanation[]
  benches: { seats: number; seatsNeeded: number; headcountSeats: number; benchFactor: number }
  /** Sums over grades of the GradeExplanation figures of the same name, and the year's own figures. */
  totals: Record<SummedFigure, number> & {
    /** The year's lostRevenue (CHF), idleHours, shortageFte (FTE), turnaround (weeks, or null) and status. */
    lostRevenue: number
    idleHours: number
    shortageFte: number
    turnaroundWeeks: number | null
    status: YearStatus
  }
  /** Why the year is, or is not, a shortage (shortageReasons.ts). */
  reason: ReturnType<typeof yearReason>
}

const sumOf = <T>(items: readonly T[], pick: (item: T) => number): number =>
  items.reduce((acc, item) => acc + pick(item), 0)

/**
 * The parts of `year`'s figures. `result` must be `project(input)`. Demand and training come from the
 * engine's own parts (computeDemand, computeTraining); capacity and service are taken apart from the
 * result's figures with docs/model-equations.md's equations, so each part adds up to the total shown
 * (to rounding). Null when the year is outside the horizon.
 */
export function explainYear(input: ModelInput, result: ModelResult, year: number): YearExplanation | null {
  const t = year - input.startYear
  const y = result.years[t]
  if (y === undefined || t < 0) return null
  const layout = makeLayout(input)
  const { H } = layout
  const series = resolveInputSeries(input, layout)
  const demand = computeDemand(input, layout, series)
  const training = computeTraining(input, layout, series)

  // "Demand": LF[t] = (1 - productivityGain)^t; per segment SC, SCN = max(0, SC - resaleReplacesService * RS),
  // WA, RS; hours of job type j = ((SCN + WA) * jobMix * hoursPerJob + RS * resaleJobMix * resaleHoursPerJob) * LF,
  // written in the engine's v1 form jobs * jobMix * hoursPerJob * LF when the segment has no resale profile.
  const LF = Math.pow(1 - input.service.productivityGain, t)
  const segments = input.segments.map((seg, s): SegmentDemand => {
    const i = s * H + t
    const scheduled = (demand.installedBase[i] * series.serviceUptake[s][t]) / seg.serviceIntervalYears
    const resale = demand.resaleJobs[i]
    const replaces = seg.resaleReplacesService ?? 0
    const scheduledNet = replaces === 0 ? scheduled : Math.max(0, scheduled - replaces * resale)
    const warranty = demand.newSales[i] * seg.warrantyClaimRate
    const owners = scheduledNet + warranty
    const hoursByJobType: Record<string, number> = {}
    for (const { id } of input.jobTypes) {
      const own = Object.hasOwn(seg.jobMix, id) ? seg.jobMix[id] * seg.hoursPerJob[id] : 0
      if (seg.resaleJobMix === undefined || seg.resaleHoursPerJob === undefined) {
        if (Object.hasOwn(seg.jobMix, id))
          hoursByJobType[id] = demand.jobs[i] * seg.jobMix[id] * seg.hoursPerJob[id] * LF
        continue
      }
      const resaleMix = seg.resaleJobMix
      const resaleHours = seg.resaleHoursPerJob
      const perResale = Object.hasOwn(resaleMix, id) ? resaleMix[id] * resaleHours[id] : 0
      if (own !== 0 || perResale !== 0) hoursByJobType[id] = (owners * own + resale * perResale) * LF
    }
    return {
      segment: seg.id,
      installedBase: demand.installedBase[i],
      scheduled,
      replacedByResale: scheduled - scheduledNet,
      warranty,
      resale,
      jobs: demand.jobs[i],
      hoursByJobType,
      hours: sumOf(Object.values(hoursByJobType), (h) => h),
    }
  })
  const jobTypes = input.jobTypes.map((j) => ({
    jobType: j.id,
    grade: j.grade,
    hours: sumOf(segments, (s) => s.hoursByJobType[j.id] ?? 0),
  }))

  // "Training" and "Capacity", supervision and seats: Σ_k S[p][k][t] * supervisionHoursPerStudent and
  // Σ_k S[p][k][t] * benchSharePerStudent, programme by programme.
  const programmes = input.training.map((p, index): ProgrammeExplanation => {
    let tutoringHours = 0
    let seats = 0
    for (let k = training.offsets[index]; k < training.offsets[index + 1]; k++) {
      tutoringHours += training.students[k * H + t] * p.supervisionHoursPerStudent
      seats += training.students[k * H + t] * p.benchSharePerStudent
    }
    return {
      programme: p.id,
      supervisorGrade: p.supervisorGrade,
      students: training.studentsTotal[index * H + t],
      tutoringHours,
      seats,
    }
  })

  // "Service": BL[g][t] is the initial backlog split by D[g][0] at t = 0, else last year's backlogHours.
  const ids = layout.gradeIds
  const first = result.years[0]!
  const initialBacklog = splitInitialBacklog(
    input.service.initialBacklogHours,
    ids.map((id) => first.demandHours[id] ?? 0),
  )
  const rampUp = input.service.rampUp ?? [input.service.rampUpFactor]
  const grades = input.grades.map((grade, g) => {
    const id = grade.id
    // "Capacity": RD = Σ_{k=0..min(K-1,t)} J[t-k] * (1 - attritionRate)^k * (1 - rampUp[k]);
    // raw = max(0, W - RD) * hoursPerFte; tutoring taken from raw, floored at 0; C = raw * benchFactor.
    let rampUpFte = 0
    for (let k = 0, last = Math.min(rampUp.length - 1, t); k <= last; k++) {
      const joined = result.years[t - k]!.joiners[id] ?? 0
      rampUpFte += joined * Math.pow(1 - grade.attritionRate, k) * (1 - rampUp[k]!)
    }
    const headcount = y.headcount[id] ?? 0
    const grossHours = headcount * grade.hoursPerFte
    const raw = Math.max(0, headcount - rampUpFte) * grade.hoursPerFte
    const tutoringNeed = sumOf(
      programmes.filter((p) => p.supervisorGrade === id),
      (p) => p.tutoringHours,
    )
    const tutoringHours = Math.min(tutoringNeed, raw)
    const afterTutoring = raw - tutoringHours
    const capacity = y.capacityHours[id] ?? 0
    const demandHours = y.demandHours[id] ?? 0
    const backlogIn = t === 0 ? initialBacklog[g]! : (result.years[t - 1]!.backlogHours[id] ?? 0)
    const served = y.servedHours[id] ?? 0
    const overtime = y.overtimeHours?.[id] ?? 0
    const outsourced = y.outsourcedHours?.[id] ?? 0
    const lost = y.lostHours[id] ?? 0
    return {
      grade: id,
      demand: demandHours,
      backlogIn,
      effectiveDemand: demandHours + backlogIn,
      headcount,
      joiners: y.joiners[id] ?? 0,
      hoursPerFte: grade.hoursPerFte,
      grossHours,
      rampUpFte,
      rampUpHours: grossHours - raw,
      tutoringHours,
      unsupervisedHours: tutoringNeed - tutoringHours,
      benchHours: afterTutoring * (1 - y.benchFactor),
      capacity,
      fromAbove: 0,
      toBelow: 0,
      regular: served - overtime - outsourced,
      overtime,
      outsourced,
      served,
      unserved: y.unservedHours[id] ?? 0,
      lost,
      backlogOut: y.backlogHours[id] ?? 0,
      lostRevenue: lost * (grade.revenuePerHour ?? 0),
      gapFte: y.gapFte[id] ?? 0,
      turnaroundWeeks: y.turnaroundWeeksByGrade?.[id] ?? null,
      status: y.statusByGrade?.[id] ?? 'ok',
    } satisfies GradeExplanation
  })
  // The regular cascade, top grade down: avail = C + spill; SR = min(ED, avail); spill = avail - SR.
  let spill = 0
  for (let g = grades.length - 1; g >= 0; g--) {
    const part = grades[g]!
    part.fromAbove = spill
    spill = Math.max(0, part.capacity + spill - part.regular)
    part.toBelow = spill
  }

  const headcountSeats = sumOf(grades, (g) => g.headcount)
  const sums = Object.fromEntries(SUMMED.map((key) => [key, sumOf(grades, (g) => g[key])])) as Record<
    SummedFigure,
    number
  >
  return {
    year,
    productivityFactor: LF,
    segments,
    jobTypes,
    grades,
    programmes,
    benches: { seats: y.seats, seatsNeeded: y.seatsNeeded, headcountSeats, benchFactor: y.benchFactor },
    totals: {
      ...sums,
      lostRevenue: y.lostRevenue,
      idleHours: y.idleHours,
      shortageFte: y.shortageFte,
      turnaroundWeeks: y.turnaroundWeeks,
      status: y.status,
    },
    reason: yearReason(input, y),
  }
}
