// The edit checks (editCheck.ts: the model's zod schema, with zod an eighth of the app's first code), loaded once the first paint is done rather than before it.
import { useEffect, useState } from 'react'
import { afterFirstPaint } from '../afterPaint'

type Checks = typeof import('./editCheck')

let loaded: Checks | null = null
let loading: Promise<Checks> | null = null

/** Loads the checks (once); a failed load is tried again by the next caller. */
export function editChecks(): Promise<Checks> {
  if (loaded) return Promise.resolve(loaded)
  loading ??= import('./editCheck').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}

/** The checks if loaded, else null: an edit once they are runs its check in the key press that makes it. */
export function loadedEditChecks(): Checks | null {
  return loaded
}

/**
 * The checks for a component, null until loaded (the component renders again then). A component of the first
 * screen asks for them only once that screen is painted, not in the frame that paints it.
 */
export function useEditChecks(): Checks | null {
  const [checks, setChecks] = useState(loaded)
  useEffect(() => {
    if (checks) return
    let live = true
    afterFirstPaint(
      () =>
        void editChecks().then(
          (m) => live && setChecks(m),
          () => undefined,
        ),
    )
    return () => {
      live = false
    }
  }, [checks])
  return checks
}
