// A small modal that asks for one line of text (window.prompt does not exist in Electron).
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from '../text'

export interface PromptRequest {
  title: string
  label: string
  initial?: string
  /** A yes/no question instead of a text field. */
  confirmOnly?: boolean
  onSubmit: (value: string) => void
}

export function PromptDialog({ request, onClose }: { request: PromptRequest | null; onClose: () => void }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const [value, setValue] = useState('')

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (request) {
      setValue(request.initial ?? '')
      if (!dialog.open) dialog.showModal()
    } else if (dialog.open) dialog.close()
  }, [request])

  return (
    <dialog
      ref={ref}
      className="prompt"
      onClose={onClose}
      aria-labelledby="prompt-title"
      data-testid="prompt-dialog"
    >
      {request && (
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault()
            if (!request.confirmOnly && value.trim() === '') return
            request.onSubmit(value.trim())
            onClose()
          }}
        >
          <h2 id="prompt-title">{request.title}</h2>
          {request.confirmOnly ? (
            <p>{request.label}</p>
          ) : (
            <label>
              {request.label}
              <input
                autoFocus
                value={value}
                onChange={(e) => setValue(e.target.value)}
                data-testid="prompt-input"
              />
            </label>
          )}
          <div className="prompt-actions">
            <button type="button" onClick={onClose}>
              {t('prompt.cancel')}
            </button>
            <button type="submit" className="primary" data-testid="prompt-ok">
              {t('prompt.ok')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  )
}
