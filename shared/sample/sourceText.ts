// A workspace's sources table in the UI language: rows the embedded samples wrote are shown in that language, any other text as stored.
import { samples } from './index'
import type { LocalizedText, SourceRow } from './types'

let byFrench: Map<string, LocalizedText> | null = null

/** Every text of the samples' sources by its French form (the form a workspace stores). */
function sampleTexts(): Map<string, LocalizedText> {
  if (byFrench !== null) return byFrench
  byFrench = new Map()
  for (const sample of samples) {
    for (const r of sample.sourceTexts) {
      for (const text of [r.figure, r.value, r.source, r.note]) if (text) byFrench.set(text.fr, text)
    }
  }
  return byFrench
}

function inLanguageOf(text: string, language: keyof LocalizedText): string {
  return sampleTexts().get(text)?.[language] ?? text
}

/** The rows with each text a sample wrote in `language`; texts no sample wrote stay as stored. */
export function localizeSources(rows: readonly SourceRow[], language: keyof LocalizedText): SourceRow[] {
  return rows.map((r) => {
    const out: SourceRow = {
      ...r,
      figure: inLanguageOf(r.figure, language),
      value: inLanguageOf(r.value, language),
      source: inLanguageOf(r.source, language),
    }
    if (r.note !== undefined) out.note = inLanguageOf(r.note, language)
    return out
  })
}
