// The editor of one series field: constant, growth, per-year values (with spreadsheet paste) or formula, with a live sparkline and errors in place.
import {
  useEffect,
  useId,
  useMemo,
  useReducer,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react'
import { useTranslation } from '../../text'
import type { Series } from '@shared/model/types'
import { createSeriesResolver, type SeriesBounds } from '@shared/engine/series'
import type { InputProblem } from '@shared/workspace/types'
import { useField, useWorkspace } from '../../state/WorkspaceProvider'
import { FieldProblems } from './FieldProblems'
import { OverrideControls } from './OverrideControls'
import { FieldWarnings } from './FieldWarnings'
import { Sparkline } from './Sparkline'
import { flattenPasted, isMultiCell, parsePastedTable } from './pasteNumbers'
import { formatSwiss, fractionToPercent } from './numberText'
import {
  SERIES_MODES,
  draftFromSeries,
  draftToSeries,
  seriesChanged,
  seriesDraftReducer,
  type DraftError,
  type SeriesContext,
  type SeriesDraft,
  type SeriesMode,
} from './seriesDraft'

/** What a series field is: where it is stored, how it is named and shown, and the bounds the schema checks. */
export interface SeriesSpec {
  path: string
  label: string
  /** Display unit of the values ("%/an", "apprenants/an"). */
  unit: string
  /** Stored as fractions, shown as percent. */
  percent: boolean
  bounds?: SeriesBounds
}

/** The horizon the shown scenario projects over, for series editors. */
export function useSeriesContext(spec: Pick<SeriesSpec, 'percent' | 'bounds'>): SeriesContext {
  const { state } = useWorkspace()
  const horizonYears = state.input?.horizonYears ?? 1
  const startYear = state.input?.startYear ?? 0
  return useMemo(
    () => ({
      horizonYears,
      startYear,
      percent: spec.percent,
      bounds: spec.bounds,
      allowGrowth: !spec.percent,
    }),
    [horizonYears, startYear, spec.percent, spec.bounds],
  )
}

/** A value in the field's display unit, Swiss-formatted (percent fields ×100). */
export function displayValue(value: number, percent: boolean, digits = 2): string {
  return formatSwiss(percent ? fractionToPercent(value) : value, digits)
}

export function SeriesEditor({
  spec,
  value,
  onClose,
  autoFocus = false,
}: {
  spec: SeriesSpec
  value: Series
  onClose?: () => void
  /** Moves the focus to the chosen mode when the editor opens (it opens below the button that asked for it). */
  autoFocus?: boolean
}) {
  const { t } = useTranslation()
  const field = useField(spec.path)
  const ctx = useSeriesContext(spec)
  const id = useId()
  const [draft, dispatch] = useReducer(seriesDraftReducer, undefined, () => draftFromSeries(value, ctx))
  const [touched, setTouched] = useState(false)
  const [pasteStatus, setPasteStatus] = useState<{ text: string; error: boolean } | null>(null)
  // The series last committed: the store's problems are about it, and go stale once the draft moves on.
  const [committedKey, setCommittedKey] = useState<string | null>(null)
  const modesRef = useRef<HTMLFieldSetElement>(null)
  const focusOnOpen = useRef(autoFocus)
  useEffect(() => {
    // Only once, when the editor opens.
    if (focusOnOpen.current) modesRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus()
    focusOnOpen.current = false
  }, [])

  // A new stored value (accepted edit, undo, another scenario, a new horizon) starts a fresh draft.
  const storedKey = JSON.stringify([value, ctx.horizonYears, ctx.startYear])
  const [seenKey, setSeenKey] = useState(storedKey)
  if (seenKey !== storedKey) {
    setSeenKey(storedKey)
    setTouched(false)
    dispatch({ type: 'reset', series: value, ctx })
  }

  const outcome = useMemo(() => draftToSeries(draft, ctx), [draft, ctx])
  const resolved = useMemo(
    () =>
      outcome.ok
        ? createSeriesResolver(ctx.horizonYears, ctx.startYear)(outcome.series, 'value', spec.bounds)
        : null,
    [outcome, ctx, spec.bounds],
  )
  const dirty = !outcome.ok || seriesChanged(value, outcome.series)
  const modes = SERIES_MODES.filter((m) => m !== 'growth' || ctx.allowGrowth || draft.mode === 'growth')

  const commit = (next: SeriesDraft = draft): void => {
    setTouched(false)
    const out = draftToSeries(next, ctx)
    if (!out.ok || !seriesChanged(value, out.series)) return
    setCommittedKey(JSON.stringify(out.series))
    void field.set(out.series)
  }
  const onBlur = (): void => {
    if (touched) commit()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault()
      commit()
    } else if (event.key === 'Escape' && dirty) {
      event.preventDefault()
      setTouched(false)
      dispatch({ type: 'reset', series: value, ctx })
    }
  }
  const change = (action: Parameters<typeof dispatch>[0]): void => {
    setTouched(true)
    setPasteStatus(null)
    dispatch(action)
  }

  const onPasteYear = (index: number) => (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain')
    if (field.readOnly || !isMultiCell(text)) return
    event.preventDefault()
    const table = parsePastedTable(text)
    if (!table.ok) {
      setPasteStatus({
        text: t('editors.series.pasteError', { row: table.row, column: table.column, cell: table.cell }),
        error: true,
      })
      return
    }
    const cells = flattenPasted(table.rows)
    const next = seriesDraftReducer(draft, { type: 'paste', index, texts: cells })
    dispatch({ type: 'paste', index, texts: cells })
    const dropped = Math.max(0, index + cells.length - ctx.horizonYears)
    const kept = cells.length - dropped
    setPasteStatus({
      text:
        t('editors.series.pasted', { count: kept, year: ctx.startYear + index }) +
        (dropped > 0 ? t('editors.series.pastedDropped', { count: dropped }) : ''),
      error: false,
    })
    commit(next)
  }

  const draftMessage = (error: DraftError): string => {
    const raw =
      error.field === 'year'
        ? (draft.years[error.index ?? 0] ?? '')
        : error.field === 'formula'
          ? draft.formula
          : draft[error.field]
    const reason =
      error.reason === 'empty' ? t('editors.number.empty') : t('editors.number.invalid', { text: raw })
    if (error.field === 'year')
      return t('editors.series.invalidYear', { year: ctx.startYear + (error.index ?? 0), reason })
    if (error.field === 'formula')
      return t('editors.problem.format', { field: spec.label, reason: t('editors.problem.formulaEmpty') })
    return reason
  }

  const liveProblems: InputProblem[] =
    resolved && !resolved.ok ? resolved.problems.map((p) => ({ ...p, path: spec.path })) : []
  const current = outcome.ok && dirty && JSON.stringify(outcome.series) === committedKey
  const problems = liveProblems.length > 0 ? liveProblems : current ? field.problems : []
  const extra = outcome.ok ? [] : [draftMessage(outcome.error)]
  const hasProblems = problems.length > 0 || extra.length > 0
  const problemsId = `${id}-problems`
  const testId = `series-${spec.path}`
  const values = resolved?.ok ? Array.from(resolved.values) : null
  const unitSuffix = spec.unit
  const inputProps = {
    readOnly: field.readOnly,
    onBlur,
    onKeyDown,
    autoComplete: 'off',
    spellCheck: false,
    'aria-invalid': hasProblems || undefined,
    'aria-describedby': hasProblems ? problemsId : undefined,
    // Ctrl+Z undoes the workspace's last step unless this draft holds text not stored yet (shell/undoKeys.ts).
    'data-undo': touched && dirty ? 'field' : 'workspace',
  } as const

  const numberInput = (key: 'constant' | 'start' | 'rate', label: string, unit: string) => (
    <div className="ed-field">
      <label className="ed-label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <div className="ed-control">
        <input
          {...inputProps}
          id={`${id}-${key}`}
          className="ed-input ed-input-sm"
          inputMode="decimal"
          data-testid={`${testId}-${key}`}
          value={draft[key]}
          onChange={(e) => change({ type: key, text: e.target.value })}
        />
        <span className="ed-unit">{unit}</span>
      </div>
    </div>
  )

  const modeLabel = (mode: SeriesMode): string => t(`editors.series.${mode}`)
  const examples = spec.percent
    ? { example1: 'year <= 2028 ? 0.2 : 0.12', example2: '0.02 + 0.005 * t' }
    : { example1: '6 * (1 + 0.05)^t', example2: 'year >= 2030 ? 8 : 6' }
  const lastYear = ctx.startYear + ctx.horizonYears - 1

  return (
    // Escape closes the editor unless a field used it first to discard its draft.
    <div
      className="ed-series"
      data-testid={testId}
      data-mode={draft.mode}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented && onClose) {
          event.preventDefault()
          onClose()
        }
      }}
    >
      <div className="ed-series-head">
        <fieldset className="ed-modes" disabled={field.readOnly} ref={modesRef}>
          <legend>
            <span className="ed-series-title">{spec.label}</span>{' '}
            <span className="ed-muted">— {t('editors.series.modes')}</span>
          </legend>
          {modes.map((mode) => (
            <label key={mode} className="ed-mode">
              <input
                type="radio"
                name={`${id}-mode`}
                value={mode}
                checked={draft.mode === mode}
                data-testid={`${testId}-mode-${mode}`}
                onChange={() => {
                  setPasteStatus(null)
                  dispatch({ type: 'mode', mode })
                }}
              />
              <span>{modeLabel(mode)}</span>
            </label>
          ))}
        </fieldset>
        <OverrideControls
          overridden={field.overridden}
          readOnly={field.readOnly}
          label={spec.label}
          onReset={() => void field.reset()}
        />
        {onClose && (
          <button
            type="button"
            className="ed-close"
            onClick={onClose}
            aria-label={t('editors.common.closeOf', { field: spec.label })}
          >
            {t('editors.common.close')}
          </button>
        )}
      </div>

      <div className="ed-series-body">
        <div className={`ed-series-inputs ed-series-inputs-${draft.mode}`}>
          {draft.mode === 'constant' &&
            numberInput('constant', t('editors.series.constantLabel'), unitSuffix)}
          {draft.mode === 'growth' && (
            <>
              {numberInput('start', t('editors.series.start', { year: ctx.startYear }), unitSuffix)}
              {numberInput('rate', t('editors.series.rate'), t('editors.units.percentPerYear'))}
              {outcome.ok && typeof outcome.series === 'string' && (
                <p className="ed-hint">
                  {t('editors.series.growthNote')} <code>{outcome.series}</code>
                </p>
              )}
            </>
          )}
          {draft.mode === 'years' && (
            <>
              <span className="ed-label ed-years-title" aria-hidden="true">
                {t('editors.series.yearsLabel', { unit: unitSuffix })}
              </span>
              <div className="ed-years" role="group" aria-label={`${spec.label} (${unitSuffix})`}>
                {draft.years.map((text, index) => {
                  const year = ctx.startYear + index
                  return (
                    <label key={year} className="ed-year">
                      <span className="ed-year-label">{year}</span>
                      <input
                        {...inputProps}
                        className="ed-input ed-input-xs"
                        inputMode="decimal"
                        aria-label={t('editors.series.yearCell', { field: spec.label, year })}
                        data-testid={`${testId}-year-${index}`}
                        value={text}
                        onChange={(e) => change({ type: 'year', index, text: e.target.value })}
                        onPaste={onPasteYear(index)}
                      />
                    </label>
                  )
                })}
              </div>
              <p className="ed-hint">{t('editors.series.pasteHint')}</p>
            </>
          )}
          {draft.mode === 'formula' && (
            <div className="ed-field ed-field-wide">
              <label className="ed-label" htmlFor={`${id}-formula`}>
                {t('editors.series.formulaLabel')}
              </label>
              <div className="ed-control">
                <input
                  {...inputProps}
                  id={`${id}-formula`}
                  className="ed-input ed-input-formula"
                  data-testid={`${testId}-formula`}
                  value={draft.formula}
                  onChange={(e) => change({ type: 'formula', text: e.target.value })}
                />
              </div>
              <p className="ed-hint">
                {t('editors.series.formulaHelp', { start: ctx.startYear, ...examples })}
                {spec.percent && ` ${t('editors.series.formulaFraction')}`}
              </p>
            </div>
          )}
        </div>
        <div className="ed-series-preview" data-testid={`${testId}-preview`}>
          <span className="ed-muted">{t('editors.series.preview')}</span>
          {values ? (
            <>
              <Sparkline
                values={values}
                width={160}
                height={36}
                label={t('editors.series.previewLabel', {
                  field: spec.label,
                  from: ctx.startYear,
                  to: lastYear,
                  min: displayValue(Math.min(...values), spec.percent),
                  max: displayValue(Math.max(...values), spec.percent),
                  unit: unitSuffix,
                })}
              />
              <span className="ed-range">
                {ctx.startYear}: {displayValue(values[0] ?? 0, spec.percent)} → {lastYear}:{' '}
                {displayValue(values[values.length - 1] ?? 0, spec.percent)} {unitSuffix}
              </span>
            </>
          ) : (
            <span className="ed-range">—</span>
          )}
        </div>
      </div>

      {hasProblems && (
        <FieldProblems
          id={problemsId}
          problems={problems}
          own={{ path: spec.path, label: spec.label }}
          extra={extra}
        />
      )}
      <FieldWarnings path={spec.path} draft={outcome.ok && dirty ? { value: outcome.series } : undefined} />
      {pasteStatus && (
        <p
          className={pasteStatus.error ? 'ed-problems ed-paste-error' : 'ed-hint'}
          role="status"
          data-testid={`${testId}-paste-status`}
        >
          {pasteStatus.text}
        </p>
      )}
      {!field.readOnly && dirty && (
        <div className="ed-series-actions">
          <button
            type="button"
            onClick={() => commit()}
            disabled={!outcome.ok || (resolved !== null && !resolved.ok)}
            data-testid={`${testId}-apply`}
          >
            {t('editors.common.apply')}
          </button>
          <button type="button" onClick={() => dispatch({ type: 'reset', series: value, ctx })}>
            {t('editors.common.revert')}
          </button>
          {outcome.ok && !touched && !hasProblems && (
            <span className="ed-hint">
              {t('editors.series.modeNotApplied', { mode: modeLabel(draft.mode) })}
            </span>
          )}
        </div>
      )}
    </div>
  )
}
