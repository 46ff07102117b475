// The always-visible KPI strip: first shortage year and grade, peak gap, turnaround, lost hours and revenue, cost and margin, coloured by status.
import { useTranslation } from '../../text'
import type { ModelInput, ModelResult, YearStatus } from '@shared/model/types'
import { formatChf, formatNumber } from '../../format'
import { computeKpis, turnaroundStatus } from '../results/kpis'
import { useNames } from '../../names'
import { headline } from '@shared/engine/shortageReasons'
import { useHeadlineText } from './headlineText'
import type { KpiId } from '../explain/useExplainState'

/** Opens the explain panel on the year a card is about; the button gets the focus back when it closes. */
type OnExplain = (kpi: KpiId, opener: HTMLElement) => void

function Kpi({
  testId,
  label,
  value,
  detail,
  status,
  onExplain,
}: {
  testId: `kpi-${KpiId}`
  label: string
  value: string
  detail?: string
  status: YearStatus
  onExplain?: OnExplain
}) {
  const { t } = useTranslation()
  return (
    <div className={`kpi kpi-${status}`} data-testid={testId} data-status={status}>
      <span className="kpi-label">{label}</span>
      <span className="kpi-value" data-testid={`${testId}-value`}>
        {value}
      </span>
      {detail && <span className="kpi-detail">{detail}</span>}
      {onExplain && (
        <button
          type="button"
          className="kpi-explain"
          aria-label={t('explain.open', { figure: label })}
          data-testid={`${testId}-explain`}
          onClick={(event) => onExplain(testId.slice(4) as KpiId, event.currentTarget)}
        >
          {t('explain.button')}
        </button>
      )}
    </div>
  )
}

export function KpiStrip({
  input,
  result,
  onExplain,
}: {
  input: ModelInput
  result: ModelResult
  onExplain?: OnExplain
}) {
  const { t } = useTranslation()
  const name = useNames()
  const k = computeKpis(input, result)
  const shortageStatus: YearStatus = k.firstShortageYear === null ? 'ok' : 'shortage'
  // The two shortage cards agree: a gap within the tolerance and the turnaround promise is amber, not red.
  const why = useHeadlineText()(headline(input, result))
  return (
    <section className="kpi-strip" aria-label={t('kpi.title')} data-testid="kpi-strip">
      <Kpi
        testId="kpi-first-shortage-year"
        label={t('kpi.firstShortageYear')}
        value={k.firstShortageYear === null ? '—' : String(k.firstShortageYear)}
        detail={why.firstShortage}
        status={shortageStatus}
        onExplain={onExplain}
      />
      <Kpi
        testId="kpi-peak-shortage"
        label={t('kpi.peakShortage')}
        value={`${formatNumber(k.peak.fte, 1)} ${t('units.fteShort')}`}
        detail={
          k.peak.year === null
            ? t('kpi.noShortage')
            : t('kpi.peakDetail', { grade: k.peak.grade ? name(k.peak.grade) : '—', year: k.peak.year })
        }
        status={k.peak.fte > 0 ? (k.firstShortageYear === null ? 'tight' : 'shortage') : 'ok'}
        onExplain={onExplain}
      />
      <Kpi
        testId="kpi-turnaround"
        label={t('kpi.turnaround', { year: k.turnaround.year })}
        value={
          k.turnaround.weeks === null
            ? '∞'
            : `${formatNumber(k.turnaround.weeks, 1)} ${t('units.weeksShort')}`
        }
        detail={t('kpi.target', { value: formatNumber(k.turnaround.targetWeeks, 1) })}
        status={turnaroundStatus(k.turnaround)}
        onExplain={onExplain}
      />
      <Kpi
        testId="kpi-lost-hours"
        label={t('kpi.lostHours')}
        value={`${formatNumber(k.totalLostHours, 0)} ${t('units.h')}`}
        detail={t('kpi.lostRevenue', { value: formatChf(k.totalLostRevenue) })}
        status={k.totalLostHours > 0 ? 'tight' : 'ok'}
        onExplain={onExplain}
      />
      <Kpi
        testId="kpi-total-cost"
        label={t('kpi.totalCost')}
        value={formatChf(k.totalCost)}
        detail={t('kpi.overHorizon', { years: input.horizonYears })}
        status="ok"
        onExplain={onExplain}
      />
      <Kpi
        testId="kpi-total-margin"
        label={t('kpi.totalMargin')}
        value={formatChf(k.totalMargin)}
        detail={t('kpi.revenue', { value: formatChf(k.totalRevenue) })}
        status={k.totalMargin < 0 ? 'tight' : 'ok'}
        onExplain={onExplain}
      />
    </section>
  )
}
