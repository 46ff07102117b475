// The shell's side of the explain panel: its openers (for the KPI strip and the charts) and the panel itself while it is open.
import { lazy, Suspense, useCallback, type ReactNode } from 'react'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { afterFirstPaint } from '../../afterPaint'
import { focusWhenShown, screenOf, selectorsOf } from './fieldTarget'
import { useExplainState, type ExplainOpeners } from './useExplainState'

/** The panel's code (its sections and the engine's breakdown), loaded after the first paint or when first opened. */
const panelCode = () => import('./ExplainPanel')
const ExplainPanel = lazy(() => panelCode().then((m) => ({ default: m.ExplainPanel })))
afterFirstPaint(() => void panelCode().catch(() => undefined))

export function useExplainPanel(): { openers: ExplainOpeners; panel: ReactNode } {
  const { state, projection, actions } = useWorkspace()
  const { input } = state
  const { result } = projection
  const { request, setRequest, openers, close } = useExplainState(input, result)

  const onClose = useCallback(() => {
    const opener = request?.opener ?? null
    close()
    // Back where the user was: the "Explain" button of the card or chart that opened the panel.
    requestAnimationFrame(() => opener?.focus())
  }, [request, close])

  const onGo = useCallback(
    (path: string) => {
      const yearIndex = request && input ? request.year - input.startYear : 0
      close()
      actions.navigate(screenOf(path))
      requestAnimationFrame(() => focusWhenShown(selectorsOf(path, yearIndex)))
    },
    [request, input, close, actions],
  )

  const panel =
    request && input && result ? (
      <Suspense fallback={null}>
        <ExplainPanel
          input={input}
          result={result}
          request={request}
          onYear={(year) => setRequest({ ...request, year })}
          onClose={onClose}
          onGo={onGo}
        />
      </Suspense>
    ) : null
  return { openers, panel }
}
