// The list of uncertain figures: figure, mode, distribution and its parameters per row, with the row's problems beside it.
import { Fragment, useId, useMemo, useState, type KeyboardEvent } from 'react'
import type { ModelInput } from '@shared/model/types'
import type { Distribution, UncertainApply, UncertainInput } from '@shared/decision/uncertainty'
import { problemRow } from '@shared/decision/scenarioUncertainty'
import { formatSwiss, parseNumberText } from '../../components/fields/numberText'
import { useNames, useTranslate } from '../../names'
import {
  applyModes,
  convertDistribution,
  defaultDistribution,
  isOptionalParameter,
  newRow,
  parameterKeys,
  parameterUnit,
  pathLabel,
  uncertainPathOptions,
  type PathGroup,
} from './uncertainPaths'
import { uncertaintyProblemText } from './uncertaintyProblems'
import type { UncertaintyModel } from './useScenarioUncertainty'

const GROUPS: PathGroup[] = ['market', 'workforce', 'training', 'benches', 'service']
const KINDS: Distribution['kind'][] = ['triangular', 'uniform', 'normal', 'lognormal']

/** One parameter of a distribution: typed as text, read on Enter or leaving the field. */
function ParameterInput({
  value,
  label,
  optional,
  readOnly,
  testId,
  onChange,
}: {
  value: number | undefined
  label: string
  optional: boolean
  readOnly: boolean
  testId: string
  onChange(value: number | undefined): void
}) {
  const t = useTranslate()
  const display = value === undefined ? '' : formatSwiss(value)
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [shown, setShown] = useState(display)
  if (shown !== display) {
    setShown(display)
    setDraft(null)
    setError(null)
  }
  const errorId = useId()
  const commit = (): void => {
    if (draft === null) return
    if (draft.trim() === '' && optional) {
      setError(null)
      setDraft(null)
      if (value !== undefined) onChange(undefined)
      return
    }
    const parsed = parseNumberText(draft)
    if (!parsed.ok) {
      setError(
        parsed.reason === 'empty' ? t('editors.number.empty') : t('editors.number.invalid', { text: draft }),
      )
      return
    }
    setError(null)
    setDraft(null)
    if (parsed.value !== value) onChange(parsed.value)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault()
      commit()
    } else if (event.key === 'Escape' && draft !== null) {
      setDraft(null)
      setError(null)
    }
  }
  return (
    <span className="dec-param">
      <label>
        <span className="dec-param-name">{label}</span>
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          className="ed-input ed-input-sm"
          value={draft ?? display}
          placeholder={optional ? t('decisions.uncertainty.optional') : undefined}
          readOnly={readOnly}
          aria-invalid={error !== null || undefined}
          aria-describedby={error ? errorId : undefined}
          data-testid={testId}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
      </label>
      {error && (
        <span className="dec-param-error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </span>
  )
}

export function UncertaintyEditor({ input, model }: { input: ModelInput; model: UncertaintyModel }) {
  const t = useTranslate()
  const name = useNames()
  const options = useMemo(() => uncertainPathOptions(input), [input])
  const { rows, setRows, readOnly } = model
  const used = new Set(rows.map((r) => r.path))

  const update = (index: number, row: UncertainInput): void =>
    setRows(rows.map((r, i) => (i === index ? row : r)))
  const remove = (index: number): void => setRows(rows.filter((_, i) => i !== index))
  const add = (): void => {
    const free = options.find((o) => !used.has(o.path))
    if (free) setRows([...rows, newRow(free.path, input)])
  }

  const problemsOf = (index: number) => model.problems.filter((p) => problemRow(p.path) === index)
  const general = model.problems.filter((p) => problemRow(p.path) === null)
  const label = (row: UncertainInput) => row.label ?? pathLabel(row.path, t, name)

  return (
    <div className="dec-uncertainty">
      <table className="dec-table dec-rows" data-testid="uncertainty-rows">
        <caption className="visually-hidden">{t('decisions.uncertainty.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('decisions.uncertainty.figure')}</th>
            <th scope="col">{t('decisions.uncertainty.apply')}</th>
            <th scope="col">{t('decisions.uncertainty.distribution')}</th>
            <th scope="col">{t('decisions.uncertainty.parameters')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('editors.common.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={5}>{t('decisions.uncertainty.none')}</td>
            </tr>
          )}
          {rows.map((row, i) => {
            const problems = problemsOf(i)
            const apply: UncertainApply = row.apply ?? applyModes(row.path, input)[0]!
            const modes = applyModes(row.path, input)
            const d = row.distribution
            const rowName = label(row)
            const problemsId = `uncertainty-problems-${i}`
            return (
              <Fragment key={i}>
                <tr data-testid={`uncertainty-row-${i}`} aria-invalid={problems.length > 0 || undefined}>
                  <td>
                    <select
                      className="ed-select dec-path"
                      aria-label={t('decisions.uncertainty.figureOf', { n: i + 1 })}
                      aria-describedby={problems.length > 0 ? problemsId : undefined}
                      value={row.path}
                      disabled={readOnly}
                      data-testid={`uncertainty-path-${i}`}
                      onChange={(e) => update(i, newRow(e.target.value, input))}
                    >
                      {!options.some((o) => o.path === row.path) && (
                        <option value={row.path}>{row.path}</option>
                      )}
                      {GROUPS.map((group) => (
                        <optgroup key={group} label={t(`nav.${group}`)}>
                          {options
                            .filter((o) => o.group === group)
                            .map((o) => (
                              <option
                                key={o.path}
                                value={o.path}
                                disabled={o.path !== row.path && used.has(o.path)}
                              >
                                {pathLabel(o.path, t, name)}
                              </option>
                            ))}
                        </optgroup>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      className="ed-select"
                      aria-label={t('decisions.uncertainty.applyOf', { figure: rowName })}
                      value={apply}
                      disabled={readOnly || modes.length === 1}
                      data-testid={`uncertainty-apply-${i}`}
                      onChange={(e) => {
                        const next = e.target.value as UncertainApply
                        update(i, {
                          ...row,
                          apply: next,
                          distribution: defaultDistribution(row.path, next, input),
                        })
                      }}
                    >
                      {modes.map((m) => (
                        <option key={m} value={m}>
                          {t(`decisions.apply.${m}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      className="ed-select"
                      aria-label={t('decisions.uncertainty.distributionOf', { figure: rowName })}
                      value={d.kind}
                      disabled={readOnly}
                      data-testid={`uncertainty-kind-${i}`}
                      onChange={(e) =>
                        update(i, {
                          ...row,
                          distribution: convertDistribution(d, e.target.value as Distribution['kind']),
                        })
                      }
                    >
                      {KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`decisions.kind.${k}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <div className="dec-params">
                      {parameterKeys[d.kind].map((key) => (
                        <ParameterInput
                          key={`${d.kind}-${key}`}
                          label={t(`decisions.param.${key}`)}
                          value={(d as unknown as Record<string, number | undefined>)[key]}
                          optional={isOptionalParameter(d.kind, key)}
                          readOnly={readOnly}
                          testId={`uncertainty-param-${i}-${key}`}
                          onChange={(value) => {
                            const next: Record<string, unknown> = { ...d }
                            if (value === undefined) delete next[key]
                            else next[key] = value
                            update(i, { ...row, distribution: next as Distribution })
                          }}
                        />
                      ))}
                      <span className="dec-param-unit">{parameterUnit(row.path, apply, t)}</span>
                    </div>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="dec-remove"
                      disabled={readOnly}
                      aria-label={t('editors.common.removeOf', { what: rowName })}
                      data-testid={`uncertainty-remove-${i}`}
                      onClick={() => remove(i)}
                    >
                      ×
                    </button>
                  </td>
                </tr>
                {problems.length > 0 && (
                  <tr className="dec-problems-row">
                    <td colSpan={5}>
                      <ul
                        className="ed-problems"
                        id={problemsId}
                        role="alert"
                        data-testid={`uncertainty-problems-${i}`}
                      >
                        {problems.map((p, k) => (
                          <li key={k}>
                            {t('decisions.problem.format', {
                              figure: rowName,
                              reason: uncertaintyProblemText(p, t),
                            })}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                )}
              </Fragment>
            )
          })}
        </tbody>
      </table>
      {general.length > 0 && (
        <ul className="ed-problems" role="alert">
          {general.map((p, k) => (
            <li key={k}>{uncertaintyProblemText(p, t)}</li>
          ))}
        </ul>
      )}
      <div className="dec-actions">
        <button
          type="button"
          onClick={add}
          disabled={readOnly || used.size >= options.length}
          data-testid="uncertainty-add"
        >
          {t('decisions.uncertainty.add')}
        </button>
        <button
          type="button"
          onClick={() => model.save()}
          disabled={readOnly || model.saving || !model.valid || !(model.dirty || model.nothingSaved)}
          data-testid="uncertainty-save"
        >
          {t('decisions.uncertainty.save')}
        </button>
        <button
          type="button"
          onClick={model.discard}
          disabled={readOnly || !model.dirty}
          data-testid="uncertainty-discard"
        >
          {t('decisions.uncertainty.discard')}
        </button>
        <span className="dec-status" role="status" data-testid="uncertainty-status">
          {readOnly
            ? t('decisions.uncertainty.readOnly')
            : model.isDefault
              ? t('decisions.uncertainty.defaultNote')
              : model.dirty
                ? t('decisions.uncertainty.unsaved')
                : model.nothingSaved
                  ? t('decisions.uncertainty.notSaved')
                  : t('decisions.uncertainty.saved')}
        </span>
      </div>
    </div>
  )
}
