// The Résultats screen: the planning charts of the shown scenario (v2: revenue and margin, turnaround by grade), recomputed on every edit.
import { useCallback, useMemo } from 'react'
import { ChartInView } from '../../components/ChartInView'
import type { ChartSpec } from '../../charts/chartSpec'
import { useNames, useTranslate } from '../../names'
import { useWorkspace } from '../../state/WorkspaceProvider'
import {
  backlogChart,
  costChart,
  demandCapacityChart,
  headcountChart,
  seatsChart,
  shortageChart,
  trainingChart,
  type ChartContext,
} from '../../charts/toChartData'
import { revenueChart, turnaroundByGradeChart } from '../../charts/v2Charts'
import { withActualPoints } from '../../charts/actualPoints'
import { useActuals } from '../actuals/useActuals'
import { AgePyramid } from './AgePyramid'
import { Levers } from './Levers'
import { ExportMenu } from '../dataio/ExportMenu'
import { useExplain } from '../explain/useExplainState'
import { useAfterFirstPaint } from '../../afterPaint'

export function ResultsScreen() {
  const t = useTranslate()
  const name = useNames()
  const { state, projection } = useWorkspace()
  const { input } = state
  const { result } = projection
  const actuals = useActuals().rows
  const explain = useExplain()

  // The charts below the first row come a moment after the first paint (an idle period later): the screen's
  // first frame then builds and lays out only what is in view. A later visit shows them all at once.
  const all = useAfterFirstPaint()
  const legend = useCallback(
    (metric: string) => t('actuals.variance.legend', { metric: t(`actuals.metrics.${metric}`) }),
    [t],
  )
  // Each chart's spec is built while the chart is in view (ChartInView): an edit pays for those the user sees.
  const builders = useMemo(() => {
    if (!input || !result) return null
    const ctx: ChartContext = { input, result, t, name }
    // The recorded actuals, as points on the charts that show their figure.
    const points = (spec: ChartSpec) => withActualPoints(spec, actuals, legend)
    return {
      demandCapacity: () => points(demandCapacityChart(ctx)),
      shortage: () => shortageChart(ctx),
      headcount: () => points(headcountChart(ctx)),
      training: () => trainingChart(ctx),
      seats: () => seatsChart(ctx),
      backlog: () => points(backlogChart(ctx)),
      cost: () => costChart(ctx),
      revenue: () => revenueChart(ctx),
      turnaroundByGrade: () => turnaroundByGradeChart(ctx),
    }
  }, [input, result, t, name, actuals, legend])

  // A year clicked on a chart, or (from its button) the first shortage year, else the first year. Stable
  // across edits that keep those, so charts are not handed a new callback on every edit.
  const firstShortageYear = result?.summary.firstShortageYear ?? null
  const startYear = input?.startYear ?? 0
  const onExplain = useCallback(
    (label: string | null, opener: HTMLElement | null) => {
      const year = label === null ? (firstShortageYear ?? startYear) : Number(label)
      if (explain && Number.isInteger(year)) explain.openYear(year, opener)
    },
    [explain, firstShortageYear, startYear],
  )

  if (!builders || !input || !result) return null
  const explainYear = explain ? onExplain : undefined
  return (
    <div className="results">
      <h2>{t('results.title')}</h2>
      {state.scenarioId !== null && <ExportMenu scenarioIds={[state.scenarioId]} />}
      <Levers input={input} />
      <div className="chart-grid">
        <ChartInView build={builders.demandCapacity} height={360} onExplain={explainYear} />
        <ChartInView build={builders.shortage} onExplain={explainYear} />
        {all ? (
          <>
            <ChartInView build={builders.headcount} onExplain={explainYear} />
            <AgePyramid input={input} result={result} />
            <ChartInView build={builders.training} onExplain={explainYear} />
            <ChartInView build={builders.seats} onExplain={explainYear} />
            <ChartInView build={builders.backlog} onExplain={explainYear} />
            <ChartInView build={builders.turnaroundByGrade} onExplain={explainYear} />
            <ChartInView build={builders.cost} onExplain={explainYear} />
            <ChartInView build={builders.revenue} onExplain={explainYear} />
          </>
        ) : (
          // Room for them meanwhile, so the page's height (and its scroll bar) stays as it will be.
          <div className="chart-grid-later" aria-hidden="true" />
        )}
      </div>
    </div>
  )
}
