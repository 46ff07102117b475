// The Résultats screen: the planning charts of the shown scenario (v2: revenue and margin, turnaround by grade), recomputed on every edit.
import { useCallback, useMemo } from 'react'
import { Chart } from '../../components/Chart'
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

export function ResultsScreen() {
  const t = useTranslate()
  const name = useNames()
  const { state, projection } = useWorkspace()
  const { input } = state
  const { result } = projection
  const actuals = useActuals().rows
  const explain = useExplain()

  const specs = useMemo(() => {
    if (!input || !result) return null
    const ctx: ChartContext = { input, result, t, name }
    // The recorded actuals, as points on the charts that show their figure.
    const legend = (metric: string) =>
      t('actuals.variance.legend', { metric: t(`actuals.metrics.${metric}`) })
    const points = (spec: ReturnType<typeof demandCapacityChart>) => withActualPoints(spec, actuals, legend)
    return {
      demandCapacity: points(demandCapacityChart(ctx)),
      shortage: shortageChart(ctx),
      headcount: points(headcountChart(ctx)),
      training: trainingChart(ctx),
      seats: seatsChart(ctx),
      backlog: points(backlogChart(ctx)),
      cost: costChart(ctx),
      revenue: revenueChart(ctx),
      turnaroundByGrade: turnaroundByGradeChart(ctx),
    }
  }, [input, result, t, name, actuals])

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

  if (!specs || !input || !result) return null
  return (
    <div className="results">
      <h2>{t('results.title')}</h2>
      {state.scenarioId !== null && <ExportMenu scenarioIds={[state.scenarioId]} />}
      <Levers input={input} />
      <div className="chart-grid">
        <Chart spec={specs.demandCapacity} height={360} onExplain={explain ? onExplain : undefined} />
        <Chart spec={specs.shortage} onExplain={explain ? onExplain : undefined} />
        <Chart spec={specs.headcount} onExplain={explain ? onExplain : undefined} />
        <AgePyramid input={input} result={result} />
        <Chart spec={specs.training} onExplain={explain ? onExplain : undefined} />
        <Chart spec={specs.seats} onExplain={explain ? onExplain : undefined} />
        <Chart spec={specs.backlog} onExplain={explain ? onExplain : undefined} />
        <Chart spec={specs.turnaroundByGrade} onExplain={explain ? onExplain : undefined} />
        <Chart spec={specs.cost} onExplain={explain ? onExplain : undefined} />
        <Chart spec={specs.revenue} onExplain={explain ? onExplain : undefined} />
      </div>
    </div>
  )
}
