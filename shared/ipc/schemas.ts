// zod schemas for every channel's request: the Node side parses each request with these before any handler runs.
import { z } from 'zod'
import { actualMetrics, calibrationKinds } from '../actuals'
import { languages, type IpcArgs, type IpcChannel } from './contract'
import { LEVER_OPS, LEVERS, TEMPLATE_IDS } from '../workspace/levers'

const noArgs = z.object({}).strict()
const scenarioId = z.number().int().positive()
const name = z.string().trim().min(1, 'a name is required').max(200)
/** A ModelInput path in the override syntax (segments/automatic/preOwnedGrowth). */
const inputPath = z
  .string()
  .min(1)
  .max(500)
  .regex(/^[^/]+(\/[^/]+)*$/, 'must be a path like segments/automatic/newSales')
const filePath = z.string().min(1).max(4096)
/** A global lever as the UI applies it (every year; templates' year windows are the store's own). */
const leverApplication = z
  .object({
    lever: z.enum(LEVERS),
    op: z.enum(LEVER_OPS),
    amount: z.number().finite().min(-1000).max(1000),
  })
  .strict()
/** A one-time handle to a file chosen in main's dialog (electron/ipc/saveTargets.ts). */
const saveHandle = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a save handle')
/** A file name the user typed: no folder separators, never `.` or `..`. */
const fileName = z
  .string()
  .trim()
  .min(1, 'a name is required')
  .max(200)
  .regex(/^[^/\\\0]+$/, 'must be a file name, without folders')
  .refine((n) => n !== '.' && n !== '..', 'must be a file name, without folders')
/** An id used as an object key (a grade or programme id): never a name that reaches Object.prototype. */
const idKey = z
  .string()
  .min(1)
  .max(200)
  .refine((k) => !['__proto__', 'prototype', 'constructor'].includes(k), 'is a reserved name')
/** One value per year of the horizon (at most 1,000 years). */
const perYear = z.array(z.number().min(0, 'must be at least 0')).max(1000)
const perId = z.record(idKey, perYear)
const planSchema = z
  .object({
    hires: perId,
    extraHires: perId,
    intake: perId,
    extraIntake: perId,
    benchExpansions: z
      .array(
        z
          .object({
            year: z.number().int(),
            benches: z.number().min(0, 'must be at least 0'),
            costPerBench: z.number().min(0, 'must be at least 0'),
          })
          .strict(),
      )
      .max(1000),
  })
  .strict()
const solveOptionsSchema = z
  .object({
    maxIntake: z.union([z.number().min(0), z.record(idKey, z.number().min(0))]).optional(),
    benchCost: z.number().min(0).optional(),
    allowHires: z.boolean().optional(),
    allowIntake: z.boolean().optional(),
    allowBenches: z.boolean().optional(),
    whole: z.boolean().optional(),
  })
  .strict()
/** Actuals: a calendar year, a known metric, a key ('' for a workshop figure); ids are checked by the store. */
const actualChange = z
  .object({
    year: z.number().int().min(1900).max(2200),
    metric: z.enum(actualMetrics),
    key: z.union([z.literal(''), idKey]),
    value: z.number().min(0, 'must be at least 0').nullable(),
  })
  .strict()
const calibrationParameters = z
  .array(z.object({ kind: z.enum(calibrationKinds), id: idKey }).strict())
  .min(1, 'choose at least one parameter')
  .max(200)
/** The largest import accepted: 12 MiB of file, as base64. */
const MAX_IMPORT_BASE64 = Math.ceil((12 * 1024 * 1024 * 4) / 3)
const importFileName = z
  .string()
  .min(1)
  .max(500)
  .regex(/\.(csv|xlsx)$/i, 'must be a .csv or .xlsx file')
const importBase64 = z
  .string()
  .max(MAX_IMPORT_BASE64, 'the file is larger than 12 MiB')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')

const exportRequest = z
  .object({ scenarioIds: z.array(scenarioId).min(1).max(100), format: z.enum(['json', 'csv', 'xlsx']) })
  .strict()

const sampleKey = z.string().regex(/^[a-z0-9-]{1,64}$/)

/** One schema per channel; the mapped type makes a missing channel (or a schema of the wrong shape) a compile error. */
export const requestSchemas: { [C in IpcChannel]: z.ZodType<IpcArgs<C>> } = {
  'app:info': noArgs,
  'app:start': z.object({ sample: sampleKey, language: z.enum(languages).optional() }).strict(),
  'app:setLanguage': z.object({ language: z.enum(languages) }).strict(),
  'workspace:recent': noArgs,
  'workspace:files': noArgs,
  'workspace:samples': noArgs,
  'workspace:current': noArgs,
  'workspace:open': z.object({ path: filePath, readOnly: z.boolean().optional() }).strict(),
  'workspace:openSample': z.object({ key: sampleKey, language: z.enum(languages).optional() }).strict(),
  'workspace:create': z.union([z.object({ handle: saveHandle }).strict(), z.object({ name }).strict()]),
  'workspace:saveAs': z.union([
    z.object({ handle: saveHandle }).strict(),
    z.object({ folder: filePath, name: fileName }).strict(),
  ]),
  'workspace:close': noArgs,
  'scenario:list': noArgs,
  'scenario:resolve': z.object({ scenarioId, project: z.boolean().optional() }).strict(),
  'scenario:overrides': z.object({ scenarioId }).strict(),
  'scenario:setValue': z.object({ scenarioId, path: inputPath, value: z.unknown() }).strict(),
  'scenario:setValues': z
    .object({
      scenarioId,
      values: z
        .array(z.object({ path: inputPath, value: z.unknown() }).strict())
        .min(1)
        .max(10_000),
      lever: leverApplication.optional(),
    })
    .strict(),
  'scenario:applyTemplate': z.object({ scenarioId, template: z.enum(TEMPLATE_IDS), name }).strict(),
  'scenario:reset': z.object({ scenarioId, path: inputPath }).strict(),
  'scenario:create': z.object({ parentId: scenarioId, name }).strict(),
  'scenario:duplicate': z.object({ scenarioId, name: name.optional() }).strict(),
  'scenario:rename': z.object({ scenarioId, name }).strict(),
  'scenario:setNote': z.object({ scenarioId, note: z.string().max(20_000) }).strict(),
  'scenario:delete': z.object({ scenarioId }).strict(),
  'scenario:reorder': z.object({ ids: z.array(scenarioId).min(1).max(10_000) }).strict(),
  'scenario:freeze': z.object({ scenarioId, name }).strict(),
  'history:list': z.object({ limit: z.number().int().min(1).max(100_000).optional() }).strict(),
  'history:undo': noArgs,
  'history:redo': noArgs,
  'sources:list': noArgs,
  'import:preview': z
    .object({
      scenarioId,
      kind: z.enum(['market', 'roster', 'intakes']),
      fileName: importFileName,
      dataBase64: importBase64,
      ages: z.enum(['exact', 'bands']).optional(),
    })
    .strict(),
  'import:confirm': z.object({ previewId: z.string().min(1).max(200) }).strict(),
  'actuals:list': noArgs,
  'actuals:set': z.object({ rows: z.array(actualChange).min(1).max(100_000) }).strict(),
  'actuals:importPreview': z.object({ fileName: importFileName, dataBase64: importBase64 }).strict(),
  'actuals:importConfirm': z.object({ previewId: z.string().min(1).max(200) }).strict(),
  'actuals:variance': z.object({ scenarioId }).strict(),
  'actuals:calibrate': z.object({ scenarioId, parameters: calibrationParameters }).strict(),
  'actuals:applyCalibration': z.object({ scenarioId, parameters: calibrationParameters, name }).strict(),
  'actuals:rollForward': z.object({ scenarioId, name: name.optional() }).strict(),
  'export:file': exportRequest,
  'file:chooseImport': noArgs,
  'export:save': exportRequest,
  'report:savePdf': z.object({ fileName }).strict(),
  'workspace:upload': z
    .object({
      fileName: fileName.regex(/\.etabli$/i, 'must be an .etabli file'),
      dataBase64: importBase64,
    })
    .strict(),
  'workspace:download': noArgs,
  'scenario:uncertainty': z.object({ scenarioId }).strict(),
  // Only the list's size is checked here: the store parses it with uncertaintySchema against the scenario and
  // answers path-named problems, which the UI shows next to each row (a request error could not).
  'scenario:setUncertainty': z
    .object({ scenarioId, uncertainty: z.array(z.unknown()).max(1000).nullable() })
    .strict(),
  'decision:solve': z.object({ scenarioId, options: solveOptionsSchema.optional() }).strict(),
  'decision:applyPlan': z
    .object({ scenarioId, plan: planSchema, name, note: z.string().max(20_000).optional() })
    .strict(),
}
