// The export menu of Résultats and Comparer: a scenario as JSON, results as CSV, a workbook as XLSX — main's Save dialog or a download.
import { useState } from 'react'
import { useTranslation } from '../../text'
import { useErrorText } from '../../errorText'
import { shownError } from '../../storeText'
import type { ExportFormat, ScenarioId } from '@shared/workspace/types'
import { call, getApi } from '../../api'
import { useWorkspace } from '../../state/WorkspaceProvider'

/** Saves an export where the user chooses: main's Save dialog in the desktop app (the path stays there), a download in a browser. */
export async function saveExport(
  scenarioIds: ScenarioId[],
  format: ExportFormat,
  download: (ids: ScenarioId[], format: ExportFormat) => Promise<void>,
): Promise<void> {
  if (getApi().transport === 'electron') await call('export:save', { scenarioIds, format })
  else await download(scenarioIds, format)
}

/** `scenarioIds`: what CSV and XLSX hold; JSON (one input the CLI reads) takes the first. */
export function ExportMenu({ scenarioIds }: { scenarioIds: ScenarioId[] }) {
  const { t } = useTranslation()
  const { actions } = useWorkspace()
  const errorText = useErrorText()
  const [error, setError] = useState<string | null>(null)
  const run = (format: ExportFormat): void => {
    setError(null)
    const ids = format === 'json' ? scenarioIds.slice(0, 1) : scenarioIds
    saveExport(ids, format, actions.exportFile).catch((e: unknown) => setError(errorText(shownError(e))))
  }
  return (
    <details className="export-menu" data-testid="export-menu">
      <summary>{t('dataio.exportMenu')}</summary>
      <ul>
        {(['json', 'csv', 'xlsx'] as const).map((format) => (
          <li key={format}>
            <button
              type="button"
              disabled={scenarioIds.length === 0}
              data-testid={`export-${format}`}
              onClick={() => run(format)}
            >
              {t(`dataio.export${format === 'json' ? 'Json' : format === 'csv' ? 'Csv' : 'Xlsx'}`)}
            </button>
          </li>
        ))}
      </ul>
      {error && <p role="alert">{error}</p>}
    </details>
  )
}
