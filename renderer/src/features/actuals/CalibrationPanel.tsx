// Calibration to the actuals (choose, fit, read before and after, fit per metric, residuals, warnings, apply) and the roll-forward button.
import { useState } from 'react'
import type { CalibrationResult } from '@shared/actuals/calibrate'
import {
  calibrationKinds,
  calibrationTargets,
  type CalibrationKind,
} from '@shared/actuals/calibrationParameters'
import type { ModelInput } from '@shared/model/types'
import type { ScenarioSummary } from '@shared/workspace/types'
import { call } from '../../api'
import { useErrorText } from '../../errorText'
import { useProblemText } from '../../components/fields/useProblemText'
import { shownError } from '../../storeText'
import { formatNumber } from '../../format'
import { useNames, useTranslate } from '../../names'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { rowLabel } from './ActualsGrid'

export function CalibrationPanel({ scenario, input }: { scenario: ScenarioSummary; input: ModelInput }) {
  const t = useTranslate()
  const name = useNames()
  const { state, actions } = useWorkspace()
  const errorText = useErrorText()
  // The store's problems in the UI language, each with its field's label (never the English message).
  const problemText = useProblemText()
  const readOnly = Boolean(state.workspace?.readOnly)
  const [kinds, setKinds] = useState<CalibrationKind[]>(['serviceUptake'])
  const [fit, setFit] = useState<{ scenarioId: number; result: CalibrationResult } | null>(null)
  const [busy, setBusy] = useState(false)
  const [newName, setNewName] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const frozen = scenario.frozenAt !== null
  const targets = calibrationTargets(input, kinds)
  const result = fit?.scenarioId === scenario.id ? fit.result : null
  const paramLabel = (path: string) => {
    const p = result?.parameters.find((q) => q.path === path)
    return p ? t(`actuals.calibrate.parameter.${p.kind}`, { name: name(p.id) }) : path
  }

  const run = async () => {
    setBusy(true)
    setMessage(null)
    try {
      const r = await call('actuals:calibrate', { scenarioId: scenario.id, parameters: targets })
      setFit({ scenarioId: scenario.id, result: r })
    } catch (error) {
      setMessage(errorText(shownError(error)))
    } finally {
      setBusy(false)
    }
  }
  const finalName = (newName ?? t('actuals.calibrate.defaultName', { scenario: scenario.name })).trim()
  const apply = async () => {
    const outcome = await actions.storeChange(
      () =>
        call('actuals:applyCalibration', { scenarioId: scenario.id, parameters: targets, name: finalName }),
      (o) => (o.ok ? o.scenario?.id : undefined),
    )
    if (outcome?.ok) setMessage(t('actuals.calibrate.applied', { name: outcome.scenario!.name }))
    else if (outcome) setMessage(outcome.problems.map((p) => problemText(p)).join(' '))
  }
  const roll = async () => {
    const outcome = await actions.storeChange(
      () => call('actuals:rollForward', { scenarioId: scenario.id }),
      (o) => (o.ok ? o.scenario?.id : undefined),
    )
    if (outcome?.ok) {
      const created = await call('scenario:resolve', { scenarioId: outcome.scenario!.id })
      setMessage(t('actuals.roll.done', { name: outcome.scenario!.name, year: created.input.startYear }))
    }
  }

  return (
    <>
      <section className="calibration-section" data-testid="calibration">
        <h3>{t('actuals.calibrate.title')}</h3>
        <p className="hint">{t('actuals.calibrate.intro')}</p>
        <fieldset>
          <legend>{t('actuals.calibrate.column')}</legend>
          {calibrationKinds.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                data-testid={`calibrate-kind-${kind}`}
                checked={kinds.includes(kind)}
                onChange={(e) =>
                  setKinds((k) => (e.target.checked ? [...k, kind] : k.filter((x) => x !== kind)))
                }
              />{' '}
              {t(`actuals.calibrate.kinds.${kind}`)}
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          data-testid="calibrate-run"
          disabled={busy || kinds.length === 0}
          onClick={() => void run()}
        >
          {busy ? t('actuals.calibrate.fitting') : t('actuals.calibrate.fit')}
        </button>
        {result && (
          <>
            <table className="calibration-table" data-testid="calibration-parameters">
              <thead>
                <tr>
                  <th scope="col">{t('actuals.calibrate.column')}</th>
                  <th scope="col">{t('actuals.calibrate.before')}</th>
                  <th scope="col">{t('actuals.calibrate.after')}</th>
                </tr>
              </thead>
              <tbody>
                {result.parameters.map((p) => (
                  <tr key={p.path}>
                    <td>{paramLabel(p.path)}</td>
                    <td className="num">{formatNumber(p.before, 4)}</td>
                    <td className="num">{formatNumber(p.after, 4)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="calibration-table" data-testid="calibration-fit">
              <caption>{t('actuals.calibrate.quality')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('actuals.calibrate.metric')}</th>
                  <th scope="col">{t('actuals.calibrate.mape')}</th>
                  <th scope="col">{t('actuals.calibrate.r2')}</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(result.fit).map(([metric, f]) => (
                  <tr key={metric}>
                    <td>{t(`actuals.metrics.${metric}`)}</td>
                    <td className="num">{f.mape === null ? '—' : `${formatNumber(f.mape * 100, 2)} %`}</td>
                    <td className="num">{formatNumber(f.r2, 4)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="calibration-table" data-testid="calibration-residuals">
              <caption>{t('actuals.calibrate.residuals')}</caption>
              <tbody>
                {result.residualsByYear.flatMap(({ year, residuals }) =>
                  residuals.map((r) => (
                    <tr key={`${year}:${r.metric}:${r.key}`}>
                      <td>{year}</td>
                      <td>{rowLabel(r, t, name)}</td>
                      <td className="num">
                        {formatNumber(r.residual, Math.abs(r.residual ?? 0) < 100 ? 2 : 0)}
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
            {result.warnings.length > 0 && (
              <div role="note" data-testid="calibration-warnings">
                <h4>{t('actuals.calibrate.warnings')}</h4>
                <ul>
                  {result.warnings.map((w, i) => (
                    <li key={i}>
                      {t(`actuals.calibrate.warning.${w.code}`, {
                        a: paramLabel(w.paths[0] ?? ''),
                        b: paramLabel(w.paths[1] ?? ''),
                      })}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {frozen ? (
              <p className="hint">{t('actuals.calibrate.frozenSource')}</p>
            ) : (
              <div className="apply-row">
                <label>
                  {t('actuals.calibrate.name')}{' '}
                  <input
                    data-testid="calibrate-name"
                    value={newName ?? finalName}
                    onChange={(e) => setNewName(e.target.value)}
                  />
                </label>
                <button
                  type="button"
                  data-testid="calibrate-apply"
                  disabled={readOnly || finalName === ''}
                  onClick={() => void apply()}
                >
                  {t('actuals.calibrate.apply')}
                </button>
              </div>
            )}
          </>
        )}
      </section>
      <section className="roll-section">
        <h3>{t('actuals.roll.title')}</h3>
        <p className="hint">{t('actuals.roll.intro')}</p>
        <button type="button" data-testid="roll-forward" disabled={readOnly} onClick={() => void roll()}>
          {t('actuals.roll.button')}
        </button>
      </section>
      {message && (
        <p role="status" data-testid="actuals-message">
          {message}
        </p>
      )}
    </>
  )
}
