// The Rapport screen: one printable board document for the chosen scenarios, built from the screens' own charts and tables.
import './report.css'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from '../../text'
import type { SolveResult } from '@shared/decision/plan'
import type { Language } from '@shared/ipc/contract'
import { getApi } from '../../api'
import { Chart } from '../../components/Chart'
import { backlogChart, costChart, demandCapacityChart, shortageChart } from '../../charts/toChartData'
import type { ChartContext } from '../../charts/toChartData'
import { revenueChart } from '../../charts/v2Charts'
import type { ChartSpec } from '../../charts/chartSpec'
import { dateLocale } from '../../format'
import { useNames, useTranslate } from '../../names'
import { useWorkspace } from '../../state/WorkspaceProvider'
import type { Compared } from '../compare/compareData'
import { KpiTable } from '../compare/KpiTable'
import { useCompared } from '../compare/useCompared'
import { ScenarioPicker } from '../compare/ScenarioPicker'
import { computeKpis } from '../results/kpis'
import { printReport } from './printReport'
import { ReportAssumptions } from './ReportAssumptions'
import { ReportPlan } from './ReportPlan'
import { reportSummary, type SummaryScenario } from './summary'

const MAX = 4

/** The charts a board reads, in order; a new chart adapter joins the report by being added here. */
export const REPORT_CHARTS: readonly ((ctx: ChartContext) => ChartSpec)[] = [
  demandCapacityChart,
  shortageChart,
  backlogChart,
  costChart,
  revenueChart,
]

function summaryOf(c: Compared, name: (id: string) => string): SummaryScenario {
  const k = computeKpis(c.input, c.result)
  return {
    name: c.name,
    firstShortageYear: k.firstShortageYear,
    peakFte: k.peak.fte,
    peakYear: k.peak.year,
    peakGrade: k.peak.grade === null ? null : name(k.peak.grade),
    turnaroundWeeks: k.turnaround.weeks,
    targetWeeks: k.turnaround.targetWeeks,
    firstYear: c.input.startYear,
    lastYear: k.turnaround.year,
    totalCost: k.totalCost,
  }
}

export function ReportScreen() {
  const { t, i18n } = useTranslation()
  const translate = useTranslate()
  const name = useNames()
  const { state } = useWorkspace()
  const all = useMemo(() => [...state.list.scenarios, ...state.list.frozen], [state.list])
  const [selected, setSelected] = useState<number[]>(() => all.slice(0, 2).map((s) => s.id))
  const items = useCompared(selected, all)
  const [plan, setPlan] = useState<SolveResult | null>(null)
  const onSolved = useCallback((result: SolveResult | null) => setPlan(result), [])
  const language = i18n.language as Language
  const printedOn = new Date().toLocaleDateString(dateLocale(language), { dateStyle: 'long' })
  const workspaceName = state.workspace?.name ?? ''

  const summary = useMemo(
    () =>
      reportSummary(
        items.map((c) => summaryOf(c, name)),
        language,
        plan && { feasible: plan.feasible, addedCost: plan.addedCost },
      ),
    [items, name, language, plan],
  )
  const first = items[0]

  return (
    <div className="report" data-testid="report">
      <div className="report-toolbar">
        <h2>{t('report.title')}</h2>
        <p>{t('report.intro')}</p>
        <ScenarioPicker
          all={all}
          selected={selected}
          max={MAX}
          legend={t('report.pick', { max: MAX })}
          testIdPrefix="report-pick"
          onChange={setSelected}
        />
        <button
          type="button"
          className="primary"
          data-testid="report-print"
          disabled={items.length === 0}
          onClick={() =>
            void printReport(
              { transport: getApi().transport, print: () => window.print() },
              `${workspaceName} - ${t('report.title')}`,
            )
          }
        >
          {getApi().transport === 'electron' ? t('report.exportPdf') : t('report.print')}
        </button>
      </div>
      {items.length === 0 ? (
        <p role="status">{t('report.chooseTwo')}</p>
      ) : (
        <article className="report-document" data-testid="report-document">
          <section className="report-section report-cover" aria-labelledby="report-heading">
            <p className="report-kicker">{t('report.title')}</p>
            <h1 id="report-heading">{t('report.heading')}</h1>
            <dl className="report-meta">
              <dt>{t('report.workspace')}</dt>
              <dd data-testid="report-workspace">{workspaceName}</dd>
              <dt>{t('report.scenarios')}</dt>
              <dd>
                <ul>
                  {items.map((c) => {
                    const s = all.find((x) => x.id === c.id)
                    const when = s?.frozenAt
                      ? t('report.frozenOn', {
                          date: new Date(s.frozenAt).toLocaleDateString(dateLocale(language)),
                        })
                      : t('report.live')
                    return (
                      <li key={c.id} data-testid="report-scenario">
                        {c.name} ({when})
                      </li>
                    )
                  })}
                </ul>
              </dd>
              <dt>{t('report.printedOn')}</dt>
              <dd>{printedOn}</dd>
            </dl>
            <h2>{t('report.summary')}</h2>
            <p className="report-summary" data-testid="report-summary">
              {summary}
            </p>
            <h2>{t('report.kpis')}</h2>
            <KpiTable items={items} testId="report-kpis" />
          </section>
          {items.map((c) => (
            <section
              className="report-section"
              key={c.id}
              aria-label={t('report.charts', { scenario: c.name })}
            >
              <h2>{t('report.charts', { scenario: c.name })}</h2>
              <div className="report-charts">
                {REPORT_CHARTS.map((chart) => {
                  const spec = chart({ input: c.input, result: c.result, t: translate, name })
                  return <Chart key={spec.id} spec={spec} height={260} eager subtitle={c.name} />
                })}
              </div>
            </section>
          ))}
          {first && <ReportPlan item={first} onSolved={onSolved} />}
          {first && <ReportAssumptions item={first} />}
        </article>
      )}
    </div>
  )
}
