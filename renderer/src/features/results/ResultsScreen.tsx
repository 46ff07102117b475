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
import { AgePyramid } from './AgePyramid'
import { Levers } from './Levers'
import { ExportMenu } from '../dataio/ExportMenu'

export function ResultsScreen() {
  const t = useTranslate()
  const name = useNames()
  const { state, projection } = useWorkspace()
  const { input } = state
  const { result } = projection

  const specs = useMemo(() => {
    if (!input || !result) return null
    const ctx: ChartContext = { input, result, t, name }
    return {
      demandCapacity: demandCapacityChart(ctx),
      shortage: shortageChart(ctx),
      headcount: headcountChart(ctx),
      training: trainingChart(ctx),
      seats: seatsChart(ctx),
      backlog: backlogChart(ctx),
      cost: costChart(ctx),
      revenue: revenueChart(ctx),
      turnaroundByGrade: turnaroundByGradeChart(ctx),
    }
  }, [input, result, t, name])

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
