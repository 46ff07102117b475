// The Résultats screen: the planning charts of the shown scenario (v2: revenue and margin, turnaround by grade), recomputed on every edit.
import { useMemo } from 'react'
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

export function ResultsScreen() {
  const t = useTranslate()
  const name = useNames()
  const { state, projection } = useWorkspace()
  const { input } = state
  const { result } = projection
  const actuals = useActuals().rows

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

  if (!specs || !input || !result) return null
  return (
    <div className="results">
      <h2>{t('results.title')}</h2>
      {state.scenarioId !== null && <ExportMenu scenarioIds={[state.scenarioId]} />}
      <Levers input={input} />
      <div className="chart-grid">
        <Chart spec={specs.demandCapacity} height={360} />
        <Chart spec={specs.shortage} />
        <Chart spec={specs.headcount} />
        <AgePyramid input={input} result={result} />
        <Chart spec={specs.training} />
        <Chart spec={specs.seats} />
        <Chart spec={specs.backlog} />
        <Chart spec={specs.turnaroundByGrade} />
        <Chart spec={specs.cost} />
        <Chart spec={specs.revenue} />
      </div>
    </div>
  )
}
