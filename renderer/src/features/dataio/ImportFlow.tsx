// The import dialog: picks a file (main's Open dialog, or the browser's file input), previews it, and writes it only on Confirm.
import './dataio.css'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from '../../text'
import { useErrorText } from '../../errorText'
import { shownError } from '../../storeText'
import type { ChosenFile } from '@shared/ipc/contract'
import type { ImportKind, ImportPreview, RosterAges } from '@shared/workspace/types'
import { call, getApi } from '../../api'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { bytesToBase64 } from '../../state/fileBytes'
import { onImportRequest } from './fileRequests'
import { PreviewBody } from './PreviewBody'

interface Open {
  kind: ImportKind
  file: ChosenFile
  ages: RosterAges
  preview: ImportPreview | null
  error: string | null
}

export function ImportFlow() {
  const { t } = useTranslation()
  const { state, actions } = useWorkspace()
  const errorText = useErrorText()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const wanted = useRef<ImportKind>('roster')
  const [open, setOpen] = useState<Open | null>(null)
  const [busy, setBusy] = useState(false)
  const scenarioId = state.scenarioId

  const preview = async (next: Omit<Open, 'preview' | 'error'>): Promise<void> => {
    if (scenarioId === null) return
    setOpen({ ...next, preview: null, error: null })
    try {
      const value = await call('import:preview', {
        scenarioId,
        kind: next.kind,
        fileName: next.file.fileName,
        dataBase64: next.file.dataBase64,
        ...(next.kind === 'roster' ? { ages: next.ages } : {}),
      })
      setOpen({ ...next, preview: value, error: null })
    } catch (error) {
      setOpen({ ...next, preview: null, error: errorText(shownError(error)) })
    }
  }

  useEffect(
    () =>
      onImportRequest((kind) => {
        wanted.current = kind
        if (getApi().transport === 'electron') {
          // The path stays in main: only the name and the bytes come back.
          void call('file:chooseImport', {}).then(
            (file) => file && preview({ kind, file, ages: 'bands' }),
            (error: unknown) =>
              setOpen({
                kind,
                file: { fileName: '', dataBase64: '' },
                ages: 'bands',
                preview: null,
                error: errorText(shownError(error)),
              }),
          )
        } else {
          inputRef.current?.click()
        }
      }),
    // Subscribed again when the shown scenario changes, so a request previews against that scenario.
    [scenarioId],
  )

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    else if (!open && dialog.open) dialog.close()
  }, [open])

  const onFile = async (file: File | undefined): Promise<void> => {
    if (!file) return
    const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()))
    if (inputRef.current) inputRef.current.value = ''
    await preview({ kind: wanted.current, file: { fileName: file.name, dataBase64 }, ages: 'bands' })
  }

  const confirm = async (): Promise<void> => {
    if (!open?.preview) return
    setBusy(true)
    try {
      if (await actions.confirmImport(open.preview.previewId)) setOpen(null)
      else setOpen({ ...open, error: t('dataio.noChange') })
    } catch (error) {
      setOpen({ ...open, error: errorText(shownError(error)) })
    } finally {
      setBusy(false)
    }
  }

  const canConfirm =
    open?.preview !== null &&
    open?.preview !== undefined &&
    open.preview.errors.length === 0 &&
    open.preview.changes.length > 0
  return (
    <>
      <input
        ref={inputRef}
        type="file"
        accept=".csv,.xlsx"
        hidden
        data-testid="import-file"
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      <dialog
        ref={dialogRef}
        className="import-dialog"
        aria-labelledby="import-title"
        data-testid="import-dialog"
        onClose={() => setOpen(null)}
      >
        {open && (
          <div>
            <h2 id="import-title">{t(`dataio.importTitle.${open.kind}`)}</h2>
            {open.error && (
              <p role="alert" className="import-error" data-testid="import-failure">
                {open.error}
              </p>
            )}
            {open.preview && (
              <PreviewBody
                preview={open.preview}
                ages={open.ages}
                onAges={(ages) => void preview({ kind: open.kind, file: open.file, ages })}
              />
            )}
            <div className="prompt-actions">
              <button type="button" data-testid="import-cancel" onClick={() => setOpen(null)}>
                {t('dataio.cancel')}
              </button>
              <button
                type="button"
                className="primary"
                data-testid="import-confirm"
                disabled={!canConfirm || busy}
                onClick={() => void confirm()}
              >
                {t('dataio.confirm')}
              </button>
            </div>
          </div>
        )}
      </dialog>
    </>
  )
}
