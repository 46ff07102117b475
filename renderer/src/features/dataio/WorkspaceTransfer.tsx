// Browser mode's file buttons: open an .etabli from this computer (upload) and download a consistent copy of the open workspace.
import { useRef } from 'react'
import { useTranslation } from '../../text'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { bytesToBase64 } from '../../state/fileBytes'

export function WorkspaceTransfer({ download = true }: { download?: boolean }) {
  const { t } = useTranslation()
  const { state, actions } = useWorkspace()
  const inputRef = useRef<HTMLInputElement>(null)
  const upload = async (file: File | undefined): Promise<void> => {
    if (!file) return
    const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()))
    if (inputRef.current) inputRef.current.value = ''
    await actions.openUpload(file.name, dataBase64)
  }
  return (
    <span className="workspace-transfer">
      <input
        ref={inputRef}
        type="file"
        accept=".etabli"
        hidden
        data-testid="workspace-upload-file"
        onChange={(e) => void upload(e.target.files?.[0])}
      />
      <button type="button" data-testid="workspace-upload" onClick={() => inputRef.current?.click()}>
        {t('dataio.upload')}
      </button>
      {download && state.workspace && (
        <button
          type="button"
          data-testid="workspace-download"
          onClick={() => void actions.downloadWorkspace()}
        >
          {t('dataio.download')}
        </button>
      )}
    </span>
  )
}
