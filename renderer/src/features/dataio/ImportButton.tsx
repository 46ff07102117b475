// The import button a screen shows next to its title (roster on Effectifs, volumes on Marché, intakes on Formation).
import { useTranslation } from '../../text'
import type { ImportKind } from '@shared/workspace/types'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { requestImport } from './fileRequests'

export function ImportButton({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation()
  const { state } = useWorkspace()
  const frozen = state.list.frozen.some((s) => s.id === state.scenarioId)
  return (
    <p className="import-action">
      <button
        type="button"
        data-testid={`import-${kind}`}
        disabled={frozen || Boolean(state.workspace?.readOnly)}
        onClick={() => requestImport(kind)}
      >
        {t(`dataio.importButton.${kind}`)}
      </button>
    </p>
  )
}
