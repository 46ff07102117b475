// A number input that reads Swiss, French and English typing, commits on Enter or blur as one undoable edit, and shows its problems beside it.
import { useId, useState, type ClipboardEvent, type KeyboardEvent } from 'react'
import { useTranslation } from '../../text'
import { useField, useWorkspace } from '../../state/WorkspaceProvider'
import { FieldProblems } from './FieldProblems'
import { OverrideControls } from './OverrideControls'
import { FieldWarnings } from './FieldWarnings'
import { fieldText, parseFieldText } from './numberText'

export interface NumberFieldProps {
  /** The field's path in override syntax (problems, override marker, reset). */
  path: string
  value: number | undefined
  /** The field's name; visible unless `hideLabel` (then it is the input's accessible name). */
  label: string
  hideLabel?: boolean
  /** Shown after the input and read with it (e.g. "%", "h/ETP/an"). */
  unit?: string
  /** Stored as a fraction 0..1, shown and typed as percent. */
  percent?: boolean
  testId?: string
  /** Writes a larger value than the field itself (a whole list); its problems are shown here too. */
  write?: { path: string; value: (n: number) => unknown }
  /** Hides the override marker (cells of a list edited whole show one marker for the list). */
  showOverride?: boolean
  size?: 'xs' | 'sm' | 'md'
  /** Shows 0 as an empty cell and reads an empty cell as 0 (sparse grids such as the age pyramid). */
  zeroAsEmpty?: boolean
  /** Calendar years are written without digit groups (2026, not 2'026). */
  year?: boolean
  /** A paste of several cells: return true when handled (the grids fill following cells). */
  onPasteCells?: (text: string) => boolean
}

export function NumberField({
  path,
  value,
  label,
  hideLabel = false,
  unit,
  percent = false,
  testId,
  write,
  showOverride = true,
  size = 'sm',
  year = false,
  zeroAsEmpty = false,
  onPasteCells,
}: NumberFieldProps) {
  const { t } = useTranslation()
  const { state, actions } = useWorkspace()
  const field = useField(path)
  const id = useId()
  const problemsId = `${id}-problems`
  const unitId = `${id}-unit`
  const display = zeroAsEmpty && value === 0 ? '' : fieldText(value, percent, !year)
  const [draft, setDraft] = useState<string | null>(null)
  const [localError, setLocalError] = useState<string | null>(null)
  // The text last committed: the store's problems are about it, and go stale once the user types on.
  const [committed, setCommitted] = useState<string | null>(null)
  // A new stored value (an accepted edit, undo, another scenario) replaces whatever was being typed.
  const [shown, setShown] = useState(display)
  if (shown !== display) {
    setShown(display)
    setDraft(null)
    setLocalError(null)
  }

  const writePath = write?.path ?? path
  // Problems belong to what the user typed: once it is replaced by the stored value (Escape, undo) they go.
  const problems = draft === null || draft !== committed ? [] : (state.problems[writePath] ?? [])
  const invalid = localError !== null || problems.length > 0

  const commit = (): void => {
    if (draft === null) return
    const parsed =
      zeroAsEmpty && draft.trim() === '' ? ({ ok: true, value: 0 } as const) : parseFieldText(draft, percent)
    if (!parsed.ok) {
      setLocalError(
        parsed.reason === 'empty' ? t('editors.number.empty') : t('editors.number.invalid', { text: draft }),
      )
      return
    }
    setLocalError(null)
    setCommitted(draft)
    if (value !== undefined && parsed.value === value) {
      setDraft(null)
      return
    }
    void actions.edit(writePath, write ? write.value(parsed.value) : parsed.value)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault()
      commit()
    } else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault()
      setDraft(null)
      setLocalError(null)
    }
  }

  const onPaste = (event: ClipboardEvent<HTMLInputElement>): void => {
    if (!onPasteCells || field.readOnly) return
    if (onPasteCells(event.clipboardData.getData('text/plain'))) event.preventDefault()
  }

  const describedBy =
    [invalid ? problemsId : null, unit ? unitId : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={`ed-field${hideLabel ? ' ed-field-bare' : ''}`}>
      {!hideLabel && (
        <label htmlFor={id} className="ed-label">
          {label}
        </label>
      )}
      <div className="ed-control">
        <input
          id={id}
          className={`ed-input ed-input-${size}${percent ? ' ed-input-percent' : ''}`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          aria-label={hideLabel ? label : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          readOnly={field.readOnly}
          data-testid={testId ?? `field-${path}`}
          data-overridden={field.overridden || undefined}
          // Ctrl+Z undoes the workspace's last step unless this field holds text not stored yet (shell/undoKeys.ts).
          data-undo={draft !== null && draft !== display ? 'field' : 'workspace'}
          value={draft ?? display}
          onChange={(e) => {
            const text = e.target.value
            setDraft(text)
            setLocalError(null)
            // Checked while the user is about to commit it (actions.prepareEdit): the key press then only shows it.
            const parsed =
              zeroAsEmpty && text.trim() === ''
                ? ({ ok: true, value: 0 } as const)
                : parseFieldText(text, percent)
            if (parsed.ok && parsed.value !== value)
              actions.prepareEdit(writePath, write ? write.value(parsed.value) : parsed.value)
          }}
          onBlur={commit}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        />
        {unit && (
          <span className="ed-unit" id={unitId}>
            {unit}
          </span>
        )}
        {hideLabel && <FieldWarnings path={writePath} compact />}
        {showOverride && (
          <OverrideControls
            overridden={field.overridden}
            readOnly={field.readOnly}
            label={label}
            onReset={() => void field.reset()}
          />
        )}
      </div>
      {invalid && (
        <FieldProblems
          id={problemsId}
          problems={problems}
          own={{ path, label }}
          extra={localError ? [localError] : []}
        />
      )}
      {!hideLabel && <FieldWarnings path={writePath} />}
    </div>
  )
}
