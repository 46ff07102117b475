// The embedded sample workspaces, created on first run and by `etabli sample`.
import { atelierGeneve } from './atelierGeneve'
import { boutiquePreowned } from './boutiquePreowned'
import { filiereSuisse } from './filiereSuisse'
import type { LocalizedText, SampleWorkspace } from './types'

export { atelierGeneve, boutiquePreowned, filiereSuisse }
export type { LocalizedText, SampleScenario, SampleWorkspace, SourceRow, Override } from './types'

/** Every sample, in the order a first run creates them (the first is the default). */
export const samples: SampleWorkspace[] = [atelierGeneve, filiereSuisse, boutiquePreowned]

/** What a sample writes when opened in `language`: its name, description, base and scenarios in that language (sources stay as stored). */
export function sampleIn(
  sample: SampleWorkspace,
  language: keyof LocalizedText,
): Pick<SampleWorkspace, 'name' | 'description' | 'baseName' | 'baseNote' | 'scenarios'> {
  if (language === 'fr') {
    const { name, description, baseName, baseNote, scenarios } = sample
    return { name, description, baseName, baseNote, scenarios }
  }
  const base = sample.baseTranslations[language]
  return {
    name: sample.names[language],
    description: sample.descriptions[language],
    baseName: base.name,
    baseNote: base.note,
    scenarios: sample.scenarios.map(({ translations, ...scenario }) => ({
      ...scenario,
      ...(translations?.[language] ?? {}),
    })),
  }
}
