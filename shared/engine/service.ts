// docs/model-equations.md "Service": backlog, the top-down cascade of capacity over demand, abandonment, turnaround and status.
import type { ModelInput, YearStatus } from '../model/types'
import type { Capacity } from './capacity'
import type { Demand } from './demand'
import type { Layout } from './layout'

/** Service figures of every year; per-grade arrays are laid out [g * H + t]. */
export interface Service {
  /** served[g][t] (h/yr). */
  servedHours: Float64Array
  /** unserved[g][t] = ED - served (h/yr). */
  unservedHours: Float64Array
  /** Unserved hours whose customers gave up (h/yr). */
  lostHours: Float64Array
  /** BL[g][t+1], backlog carried into the next year (h). */
  backlogHours: Float64Array
  /** Capacity left over after the bottom grade (h/yr). */
  idleHours: Float64Array
  /** sum served / sum C (0..1). */
  utilisation: Float64Array
  /** Weeks from drop-off to return; meaningful only where `turnaroundKnown` is 1. */
  turnaroundWeeks: Float64Array
  turnaroundKnown: Uint8Array
  /** unserved / hoursPerFte (FTE). */
  gapFte: Float64Array
  shortageFte: Float64Array
  status: YearStatus[]
}

export function computeService(
  input: ModelInput,
  layout: Layout,
  demand: Demand,
  capacity: Capacity,
): Service {
  const { H } = layout
  const G = input.grades.length
  const service = input.service
  const D = demand.demandHours
  const C = capacity.capacityHours
  const served = new Float64Array(G * H)
  const unserved = new Float64Array(G * H)
  const lost = new Float64Array(G * H)
  const backlogNext = new Float64Array(G * H)
  const idleHours = new Float64Array(H)
  const utilisation = new Float64Array(H)
  const turnaroundWeeks = new Float64Array(H)
  const turnaroundKnown = new Uint8Array(H)
  const gapFte = new Float64Array(G * H)
  const shortageFte = new Float64Array(H)
  const status: YearStatus[] = new Array<YearStatus>(H)

  // BL[g][0] = initialBacklogHours split in proportion to D[g][0] (evenly if all are 0).
  const BL = new Float64Array(G)
  let demandYear0 = 0
  for (let g = 0; g < G; g++) demandYear0 += D[g * H]
  for (let g = 0; g < G; g++) {
    BL[g] =
      demandYear0 > 0
        ? (service.initialBacklogHours * D[g * H]) / demandYear0
        : service.initialBacklogHours / G
  }

  const ED = new Float64Array(G)
  for (let t = 0; t < H; t++) {
    // Effective demand ED[g] = D[g][t] + BL[g][t].
    for (let g = 0; g < G; g++) ED[g] = D[g * H + t] + BL[g]
    // Cascade from the top grade down.
    let spill = 0
    for (let g = G - 1; g >= 0; g--) {
      const avail = C[g * H + t] + spill
      const s = Math.min(ED[g], avail)
      served[g * H + t] = s
      spill = avail - s
    }
    idleHours[t] = spill
    // unserved = ED - served; lost = unserved * abandonRate; BL[g][t+1] = unserved - lost
    let sumServed = 0
    let sumUnserved = 0
    let sumED = 0
    let sumC = 0
    let sumBacklog = 0
    let shortage = 0
    for (let g = 0; g < G; g++) {
      const i = g * H + t
      const u = ED[g] - served[i]
      const l = u * service.abandonRate
      unserved[i] = u
      lost[i] = l
      BL[g] = u - l
      backlogNext[i] = BL[g]
      // gapFte[g][t] = unserved[g] / hoursPerFte[g]
      gapFte[i] = u / input.grades[g].hoursPerFte
      shortage += gapFte[i]
      sumServed += served[i]
      sumUnserved += u
      sumED += ED[g]
      sumC += C[i]
      sumBacklog += BL[g]
    }
    shortageFte[t] = shortage
    // turnaroundWeeks = base + 52 * sum BL[.][t+1] / sum served; null when nothing is served and a backlog remains.
    // A backlog so large against what is served that the weeks overflow (served of the order of
    // 1e-300 h) is reported like nothing served: null.
    const weeks = sumServed > 0 ? service.baseTurnaroundWeeks + (52 * sumBacklog) / sumServed : Infinity
    if (sumServed > 0 && Number.isFinite(weeks)) {
      turnaroundWeeks[t] = weeks
      turnaroundKnown[t] = 1
    } else if (sumBacklog > 0) {
      turnaroundKnown[t] = 0
    } else {
      turnaroundWeeks[t] = service.baseTurnaroundWeeks
      turnaroundKnown[t] = 1
    }
    // utilisation = sum served / sum C (0 when sum C is 0)
    utilisation[t] = sumC > 0 ? sumServed / sumC : 0
    // Status: shortage, else tight at utilisation >= 0.9, else ok.
    const late = turnaroundKnown[t] === 0 || turnaroundWeeks[t] > service.targetTurnaroundWeeks
    if (sumUnserved > service.shortageTolerance * sumED || late) status[t] = 'shortage'
    else if (utilisation[t] >= 0.9) status[t] = 'tight'
    else status[t] = 'ok'
  }
  return {
    servedHours: served,
    unservedHours: unserved,
    lostHours: lost,
    backlogHours: backlogNext,
    idleHours,
    utilisation,
    turnaroundWeeks,
    turnaroundKnown,
    gapFte,
    shortageFte,
    status,
  }
}
