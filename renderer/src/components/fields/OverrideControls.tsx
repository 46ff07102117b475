// The "changed in this scenario" marker and the "reset to the parent's value" button shown beside an overridden field.
import { useTranslation } from '../../text'

export function OverrideControls({
  overridden,
  readOnly,
  label,
  onReset,
}: {
  overridden: boolean
  readOnly: boolean
  label: string
  onReset: () => void
}) {
  const { t } = useTranslation()
  if (!overridden) return null
  return (
    <span className="ed-override">
      <span
        className="ed-override-mark"
        role="img"
        aria-label={t('editors.overriddenField', { field: label })}
        title={t('editors.overridden')}
        data-testid="override-mark"
      >
        ●
      </span>
      {!readOnly && (
        <button
          type="button"
          className="ed-reset"
          aria-label={t('editors.resetField', { field: label })}
          title={t('editors.resetToParent')}
          data-testid="override-reset"
          onClick={onReset}
        >
          ↺
        </button>
      )}
    </span>
  )
}
