// Uncertainty and Monte Carlo: the uncertain figures, N runs and a seed, progress and cancel, fan charts and shortage probabilities.
import { useMemo, useState } from 'react'
import type { Quantiles } from '@shared/decision/percentile'
import { defaultRuns, maxRuns } from '@shared/decision/montecarlo'
import type { ModelInput } from '@shared/model/types'
import { Chart, useUnitText } from '../../components/Chart'
import { formatWithUnit } from '../../charts/toChartJs'
import type { Unit } from '../../charts/chartSpec'
import { formatNumber } from '../../format'
import { useTranslate } from '../../names'
import { parseNumberText } from '../../components/fields/numberText'
import { fanChart, shortageProbabilityChart } from './decisionCharts'
import { UncertaintyEditor } from './UncertaintyEditor'
import type { UncertaintyModel } from './useScenarioUncertainty'
import { useMonteCarlo, workerCount } from './useMonteCarlo'
import { useFailureText } from './useFailureText'

type MonteCarlo = ReturnType<typeof useMonteCarlo>

/** Reads a whole number typed in any of the usual forms (2'000, 2 000, 2000). */
function wholeNumber(text: string): number | null {
  const parsed = parseNumberText(text)
  return parsed.ok && Number.isSafeInteger(parsed.value) ? parsed.value : null
}

export function MonteCarloPanel({
  input,
  model,
  monteCarlo,
}: {
  input: ModelInput
  model: UncertaintyModel
  monteCarlo: MonteCarlo
}) {
  const t = useTranslate()
  const units = useUnitText()
  const say = useFailureText()
  const { state, start, cancel } = monteCarlo
  const [runsText, setRunsText] = useState(formatNumber(defaultRuns))
  const [seedText, setSeedText] = useState('1')
  const [ranKey, setRanKey] = useState<string | null>(null)
  const runs = wholeNumber(runsText)
  const seed = wholeNumber(seedText)
  const runsOk = runs !== null && runs >= 1 && runs <= maxRuns
  const seedOk = seed !== null
  const running = state.status === 'running'
  const key = JSON.stringify([input, model.rows, runs, seed])

  const run = (): void => {
    if (!runsOk || !seedOk || !model.valid) return
    setRanKey(key)
    start(input, model.rows, runs, seed)
  }

  const result = state.result
  const specs = useMemo(
    () =>
      result
        ? {
            shortage: fanChart(result, 'shortageFte', t),
            turnaround: fanChart(result, 'turnaroundWeeks', t, {
              targetWeeks: input.service.targetTurnaroundWeeks,
            }),
            headcount: fanChart(result, 'headcount', t),
            probability: shortageProbabilityChart(result, t),
          }
        : null,
    [result, t, input.service.targetTurnaroundWeeks],
  )
  const progress = state.runs > 0 ? state.doneRuns / state.runs : 0
  const quantileRow = (id: string, label: string, q: Quantiles, unit: Unit) => (
    <tr key={id}>
      <th scope="row">{label}</th>
      {(['p10', 'p50', 'p90'] as const).map((p) => (
        <td key={p} data-testid={`mc-${p}-${id}`}>
          {formatWithUnit(q[p], unit, units)}
        </td>
      ))}
    </tr>
  )

  return (
    <div className="dec-panel" data-testid="panel-montecarlo">
      <section aria-labelledby="dec-uncertain-title">
        <h3 id="dec-uncertain-title">{t('decisions.uncertainty.title')}</h3>
        <p className="dec-intro">{t('decisions.uncertainty.intro')}</p>
        <UncertaintyEditor input={input} model={model} />
      </section>

      <section aria-labelledby="dec-mc-title" className="dec-mc">
        <h3 id="dec-mc-title">{t('decisions.mc.title')}</h3>
        <form
          className="dec-form"
          onSubmit={(e) => {
            e.preventDefault()
            run()
          }}
        >
          <label className="dec-field">
            <span>{t('decisions.mc.runs')}</span>
            <input
              type="text"
              inputMode="numeric"
              className="ed-input ed-input-sm"
              value={runsText}
              aria-invalid={!runsOk || undefined}
              aria-describedby="dec-runs-help"
              data-testid="mc-runs"
              onChange={(e) => setRunsText(e.target.value)}
            />
            <span id="dec-runs-help" className={runsOk ? 'dec-help' : 'dec-help dec-help-error'}>
              {t('decisions.mc.runsHelp', { max: formatNumber(maxRuns) })}
            </span>
          </label>
          <label className="dec-field">
            <span>{t('decisions.mc.seed')}</span>
            <input
              type="text"
              inputMode="numeric"
              className="ed-input ed-input-sm"
              value={seedText}
              aria-invalid={!seedOk || undefined}
              aria-describedby="dec-seed-help"
              data-testid="mc-seed"
              onChange={(e) => setSeedText(e.target.value)}
            />
            <span id="dec-seed-help" className={seedOk ? 'dec-help' : 'dec-help dec-help-error'}>
              {t('decisions.mc.seedHelp')}
            </span>
          </label>
          <div className="dec-actions">
            <button
              type="submit"
              className="dec-primary"
              disabled={running || !runsOk || !seedOk || !model.valid}
              data-testid="mc-run"
            >
              {t('decisions.mc.run')}
            </button>
            <button type="button" onClick={cancel} disabled={!running} data-testid="mc-cancel">
              {t('decisions.mc.cancel')}
            </button>
          </div>
        </form>
        {!model.valid && <p className="dec-help dec-help-error">{t('decisions.mc.fixRows')}</p>}
        <div
          className="dec-progress"
          data-testid="mc-progress"
          data-state={state.status}
          data-done={state.doneRuns}
          data-workers={state.workers}
        >
          <progress
            max={1}
            value={progress}
            aria-label={t('decisions.mc.progressLabel')}
            aria-valuetext={t('decisions.mc.progress', {
              done: formatNumber(state.doneRuns),
              runs: formatNumber(state.runs),
            })}
          />
          <span role="status">
            {state.status === 'idle'
              ? t('decisions.mc.idle', { workers: workerCount() })
              : state.status === 'running'
                ? t('decisions.mc.running', {
                    done: formatNumber(state.doneRuns),
                    runs: formatNumber(state.runs),
                    workers: state.workers,
                  })
                : state.status === 'cancelled'
                  ? t('decisions.mc.cancelled', {
                      done: formatNumber(state.doneRuns),
                      runs: formatNumber(state.runs),
                    })
                  : state.status === 'error'
                    ? t('decisions.mc.error', {
                        message: state.error ? say.failure(state.error, model.rows) : '',
                      })
                    : t('decisions.mc.done', {
                        runs: formatNumber(state.runs),
                        seconds: formatNumber((state.elapsedMs ?? 0) / 1000, 1),
                      })}
          </span>
        </div>
        {result && specs && (
          <div className="dec-results" data-testid="mc-results">
            {ranKey !== key && !running && <p className="dec-stale">{t('decisions.mc.stale')}</p>}
            {result.completedRuns > 0 ? (
              <p className="dec-headline" data-testid="mc-any-shortage">
                {t('decisions.mc.anyShortage', {
                  percent: formatNumber(result.anyShortageProbability * 100, 0),
                  runs: formatNumber(result.completedRuns),
                  seed: result.seed,
                })}
              </p>
            ) : (
              // Every run failed: a probability "0 % (0 runs)" and empty charts would only mislead.
              <p className="dec-headline" data-testid="mc-none-completed">
                {t('decisions.mc.noneCompleted')}
              </p>
            )}
            {result.failedRuns > 0 && (
              <p className="dec-help dec-help-error" data-testid="mc-failed">
                {t('decisions.mc.failed', {
                  count: result.failedRuns,
                  message: say.problem(result.failures[0]?.problem),
                })}
              </p>
            )}
            {result.completedRuns > 0 && (
              <>
                <table className="dec-table" data-testid="mc-summary">
                  <caption>{t('decisions.mc.summaryCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('decisions.mc.kpi')}</th>
                      <th scope="col">{t('decisions.mc.p10')}</th>
                      <th scope="col">{t('decisions.mc.p50')}</th>
                      <th scope="col">{t('decisions.mc.p90')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {quantileRow(
                      'peakShortageFte',
                      t('decisions.kpi.peakShortageFte'),
                      result.peakShortageFte,
                      'fte',
                    )}
                    {quantileRow(
                      'totalLostHours',
                      t('decisions.kpi.totalLostHours'),
                      result.totalLostHours,
                      'h',
                    )}
                    {quantileRow('totalCost', t('decisions.kpi.totalCost'), result.totalCost, 'chf')}
                  </tbody>
                </table>
                <div className="chart-grid">
                  <Chart spec={specs.shortage} />
                  <Chart spec={specs.probability} />
                  <Chart spec={specs.turnaround} />
                  <Chart spec={specs.headcount} />
                </div>
              </>
            )}
          </div>
        )}
      </section>
    </div>
  )
}
