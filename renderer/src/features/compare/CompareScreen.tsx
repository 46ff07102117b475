// The Comparer screen: 2–6 scenarios (frozen versions too) overlaid on any metric, their KPIs side by side, and what differs.
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Chart, useUnitText } from '../../components/Chart'
import { formatWithUnit } from '../../charts/toChartJs'
import { call } from '../../api'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { runProjection } from '../../state/projection'
import { useTranslate } from '../../names'
import { describeChange, describeField } from '../../describeChange'
import { useDescribe } from '../../useDescribe'
import {
  compareChart,
  inputDifferences,
  kpiTable,
  METRICS,
  type Compared,
  type MetricKey,
} from './compareData'

const MAX = 6

export function CompareScreen() {
  const { t } = useTranslation()
  const units = useUnitText()
  const describe = useDescribe()
  const { state } = useWorkspace()
  const all = useMemo(() => [...state.list.scenarios, ...state.list.frozen], [state.list])
  const [selected, setSelected] = useState<number[]>(() => all.slice(0, 2).map((s) => s.id))
  const [metric, setMetric] = useState<MetricKey>('shortageFte')
  const [items, setItems] = useState<Compared[]>([])

  // Re-resolve when the selection or any stored edit changes (history length moves with every edit).
  const version = `${state.workspace?.undoDescription ?? ''}|${state.workspace?.redoDescription ?? ''}|${state.pending}`
  useEffect(() => {
    let cancelled = false
    const ids = selected.filter((id) => all.some((s) => s.id === id))
    void Promise.all(ids.map((scenarioId) => call('scenario:resolve', { scenarioId }))).then((resolved) => {
      if (cancelled) return
      const next: Compared[] = []
      resolved.forEach((r, i) => {
        const run = runProjection(r.input)
        const scenario = all.find((s) => s.id === ids[i])!
        if (run.result)
          next.push({ id: scenario.id, name: scenario.name, input: r.input, result: run.result })
      })
      setItems(next)
    })
    return () => {
      cancelled = true
    }
  }, [selected, all, version])

  const toggle = (id: number): void =>
    setSelected((current) =>
      current.includes(id)
        ? current.filter((x) => x !== id)
        : current.length >= MAX
          ? current
          : [...current, id],
    )

  const translate = useTranslate()
  const spec = useMemo(
    () => (items.length > 0 ? compareChart(items, metric, translate) : null),
    [items, metric, translate],
  )
  const rows = useMemo(() => kpiTable(items), [items])
  const differences = useMemo(() => inputDifferences(items), [items])

  return (
    <div className="compare">
      <h2>{t('compare.title')}</h2>
      <fieldset className="compare-pick">
        <legend>{t('compare.pick', { max: MAX })}</legend>
        {all.map((s) => (
          <label key={s.id}>
            <input
              type="checkbox"
              checked={selected.includes(s.id)}
              disabled={!selected.includes(s.id) && selected.length >= MAX}
              onChange={() => toggle(s.id)}
              data-testid={`compare-pick-${s.id}`}
            />
            {s.name}
            {s.frozenAt ? ` (${t('toolbar.frozenBadge')} ${s.frozenAt.slice(0, 10)})` : ''}
          </label>
        ))}
      </fieldset>
      <label className="compare-metric">
        {t('compare.metricLabel')}
        <select
          value={metric}
          onChange={(e) => setMetric(e.target.value as MetricKey)}
          data-testid="compare-metric"
        >
          {(Object.keys(METRICS) as MetricKey[]).map((m) => (
            <option key={m} value={m}>
              {t(`compare.metric.${m}`)}
            </option>
          ))}
        </select>
      </label>
      {selected.length < 2 && <p role="status">{t('compare.pickTwo')}</p>}
      {spec && <Chart spec={spec} height={340} />}
      {items.length > 0 && (
        <table className="kpi-table" data-testid="compare-kpis">
          <caption>{t('compare.kpiCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.kpi')}</th>
              {items.map((c, i) => (
                <th scope="col" key={c.id}>
                  {c.name}
                  {i > 0 && <span className="delta-head"> ({t('compare.deltaToFirst')})</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-testid={`compare-row-${row.key}`}>
                <th scope="row">{t(`compare.kpis.${row.key}`)}</th>
                {row.values.map((v, i) => {
                  const show = (x: number | null): string =>
                    row.unit === 'year' ? (x === null ? '—' : String(x)) : formatWithUnit(x, row.unit, units)
                  const d = row.deltas[i] ?? null
                  return (
                    <td key={i}>
                      {show(v)}
                      {i > 0 && (
                        <span
                          className={`delta ${d !== null && d !== 0 ? 'delta-changed' : ''}`}
                          data-testid="compare-delta"
                        >
                          {' '}
                          (
                          {d === null
                            ? '—'
                            : `${d > 0 ? '+' : ''}${row.unit === 'year' ? d : formatWithUnit(d, row.unit, units)}`}
                          )
                        </span>
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {items.length > 1 && (
        <section aria-labelledby="differences-title">
          <h3 id="differences-title">{t('compare.differences')}</h3>
          {differences.length === 0 ? (
            <p>{t('compare.noDifferences')}</p>
          ) : (
            <table className="diff-table" data-testid="compare-differences">
              <thead>
                <tr>
                  <th scope="col">{t('compare.input')}</th>
                  {items.map((c) => (
                    <th scope="col" key={c.id}>
                      {c.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {differences.map((d) => (
                  <tr key={d.path}>
                    <th scope="row">{describeField(d.path, describe)}</th>
                    {d.values.map((v, i) => (
                      <td key={i}>{describeChange(d.path, v, describe).value}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </div>
  )
}
