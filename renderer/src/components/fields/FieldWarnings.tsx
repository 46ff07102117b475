// The plausibility warnings of one field (shared/model/plausibility.ts), shown beside it: they inform, they never refuse.
import { useTranslation } from '../../text'
import type { ModelInput } from '@shared/model/types'
import {
  plausibilityWarnings,
  plausibleHoursPerJob,
  warningsAt,
  type Warning,
} from '@shared/model/plausibility'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { useAfterFirstPaint } from '../../afterPaint'
import { formatShort } from '../../format'
import type { Translate } from '../../translate'
import { fractionToPercent } from './numberText'

// One computation per shown input, shared by every field that asks (the input object changes on each edit).
const byInput = new WeakMap<ModelInput, Map<string, Warning[]>>()

export function warningsFor(input: ModelInput | null, path: string): Warning[] {
  if (!input) return []
  let map = byInput.get(input)
  if (!map) {
    map = new Map()
    for (const w of plausibilityWarnings(input)) map.set(w.path, [...(map.get(w.path) ?? []), w])
    byInput.set(input, map)
  }
  return map.get(path) ?? []
}

const percent = (fraction: number): string => `${formatShort(fractionToPercent(fraction), 2)} %`

/** A warning in words: the value as the field shows it, the bound, and what was probably meant. */
export function warningText(w: Warning, t: Translate): string {
  const meant =
    w.suggestion === undefined ? '' : ` ${t('ux.warn.didYouMean', { value: percent(w.suggestion) })}`
  switch (w.kind) {
    case 'growth':
      return t('ux.warn.growth', { value: percent(w.value), year: w.year ?? '' }) + meant
    case 'tinyRate':
      return t('ux.warn.tinyRate', { value: percent(w.value) }) + meant
    case 'hoursPerJob':
      return t('ux.warn.hoursPerJob', {
        value: formatShort(w.value, 3),
        min: formatShort(plausibleHoursPerJob.min, 1),
        max: formatShort(plausibleHoursPerJob.max, 0),
      })
    case 'hiringJump':
      return t('ux.warn.hiringJump', { value: formatShort(w.value, 2), year: w.year ?? '' })
  }
}

/**
 * `compact` (a table cell): a mark whose name and tooltip are the warnings, so the columns keep their width;
 * otherwise the warnings are written out under the field.
 */
export function FieldWarnings({
  path,
  id,
  compact = false,
  draft,
}: {
  path: string
  id?: string
  compact?: boolean
  /** A value typed but not stored (or refused by a bound): warn about it rather than the stored one. */
  draft?: { value: unknown }
}) {
  const { t } = useTranslation()
  const { state } = useWorkspace()
  // Not in the first paint: the first computation of an input's warnings compiles every formula it has.
  const shown = useAfterFirstPaint()
  const warnings = !shown
    ? []
    : draft && state.input
      ? warningsAt(state.input, path, draft.value)
      : warningsFor(state.input, path)
  if (warnings.length === 0) return null
  if (compact) {
    const text = warnings.map((w) => warningText(w, (k, v) => t(k, v ?? {}))).join(' ')
    return (
      <span
        className="ed-warn-mark"
        id={id}
        role="img"
        aria-label={text}
        title={text}
        data-testid="field-warnings"
      >
        ⚠
      </span>
    )
  }
  return (
    <ul className="ed-warnings" id={id} role="status" data-testid="field-warnings">
      {warnings.map((w) => (
        <li key={`${w.kind}-${w.year ?? ''}`}>{warningText(w, (k, v) => t(k, v ?? {}))}</li>
      ))}
    </ul>
  )
}
