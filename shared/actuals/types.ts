// Actuals: the figures a workshop really recorded per calendar year, their long form and its zod schema.
import { z } from 'zod'

/** Every metric an actual may carry, in the order tables and reports list them. */
export const actualMetrics = [
  'jobs',
  'demandHours',
  'servedHours',
  'headcount',
  'hires',
  'leavers',
  'retirements',
  'backlogHours',
  'turnaroundWeeks',
  'students',
] as const

export type ActualMetric = (typeof actualMetrics)[number]

/** What a metric's key names: a segment id, a grade id, a programme id, or nothing (a workshop figure). */
export type MetricKeyKind = 'segment' | 'grade' | 'programme' | 'workshop'

export const metricKeyKind: Readonly<Record<ActualMetric, MetricKeyKind>> = {
  jobs: 'segment',
  demandHours: 'grade',
  servedHours: 'grade',
  headcount: 'grade',
  hires: 'grade',
  leavers: 'grade',
  retirements: 'grade',
  backlogHours: 'grade',
  turnaroundWeeks: 'workshop',
  students: 'programme',
}

/** The empty key: a workshop total (the sum over every segment, grade or programme), or a workshop figure. */
export const totalKey = ''

/**
 * One actual in long form, as imported (`year,metric,key,value`) and stored. `key` is a segment, grade
 * or programme id, or '' for a workshop total. Units: jobs/yr, h/yr, FTE, FTE/yr, h, weeks, students.
 */
export interface ActualRow {
  year: number
  metric: ActualMetric
  key: string
  value: number
}

/** The actuals of one calendar year: per metric, values by key ('' = workshop total). */
export interface ActualsYear {
  year: number
  figures: Partial<Record<ActualMetric, Record<string, number>>>
}

/** Actuals by year, years ascending and unique. */
export type Actuals = ActualsYear[]

/** A problem with actuals: `line` (1-based, the header is line 1) for a table, `field` the column or path. */
export interface ActualsProblem {
  line?: number
  field: string
  message: string
  /** A stable code the UI words the problem by (`actuals.totalAndBreakdown`), with the row it is about. */
  code?: string
  params?: Record<string, string | number>
}

/** True when `s` is one of `actualMetrics` (not merely a key of some object: `constructor` is not a metric). */
export function isActualMetric(s: string): s is ActualMetric {
  return (actualMetrics as readonly string[]).includes(s)
}

/** One long-form row for IPC and the store; ids are checked against a scenario by `validateActuals`. */
export const actualRowSchema = z.strictObject({
  year: z
    .number()
    .int('must be a whole calendar year')
    .min(1900, 'must be a calendar year from 1900 to 2200')
    .max(2200, 'must be a calendar year from 1900 to 2200'),
  metric: z.enum(actualMetrics, { error: `must be one of ${actualMetrics.join(', ')}` }),
  key: z.string().max(200),
  value: z.number({ error: 'must be a finite number' }).min(0, 'must be at least 0'),
})

export const actualRowsSchema = z.array(actualRowSchema)

type Assert<T extends true> = T
type _SchemaIsRow = Assert<
  [z.output<typeof actualRowSchema>, ActualRow] extends [ActualRow, z.output<typeof actualRowSchema>]
    ? true
    : false
>
