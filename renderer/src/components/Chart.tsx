// The one Chart.js owner: draws a ChartSpec on a canvas, with a data-table toggle (the text alternative) and PNG export.
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from '../text'
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJs,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js'
import annotationPlugin from 'chartjs-plugin-annotation'
import type { ChartSpec } from '../charts/chartSpec'
import {
  chartConfigKey,
  toChartJs,
  formatWithUnit,
  type TooltipText,
  type UnitText,
} from '../charts/toChartJs'
import { toTable } from '../charts/toChartData'
import { useShownNames } from '../state/WorkspaceProvider'
import { chartToPng } from './chartPng'
import { perfSince } from '../perf'
import { firstPaintDone } from '../afterPaint'

ChartJs.register(
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  annotationPlugin,
)
ChartJs.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', sans-serif"
ChartJs.defaults.color = '#1f2328'

/**
 * Whether the canvas is in the window now (a hidden one has no size). Read at mount, so that a chart in view
 * is drawn in the frame that first shows the screen: an IntersectionObserver reports only after that frame has
 * been laid out and painted without it, and the draw then needs a frame of its own.
 */
function inWindow(canvas: HTMLCanvasElement): boolean {
  const r = canvas.getBoundingClientRect()
  return (
    r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth
  )
}

function sameFigures(shown: readonly (number | null)[], next: readonly (number | null)[]): boolean {
  return shown.length === next.length && shown.every((v, i) => Object.is(v, next[i]))
}

export function useUnitText(): UnitText {
  const { t } = useTranslation()
  // One object per language: every chart asks on every render.
  return useMemo(
    () => ({
      h: t('units.h'),
      fte: t('units.fteShort'),
      students: t('units.studentsShort'),
      seats: t('units.seatsShort'),
      weeks: t('units.weeksShort'),
      chf: 'CHF',
      people: t('units.peopleShort'),
      percent: '%',
      years: t('units.yearsShort'),
    }),
    [t],
  )
}

/**
 * `eager`: drawn at once, even off screen (the report prints every chart); `subtitle`: the scenario the
 * figures are of, for the PNG (the shown scenario when not given); `onExplain`: a click on a category (a
 * year) or the "Explain" button opens the explain panel, with the button as the place focus returns to.
 */
export interface ChartProps {
  spec: ChartSpec
  height?: number
  eager?: boolean
  subtitle?: string
  onExplain?: (label: string | null, opener: HTMLElement | null) => void
}

/** Rendered again only when its props change (an edit hands a new spec to the charts whose figures it changes). */
export const Chart = memo(function Chart({
  spec,
  height = 320,
  eager = false,
  subtitle,
  onExplain,
}: ChartProps) {
  const { t } = useTranslation()
  const names = useShownNames()
  const scenarioName = subtitle ?? names.scenario
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const chartRef = useRef<ChartJs<'bar' | 'line', (number | null)[], string> | null>(null)
  const [showTable, setShowTable] = useState(false)
  const units = useUnitText()
  const titleId = useId()
  const explainRef = useRef<HTMLButtonElement>(null)

  // The latest spec to draw, and whether the canvas is on screen: charts scrolled out of view are redrawn
  // when they come back, so an edit only pays for the charts the user can see.
  const pending = useRef<ChartSpec | null>(spec)
  /** chartConfigKey of what the chart shows now. */
  const configKey = useRef('')
  const visible = useRef(false)
  const unitsRef = useRef(units)
  unitsRef.current = units
  // The shown tooltip as text (title, values, why), for screen readers and tests: Chart.js draws it on the canvas.
  const tooltipRef = useRef<HTMLParagraphElement>(null)
  const onTooltip = useCallback((tip: TooltipText) => {
    const out = tooltipRef.current
    if (!out) return
    const text = tip.shown ? [tip.title, ...tip.lines, ...tip.footer].join('\n') : ''
    if (out.textContent === text) return
    out.textContent = text
    out.dataset.x = String(Math.round(tip.x))
    out.dataset.y = String(Math.round(tip.y))
  }, [])

  const draw = useCallback(() => {
    const canvas = canvasRef.current
    const next = pending.current
    if (!canvas || !next) return
    pending.current = null
    const drawStart = performance.now()
    const key = chartConfigKey(next, unitsRef.current)
    const chart = chartRef.current
    if (chart && key === configKey.current) {
      // Nothing this chart shows changed (an edit of a figure it does not draw): no redraw at all.
      if (next.series.every((s, i) => sameFigures(chart.data.datasets[i]!.data, s.data))) return
      // Only the figures changed (most edits): new values into the same datasets, and no config to build
      // (Chart.js still resolves its options on every update).
      next.series.forEach((s, i) => {
        // A dataset whose figures are the same keeps its array: Chart.js then does not parse it again.
        const dataset = chart.data.datasets[i]!
        if (!sameFigures(dataset.data, s.data)) dataset.data = s.data
      })
      chart.update('none')
    } else {
      const config = toChartJs(next, unitsRef.current, onTooltip)
      if (chart) {
        // Update in place: recreating the chart on every edit would be slow and flicker.
        chart.data = config.data
        chart.options = config.options!
        chart.update('none')
      } else {
        chartRef.current = new ChartJs(canvas, config)
      }
    }
    configKey.current = key
    perfSince('chart:draw', drawStart)
    // How many times the canvas was drawn: lets tests and the UI benchmark see a redraw happen.
    const figure = canvas.closest('figure')
    if (figure) figure.dataset.revision = String(Number(figure.dataset.revision ?? '0') + 1)
    firstPaintDone()
  }, [onTooltip])

  // Layout effects: a chart in view is redrawn before the browser paints the change that redraws it.
  useLayoutEffect(() => {
    pending.current = spec
    if (visible.current) draw()
  }, [spec, draw])

  useLayoutEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    if (eager || typeof IntersectionObserver === 'undefined') {
      visible.current = true
      draw()
      return
    }
    if (inWindow(canvas)) {
      visible.current = true
      draw()
    }
    const observer = new IntersectionObserver(
      (entries) => {
        visible.current = entries.some((e) => e.isIntersecting)
        if (visible.current) draw()
      },
      { rootMargin: '0px' },
    )
    observer.observe(canvas)
    return () => observer.disconnect()
  }, [draw, eager])

  useEffect(
    () => () => {
      chartRef.current?.destroy()
      chartRef.current = null
    },
    [],
  )

  const exportPng = (): void => {
    const canvas = canvasRef.current
    if (!canvas) return
    const link = document.createElement('a')
    const workspace = names.workspace
    link.href = chartToPng(canvas, {
      title: spec.title,
      subtitle: workspace ? `${workspace} — ${scenarioName}` : scenarioName,
    })
    link.download = `${spec.id}.png`
    link.click()
  }

  // Built only while shown: every edit re-renders each chart, shown as a table or not.
  const table = showTable ? toTable(spec) : null
  return (
    <figure className="chart" data-testid={`chart-${spec.id}`} aria-labelledby={titleId}>
      <figcaption className="chart-head">
        <h3 id={titleId}>{spec.title}</h3>
        {subtitle && <p className="chart-subtitle">{subtitle}</p>}
        <p className="chart-description">{spec.description}</p>
        <div className="chart-actions">
          <button
            type="button"
            aria-pressed={showTable}
            onClick={() => setShowTable((v) => !v)}
            data-testid={`toggle-table-${spec.id}`}
          >
            {showTable ? t('charts.showChart') : t('charts.showTable')}
          </button>
          <button type="button" onClick={exportPng}>
            {t('charts.exportPng')}
          </button>
          {onExplain && (
            <button
              type="button"
              ref={explainRef}
              aria-label={t('explain.open', { figure: spec.title })}
              data-testid={`explain-${spec.id}`}
              onClick={() => onExplain(null, explainRef.current)}
            >
              {t('explain.button')}
            </button>
          )}
        </div>
      </figcaption>
      <div className="chart-canvas" style={{ height, display: showTable ? 'none' : 'block' }}>
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={`${spec.title}. ${spec.description}`}
          className={onExplain ? 'chart-clickable' : undefined}
          onClick={(event) => {
            // The year under the pointer, wherever it is in its column (bars, lines and bands alike).
            const chart = chartRef.current
            if (!onExplain || !chart) return
            const [hit] = chart.getElementsAtEventForMode(
              event.nativeEvent,
              'index',
              { intersect: false },
              false,
            )
            const label = hit === undefined ? undefined : spec.labels[hit.index]
            if (label !== undefined) onExplain(label, explainRef.current)
          }}
        />
      </div>
      <p
        ref={tooltipRef}
        className="visually-hidden"
        aria-live="polite"
        data-testid={`chart-tooltip-${spec.id}`}
      />
      {table && (
        <div className="chart-table">
          <table>
            <caption className="visually-hidden">{spec.title}</caption>
            <thead>
              <tr>
                <th scope="col">
                  {spec.categoryTitle ?? (spec.horizontal ? t('charts.ageBand') : t('charts.year'))}
                </th>
                {table.columns.map((c) => (
                  <th scope="col" key={c}>
                    {c}
                  </th>
                ))}
                {spec.notes && (
                  <th scope="col" className="chart-why">
                    {t('charts.why.column')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {row.values.map((v, i) => (
                    <td key={i}>{formatWithUnit(v, spec.series[i]!.unit, units)}</td>
                  ))}
                  {spec.notes && (
                    <td className="chart-why" data-testid={`why-${spec.id}-${row.label}`}>
                      {row.note}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  )
})
