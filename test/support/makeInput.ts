// Test fixture builder: `makeInput(overrides)` gives a small valid ModelInput (2 grades, 2 job types, 1 segment, 1 programme, 5 years).
import type { Benches, ModelInput, ServiceParams, Workforce } from '../../shared/model/types'

/** Top-level fields replace the defaults; `workforce`, `benches` and `service` merge one level deep. */
export type InputOverrides = Partial<Omit<ModelInput, 'workforce' | 'benches' | 'service'>> & {
  workforce?: Partial<Workforce>
  benches?: Partial<Benches>
  service?: Partial<ServiceParams>
}

/** A fresh small valid input on every call, so tests may mutate it. */
export function makeInput(overrides: InputOverrides = {}): ModelInput {
  const base: ModelInput = {
    schemaVersion: 1,
    startYear: 2026,
    horizonYears: 5,
    retirementAge: 65,
    grades: [
      {
        id: 'watchmaker',
        hoursPerFte: 1600,
        attritionRate: 0.05,
        promotionRate: 0.1,
        salaryPerFte: 90000,
        hireCost: 15000,
      },
      {
        id: 'master',
        hoursPerFte: 1500,
        attritionRate: 0.03,
        promotionRate: 0,
        salaryPerFte: 120000,
        hireCost: 25000,
      },
    ],
    jobTypes: [
      { id: 'full-service', grade: 'watchmaker' },
      { id: 'complication', grade: 'master' },
    ],
    segments: [
      {
        id: 'automatic',
        installedBase: 20000,
        scrapRate: 0.02,
        newSales: 2000,
        newSalesGrowth: 0.03,
        preOwned: 500,
        preOwnedGrowth: 0.05,
        serviceIntervalYears: 7,
        serviceUptake: 0.35,
        warrantyClaimRate: 0.04,
        preOwnedServiceRate: 0.5,
        jobMix: { 'full-service': 0.8, complication: 0.2 },
        hoursPerJob: { 'full-service': 6, complication: 12 },
      },
    ],
    workforce: {
      roster: [
        { grade: 'watchmaker', age: 30, fte: 3 },
        { grade: 'watchmaker', age: 45, fte: 2 },
        { grade: 'master', age: 55, fte: 1 },
        { grade: 'master', age: 63, fte: 1 },
      ],
      hireAge: 28,
      hires: { watchmaker: 1 },
      marketLimit: {},
    },
    training: [
      {
        id: 'apprenticeship',
        durationYears: 3,
        intake: 2,
        dropoutRate: 0.1,
        captureRate: 0.5,
        entryGrade: 'watchmaker',
        entryAge: 20,
        supervisionHoursPerStudent: 100,
        supervisorGrade: 'master',
        benchSharePerStudent: 0.5,
        costPerStudentYear: 18000,
      },
    ],
    benches: { initial: 12, shifts: 1, expansions: [] },
    service: {
      initialBacklogHours: 500,
      abandonRate: 0.3,
      baseTurnaroundWeeks: 4,
      targetTurnaroundWeeks: 8,
      shortageTolerance: 0.02,
      productivityGain: 0,
      rampUpFactor: 0.6,
    },
  }
  const { workforce, benches, service, ...rest } = overrides
  return {
    ...base,
    ...rest,
    workforce: { ...base.workforce, ...workforce },
    benches: { ...base.benches, ...benches },
    service: { ...base.service, ...service },
  }
}
