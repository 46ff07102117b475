// The embedded sample workspaces, created on first run and by `etabli sample`.
import { atelierGeneve } from './atelierGeneve'
import { filiereSuisse } from './filiereSuisse'
import type { SampleWorkspace } from './types'

export { atelierGeneve, filiereSuisse }
export type { SampleScenario, SampleWorkspace, SourceRow, Override } from './types'

/** Every sample, in the order a first run creates them. */
export const samples: SampleWorkspace[] = [atelierGeneve, filiereSuisse]
