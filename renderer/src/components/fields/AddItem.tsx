// A small inline form that adds an item (segment, grade, job type, programme) under an id the user types.
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from '../../text'
import { newIdProblem } from './listEdit'

export function AddItem({
  label,
  existing,
  suggestion,
  disabled,
  onAdd,
  testId,
}: {
  /** The button's text ("Ajouter un segment"). */
  label: string
  existing: readonly string[]
  suggestion: string
  disabled?: boolean
  onAdd: (id: string) => void
  testId?: string
}) {
  const { t } = useTranslation()
  const id = useId()
  const [value, setValue] = useState(suggestion)
  const [tried, setTried] = useState(false)
  // Once an item is added the list changes and so does the suggestion: offer the next free id.
  const [offered, setOffered] = useState(suggestion)
  if (offered !== suggestion) {
    setOffered(suggestion)
    setValue(suggestion)
  }
  const problem = newIdProblem(value.trim(), existing)
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    setTried(true)
    if (problem) return
    onAdd(value.trim())
    setTried(false)
  }
  return (
    <form className="ed-add-item" onSubmit={submit} data-testid={testId}>
      <label htmlFor={id} className="ed-label">
        {t('editors.list.newId')}
      </label>
      <input
        id={id}
        className="ed-input ed-input-md ed-input-text"
        value={value}
        disabled={disabled}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={(tried && problem !== null) || undefined}
        aria-describedby={tried && problem ? `${id}-problem` : undefined}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" disabled={disabled}>
        + {label}
      </button>
      {tried && problem && (
        <span className="ed-problems ed-inline-problem" id={`${id}-problem`} role="alert">
          {t(`editors.list.${problem}`)}
        </span>
      )}
    </form>
  )
}
