// "Explain this number": a modal side panel that takes one year's figures apart, with a year picker and links to the inputs.
import { useEffect, useId, useMemo, useRef } from 'react'
import { useTranslation } from '../../text'
import type { ModelInput, ModelResult } from '@shared/model/types'
import { explainYear } from '@shared/engine/explain'
import { formatChf, formatNumber } from '../../format'
import { CapacityPart, DemandPart, ServicePart, StatusPart } from './ExplainSections'
import type { ExplainRequest, KpiId } from './useExplainState'
import './explain.css'

/** Horizon totals (lost hours, cost, margin): each year's share, summing to the KPI. */
function HorizonPart({
  kpi,
  result,
  year,
  onYear,
}: {
  kpi: KpiId
  result: ModelResult
  year: number
  onYear: (y: number) => void
}) {
  const { t } = useTranslation()
  const lost = (y: ModelResult['years'][number]) => Object.values(y.lostHours).reduce((a, b) => a + b, 0)
  const columns =
    kpi === 'lost-hours'
      ? [
          {
            key: 'lostHours',
            label: t('explain.horizon.lostHours'),
            value: lost,
            total: result.summary.totalLostHours,
          },
          {
            key: 'lostRevenue',
            label: t('explain.horizon.lostRevenue'),
            value: (y: ModelResult['years'][number]) => y.lostRevenue,
            total: result.summary.totalLostRevenue,
          },
        ]
      : [
          {
            key: 'cost',
            label: t('explain.horizon.cost'),
            value: (y: ModelResult['years'][number]) => y.cost.total,
            total: result.summary.totalCost,
          },
          {
            key: 'revenue',
            label: t('explain.horizon.revenue'),
            value: (y: ModelResult['years'][number]) => y.revenue,
            total: result.summary.totalRevenue,
          },
          {
            key: 'margin',
            label: t('explain.horizon.margin'),
            value: (y: ModelResult['years'][number]) => y.margin,
            total: result.summary.totalMargin,
          },
        ]
  const show = (key: string, v: number) => (key === 'lostHours' ? formatNumber(v, 0) : formatChf(v))
  return (
    <section className="explain-part" aria-labelledby="explain-horizon">
      <h3 id="explain-horizon">{t('explain.horizon.title')}</h3>
      <div className="explain-table-wrap explain-horizon">
        <table className="explain-table" data-testid="explain-horizon">
          <caption className="visually-hidden">{t('explain.horizon.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('explain.year')}</th>
              {columns.map((c) => (
                <th scope="col" key={c.key}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.years.map((y) => (
              <tr key={y.year} className={y.year === year ? 'explain-current' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="explain-link"
                    aria-pressed={y.year === year}
                    onClick={() => onYear(y.year)}
                  >
                    {y.year}
                  </button>
                </th>
                {columns.map((c) => (
                  <td key={c.key}>{show(c.key, c.value(y))}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('explain.total')}</th>
              {columns.map((c) => (
                <td key={c.key} data-testid={`explain-horizon-${c.key}-total`}>
                  {show(c.key, c.total)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  )
}

export function ExplainPanel({
  input,
  result,
  request,
  onYear,
  onClose,
  onGo,
}: {
  input: ModelInput
  result: ModelResult
  request: ExplainRequest
  onYear: (year: number) => void
  /** Closes the panel; the shell gives the focus back to the opener. */
  onClose: () => void
  /** Follows an input link: the panel is closed and the field's screen opened. */
  onGo: (path: string) => void
}) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const yearId = useId()
  // Computed only while the panel is open, and again only when the year or the projection changes.
  const e = useMemo(() => explainYear(input, result, request.year), [input, result, request.year])
  const first = input.startYear
  const last = input.startYear + result.years.length - 1

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  return (
    <dialog
      ref={ref}
      className="explain-panel"
      aria-labelledby={titleId}
      data-testid="explain-panel"
      onCancel={(event) => {
        // Esc: close through the shell, which puts the focus back where the user was.
        event.preventDefault()
        onClose()
      }}
    >
      <header className="explain-head">
        <h2 id={titleId}>{t('explain.title', { year: request.year })}</h2>
        <div className="explain-years">
          <button
            type="button"
            disabled={request.year <= first}
            onClick={() => onYear(request.year - 1)}
            data-testid="explain-prev"
            aria-label={t('explain.previous')}
          >
            ‹
          </button>
          <label htmlFor={yearId} className="visually-hidden">
            {t('explain.year')}
          </label>
          <select
            id={yearId}
            value={request.year}
            data-testid="explain-year"
            onChange={(event) => onYear(Number(event.target.value))}
          >
            {result.years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.year}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={request.year >= last}
            onClick={() => onYear(request.year + 1)}
            data-testid="explain-next"
            aria-label={t('explain.next')}
          >
            ›
          </button>
        </div>
        <button type="button" className="explain-close" onClick={onClose} data-testid="explain-close">
          {t('explain.close')}
        </button>
      </header>
      <div className="explain-body">
        <p className="explain-intro">{t('explain.intro')}</p>
        {e && (
          <>
            <StatusPart input={input} e={e} onGo={onGo} />
            {request.kpi && ['lost-hours', 'total-cost', 'total-margin'].includes(request.kpi) && (
              <HorizonPart kpi={request.kpi} result={result} year={request.year} onYear={onYear} />
            )}
            <DemandPart input={input} e={e} onGo={onGo} />
            <CapacityPart input={input} e={e} onGo={onGo} />
            <ServicePart input={input} e={e} onGo={onGo} />
          </>
        )}
      </div>
    </dialog>
  )
}
