// Display names for grade, segment, programme and job-type ids: known ids are translated, others shown as written.
import { useCallback, useMemo } from 'react'
import { useTranslation } from './text'
import type { Translate } from './translate'

export function displayName(id: string, lookup: (key: string) => string | undefined): string {
  const known = lookup(id)
  if (known) return known
  const spaced = id.replace(/[-_]+/g, ' ').trim()
  return spaced.charAt(0).toUpperCase() + spaced.slice(1)
}

export function useNames(): (id: string) => string {
  const { t, i18n } = useTranslation()
  // One lookup per id and language: every edit re-renders hundreds of names, and i18next's `exists` is slow.
  const names = useMemo(() => new Map<string, string>(), [t, i18n])
  return useCallback(
    (id: string) => {
      let name = names.get(id)
      if (name === undefined) {
        name = displayName(id, (key) =>
          !key.includes('.') && i18n.exists(`names.${key}`) ? t(`names.${key}`) : undefined,
        )
        names.set(id, name)
      }
      return name
    },
    [names, t, i18n],
  )
}

/** i18next's `t` narrowed to the plain (key, vars) => string the pure chart adapters take. */
export function useTranslate(): Translate {
  const { t } = useTranslation()
  return useCallback(
    // A bare t(key) when there is nothing to put in: that one is kept per language (i18n.ts).
    (key: string, vars?: Record<string, string | number>) => (vars ? t(key, vars) : t(key)) as string,
    [t],
  )
}
