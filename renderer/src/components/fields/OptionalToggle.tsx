// A checkbox that gives an optional field a value or takes it away (no cap, outsourcing on): each change is one undoable edit.
import { useField, useWorkspace } from '../../state/WorkspaceProvider'

/** One edit: the path and the value written there. */
export interface ToggleWrite {
  path: string
  value: unknown
}

export function OptionalToggle({
  path,
  checked,
  text,
  label,
  testId,
  onCheck,
  onUncheck,
}: {
  /** The field's path, for the read-only state. */
  path: string
  checked: boolean
  /** The visible text beside the box. */
  text: string
  /** The accessible name (names the item, as several boxes share the text). */
  label: string
  testId: string
  onCheck: () => ToggleWrite
  onUncheck: () => ToggleWrite
}) {
  const { actions } = useWorkspace()
  const field = useField(path)
  return (
    <label className="ed-check">
      <input
        type="checkbox"
        checked={checked}
        disabled={field.readOnly}
        aria-label={label}
        data-testid={testId}
        onChange={(e) => {
          const w = e.target.checked ? onCheck() : onUncheck()
          void actions.edit(w.path, w.value)
        }}
      />
      <span>{text}</span>
    </label>
  )
}
