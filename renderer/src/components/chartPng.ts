// A chart as a PNG a report can use: white background, the chart's title, the scenario's name, then the canvas (units on its axes).
export interface PngHeading {
  title: string
  /** The scenario (and workspace) the figures are of. */
  subtitle: string
}

/** Draws the heading and the chart canvas on a new white canvas and returns it as a PNG data URL. */
export function chartToPng(chart: HTMLCanvasElement, heading: PngHeading): string {
  const scale = chart.width / Math.max(1, chart.clientWidth || chart.width)
  const pad = Math.round(16 * scale)
  const titleSize = Math.round(18 * scale)
  const subSize = Math.round(13 * scale)
  const top = pad + titleSize + Math.round(6 * scale) + subSize + pad
  const out = document.createElement('canvas')
  out.width = chart.width + 2 * pad
  out.height = chart.height + top + pad
  const ctx = out.getContext('2d')
  if (!ctx) return chart.toDataURL('image/png')
  // Chart.js leaves the canvas transparent: a PNG pasted on a dark slide would lose its axes.
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, out.width, out.height)
  ctx.fillStyle = '#1f2328'
  ctx.textBaseline = 'top'
  ctx.font = `600 ${titleSize}px system-ui, 'DejaVu Sans', sans-serif`
  ctx.fillText(heading.title, pad, pad)
  ctx.font = `${subSize}px system-ui, 'DejaVu Sans', sans-serif`
  ctx.fillStyle = '#57606a'
  ctx.fillText(heading.subtitle, pad, pad + titleSize + Math.round(6 * scale))
  ctx.drawImage(chart, pad, top)
  return out.toDataURL('image/png')
}
