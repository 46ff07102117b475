// Which component draws each screen of the navigation: Résultats (the first screen) in the first bundle, the others loaded once the first paint is done.
import { lazy, type ComponentType } from 'react'
import type { Screen } from '../../state/workspaceState'
import { ResultsScreen } from '../results/ResultsScreen'
import { formulasReady } from '../../formulaMathLater'

/**
 * A screen's code, shown once mathjs is there too: the other screens resolve and project inputs whose
 * formulas main did not send (renderer/src/formulaMathLater.ts).
 */
const withFormulas = <T>(code: Promise<T>): Promise<T> =>
  Promise.all([code, formulasReady().catch(() => undefined)]).then(([m]) => m)

/** The code of every other screen, loaded on demand (see preloadScreens). */
const loaders: Record<Exclude<Screen, 'results'>, () => Promise<{ default: ComponentType }>> = {
  market: () => withFormulas(import('../market/MarketScreen')).then((m) => ({ default: m.MarketScreen })),
  service: () => withFormulas(import('../service/ServiceScreen')).then((m) => ({ default: m.ServiceScreen })),
  workforce: () =>
    withFormulas(import('../workforce/WorkforceScreen')).then((m) => ({ default: m.WorkforceScreen })),
  training: () =>
    withFormulas(import('../training/TrainingScreen')).then((m) => ({ default: m.TrainingScreen })),
  benches: () => withFormulas(import('../benches/BenchesScreen')).then((m) => ({ default: m.BenchesScreen })),
  compare: () => withFormulas(import('../compare/CompareScreen')).then((m) => ({ default: m.CompareScreen })),
  decisions: () =>
    withFormulas(import('../decisions/DecisionsScreen')).then((m) => ({ default: m.DecisionsScreen })),
  report: () => withFormulas(import('../report/ReportScreen')).then((m) => ({ default: m.ReportScreen })),
  actuals: () => withFormulas(import('../actuals/ActualsScreen')).then((m) => ({ default: m.ActualsScreen })),
  sources: () => withFormulas(import('../sources/SourcesScreen')).then((m) => ({ default: m.SourcesScreen })),
  history: () => withFormulas(import('../history/HistoryScreen')).then((m) => ({ default: m.HistoryScreen })),
}

const lazyScreens = {} as Record<Exclude<Screen, 'results'>, ComponentType>
for (const screen of Object.keys(loaders) as (keyof typeof loaders)[])
  lazyScreens[screen] = lazy(loaders[screen])

export const screenComponents: Record<Screen, ComponentType> = { results: ResultsScreen, ...lazyScreens }

/**
 * Fetches the other screens' code while the user reads the first one, so that navigating shows a screen at once
 * (the first paint does not wait for code it does not show). A failed fetch here changes nothing: opening the
 * screen asks for its code again.
 */
export function preloadScreens(): void {
  for (const load of Object.values(loaders)) void load().catch(() => undefined)
}
