// The describe context (text, names, key lookup) of the current UI language, for describeChange's pure functions.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { DescribeContext } from './describeChange'
import { useNames, useTranslate } from './names'

export function useDescribe(): DescribeContext {
  const { i18n } = useTranslation()
  const t = useTranslate()
  const name = useNames()
  return useMemo(() => ({ t, name, has: (key: string) => i18n.exists(key) }), [t, name, i18n])
}
