// A request zod refused, as a reason the UI words in its language: which field (a key, or the model field's override path) and what kind of value was wrong.
import type { z } from 'zod'
import { said, type Said } from '../workspace/storeReasons'

/** Request fields a user can tell apart; the UI has a label for each under `words.request.field.<key>`. */
export const requestFields = [
  'name',
  'note',
  'fileName',
  'file',
  'folder',
  'language',
  'scenario',
  'template',
  'lever',
  'importKind',
  'actuals',
  'calibration',
  'export',
  'sample',
  'uncertainty',
  'solverOptions',
  'plan',
] as const

/** What was wrong with the value; the UI has a text for each under `words.request.kind.<kind>`. */
export const requestKinds = [
  'tooLong',
  'empty',
  'tooLarge',
  'tooSmall',
  'tooMany',
  'tooFew',
  'format',
  'type',
  'choice',
  'unknownField',
  'importFileType',
  'workspaceFileType',
  'fileNameFolders',
  'fileTooLarge',
  'other',
] as const

type RequestField = (typeof requestFields)[number]
type RequestKind = (typeof requestKinds)[number]

/** The first key of a request path, as the field the user knows it by. */
const FIELD_OF_KEY: Record<string, RequestField> = {
  name: 'name',
  note: 'note',
  fileName: 'fileName',
  dataBase64: 'file',
  handle: 'file',
  path: 'file',
  folder: 'folder',
  language: 'language',
  scenarioId: 'scenario',
  parentId: 'scenario',
  ids: 'scenario',
  scenarioIds: 'scenario',
  template: 'template',
  lever: 'lever',
  kind: 'importKind',
  ages: 'importKind',
  previewId: 'file',
  rows: 'actuals',
  parameters: 'calibration',
  format: 'export',
  key: 'sample',
  sample: 'sample',
  uncertainty: 'uncertainty',
  options: 'solverOptions',
  plan: 'plan',
}

/** Channels whose `path` and `values[i].path` are override paths (a model field), not a file. */
const OVERRIDE_CHANNELS = new Set(['scenario:setValue', 'scenario:setValues', 'scenario:reset'])

/** Plan parts that are a model field per id: `plan.hires.master` → `workforce/hires/master`. */
const PLAN_FIELDS: Record<string, (id: string) => string> = {
  hires: (id) => `workforce/hires/${id}`,
  extraHires: (id) => `workforce/hires/${id}`,
  intake: (id) => `training/${id}/intake`,
  extraIntake: (id) => `training/${id}/intake`,
}

function kindOf(channel: string, field: RequestField | null, issue: z.core.$ZodIssue): RequestKind {
  const origin = (issue as { origin?: unknown }).origin
  switch (issue.code) {
    case 'too_big':
      if (field === 'file') return 'fileTooLarge'
      return origin === 'string' ? 'tooLong' : origin === 'array' ? 'tooMany' : 'tooLarge'
    case 'too_small':
      if (origin === 'string') return issue.minimum === 1 ? 'empty' : 'tooLong'
      return origin === 'array' ? 'tooFew' : 'tooSmall'
    case 'invalid_format':
    case 'custom':
      if (field === 'fileName' && (channel === 'import:preview' || channel === 'actuals:importPreview'))
        return 'importFileType'
      if (field === 'fileName' && channel === 'workspace:upload') return 'workspaceFileType'
      return field === 'fileName' ? 'fileNameFolders' : 'format'
    case 'invalid_type':
      return 'type'
    case 'invalid_value':
    case 'invalid_union':
      return 'choice'
    case 'unrecognized_keys':
      return 'unknownField'
    default:
      return 'other'
  }
}

/** The model field (override path) a request issue is about, when the request names one. */
function inputPathOf(channel: string, path: readonly PropertyKey[], args: unknown): string | null {
  const [first, second, third] = path
  const record = (args ?? {}) as Record<string, unknown>
  if (OVERRIDE_CHANNELS.has(channel)) {
    const named =
      first === 'values' && typeof second === 'number'
        ? (record.values as { path?: unknown }[] | undefined)?.[second]?.path
        : record.path
    return typeof named === 'string' && /^[^/]+(\/[^/]+)+$/.test(named) ? named : null
  }
  if (first === 'plan' && typeof second === 'string' && typeof third === 'string')
    return PLAN_FIELDS[second]?.(third) ?? null
  return null
}

/**
 * The reason of a request the schema refused: `requestInvalid` with the kind of mistake, the field's key
 * and, when it is a model field, its override path (the UI names both by their label). Limits come along.
 */
export function requestSaid(channel: string, issue: z.core.$ZodIssue | undefined, args: unknown): Said {
  if (issue === undefined) return said('requestInvalid', { kind: 'other' })
  const first = issue.path[0]
  const input = inputPathOf(channel, issue.path, args)
  // An override channel's own path or values are a model field: named by `input`, or not at all.
  const own = OVERRIDE_CHANNELS.has(channel) && (first === 'path' || first === 'values')
  const field = input === null && !own && typeof first === 'string' ? (FIELD_OF_KEY[first] ?? null) : null
  const kind = kindOf(channel, field, issue)
  const limit =
    (issue as { maximum?: unknown; minimum?: unknown }).maximum ?? (issue as { minimum?: unknown }).minimum
  return said('requestInvalid', {
    kind,
    ...(field === null ? {} : { field }),
    ...(input === null ? {} : { input }),
    ...(typeof limit === 'number' || typeof limit === 'bigint' ? { limit: Number(limit) } : {}),
  })
}
