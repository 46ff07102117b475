// The solver: options, the cheapest plan (or why none exists), before/after KPIs, the plan's tables, deadlines, and "apply as a new scenario".
import { useState } from 'react'
import type { SolveOptions } from '@shared/decision/plan'
import { defaultBenchCost, defaultMaxIntake } from '@shared/decision/solverDefaults'
import type { ModelInput } from '@shared/model/types'
import { call } from '../../api'
import { useErrorText } from '../../errorText'
import { parseNumberText } from '../../components/fields/numberText'
import { formatNumber } from '../../format'
import { useNames, useTranslate } from '../../names'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { currentScenario } from '../../state/workspaceState'
import { currentIntake, currentPlaces } from './decisionCharts'
import { planNote, SolverResult } from './SolverResult'
import type { useSolve } from './useSolve'

export function SolverPanel({ input, solver }: { input: ModelInput; solver: ReturnType<typeof useSolve> }) {
  const t = useTranslate()
  const errorText = useErrorText()
  const name = useNames()
  const { state, actions } = useWorkspace()
  const scenario = currentScenario(state)
  const { solved, solving, error, solve } = solver
  const [maxIntake, setMaxIntake] = useState<Record<string, string>>({})
  const [benchCost, setBenchCost] = useState('')
  const [allowHires, setAllowHires] = useState(true)
  const [allowIntake, setAllowIntake] = useState(true)
  const [allowBenches, setAllowBenches] = useState(true)
  const [whole, setWhole] = useState(true)
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
  const fallbackIntake = (id: string) =>
    defaultMaxIntake(currentIntake(input, id), currentPlaces(input, id) ?? undefined)

  const run = (): void => {
    if (scenario === null || !optionsOk) return
    const options: SolveOptions = { allowHires, allowIntake, allowBenches, whole }
    const set = intakes.filter((i): i is { id: string; value: number } => typeof i.value === 'number')
    if (set.length > 0) {
      // Programmes left empty keep the solver's default: their places, else twice their largest intake.
      options.maxIntake = Object.fromEntries(
        input.training.map((p) => [p.id, set.find((s) => s.id === p.id)?.value ?? fallbackIntake(p.id)]),
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
          <label>
            <input
              type="checkbox"
              checked={whole}
              onChange={(e) => setWhole(e.target.checked)}
              data-testid="solver-whole"
            />
            {t('decisions.solver.whole')}
          </label>
        </fieldset>
        <fieldset className="dec-choice">
          <legend>{t('decisions.solver.maxIntake')}</legend>
          {input.training.map((p) => {
            const fallback = fallbackIntake(p.id)
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
          {errorText(error)}
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
