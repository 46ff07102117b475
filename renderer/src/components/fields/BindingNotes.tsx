// Says, where the user made the edit, when the plan does not take full effect: hires capped by the market limit, benches that bind.
import { useTranslation } from '../../text'
import { bindings, type Binding } from '@shared/engine/shortageReasons'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { formatShort, yearRanges } from '../../format'
import { useNames } from '../../names'
import { fractionToPercent } from './numberText'

export function BindingNotes({ kind }: { kind: Binding['kind'] }) {
  const { t } = useTranslation()
  const name = useNames()
  const { state, projection } = useWorkspace()
  if (!state.input || !projection.result) return null
  const notes = bindings(state.input, projection.result).filter((b) => b.kind === kind)
  if (notes.length === 0) return null
  return (
    <ul className="ed-warnings" role="status" data-testid={`binding-${kind}`}>
      {notes.map((b) => (
        <li key={`${b.kind}-${b.grade ?? ''}`}>
          {b.kind === 'marketLimit'
            ? t('ux.kpi.cappedByMarket', {
                grade: name(b.grade ?? ''),
                limit: formatShort(b.value, 2),
                planned: formatShort(b.planned ?? 0, 2),
                years: yearRanges(b.years),
              })
            : t('ux.kpi.benchesBind', {
                years: yearRanges(b.years),
                share: `${formatShort(fractionToPercent(b.value), 0)} %`,
              })}
        </li>
      ))}
    </ul>
  )
}
