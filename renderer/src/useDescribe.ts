// The describe context (text, names, key lookup) of the current UI language, for describeChange's pure functions.
import { useMemo } from 'react'
import { useTranslation } from './text'
import type { DescribeContext } from './describeChange'
import { useNames, useTranslate } from './names'

export function useDescribe(): DescribeContext {
  const { i18n } = useTranslation()
  const t = useTranslate()
  const name = useNames()
  return useMemo(() => {
    // Whether a key has a text cannot change while the language stays; i18next's `exists` is slow.
    const known = new Map<string, boolean>()
    const has = (key: string): boolean => {
      let exists = known.get(key)
      if (exists === undefined) {
        exists = i18n.exists(key)
        known.set(key, exists)
      }
      return exists
    }
    return { t, name, has }
  }, [t, name, i18n])
}
