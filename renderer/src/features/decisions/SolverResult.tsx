// The solver's answer: the verdict (agreeing with the re-simulated KPIs), before/after KPIs, the plan's tables and the deadlines.
import type { SolveResult } from '@shared/decision/plan'
import type { LastDecision } from '@shared/decision/lastDecision'
import type { ModelInput } from '@shared/model/types'
import { useUnitText } from '../../components/Chart'
import { formatWithUnit } from '../../charts/toChartJs'
import { formatChf, formatNumber } from '../../format'
import { useNames, useTranslate } from '../../names'
import type { Translate } from '../../translate'
import { kpiRows, planColumns } from './decisionCharts'
import { bindingText, planDigits, planFigure, verdictText } from './solverText'

export function lastDecisionText(d: LastDecision, t: Translate): string {
  if (d.status === 'no-shortage') return t('decisions.solver.deadline.noShortage')
  if (d.status === 'too-late')
    return t('decisions.solver.deadline.tooLate', { first: d.firstShortageYear ?? '' })
  return t('decisions.solver.deadline.open', { count: d.yearsLeft ?? 0, year: d.lastIntakeYear ?? '' })
}

/** The plan in one sentence, for the new scenario's note. */
export function planNote(result: SolveResult, source: string, t: Translate): string {
  const total = (m: Record<string, number[]>) =>
    Object.values(m)
      .flat()
      .reduce((a, b) => a + b, 0)
  return t('decisions.solver.note', {
    source,
    hires: formatNumber(total(result.plan.extraHires), planDigits(result)),
    students: formatNumber(total(result.plan.extraIntake), planDigits(result)),
    benches: formatNumber(
      result.plan.benchExpansions.reduce((a, e) => a + e.benches, 0),
      0,
    ),
    cost: formatChf(result.addedCost),
  })
}

function PlanTable({
  testId,
  caption,
  years,
  ids,
  extra,
  total,
  unit,
  whole,
}: {
  whole: boolean
  testId: string
  caption: string
  years: number[]
  ids: string[]
  extra: Record<string, number[]>
  total: Record<string, number[]>
  unit: string
}) {
  const t = useTranslate()
  const name = useNames()
  if (ids.length === 0) return null
  return (
    <table className="dec-table dec-plan" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('charts.year')}</th>
          {ids.map((id) => (
            <th scope="col" key={id}>
              {name(id)} ({unit})
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {years.map((year, i) => (
          <tr key={year}>
            <th scope="row">{year}</th>
            {ids.map((id) => {
              const add = extra[id]?.[i] ?? 0
              return (
                <td key={id} className={add > 0 ? 'dec-added' : undefined} data-value={add}>
                  {add > 0 ? `+${planFigure(add, whole)}` : '—'}
                  <span className="dec-total">
                    {' '}
                    {t('decisions.solver.totalAfter', {
                      value: planFigure(total[id]?.[i] ?? 0, whole),
                    })}
                  </span>
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function SolverResult({ input, result }: { input: ModelInput; result: SolveResult }) {
  const t = useTranslate()
  const name = useNames()
  const units = useUnitText()
  const years = Array.from({ length: input.horizonYears }, (_, i) => input.startYear + i)
  const hireIds = planColumns(result.plan.extraHires)
  const intakeIds = planColumns(result.plan.extraIntake)
  const show = (unit: ReturnType<typeof kpiRows>[number]['unit'], v: number | null) =>
    unit === 'years' ? (v === null ? '—' : String(v)) : formatWithUnit(v, unit, units)
  return (
    <div className="dec-solution">
      <div
        className={`dec-verdict ${result.feasible ? 'dec-verdict-ok' : 'dec-verdict-no'}`}
        data-testid="solver-verdict"
        data-feasible={result.feasible}
        role="status"
      >
        <strong data-testid="solver-verdict-text">{verdictText(input, result, t)}</strong>
        <span data-testid="solver-cost">
          {t('decisions.solver.cost', { added: formatChf(result.addedCost), total: formatChf(result.cost) })}
        </span>
        {!result.feasible && (
          <ul data-testid="solver-binding">
            {result.binding.map((b, i) => (
              <li key={i}>{bindingText(b, t, name, years.at(-1)!)}</li>
            ))}
          </ul>
        )}
        {!result.solver.engineAgrees && <p>{t('decisions.solver.engineDisagrees')}</p>}
      </div>

      <table className="dec-table" data-testid="solver-kpis">
        <caption>{t('decisions.solver.kpiCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('decisions.mc.kpi')}</th>
            <th scope="col">{t('decisions.solver.before')}</th>
            <th scope="col">{t('decisions.solver.after')}</th>
          </tr>
        </thead>
        <tbody>
          {kpiRows(result.baseSummary, result.plannedSummary).map((row) => (
            <tr key={row.key} data-testid={`solver-kpi-${row.key}`}>
              <th scope="row">{t(`decisions.kpi.${row.key}`)}</th>
              <td>{show(row.unit, row.before)}</td>
              <td>{show(row.unit, row.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h4>{t('decisions.solver.planTitle')}</h4>
      {hireIds.length === 0 && intakeIds.length === 0 && result.plan.benchExpansions.length === 0 && (
        <p data-testid="solver-empty-plan">{t('decisions.solver.emptyPlan')}</p>
      )}
      <div className="dec-plan-tables">
        <PlanTable
          testId="solver-hires"
          caption={t('decisions.solver.hiresCaption')}
          years={years}
          ids={hireIds}
          extra={result.plan.extraHires}
          total={result.plan.hires}
          unit={t('editors.units.ftePerYear')}
          whole={result.options.whole}
        />
        <PlanTable
          testId="solver-intake"
          caption={t('decisions.solver.intakeCaption')}
          years={years}
          ids={intakeIds}
          extra={result.plan.extraIntake}
          total={result.plan.intake}
          unit={t('editors.units.studentsPerYear')}
          whole={result.options.whole}
        />
        {result.plan.benchExpansions.length > 0 && (
          <table className="dec-table dec-plan" data-testid="solver-benches">
            <caption>{t('decisions.solver.benchesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('charts.year')}</th>
                <th scope="col">
                  {t('editors.field.benches')} ({t('editors.units.benches')})
                </th>
                <th scope="col">{t('editors.field.costPerBench')}</th>
              </tr>
            </thead>
            <tbody>
              {result.plan.benchExpansions.map((e) => (
                <tr key={e.year}>
                  <th scope="row">{e.year}</th>
                  <td>+{formatNumber(e.benches)}</td>
                  <td>{formatChf(e.costPerBench)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>

      <table className="dec-table" data-testid="solver-last-decisions">
        <caption>{t('decisions.solver.deadlineCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('decisions.solver.programme')}</th>
            <th scope="col">
              {t('editors.field.durationYears')} ({t('editors.units.years')})
            </th>
            <th scope="col">{t('decisions.solver.lastIntakeYear')}</th>
            <th scope="col" className="dec-text">
              {t('decisions.solver.deadlineStatus')}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.lastDecisions.map((d) => (
            <tr key={d.programme} data-status={d.status}>
              <th scope="row">{name(d.programme)}</th>
              <td>{d.durationYears}</td>
              <td>{d.lastIntakeYear ?? '—'}</td>
              <td className="dec-text">{lastDecisionText(d, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
