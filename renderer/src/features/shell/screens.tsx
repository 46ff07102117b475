// Which component draws each screen of the navigation.
import type { ComponentType } from 'react'
import type { Screen } from '../../state/workspaceState'
import { ResultsScreen } from '../results/ResultsScreen'
import { CompareScreen } from '../compare/CompareScreen'
import { SourcesScreen } from '../sources/SourcesScreen'
import { HistoryScreen } from '../history/HistoryScreen'
import { MarketScreen } from '../market/MarketScreen'
import { ServiceScreen } from '../service/ServiceScreen'
import { WorkforceScreen } from '../workforce/WorkforceScreen'
import { TrainingScreen } from '../training/TrainingScreen'
import { BenchesScreen } from '../benches/BenchesScreen'
import { DecisionsScreen } from '../decisions/DecisionsScreen'
import { ReportScreen } from '../report/ReportScreen'
import { ActualsScreen } from '../actuals/ActualsScreen'

export const screenComponents: Record<Screen, ComponentType> = {
  market: MarketScreen,
  service: ServiceScreen,
  workforce: WorkforceScreen,
  training: TrainingScreen,
  benches: BenchesScreen,
  results: ResultsScreen,
  compare: CompareScreen,
  decisions: DecisionsScreen,
  report: ReportScreen,
  actuals: ActualsScreen,
  sources: SourcesScreen,
  history: HistoryScreen,
}
