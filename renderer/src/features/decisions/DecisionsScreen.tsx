// The Décisions screen: uncertainty and Monte Carlo, sensitivity, the solver and the institute view, as four tabs.
import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslate } from '../../names'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { currentScenario } from '../../state/workspaceState'
import { InstitutePanel } from './InstitutePanel'
import { MonteCarloPanel } from './MonteCarloPanel'
import { SensitivityPanel } from './SensitivityPanel'
import { SolverPanel } from './SolverPanel'
import { useMonteCarlo } from './useMonteCarlo'
import { useScenarioUncertainty } from './useScenarioUncertainty'
import { useSolve } from './useSolve'

export const DECISION_TABS = ['montecarlo', 'sensitivity', 'solver', 'institute'] as const
export type DecisionTab = (typeof DECISION_TABS)[number]

export function DecisionsScreen() {
  const t = useTranslate()
  const { state } = useWorkspace()
  const [tab, setTab] = useState<DecisionTab>('montecarlo')
  const tabs = useRef<(HTMLButtonElement | null)[]>([])
  // Kept here, not in the tabs, so that a run in progress and the results survive switching tabs.
  const model = useScenarioUncertainty()
  const monteCarlo = useMonteCarlo()
  const solver = useSolve()
  const institute = useSolve()
  const scenario = currentScenario(state)
  const input = state.input
  if (!input) return null

  // Arrow keys move between tabs (WAI-ARIA tabs pattern); Tab goes into the panel.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const index = DECISION_TABS.indexOf(tab)
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % DECISION_TABS.length
        : event.key === 'ArrowLeft'
          ? (index + DECISION_TABS.length - 1) % DECISION_TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? DECISION_TABS.length - 1
              : -1
    if (next < 0) return
    event.preventDefault()
    setTab(DECISION_TABS[next]!)
    tabs.current[next]?.focus()
  }

  return (
    <div className="decisions">
      <h2>{t('decisions.title')}</h2>
      <p className="dec-intro">{t('decisions.intro', { scenario: scenario?.name ?? '' })}</p>
      <div className="dec-tabs" role="tablist" aria-label={t('decisions.tabsLabel')} onKeyDown={onKeyDown}>
        {DECISION_TABS.map((id, i) => (
          <button
            key={id}
            ref={(el) => {
              tabs.current[i] = el
            }}
            type="button"
            role="tab"
            id={`dec-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`dec-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            data-testid={`decisions-tab-${id}`}
            onClick={() => setTab(id)}
          >
            {t(`decisions.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`dec-panel-${tab}`}
        aria-labelledby={`dec-tab-${tab}`}
        className="dec-tabpanel"
      >
        {tab === 'montecarlo' && <MonteCarloPanel input={input} model={model} monteCarlo={monteCarlo} />}
        {tab === 'sensitivity' && <SensitivityPanel input={input} model={model} />}
        {tab === 'solver' && <SolverPanel input={input} solver={solver} />}
        {tab === 'institute' && <InstitutePanel input={input} solver={institute} />}
      </div>
    </div>
  )
}
