// The Comparer screen: 2–6 scenarios (frozen versions too) overlaid on any metric, their KPIs side by side, and what differs.
import { useMemo, useState } from 'react'
import { useTranslation } from '../../text'
import { Chart } from '../../components/Chart'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { useNames, useTranslate } from '../../names'
import { compareChart, inputDifferences, metricKeys, metricOf, type MetricKey } from './compareData'
import { KpiTable } from './KpiTable'
import { useCompared } from './useCompared'
import { ScenarioPicker } from './ScenarioPicker'
import { ExportMenu } from '../dataio/ExportMenu'
import { describeChange, describeField } from '../../describeChange'
import { useDescribe } from '../../useDescribe'

const MAX = 6

export function CompareScreen() {
  const { t } = useTranslation()
  const describe = useDescribe()
  const { state } = useWorkspace()
  const all = useMemo(() => [...state.list.scenarios, ...state.list.frozen], [state.list])
  const [selected, setSelected] = useState<number[]>(() => all.slice(0, 2).map((s) => s.id))
  const [metric, setMetric] = useState<MetricKey>('shortageFte')

  const items = useCompared(selected, all)

  const translate = useTranslate()
  const name = useNames()
  const metrics = useMemo(() => metricKeys(items), [items])
  const spec = useMemo(
    () => (items.length > 0 ? compareChart(items, metric, translate, name) : null),
    [items, metric, translate, name],
  )
  const differences = useMemo(() => inputDifferences(items), [items])

  return (
    <div className="compare">
      <h2>{t('compare.title')}</h2>
      <ExportMenu scenarioIds={items.map((c) => c.id)} />
      <ScenarioPicker
        all={all}
        selected={selected}
        max={MAX}
        legend={t('compare.pick', { max: MAX })}
        testIdPrefix="compare-pick"
        onChange={setSelected}
      />
      <label className="compare-metric">
        {t('compare.metricLabel')}
        <select
          value={metric}
          onChange={(e) => setMetric(e.target.value as MetricKey)}
          data-testid="compare-metric"
        >
          {(metrics.includes(metric) ? metrics : [metric, ...metrics]).map((m) => (
            <option key={m} value={m}>
              {metricOf(m, translate, name).title}
            </option>
          ))}
        </select>
      </label>
      {selected.length < 2 && <p role="status">{t('compare.pickTwo')}</p>}
      {spec && <Chart spec={spec} height={340} />}
      {items.length > 0 && <KpiTable items={items} testId="compare-kpis" />}
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
