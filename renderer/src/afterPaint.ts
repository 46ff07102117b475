// Work the first paint does not need (other screens' code, warming the formula compiler), held until the first chart is on screen and then run one piece per idle period.

import { useEffect, useState } from 'react'

type Task = () => void

const waiting: Task[] = []
let painted = false
/** The held work has been handed to idle periods (a component mounted from now on need not wait). */
let released = false

/** Runs `task` in an idle period once the first paint is done (at once if it is). */
export function afterFirstPaint(task: Task): void {
  if (painted) whenIdle(task)
  else waiting.push(task)
}

/**
 * The first chart is drawn (or the first screen has none): the frame that shows it comes first, then the
 * held work, each task in its own idle period so that none of them delays a frame the user waits for.
 */
export function firstPaintDone(): void {
  if (painted) return
  painted = true
  requestAnimationFrame(() =>
    setTimeout(() => {
      released = true
      waiting.splice(0).forEach(whenIdle)
    }),
  )
}

/**
 * False until the first paint is done, then true (from the start for a component mounted later): for a part
 * of a screen that may appear a moment after the rest, such as the plausibility warnings, whose first
 * computation compiles every formula of the input.
 */
export function useAfterFirstPaint(): boolean {
  const [done, setDone] = useState(released)
  useEffect(() => {
    if (!done) afterFirstPaint(() => setDone(true))
  }, [done])
  return done
}

function whenIdle(task: Task): void {
  // The timeout bounds the wait on a page that is never idle (a long import preview being typed into).
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 3000 })
  else setTimeout(task)
}
