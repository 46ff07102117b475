// A choice among ids (a grade, a job type) shown by their display names; each change is one undoable edit.
import { useId } from 'react'
import { useField } from '../../state/WorkspaceProvider'
import { useNames } from '../../names'
import { FieldProblems } from './FieldProblems'
import { OverrideControls } from './OverrideControls'

export function SelectField({
  path,
  value,
  options,
  label,
  hideLabel = false,
  testId,
  optionLabel,
}: {
  path: string
  value: string
  /** Ids to choose from, in display order. */
  options: readonly string[]
  label: string
  hideLabel?: boolean
  testId?: string
  /** The text of a choice that is not an id of the input (e.g. the status basis); default its display name. */
  optionLabel?: (option: string) => string
}) {
  const field = useField(path)
  const name = useNames()
  const id = useId()
  const problemsId = `${id}-problems`
  const choices = options.includes(value) ? options : [value, ...options]
  return (
    <div className={`ed-field${hideLabel ? ' ed-field-bare' : ''}`}>
      {!hideLabel && (
        <label htmlFor={id} className="ed-label">
          {label}
        </label>
      )}
      <div className="ed-control">
        <select
          id={id}
          className="ed-select"
          aria-label={hideLabel ? label : undefined}
          aria-invalid={field.problems.length > 0 || undefined}
          aria-describedby={field.problems.length > 0 ? problemsId : undefined}
          disabled={field.readOnly}
          data-testid={testId ?? `field-${path}`}
          value={value}
          onChange={(e) => void field.set(e.target.value)}
        >
          {choices.map((option) => (
            <option key={option} value={option}>
              {(optionLabel ?? name)(option)}
            </option>
          ))}
        </select>
        <OverrideControls
          overridden={field.overridden}
          readOnly={field.readOnly}
          label={label}
          onReset={() => void field.reset()}
        />
      </div>
      <FieldProblems id={problemsId} problems={field.problems} own={{ path, label }} />
    </div>
  )
}
