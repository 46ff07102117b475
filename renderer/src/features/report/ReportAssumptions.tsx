// The report's key assumptions: the workspace's sources and the three figures the peak shortage is most sensitive to (±10 %).
import { useTranslation } from '../../text'
import { formatNumber, swissNumbersInText } from '../../format'
import { useNames, useTranslate } from '../../names'
import type { Compared } from '../compare/compareData'
import { visibleBars } from '../decisions/decisionCharts'
import { useTornado } from '../decisions/SensitivityPanel'
import { pathLabel } from '../decisions/uncertainPaths'
import { useSourceRows } from '../sources/useSourceRows'

const TOP = 3

export function ReportAssumptions({ item }: { item: Compared }) {
  const { t } = useTranslation()
  const translate = useTranslate()
  const name = useNames()
  const sources = useSourceRows()
  const tornado = useTornado(item.input, 'peakShortageFte', [], true)
  const bars = tornado.result ? visibleBars(tornado.result, TOP) : []
  return (
    <section className="report-section" aria-labelledby="report-assumptions" data-testid="report-assumptions">
      <h2 id="report-assumptions">{t('report.assumptions')}</h2>
      <h3>{t('report.sensitivity')}</h3>
      {tornado.status === 'computing' ? (
        <p role="status">…</p>
      ) : (
        <ol data-testid="report-sensitivity">
          {bars.map((bar) => (
            <li key={bar.path}>
              {bar.label ?? pathLabel(bar.path, translate, name)} —{' '}
              {t('report.swing', { value: formatNumber(bar.swing, 1) })}
            </li>
          ))}
        </ol>
      )}
      <table className="kpi-table report-sources" data-testid="report-sources">
        <thead>
          <tr>
            <th scope="col">{t('sources.figure')}</th>
            <th scope="col">{t('sources.value')}</th>
            <th scope="col">{t('sources.source')}</th>
          </tr>
        </thead>
        <tbody>
          {(sources ?? []).map((s, i) => (
            <tr key={i}>
              <td className="report-figure">{swissNumbersInText(s.figure)}</td>
              <td>{swissNumbersInText(s.value)}</td>
              <td>
                {swissNumbersInText(s.source)}
                {s.year !== null ? ` (${s.year})` : ''}
                {s.kind === 'assumed' ? ` — ${t('report.assumed')}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
