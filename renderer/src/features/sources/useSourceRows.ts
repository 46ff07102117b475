// The open workspace's sources table in the UI language (the samples' texts translated, loaded apart from the first paint).
import { useEffect, useState } from 'react'
import { useTranslation } from '../../text'
import { languages, type Language } from '@shared/ipc/contract'
import type { SourceRow } from '@shared/workspace/types'
import { call } from '../../api'
import { useWorkspace } from '../../state/WorkspaceProvider'

/** The rows once loaded (null before); an unreadable table gives no rows. */
export function useSourceRows(): SourceRow[] | null {
  const { i18n } = useTranslation()
  const { state } = useWorkspace()
  const language: Language = languages.find((l) => l === i18n.language) ?? 'fr'
  const [stored, setStored] = useState<SourceRow[] | null>(null)
  const [shown, setShown] = useState<SourceRow[] | null>(null)
  useEffect(() => {
    void call('sources:list', {}).then(setStored, () => setStored([]))
  }, [state.workspace?.path])
  useEffect(() => {
    if (stored === null) return
    let current = true
    // The samples' texts are a large module: only the screens that show sources load it.
    void import('@shared/sample/sourceText').then(({ localizeSources }) => {
      if (current) setShown(localizeSources(stored, language))
    })
    return () => {
      current = false
    }
  }, [stored, language])
  return shown
}
