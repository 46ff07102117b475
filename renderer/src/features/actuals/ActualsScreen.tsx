// The Réel screen: the recorded figures (grid, paste, import), plan versus actual, calibration and roll-forward.
import { useEffect, useState } from 'react'
import { useTranslation } from '../../text'
import type { ActualsImportPreview, ScenarioId } from '@shared/workspace/types'
import { call } from '../../api'
import { useErrorText } from '../../errorText'
import { shownError } from '../../storeText'
import { bytesToBase64 } from '../../state/fileBytes'
import { useNames, useTranslate } from '../../names'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { ActualsGrid, rowLabel } from './ActualsGrid'
import { importErrorText } from './actualsProblems'
import { CalibrationPanel } from './CalibrationPanel'
import { useActuals } from './useActuals'
import { VariancePanel } from './VariancePanel'

function ImportActuals() {
  const t = useTranslate()
  const { i18n } = useTranslation()
  const name = useNames()
  const { state, actions } = useWorkspace()
  const [preview, setPreview] = useState<ActualsImportPreview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const errorText = useErrorText()
  const read = async (file: File) => {
    setError(null)
    try {
      const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()))
      setPreview(await call('actuals:importPreview', { fileName: file.name, dataBase64 }))
    } catch (e) {
      setError(errorText(shownError(e)))
    }
  }
  const confirm = async () => {
    if (!preview) return
    const outcome = await actions.storeChange(() =>
      call('actuals:importConfirm', { previewId: preview.previewId }),
    )
    if (outcome?.ok) setPreview(null)
  }
  return (
    <section className="actuals-import">
      <label className="button-like">
        {t('actuals.import.button')}
        <input
          type="file"
          accept=".csv,.xlsx"
          data-testid="actuals-import-file"
          disabled={Boolean(state.workspace?.readOnly)}
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) void read(file)
          }}
        />
      </label>
      <p className="hint">{t('actuals.import.format')}</p>
      {error && (
        <p role="alert" data-testid="actuals-import-error">
          {error}
        </p>
      )}
      {preview && (
        <div className="import-preview" data-testid="actuals-import-preview">
          <h4>{t('actuals.import.preview', { file: preview.fileName })}</h4>
          {preview.droppedColumns.length > 0 && (
            <p>{t('actuals.import.dropped', { columns: preview.droppedColumns.join(', ') })}</p>
          )}
          {preview.ignoredColumns.length > 0 && (
            <p>{t('actuals.import.ignored', { columns: preview.ignoredColumns.join(', ') })}</p>
          )}
          {preview.errors.length > 0 ? (
            <>
              <p>{t('actuals.import.errors')}</p>
              <ul data-testid="actuals-import-errors">
                {preview.errors.map((e, i) => (
                  <li key={i}>{importErrorText(e, t, name, (key) => i18n.exists(key))}</li>
                ))}
              </ul>
            </>
          ) : preview.changes.length === 0 ? (
            <p>{t('actuals.import.nothing')}</p>
          ) : (
            <>
              <p>{t('actuals.import.changes', { count: preview.changes.length })}</p>
              <ul>
                {preview.changes.slice(0, 12).map((c, i) => (
                  <li key={i}>
                    {c.year} · {rowLabel(c as Parameters<typeof rowLabel>[0], t, name)}: {c.after}
                  </li>
                ))}
              </ul>
            </>
          )}
          <button
            type="button"
            data-testid="actuals-import-confirm"
            disabled={preview.errors.length > 0 || preview.changes.length === 0}
            onClick={() => void confirm()}
          >
            {t('actuals.import.confirm')}
          </button>{' '}
          <button type="button" onClick={() => setPreview(null)}>
            {t('actuals.import.cancel')}
          </button>
        </div>
      )}
    </section>
  )
}

export function ActualsScreen() {
  const t = useTranslate()
  const { state } = useWorkspace()
  const { rows } = useActuals()
  const [targetId, setTargetId] = useState<ScenarioId | null>(state.scenarioId)
  const all = [...state.list.scenarios, ...state.list.frozen]
  // A target that was deleted (or undone) falls back to the shown scenario.
  useEffect(() => {
    if (targetId === null || !all.some((s) => s.id === targetId)) setTargetId(state.scenarioId)
  }, [all, targetId, state.scenarioId])
  const target = all.find((s) => s.id === targetId) ?? null
  const [targetInput, setTargetInput] = useState<Awaited<ReturnType<typeof resolveInput>> | null>(null)
  useEffect(() => {
    if (targetId === null) return
    let live = true
    void resolveInput(targetId).then((input) => live && setTargetInput(input))
    return () => {
      live = false
    }
  }, [targetId, state.workspace])

  if (!state.input) return null
  return (
    <div className="actuals">
      <h2>{t('actuals.title')}</h2>
      <p>{t('actuals.intro')}</p>
      {state.workspace?.readOnly && <p className="hint">{t('actuals.readOnly')}</p>}
      <ImportActuals />
      <ActualsGrid input={state.input} rows={rows} />
      <VariancePanel rows={rows} targetId={targetId} onTarget={setTargetId} />
      {target && targetInput && rows.length > 0 && <CalibrationPanel scenario={target} input={targetInput} />}
    </div>
  )
}

async function resolveInput(id: ScenarioId) {
  return (await call('scenario:resolve', { scenarioId: id })).input
}
