// The embedded sample workspaces, created on first run and by `etabli sample`.
import { atelierGeneve } from './atelierGeneve'
import { boutiquePreowned } from './boutiquePreowned'
import { filiereSuisse } from './filiereSuisse'
import type { SampleWorkspace } from './types'

export { atelierGeneve, boutiquePreowned, filiereSuisse }
export type { LocalizedText, SampleScenario, SampleWorkspace, SourceRow, Override } from './types'

/** Every sample, in the order a first run creates them (the first is the default). */
export const samples: SampleWorkspace[] = [atelierGeneve, filiereSuisse, boutiquePreowned]
