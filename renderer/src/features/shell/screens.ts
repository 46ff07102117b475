// Which component draws each screen of the navigation: Résultats (the first screen) in the first bundle, the others loaded once the first paint is done.
import { lazy, type ComponentType } from 'react'
import type { Screen } from '../../state/workspaceState'
import { ResultsScreen } from '../results/ResultsScreen'

/** The code of every other screen, loaded on demand (see preloadScreens). */
const loaders: Record<Exclude<Screen, 'results'>, () => Promise<{ default: ComponentType }>> = {
  market: () => import('../market/MarketScreen').then((m) => ({ default: m.MarketScreen })),
  service: () => import('../service/ServiceScreen').then((m) => ({ default: m.ServiceScreen })),
  workforce: () => import('../workforce/WorkforceScreen').then((m) => ({ default: m.WorkforceScreen })),
  training: () => import('../training/TrainingScreen').then((m) => ({ default: m.TrainingScreen })),
  benches: () => import('../benches/BenchesScreen').then((m) => ({ default: m.BenchesScreen })),
  compare: () => import('../compare/CompareScreen').then((m) => ({ default: m.CompareScreen })),
  decisions: () => import('../decisions/DecisionsScreen').then((m) => ({ default: m.DecisionsScreen })),
  report: () => import('../report/ReportScreen').then((m) => ({ default: m.ReportScreen })),
  actuals: () => import('../actuals/ActualsScreen').then((m) => ({ default: m.ActualsScreen })),
  sources: () => import('../sources/SourcesScreen').then((m) => ({ default: m.SourcesScreen })),
  history: () => import('../history/HistoryScreen').then((m) => ({ default: m.HistoryScreen })),
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
