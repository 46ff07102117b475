// Display names for grade, segment, programme and job-type ids: known ids are translated, others shown as written.
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Translate } from './translate'

export function displayName(id: string, lookup: (key: string) => string | undefined): string {
  const known = lookup(id)
  if (known) return known
  const spaced = id.replace(/[-_]+/g, ' ').trim()
  return spaced.charAt(0).toUpperCase() + spaced.slice(1)
}

export function useNames(): (id: string) => string {
  const { t, i18n } = useTranslation()
  return useCallback(
    (id: string) =>
      displayName(id, (key) =>
        !key.includes('.') && i18n.exists(`names.${key}`) ? t(`names.${key}`) : undefined,
      ),
    [t, i18n],
  )
}

/** i18next's `t` narrowed to the plain (key, vars) => string the pure chart adapters take. */
export function useTranslate(): Translate {
  const { t } = useTranslation()
  return useCallback(
    (key: string, vars?: Record<string, string | number>) => t(key, vars ?? {}) as string,
    [t],
  )
}
