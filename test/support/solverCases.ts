// Solver cases small enough to check by hand: one grade 'w', one job of 1 h, a one-year school; and the check that a plan is shortage-free.
import { expect } from 'vitest'
import type { SolveResult } from '../../electron/decision/solver'
import { applyPlan } from '../../shared/decision/plan'
import { project } from '../../shared/engine'
import { validateInput } from '../../shared/model/schema'
import type { Grade, ModelInput, Programme, ServiceParams, Workforce } from '../../shared/model/types'
import { grade, makeInput, segment } from './makeInput'

export interface Case {
  horizonYears?: number
  /** Service uptake per year: demand = 20,000 × uptake hours (or installedBase × uptake). */
  uptake?: number | number[]
  installedBase?: number
  fte?: number
  marketLimit?: Record<string, number>
  training?: Programme[]
  benches?: number
  service?: Partial<ServiceParams>
  /** (v2 fields) merged into the grade, the workforce; any v2 field makes the input schemaVersion 2. */
  grade?: Partial<Grade>
  workforce?: Partial<Workforce>
}

/**
 * One grade 'w' (1,000 h/FTE, no attrition or promotion, salary 50,000, hire 10,000) and one job of 1 h;
 * demand = installedBase × uptake hours a year; `fte` FTE at age 30.
 */
export function oneGrade(c: Case = {}): ModelInput {
  const v2 =
    c.grade !== undefined ||
    c.workforce !== undefined ||
    Object.keys(c.service ?? {}).some(isV2Service) ||
    (c.training ?? []).some((p) => p.maxIntake !== undefined)
  return makeInput({
    schemaVersion: v2 ? 2 : 1,
    horizonYears: c.horizonYears ?? 1,
    grades: [grade('w', { salaryPerFte: 50000, hireCost: 10000, ...c.grade })],
    jobTypes: [{ id: 'job', grade: 'w' }],
    segments: [
      segment({
        id: 's',
        installedBase: c.installedBase ?? 12000,
        serviceUptake: c.uptake ?? 1,
        jobMix: { job: 1 },
        hoursPerJob: { job: 1 },
      }),
    ],
    workforce: {
      roster: [{ grade: 'w', age: 30, fte: c.fte ?? 10 }],
      hireAge: 30,
      hires: {},
      marketLimit: c.marketLimit ?? {},
      ...c.workforce,
    },
    training: c.training ?? [],
    benches: { initial: c.benches ?? 100, shifts: 1, expansions: [] },
    service: {
      initialBacklogHours: 0,
      abandonRate: 0.3,
      baseTurnaroundWeeks: 4,
      targetTurnaroundWeeks: 8,
      shortageTolerance: 0.02,
      productivityGain: 0,
      rampUpFactor: 0.5,
      ...c.service,
    },
  })
}

/** A one-year course into grade w: no dropout, every graduate joins, 20,000 a student-year, no tutoring or seats. */
export const school: Programme = {
  id: 'school',
  durationYears: 1,
  intake: 0,
  dropoutRate: 0,
  captureRate: 1,
  entryGrade: 'w',
  entryAge: 20,
  initialStudents: [0],
  supervisionHoursPerStudent: 0,
  supervisorGrade: 'w',
  benchSharePerStudent: 0,
  costPerStudentYear: 20000,
}

/** The planned scenario is the input with the plan applied, valid, free of shortage in the engine, and costed by it. */
export function expectShortageFree(input: ModelInput, result: SolveResult): void {
  expect(result.feasible).toBe(true)
  expect(result.shortageYears).toEqual([])
  expect(validateInput(result.plannedInput).ok).toBe(true)
  const again = project(result.plannedInput)
  expect(again.years.map((y) => y.status)).not.toContain('shortage')
  expect(result.cost).toBe(again.summary.totalCost)
  expect(result.plannedInput).toEqual(applyPlan(input, result.plan))
}

const v2Service = new Set(['rampUp', 'statusBasis', 'overtimeShare', 'overtimePremium', 'outsourcing'])
function isV2Service(key: string): boolean {
  return v2Service.has(key)
}
