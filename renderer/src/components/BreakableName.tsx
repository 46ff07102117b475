// A name (a grade's "Uhrmachermeister/in") that may wrap after its slashes in a narrow box, never inside a word.
import { Fragment } from 'react'

/** The name with a line-break opportunity (<wbr>) after each "/"; the text itself is unchanged. */
export function BreakableName({ name }: { name: string }) {
  const parts = name.split('/')
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && (
            <>
              /<wbr />
            </>
          )}
        </Fragment>
      ))}
    </>
  )
}
