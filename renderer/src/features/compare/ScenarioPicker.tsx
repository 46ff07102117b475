// Checkboxes for choosing up to `max` scenarios (frozen versions with their date), for Comparer and Rapport.
import { useTranslation } from '../../text'
import type { ScenarioSummary } from '@shared/workspace/types'

/** `selected` with `id` added (while fewer than `max` are chosen) or removed. */
export function toggleScenario(selected: readonly number[], id: number, max: number): number[] {
  if (selected.includes(id)) return selected.filter((x) => x !== id)
  return selected.length >= max ? [...selected] : [...selected, id]
}

export function ScenarioPicker({
  all,
  selected,
  max,
  legend,
  testIdPrefix,
  onChange,
}: {
  all: readonly ScenarioSummary[]
  selected: readonly number[]
  max: number
  legend: string
  testIdPrefix: string
  onChange: (next: number[]) => void
}) {
  const { t } = useTranslation()
  return (
    <fieldset className="compare-pick">
      <legend>{legend}</legend>
      {all.map((s) => (
        <label key={s.id}>
          <input
            type="checkbox"
            checked={selected.includes(s.id)}
            disabled={!selected.includes(s.id) && selected.length >= max}
            onChange={() => onChange(toggleScenario(selected, s.id, max))}
            data-testid={`${testIdPrefix}-${s.id}`}
          />
          {s.name}
          {s.frozenAt ? ` (${t('toolbar.frozenBadge')} ${s.frozenAt.slice(0, 10)})` : ''}
        </label>
      ))}
    </fieldset>
  )
}
