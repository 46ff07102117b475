// The KPI table of several scenarios side by side, each with its difference to the first (Comparer, Rapport).
import { useMemo } from 'react'
import { useTranslation } from '../../text'
import { useUnitText } from '../../components/Chart'
import { formatWithUnit } from '../../charts/toChartJs'
import { kpiTable, type Compared } from './compareData'

export function KpiTable({ items, testId }: { items: readonly Compared[]; testId: string }) {
  const { t } = useTranslation()
  const units = useUnitText()
  const rows = useMemo(() => kpiTable(items), [items])
  return (
    <table className="kpi-table" data-testid={testId}>
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
  )
}
