// The table every list editor shows (job types, grades, a segment's job mix): one row per item, each with its remove button.
import type { ReactNode } from 'react'
import { useTranslation } from '../../text'

/** The remove column's heading (read by screen readers only); nothing when the list cannot be changed. */
export function RemoveColumnHead({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation()
  if (readOnly) return null
  return (
    <td>
      <span className="ed-sr">{t('editors.common.remove')}</span>
    </td>
  )
}

/** A row's remove button (×), named for the row; nothing when the list cannot be changed. */
export function RemoveCell({
  readOnly,
  label,
  disabled,
  testId,
  onRemove,
}: {
  readOnly: boolean
  /** What the button does, e.g. "Remove Watchmaker" (its accessible name and tooltip). */
  label: string
  /** True for the last item: a list keeps at least one. */
  disabled: boolean
  testId?: string
  onRemove: () => void
}) {
  if (readOnly) return null
  return (
    <td>
      <button
        type="button"
        className="ed-icon-button"
        aria-label={label}
        title={label}
        disabled={disabled}
        data-testid={testId}
        onClick={onRemove}
      >
        ×
      </button>
    </td>
  )
}

/** A scrollable list table with a caption for screen readers, its column headings, and the remove column. */
export function ListTable({
  caption,
  testId,
  readOnly,
  head,
  children,
}: {
  caption: string
  testId: string
  readOnly: boolean
  /** The heading cells before the remove column. */
  head: ReactNode
  /** The rows. */
  children: ReactNode
}) {
  return (
    <div className="ed-table-wrap">
      <table className="ed-table" data-testid={testId}>
        <caption className="ed-sr">{caption}</caption>
        <thead>
          <tr>
            {head}
            <RemoveColumnHead readOnly={readOnly} />
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}
