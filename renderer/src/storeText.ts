// A failure from main in the UI language: its reason's text (words.store.*), or a sentence for its code; never the English message.
import type { ReasonParams } from '@shared/workspace/storeReasons'
import type { Translate } from './translate'

/** A failure as the renderer keeps it: what call() threw, without the Error object. */
export interface ShownError {
  /** English, for the console and support; never shown. */
  message: string
  code?: string
  reason?: string
  params?: ReasonParams
  /** The field (override path) the failure is about, named by its label when shown. */
  path?: string
}

/** What `call()` (or any other code) threw, as a ShownError. */
export function shownError(error: unknown): ShownError {
  if (!(error instanceof Error)) return { message: String(error) }
  const { code, reason, params, path } = error as Error & Partial<ShownError>
  return {
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof reason === 'string' ? { reason } : {}),
    ...(params && typeof params === 'object' ? { params } : {}),
    ...(typeof path === 'string' && path !== '' ? { path } : {}),
  }
}

/** The text of a store reason with its parameters (a template's name, why a file is read-only), or null without one. */
export function reasonText(
  reason: string | undefined,
  params: ReasonParams | undefined,
  t: Translate,
  exists: (key: string) => boolean,
): string | null {
  if (reason === undefined || !exists(`words.store.${reason}`)) return null
  const vars: Record<string, string | number> = { ...params }
  if (reason === 'templateNoChange' && exists(`templates.names.${String(params?.template)}`)) {
    vars.template = t(`templates.names.${String(params?.template)}`)
  }
  if (reason === 'readOnly') {
    const host = params?.host
    const version = params?.version
    vars.why = readOnlyText(
      {
        code: String(params?.kind),
        holder: host === undefined ? null : { host: String(host) },
        ...(typeof version === 'number' ? { fileSchemaVersion: version } : {}),
      },
      t,
      exists,
    )
  }
  return t(`words.store.${reason}`, vars)
}

/** Why a workspace is open read-only, from its ReadOnlyReason (code, holder, file version). */
export function readOnlyText(
  reason: { code: string; holder?: { host: string } | null; fileSchemaVersion?: number },
  t: Translate,
  exists: (key: string) => boolean,
): string {
  if (reason.code === 'in-use' && reason.holder)
    return t('words.readOnly.in-use-host', { host: reason.holder.host })
  if (reason.code === 'newer-version')
    return t('words.readOnly.newer-version', { version: reason.fileSchemaVersion ?? '?' })
  return exists(`words.readOnly.${reason.code}`)
    ? t(`words.readOnly.${reason.code}`)
    : t('words.failure.READ_ONLY')
}

/**
 * A request the schema refused (`requestInvalid`), naming its field by its label: a request field's
 * (`words.request.field.*`) or a model field's, from its override path; never the raw path.
 */
function requestText(
  params: ReasonParams | undefined,
  t: Translate,
  exists: (key: string) => boolean,
  fieldLabel?: (path: string) => string,
): string {
  const kind = `words.request.kind.${String(params?.kind)}`
  const why = t(exists(kind) ? kind : 'words.request.kind.other', { limit: params?.limit ?? '' })
  const text = t('words.store.requestInvalid', { why })
  const field = `words.request.field.${String(params?.field)}`
  const label = exists(field)
    ? t(field)
    : typeof params?.input === 'string' && fieldLabel !== undefined
      ? fieldLabel(params.input)
      : null
  if (label !== null) return t('editors.problem.format', { field: label, reason: text })
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}

/** A failure as one sentence in the UI language: its reason, else its code's sentence (never the English message). */
export function errorText(
  error: ShownError,
  t: Translate,
  exists: (key: string) => boolean,
  fieldLabel?: (path: string) => string,
): string {
  if (error.reason === 'requestInvalid') return requestText(error.params, t, exists, fieldLabel)
  const text =
    reasonText(error.reason, error.params, t, exists) ??
    t(
      error.code !== undefined && exists(`words.failure.${error.code}`)
        ? `words.failure.${error.code}`
        : 'words.failure.INTERNAL',
    )
  if (error.reason === undefined || error.path === undefined || fieldLabel === undefined) return text
  return t('editors.problem.format', { field: fieldLabel(error.path), reason: text })
}
