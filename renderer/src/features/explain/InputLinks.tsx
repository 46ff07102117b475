// The inputs a part of the explanation comes from, each a button that opens its screen with the field focused.
import { useTranslation } from '../../text'
import { describeField } from '../../describeChange'
import { useDescribe } from '../../useDescribe'
import { screenOf } from './fieldTarget'

export function InputLinks({
  paths,
  onGo,
  title,
  open = false,
}: {
  paths: readonly string[]
  onGo: (path: string) => void
  /** The summary of a collapsed list; without it the list is shown as is, under "Saisies". */
  title?: string
  open?: boolean
}) {
  const { t } = useTranslation()
  const ctx = useDescribe()
  const unique = [...new Set(paths)]
  if (unique.length === 0) return null
  const list = (
    <ul className="explain-inputs">
      {unique.map((path) => (
        <li key={path}>
          <button
            type="button"
            className="explain-link"
            data-testid={`explain-input-${path}`}
            onClick={() => onGo(path)}
          >
            {describeField(path, ctx)}
            <span className="explain-link-screen"> · {t(`nav.${screenOf(path)}`)}</span>
          </button>
        </li>
      ))}
    </ul>
  )
  return (
    <details className="explain-inputs-group" open={open || undefined}>
      <summary>{title ?? t('explain.inputs')}</summary>
      {list}
    </details>
  )
}
