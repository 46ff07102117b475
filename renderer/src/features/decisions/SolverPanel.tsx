// The solver: options, the cheapest plan (or why none exists), before/after KPIs, the plan's tables, deadlines, and "apply as a new scenario".
import { useState } from 'react'
import type { BindingLimit, SolveOptions, SolveResult } from '@shared/decision/plan'
import type { LastDecision } from '@shared/decision/lastDecision'
import { defaultBenchCost, defaultMaxIntake } from '@shared/decision/solverDefaults'
import type { ModelInput } from '@shared/model/types'
import { call } from '../../api'
import { useUnitText } from '../../components/Chart'
import { formatWithUnit } from '../../charts/toChartJs'
import { parseNumberText } from '../../components/fields/numberText'
import { formatChf, formatNumber } from '../../format'
import { useNames, useTranslate } from '../../names'
import type { Translate } from '../../translate'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { currentScenario } from '../../state/workspaceState'
import { currentIntake, kpiRows, planColumns } from './decisionCharts'
import { yearRuns, type useSolve } from './useSolve'

/** One sentence per limit that keeps the plan from removing the shortage. */
export function bindingText(limit: BindingLimit, t: Translate, name: (id: string) => string): string {
  const vars = { ids: limit.ids.map(name).join(', '), years: yearRuns(limit.years) }
  return t(`decisions.solver.binding.${limit.limit}`, vars)
}

export function lastDecisionText(d: LastDecision, t: Translate): string {
  if (d.status === 'no-shortage') return t('decisions.solver.deadline.noShortage')
  if (d.status === 'too-late')
    return t('decisions.solver.deadline.tooLate', { first: d.firstShortageYear ?? '' })
  return t('decisions.solver.deadline.open', { count: d.yearsLeft ?? 0, year: d.lastIntakeYear ?? '' })
}

/** The plan in one sentence, for the new scenario's note. */
function planNote(result: SolveResult, source: string, t: Translate): string {
  const total = (m: Record<string, number[]>) =>
    Object.values(m)
      .flat()
      .reduce((a, b) => a + b, 0)
  return t('decisions.solver.note', {
    source,
    hires: formatNumber(total(result.plan.extraHires), 1),
    students: formatNumber(total(result.plan.extraIntake), 1),
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
}: {
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
                <td key={id} className={add > 0 ? 'dec-added' : undefined}>
                  {add > 0 ? `+${formatNumber(add, add < 0.1 ? 2 : 1)}` : '—'}
                  <span className="dec-total">
                    {' '}
                    {t('decisions.solver.totalAfter', { value: formatNumber(total[id]?.[i] ?? 0, 1) })}
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
        <strong>{result.feasible ? t('decisions.solver.feasible') : t('decisions.solver.infeasible')}</strong>
        <span data-testid="solver-cost">
          {t('decisions.solver.cost', { added: formatChf(result.addedCost), total: formatChf(result.cost) })}
        </span>
        {!result.feasible && (
          <ul data-testid="solver-binding">
            {result.binding.map((b, i) => (
              <li key={i}>{bindingText(b, t, name)}</li>
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
        />
        <PlanTable
          testId="solver-intake"
          caption={t('decisions.solver.intakeCaption')}
          years={years}
          ids={intakeIds}
          extra={result.plan.extraIntake}
          total={result.plan.intake}
          unit={t('editors.units.studentsPerYear')}
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

export function SolverPanel({ input, solver }: { input: ModelInput; solver: ReturnType<typeof useSolve> }) {
  const t = useTranslate()
  const name = useNames()
  const { state, actions } = useWorkspace()
  const scenario = currentScenario(state)
  const { solved, solving, error, solve } = solver
  const [maxIntake, setMaxIntake] = useState<Record<string, string>>({})
  const [benchCost, setBenchCost] = useState('')
  const [allowHires, setAllowHires] = useState(true)
  const [allowIntake, setAllowIntake] = useState(true)
  const [allowBenches, setAllowBenches] = useState(true)
  const [planName, setPlanName] = useState<string | null>(null)
  const [applied, setApplied] = useState<string | null>(null)
  const [applying, setApplying] = useState(false)

  const parse = (text: string): number | null | 'bad' => {
    if (text.trim() === '') return null
    const p = parseNumberText(text)
    return p.ok && p.value >= 0 ? p.value : 'bad'
  }
  const intakes = input.training.map((p) => ({ id: p.id, value: parse(maxIntake[p.id] ?? '') }))
  const bench = parse(benchCost)
  const optionsOk = intakes.every((i) => i.value !== 'bad') && bench !== 'bad'

  const run = (): void => {
    if (scenario === null || !optionsOk) return
    const options: SolveOptions = { allowHires, allowIntake, allowBenches }
    const set = intakes.filter((i): i is { id: string; value: number } => typeof i.value === 'number')
    if (set.length > 0) {
      // Programmes left empty keep the solver's default: twice their largest intake.
      options.maxIntake = Object.fromEntries(
        input.training.map((p) => [
          p.id,
          set.find((s) => s.id === p.id)?.value ?? defaultMaxIntake(currentIntake(input, p.id)),
        ]),
      )
    }
    if (typeof bench === 'number') options.benchCost = bench
    setApplied(null)
    void solve(scenario.id, input, options)
  }

  const current = solved !== null && solved.scenarioId === scenario?.id ? solved : null
  const stale = current !== null && current.inputKey !== JSON.stringify(input)
  const defaultName = scenario ? t('decisions.solver.defaultName', { name: scenario.name }) : ''
  const name_ = planName ?? defaultName
  const readOnly = Boolean(state.workspace?.readOnly)

  const apply = async (): Promise<void> => {
    if (!current || !scenario || name_.trim() === '') return
    setApplying(true)
    try {
      const created = await actions.storeChange(
        () =>
          call('decision:applyPlan', {
            scenarioId: scenario.id,
            plan: current.result.plan,
            name: name_.trim(),
            note: planNote(current.result, scenario.name, t),
          }),
        (s) => s.id,
      )
      if (created) {
        setApplied(created.name)
        setPlanName(null)
      }
    } finally {
      setApplying(false)
    }
  }

  return (
    <div className="dec-panel" data-testid="panel-solver">
      <p className="dec-intro">{t('decisions.solver.intro')}</p>
      <form
        className="dec-form dec-solver-form"
        onSubmit={(e) => {
          e.preventDefault()
          run()
        }}
      >
        <fieldset className="dec-choice">
          <legend>{t('decisions.solver.mayChange')}</legend>
          <label>
            <input type="checkbox" checked={allowHires} onChange={(e) => setAllowHires(e.target.checked)} />
            {t('decisions.solver.allowHires')}
          </label>
          <label>
            <input type="checkbox" checked={allowIntake} onChange={(e) => setAllowIntake(e.target.checked)} />
            {t('decisions.solver.allowIntake')}
          </label>
          <label>
            <input
              type="checkbox"
              checked={allowBenches}
              onChange={(e) => setAllowBenches(e.target.checked)}
            />
            {t('decisions.solver.allowBenches')}
          </label>
        </fieldset>
        <fieldset className="dec-choice">
          <legend>{t('decisions.solver.maxIntake')}</legend>
          {input.training.map((p) => {
            const fallback = defaultMaxIntake(currentIntake(input, p.id))
            const bad = intakes.find((i) => i.id === p.id)?.value === 'bad'
            return (
              <label key={p.id} className="dec-field">
                <span>{name(p.id)}</span>
                <input
                  type="text"
                  inputMode="decimal"
                  className="ed-input ed-input-sm"
                  value={maxIntake[p.id] ?? ''}
                  placeholder={formatNumber(fallback, 1)}
                  aria-invalid={bad || undefined}
                  data-testid={`solver-max-intake-${p.id}`}
                  onChange={(e) => setMaxIntake({ ...maxIntake, [p.id]: e.target.value })}
                />
                <span className="ed-unit">{t('editors.units.studentsPerYear')}</span>
              </label>
            )
          })}
          <p className="dec-help">{t('decisions.solver.maxIntakeHelp')}</p>
        </fieldset>
        <div className="dec-field">
          <label htmlFor="dec-bench-cost">{t('decisions.solver.benchCost')}</label>
          <span className="dec-inline">
            <input
              id="dec-bench-cost"
              type="text"
              inputMode="decimal"
              className="ed-input ed-input-sm"
              value={benchCost}
              placeholder={formatNumber(defaultBenchCost(input))}
              aria-invalid={bench === 'bad' || undefined}
              aria-describedby="dec-bench-cost-help"
              data-testid="solver-bench-cost"
              onChange={(e) => setBenchCost(e.target.value)}
            />
            <span className="ed-unit">{t('editors.units.chfPerBench')}</span>
          </span>
          <span className="dec-help" id="dec-bench-cost-help">
            {t('decisions.solver.benchCostDefault')}
          </span>
        </div>
        {!optionsOk && <p className="dec-help dec-help-error">{t('decisions.solver.badOption')}</p>}
        <div className="dec-actions">
          <button
            type="submit"
            className="dec-primary"
            disabled={solving || !optionsOk}
            data-testid="solver-run"
          >
            {t('decisions.solver.run')}
          </button>
          <span
            role="status"
            className="dec-status"
            data-testid="solver-status"
            data-state={solving ? 'solving' : current ? 'done' : 'idle'}
          >
            {solving ? t('decisions.solver.solving') : ''}
          </span>
        </div>
      </form>
      {error && (
        <p className="dec-help dec-help-error" role="alert">
          {error}
        </p>
      )}
      {current && (
        <>
          {stale && <p className="dec-stale">{t('decisions.solver.stale')}</p>}
          <SolverResult input={input} result={current.result} />
          <section className="dec-apply" aria-labelledby="dec-apply-title">
            <h4 id="dec-apply-title">{t('decisions.solver.applyTitle')}</h4>
            <label className="dec-field">
              <span>{t('decisions.solver.planName')}</span>
              <input
                type="text"
                className="ed-input"
                value={name_}
                data-testid="solver-plan-name"
                onChange={(e) => setPlanName(e.target.value)}
              />
            </label>
            <button
              type="button"
              className="dec-primary"
              disabled={applying || stale || readOnly || name_.trim() === ''}
              onClick={() => void apply()}
              data-testid="solver-apply"
            >
              {t('decisions.solver.apply')}
            </button>
            <p className="dec-help">{t('decisions.solver.applyHelp')}</p>
          </section>
        </>
      )}
      {applied && (
        <p className="dec-verdict dec-verdict-ok" role="status" data-testid="solver-applied">
          {t('decisions.solver.applied', { name: applied })}
        </p>
      )}
    </div>
  )
}
