// Sensitivity: a tornado of one KPI, each uncertain figure (or every figure ±10 %) at its low and high end, computed in a worker.
import { useEffect, useMemo, useState } from 'react'
import { wrap } from 'comlink'
import {
  tornadoKpis,
  type TornadoBar,
  type TornadoKpi,
  type TornadoResult,
} from '@shared/decision/sensitivity'
import type { Uncertainty } from '@shared/decision/uncertainty'
import type { ModelInput } from '@shared/model/types'
import { Chart, useUnitText } from '../../components/Chart'
import { formatWithUnit } from '../../charts/toChartJs'
import { formatNumber } from '../../format'
import { useNames, useTranslate } from '../../names'
import { kpiNumber, kpiUnits, tornadoChart, visibleBars } from './decisionCharts'
import { pathLabel } from './uncertainPaths'
import type { UncertaintyModel } from './useScenarioUncertainty'
import type { TornadoWorkerApi } from './tornado.worker'
import { useFailureText } from './useFailureText'
import { toWorkerFailure, workerCrash, type WorkerFailure } from './workerFailure'

type Source = 'uncertainty' | 'relative'

interface TornadoState {
  status: 'computing' | 'done' | 'error'
  result: TornadoResult | null
  /** Why it failed, with a reason the panel words (never shown as is). */
  error: WorkerFailure | null
}

/** Computes a tornado in a worker of its own; a new request terminates the one still running. */
export function useTornado(
  input: ModelInput,
  kpi: TornadoKpi,
  uncertainty: Uncertainty,
  enabled: boolean,
): TornadoState {
  const [state, setState] = useState<TornadoState>({ status: 'computing', result: null, error: null })
  const key = JSON.stringify([input, kpi, uncertainty, enabled])
  useEffect(() => {
    if (!enabled) return
    setState((s) => ({ ...s, status: 'computing', error: null }))
    const worker = new Worker(new URL('./tornado.worker.ts', import.meta.url), { type: 'module' })
    const remote = wrap<TornadoWorkerApi>(worker)
    let off = false
    Promise.race([remote.tornado(input, kpi, uncertainty), workerCrash(worker)]).then(
      (result) => {
        if (!off) setState({ status: 'done', result, error: null })
        worker.terminate()
      },
      (error: unknown) => {
        if (!off)
          setState({
            status: 'error',
            result: null,
            error: toWorkerFailure(error),
          })
        worker.terminate()
      },
    )
    return () => {
      off = true
      worker.terminate()
    }
    // key stands for (input, kpi, uncertainty) by value: a new object with the same figures computes nothing.
  }, [key])
  return state
}

const DEFAULT_BARS = 15

export function SensitivityPanel({ input, model }: { input: ModelInput; model: UncertaintyModel }) {
  const t = useTranslate()
  const name = useNames()
  const units = useUnitText()
  const [kpi, setKpi] = useState<TornadoKpi>('peakShortageFte')
  // The uncertain figures' ranges once the user has marked some; every figure ±10 % before that.
  const marked = !model.isDefault && model.rows.length > 0
  const [chosen, setChosen] = useState<Source | null>(null)
  const source: Source = chosen ?? (marked ? 'uncertainty' : 'relative')
  const usable = source === 'uncertainty' && model.valid && model.rows.length > 0
  // An empty list makes tornado() swing every figure by ±10 %.
  const state = useTornado(
    input,
    kpi,
    source === 'relative' ? [] : model.rows,
    source === 'relative' || usable,
  )
  const [showAll, setShowAll] = useState(false)

  const label = (bar: TornadoBar): string => bar.label ?? pathLabel(bar.path, t, name)
  const enabled = source === 'relative' || usable
  const result = enabled ? state.result : null
  const failed = result ? result.bars.filter((b) => b.error !== undefined) : []
  const say = useFailureText()
  const shown = result ? visibleBars(result).length : 0
  const limit = showAll ? Infinity : DEFAULT_BARS
  const spec = useMemo(
    () => (result ? tornadoChart(result, t, label, limit) : null),
    [result, t, limit, name],
  )
  const showKpi = (value: number | null): string =>
    result === null
      ? '—'
      : result.kpi === 'firstShortageYear'
        ? value === null
          ? t('decisions.tornado.noShortage')
          : String(value)
        : formatWithUnit(kpiNumber(result, value), kpiUnits[result.kpi], units)

  return (
    <div className="dec-panel" data-testid="panel-sensitivity">
      <p className="dec-intro">{t('decisions.tornado.intro')}</p>
      <div className="dec-form">
        <label className="dec-field">
          <span>{t('decisions.tornado.kpi')}</span>
          <select
            className="ed-select"
            value={kpi}
            data-testid="tornado-kpi"
            onChange={(e) => setKpi(e.target.value as TornadoKpi)}
          >
            {tornadoKpis.map((k) => (
              <option key={k} value={k}>
                {t(`decisions.kpi.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="dec-choice">
          <legend>{t('decisions.tornado.source')}</legend>
          <label>
            <input
              type="radio"
              name="tornado-source"
              checked={source === 'uncertainty'}
              onChange={() => setChosen('uncertainty')}
              data-testid="tornado-source-uncertainty"
            />
            {t('decisions.tornado.sourceUncertainty', { count: model.rows.length })}
          </label>
          <label>
            <input
              type="radio"
              name="tornado-source"
              checked={source === 'relative'}
              onChange={() => setChosen('relative')}
              data-testid="tornado-source-relative"
            />
            {t('decisions.tornado.sourceRelative')}
          </label>
        </fieldset>
      </div>
      {source === 'uncertainty' && !usable && (
        <p className="dec-help dec-help-error">{t('decisions.tornado.fixRows')}</p>
      )}
      <p
        role="status"
        className="dec-status"
        data-testid="tornado-status"
        data-state={enabled ? state.status : 'idle'}
      >
        {!enabled
          ? ''
          : state.status === 'computing'
            ? t('decisions.tornado.computing')
            : state.status === 'error'
              ? t('decisions.tornado.error', {
                  message: state.error
                    ? say.failure(state.error, source === 'relative' ? [] : model.rows)
                    : '',
                })
              : result
                ? t('decisions.tornado.base', {
                    kpi: t(`decisions.kpi.${result.kpi}`),
                    value: showKpi(result.baseKpi),
                  })
                : ''}
      </p>
      {failed.length > 0 && (
        <p className="dec-help dec-help-error" data-testid="tornado-failed">
          {t('decisions.tornado.failedBars', {
            count: failed.length,
            figures: failed.slice(0, 3).map(label).join(', ') + (failed.length > 3 ? ', …' : ''),
            problem: say.problem(failed[0]!.problem),
          })}
        </p>
      )}
      {result && spec && (
        <>
          {shown === 0 ? (
            // With every assumption failed, "no assumption changes it" would not be true: the note above says why.
            failed.length < result.bars.length && <p>{t('decisions.tornado.noEffect')}</p>
          ) : (
            <Chart spec={spec} height={Math.max(220, 70 + Math.min(shown, limit) * 30)} />
          )}
          {shown > DEFAULT_BARS && (
            <button type="button" onClick={() => setShowAll((v) => !v)} data-testid="tornado-show-all">
              {showAll
                ? t('decisions.tornado.showTop', { count: DEFAULT_BARS })
                : t('decisions.tornado.showAll', { count: formatNumber(shown) })}
            </button>
          )}
        </>
      )}
    </div>
  )
}
