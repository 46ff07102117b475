// The report's recommended plan: the solver's cheapest plan for the first scenario, its cost, and what it adds by grade and programme.
import { useEffect } from 'react'
import { useTranslation } from '../../text'
import type { SolveResult } from '@shared/decision/plan'
import { useErrorText } from '../../errorText'
import { formatChf, formatNumber } from '../../format'
import { useNames } from '../../names'
import type { Compared } from '../compare/compareData'
import { useSolve } from '../decisions/useSolve'
import { planFigure } from '../decisions/solverText'

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0)

/** The years of a per-year series where it is not zero, with the value: "2031: 2, 2032: 1" (whole people). */
function byYear(values: readonly number[], startYear: number, whole: boolean): string {
  return values
    .map((v, i) => (v >= 0.05 ? `${startYear + i}: ${planFigure(v, whole)}` : null))
    .filter((x) => x !== null)
    .join(', ')
}

export function ReportPlan({
  item,
  onSolved,
}: {
  item: Compared
  onSolved: (result: SolveResult | null) => void
}) {
  const { t } = useTranslation()
  const name = useNames()
  const { solved, solving, error, solve } = useSolve()
  const errorText = useErrorText()
  const short = item.result.summary.firstShortageYear !== null
  const inputKey = JSON.stringify(item.input)
  useEffect(() => {
    // The board sees a plan in whole people, as the solver screen shows by default.
    if (short) void solve(item.id, item.input, { whole: true })
    // inputKey stands for the input by value: the same figures are not solved twice.
  }, [item.id, inputKey, short, solve])
  const result = solved?.scenarioId === item.id && solved.inputKey === inputKey ? solved.result : null
  useEffect(() => onSolved(result), [result, onSolved])

  const whole = result?.options.whole ?? false
  const rows = (what: Record<string, number[]>, label: string) =>
    Object.entries(what)
      .filter(([, values]) => sum(values) > 1e-9)
      .map(([id, values]) => (
        <tr key={`${label}-${id}`}>
          <th scope="row">
            {label} — {name(id)}
          </th>
          <td>{planFigure(sum(values), whole)}</td>
          <td>{byYear(values, item.input.startYear, whole)}</td>
        </tr>
      ))

  return (
    <section className="report-section" aria-labelledby="report-plan" data-testid="report-plan">
      <h2 id="report-plan">{t('report.plan', { scenario: item.name })}</h2>
      {!short ? (
        <p>{t('report.planNone')}</p>
      ) : error ? (
        <p role="alert">{errorText(error)}</p>
      ) : solving || !result ? (
        <p role="status">{t('report.planRunning')}</p>
      ) : (
        <div data-testid="report-plan-ready">
          <p>
            {result.feasible
              ? t('report.planCost', { added: formatChf(result.addedCost), total: formatChf(result.cost) })
              : t('report.planInfeasible')}
          </p>
          <table className="kpi-table">
            <thead>
              <tr>
                <th scope="col">{t('report.figure')}</th>
                <th scope="col">{t('report.total')}</th>
                <th scope="col">{t('charts.year')}</th>
              </tr>
            </thead>
            <tbody>
              {rows(result.plan.extraHires, t('report.planHires'))}
              {rows(result.plan.extraIntake, t('report.planIntake'))}
              {result.plan.benchExpansions.length > 0 && (
                <tr>
                  <th scope="row">{t('report.planBenches')}</th>
                  <td>{formatNumber(sum(result.plan.benchExpansions.map((b) => b.benches)))}</td>
                  <td>
                    {result.plan.benchExpansions
                      .map((b) => `${b.year}: ${formatNumber(b.benches)}`)
                      .join(', ')}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
