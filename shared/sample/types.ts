// The shape of an embedded sample workspace: a base ModelInput, scenarios as overrides, and the sources table.
import type { ModelInput } from '../model/types'

/**
 * One override of a scenario: the value at `path` replaces the parent's.
 * Path syntax (see docs/workspace-format.md): segments separated by '/', object keys by name, and
 * elements of id-keyed lists (grades, jobTypes, segments, training) by their id, e.g.
 * `segments/automatic/preOwnedGrowth`, `training/apprenticeship/intake`, `workforce/hires/watchmaker`,
 * `service/targetTurnaroundWeeks`. Lists without ids (roster, expansions, series arrays,
 * initialStudents) are replaced whole: `workforce/roster`, `benches/expansions`.
 */
export interface Override {
  path: string
  value: unknown
}

/** A scenario's name and note in a UI language other than French (the one a workspace opened in it stores). */
export interface NamedNote {
  name: string
  note: string
}

export interface SampleScenario {
  /** French, as stored when the sample is opened in French (and by every older file). */
  name: string
  note: string
  /** The name and note when the sample is opened in English or German. */
  translations?: Record<'en' | 'de', NamedNote>
  /** Overrides on top of the base scenario. */
  overrides: Override[]
}

/** One row of a workspace's sources table: where a figure comes from, or that it is assumed. */
export interface SourceRow {
  figure: string
  value: string
  source: string
  /** Year the figure refers to or was published; null when not applicable. */
  year: number | null
  kind: 'sourced' | 'assumed'
  note?: string
}

/** A text in each UI language (French, English, German). */
export interface LocalizedText {
  fr: string
  en: string
  de: string
}

/** A row of a sample's sources table in each UI language (a workspace stores the French one). */
export interface SampleSourceRow {
  figure: LocalizedText
  value: LocalizedText
  /** The cited source as cited (the same in every language), or "Hypothèse" in each. */
  source: LocalizedText
  year: number | null
  kind: SourceRow['kind']
  note?: LocalizedText
}

export interface SampleWorkspace {
  /** File-name-safe key, e.g. 'atelier-geneve'. */
  key: string
  /** Display name as stored in the workspace file (the French one, `names.fr`), e.g. 'Atelier Genève (exemple)'. */
  name: string
  /** Stored description (the French one, `descriptions.fr`). */
  description: string
  /** The name in each UI language, for screens that show the sample before it is opened. */
  names: LocalizedText
  descriptions: LocalizedText
  /** The base scenario's name, e.g. 'Base'. */
  baseName: string
  baseNote: string
  /** The base scenario's name and note when the sample is opened in English or German. */
  baseTranslations: Record<'en' | 'de', NamedNote>
  base: ModelInput
  scenarios: SampleScenario[]
  /** The sources table as stored in the workspace (French). */
  sources: SourceRow[]
  /** The same rows in each UI language, so the Sources screen can show a sample's notes in the user's. */
  sourceTexts: SampleSourceRow[]
}
