// The hook that words a failure from main in the UI language, naming its field by its label (see storeText.ts).
import { useCallback } from 'react'
import { useTranslation } from './text'
import { useFieldLabel } from './components/fields/useProblemText'
import { errorText, type ShownError } from './storeText'

/** errorText bound to the UI language and the open workspace's field labels. */
export function useErrorText(): (error: ShownError) => string {
  const { t, i18n } = useTranslation()
  const fieldLabel = useFieldLabel()
  return useCallback(
    (error: ShownError) =>
      errorText(
        error,
        (key, vars) => t(key, vars ?? {}),
        (key) => i18n.exists(key),
        fieldLabel,
      ),
    [t, i18n, fieldLabel],
  )
}
