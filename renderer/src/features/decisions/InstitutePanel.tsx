// The institute view: the students each programme must admit per year, within its places, to cover the gap by training alone (no hires).
import { useEffect, useMemo, useRef, useState } from 'react'
import type { SolveOptions } from '@shared/decision/plan'
import type { ModelInput } from '@shared/model/types'
import { Chart } from '../../components/Chart'
import { useErrorText } from '../../errorText'
import { formatNumber } from '../../format'
import { useNames, useTranslate } from '../../names'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { instituteChart, intakeNeeds } from './decisionCharts'
import { bindingText, planFigure, verdictText } from './solverText'
import type { useSolve } from './useSolve'

/**
 * Students a programme may admit per year in this view when it has no places: far above any real class, so
 * the gap sets the intake. A programme's places (maxIntake) still cap it: the solver never goes beyond them.
 */
export const INSTITUTE_MAX_INTAKE = 100_000

const instituteOptions = (whole: boolean): SolveOptions => ({
  allowHires: false,
  allowIntake: true,
  allowBenches: true,
  maxIntake: INSTITUTE_MAX_INTAKE,
  whole,
})

export function InstitutePanel({
  input,
  solver,
}: {
  input: ModelInput
  solver: ReturnType<typeof useSolve>
}) {
  const t = useTranslate()
  const errorText = useErrorText()
  const name = useNames()
  const { state } = useWorkspace()
  const { solved, solving, error, solve } = solver
  const scenarioId = state.scenarioId
  const inputKey = JSON.stringify(input)
  const current = solved !== null && solved.scenarioId === scenarioId ? solved : null
  const stale = current !== null && current.inputKey !== inputKey
  const [whole, setWhole] = useState(true)

  // Computed when the view first opens for a scenario; after an edit, on request (the answer is marked stale).
  const known = solved !== null && solved.scenarioId === scenarioId
  const tried = useRef<number | null>(null)
  useEffect(() => {
    if (scenarioId === null || known || tried.current === scenarioId) return
    tried.current = scenarioId
    void solve(scenarioId, input, instituteOptions(whole))
  }, [scenarioId, known, solve])

  const needs = useMemo(() => (current ? intakeNeeds(input, current.result) : null), [current, input])
  const spec = useMemo(() => (needs ? instituteChart(input, needs, t, name) : null), [needs, input, t, name])
  const years = Array.from({ length: input.horizonYears }, (_, i) => input.startYear + i)
  const wholePlan = current?.result.options.whole === true

  return (
    <div className="dec-panel" data-testid="panel-institute">
      <p className="dec-intro">{t('decisions.institute.intro')}</p>
      <div className="dec-actions">
        <button
          type="button"
          className="dec-primary"
          disabled={solving || scenarioId === null}
          onClick={() => scenarioId !== null && void solve(scenarioId, input, instituteOptions(whole))}
          data-testid="institute-run"
        >
          {t('decisions.institute.run')}
        </button>
        <label className="dec-inline">
          <input
            type="checkbox"
            checked={whole}
            onChange={(e) => setWhole(e.target.checked)}
            data-testid="institute-whole"
          />
          {t('decisions.institute.whole')}
        </label>
        <span
          role="status"
          className="dec-status"
          data-testid="institute-status"
          data-state={solving ? 'solving' : current ? 'done' : 'idle'}
        >
          {solving ? t('decisions.solver.solving') : ''}
        </span>
      </div>
      {error && (
        <p className="dec-help dec-help-error" role="alert">
          {errorText(error)}
        </p>
      )}
      {input.training.length === 0 && <p>{t('decisions.institute.noProgramme')}</p>}
      {current && needs && spec && (
        <>
          {stale && <p className="dec-stale">{t('decisions.solver.stale')}</p>}
          <div
            className={`dec-verdict ${current.result.feasible ? 'dec-verdict-ok' : 'dec-verdict-no'}`}
            data-testid="institute-verdict"
            data-feasible={current.result.feasible}
          >
            <strong>
              {current.result.feasible
                ? t('decisions.institute.feasible')
                : t('decisions.institute.infeasible')}
            </strong>
            {current.result.feasible && (
              <span data-testid="institute-verdict-text">{verdictText(input, current.result, t)}</span>
            )}
            {!current.result.feasible && (
              <ul>
                {current.result.binding.map((b, i) => (
                  <li key={i}>{bindingText(b, t, name, years.at(-1)!)}</li>
                ))}
              </ul>
            )}
          </div>
          <table className="dec-table" data-testid="institute-programmes">
            <caption>{t('decisions.institute.programmesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('decisions.solver.programme')}</th>
                <th scope="col">
                  {t('editors.field.durationYears')} ({t('editors.units.years')})
                </th>
                <th scope="col">
                  {t('editors.field.dropoutRate')} ({t('editors.units.percentPerYear')})
                </th>
                <th scope="col">
                  {t('editors.field.captureRate')} ({t('editors.units.percent')})
                </th>
                <th scope="col">{t('decisions.institute.joinPer100')}</th>
              </tr>
            </thead>
            <tbody>
              {needs.map((n) => (
                <tr key={n.programme}>
                  <th scope="row">{name(n.programme)}</th>
                  <td>{n.durationYears}</td>
                  <td>{formatNumber(n.dropoutRate * 100, 1)}</td>
                  <td>{formatNumber(n.captureRate * 100, 1)}</td>
                  <td>{formatNumber(n.joinPer100, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Chart spec={spec} height={340} />
          <table className="dec-table dec-plan" data-testid="institute-table">
            <caption>{t('decisions.institute.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  {t('charts.year')}
                </th>
                {needs.map((n) => (
                  <th scope="colgroup" colSpan={n.places ? 3 : 2} key={n.programme}>
                    {name(n.programme)} ({t('editors.units.studentsPerYear')})
                  </th>
                ))}
              </tr>
              <tr>
                {needs.map((n) => [
                  <th scope="col" key={`${n.programme}-now`}>
                    {t('decisions.institute.current')}
                  </th>,
                  <th scope="col" key={`${n.programme}-needed`}>
                    {t('decisions.institute.needed')}
                  </th>,
                  n.places && (
                    <th scope="col" key={`${n.programme}-places`}>
                      {t('decisions.institute.places')}
                    </th>
                  ),
                ])}
              </tr>
            </thead>
            <tbody>
              {years.map((year, i) => (
                <tr key={year}>
                  <th scope="row">{year}</th>
                  {needs.map((n) => {
                    const more = (n.needed[i] ?? 0) - (n.current[i] ?? 0) > 1e-9
                    return [
                      <td key={`${n.programme}-now`}>{planFigure(n.current[i] ?? 0, wholePlan)}</td>,
                      <td
                        key={`${n.programme}-needed`}
                        className={more ? 'dec-added' : undefined}
                        data-value={n.needed[i]}
                      >
                        {planFigure(n.needed[i] ?? 0, wholePlan)}
                      </td>,
                      n.places && <td key={`${n.programme}-places`}>{planFigure(n.places[i] ?? 0, true)}</td>,
                    ]
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  )
}
