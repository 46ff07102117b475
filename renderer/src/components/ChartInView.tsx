// A chart whose spec is built only while it is in view (or about to be): an edit pays for the charts the user can see, not for those scrolled away, which catch up when they come back.
import { useEffect, useMemo, useRef, useState } from 'react'
import type { ChartSpec } from '../charts/chartSpec'
import { Chart, type ChartProps } from './Chart'

/** How far outside the window a chart counts as in view: it is ready before it is scrolled to. */
const AHEAD = '200px'

/**
 * `build` makes the spec from the current figures; a new `build` (every edit hands one) is called only while the
 * chart is in view. Out of view, the chart keeps the spec it was last built with: its title and buttons stay
 * on the page (headings, tests and screen readers find it), and its canvas is not drawn anyway.
 */
export function ChartInView({ build, ...props }: { build: () => ChartSpec } & Omit<ChartProps, 'spec'>) {
  const box = useRef<HTMLDivElement>(null)
  const [inView, setInView] = useState(false)
  const latest = useRef(build)
  latest.current = build
  // The builder used while out of view: the one current when the chart left it (the first, before it is seen).
  const [kept, setKept] = useState(() => build)
  const used = inView ? build : kept
  const spec = useMemo(() => used(), [used])

  useEffect(() => {
    const element = box.current
    if (!element || typeof IntersectionObserver === 'undefined') {
      setInView(true)
      return
    }
    const observer = new IntersectionObserver(
      (entries) => {
        const now = entries.some((e) => e.isIntersecting)
        if (!now) setKept(() => latest.current)
        setInView(now)
      },
      { rootMargin: AHEAD },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  return (
    <div ref={box} className="chart-in-view">
      <Chart spec={spec} {...props} />
    </div>
  )
}
