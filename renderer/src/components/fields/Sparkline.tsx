// A small inline SVG line of a series' yearly values (no canvas, nothing injected: safe under the strict CSP).
export function Sparkline({
  values,
  label,
  width = 120,
  height = 28,
  decorative = false,
}: {
  values: readonly number[]
  /** The text alternative: what the line shows, with its range and unit. */
  label: string
  width?: number
  height?: number
  /** Hidden from assistive technology when the text beside it already says the same. */
  decorative?: boolean
}) {
  const pad = 3
  const finite = values.filter(Number.isFinite)
  const min = finite.length > 0 ? Math.min(...finite) : 0
  const max = finite.length > 0 ? Math.max(...finite) : 0
  const span = max - min
  const x = (i: number): number =>
    values.length <= 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (values.length - 1)
  // A flat series sits in the middle rather than on an edge.
  const y = (v: number): number => (span === 0 ? height / 2 : pad + ((max - v) * (height - 2 * pad)) / span)
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')
  const last = values.length - 1
  return (
    <svg
      className="ed-sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      {...(decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': label })}
    >
      {!decorative && <title>{label}</title>}
      <line x1={pad} x2={width - pad} y1={height - 1} y2={height - 1} className="ed-sparkline-axis" />
      {values.length > 1 && <polyline points={points} className="ed-sparkline-line" fill="none" />}
      {values.length > 0 && <circle cx={x(0)} cy={y(values[0]!)} r={2} className="ed-sparkline-dot" />}
      {values.length > 0 && <circle cx={x(last)} cy={y(values[last]!)} r={2} className="ed-sparkline-dot" />}
    </svg>
  )
}
