// The messages of a field (refused value, unreadable number, formula error), placed right next to it and tied to it by id.
import type { InputProblem } from '@shared/workspace/types'
import { useProblemText } from './useProblemText'

export function FieldProblems({
  id,
  problems,
  own,
  extra = [],
}: {
  /** Referenced by the field's aria-describedby. */
  id: string
  problems: readonly InputProblem[]
  /** The field's own path and label, so a problem about it is named as the user sees it. */
  own?: { path: string; label: string }
  /** Messages already in words (e.g. a number that cannot be read). */
  extra?: readonly string[]
}) {
  const text = useProblemText()
  const lines = [...extra, ...problems.map((p) => text(p, own))]
  const unique = lines.filter((line, i) => lines.indexOf(line) === i)
  if (unique.length === 0) return null
  return (
    <ul className="ed-problems" id={id} role="alert" data-testid="field-problems">
      {unique.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  )
}
