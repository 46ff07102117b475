// Plan versus actual: pick a scenario or frozen version, read the variance table, and see the actuals as points on its charts.
import { useEffect, useMemo, useState } from 'react'
import type { Variance } from '@shared/actuals/variance'
import type { ActualRow } from '@shared/actuals/types'
import { project } from '@shared/engine'
import type { ModelInput, ModelResult } from '@shared/model/types'
import type { ScenarioId } from '@shared/workspace/types'
import { call } from '../../api'
import { withActualPoints } from '../../charts/actualPoints'
import { backlogChart, demandCapacityChart, headcountChart } from '../../charts/toChartData'
import { Chart } from '../../components/Chart'
import { formatNumber } from '../../format'
import { useNames, useTranslate } from '../../names'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { rowLabel } from './ActualsGrid'

/** The chosen plan's input and projection (null while loading or when it cannot be projected). */
function usePlan(id: ScenarioId | null): { input: ModelInput; result: ModelResult } | null {
  const [plan, setPlan] = useState<{ input: ModelInput; result: ModelResult } | null>(null)
  const { state } = useWorkspace()
  useEffect(() => {
    let live = true
    if (id === null) return setPlan(null)
    void call('scenario:resolve', { scenarioId: id }).then(({ input }) => {
      // A plan that cannot be projected shows no charts; its problems are on its own screens.
      let next: { input: ModelInput; result: ModelResult } | null
      try {
        next = { input, result: project(input) }
      } catch {
        next = null
      }
      if (live) setPlan(next)
    })
    return () => {
      live = false
    }
  }, [id, state.workspace])
  return plan
}

export function VariancePanel({
  rows,
  targetId,
  onTarget,
}: {
  rows: readonly ActualRow[]
  targetId: ScenarioId | null
  onTarget: (id: ScenarioId) => void
}) {
  const t = useTranslate()
  const name = useNames()
  const { state } = useWorkspace()
  const plan = usePlan(targetId)
  const [variance, setVariance] = useState<Variance | null>(null)

  useEffect(() => {
    if (targetId === null || rows.length === 0) return setVariance(null)
    let live = true
    void call('actuals:variance', { scenarioId: targetId }).then(
      (v) => live && setVariance(v),
      () => live && setVariance(null),
    )
    return () => {
      live = false
    }
  }, [targetId, rows])

  const charts = useMemo(() => {
    if (plan === null) return []
    const ctx = { ...plan, t, name }
    const legend = (metric: string) =>
      t('actuals.variance.legend', { metric: t(`actuals.metrics.${metric}`) })
    return [demandCapacityChart(ctx), headcountChart(ctx), backlogChart(ctx)].map((spec) =>
      withActualPoints(spec, rows, legend),
    )
  }, [plan, rows, t, name])

  const digits = (v: number | null) => (v !== null && Math.abs(v) < 100 ? 1 : 0)
  return (
    <section className="variance-section">
      <h3>{t('actuals.variance.title')}</h3>
      <label>
        {t('actuals.variance.against')}{' '}
        <select
          data-testid="variance-target"
          value={targetId ?? ''}
          onChange={(e) => onTarget(Number(e.target.value))}
        >
          {state.list.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
          {state.list.frozen.map((s) => (
            <option key={s.id} value={s.id}>
              {t('actuals.variance.frozen', { name: s.name })}
            </option>
          ))}
        </select>
      </label>
      {variance !== null && variance.cells.length === 0 && <p>{t('actuals.variance.none')}</p>}
      {variance !== null && variance.yearsOutside.length > 0 && (
        <p className="hint">{t('actuals.variance.outside', { years: variance.yearsOutside.join(', ') })}</p>
      )}
      {variance !== null && variance.cells.length > 0 && (
        <table className="variance-table" data-testid="variance-table">
          <thead>
            <tr>
              <th scope="col">{t('actuals.variance.year')}</th>
              <th scope="col">{t('actuals.variance.figure')}</th>
              <th scope="col">{t('actuals.variance.plan')}</th>
              <th scope="col">{t('actuals.variance.actual')}</th>
              <th scope="col">{t('actuals.variance.difference')}</th>
              <th scope="col">{t('actuals.variance.percent')}</th>
            </tr>
          </thead>
          <tbody>
            {variance.cells.map((c) => (
              <tr
                key={`${c.year}:${c.metric}:${c.key}`}
                data-testid={`variance-${c.year}-${c.metric}-${c.key || 'total'}`}
              >
                <td>{c.year}</td>
                <td>{rowLabel(c, t, name)}</td>
                <td className="num">{formatNumber(c.plan, digits(c.plan))}</td>
                <td className="num">{formatNumber(c.actual, digits(c.actual))}</td>
                <td className="num">{formatNumber(c.difference, digits(c.difference))}</td>
                <td className="num">{c.percent === null ? '—' : `${formatNumber(c.percent, 1)} %`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="chart-grid">
        {charts.map((spec) => (
          <Chart key={spec.id} spec={spec} />
        ))}
      </div>
    </section>
  )
}
