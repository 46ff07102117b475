// Global levers on Résultats: one change to a field of every segment, grade or programme, previewed field by field, applied as one undoable step.
import { useId, useMemo, useState } from 'react'
import { useTranslation } from '../../text'
import {
  applyLevers,
  isRateLever,
  LEVERS,
  leverWrites,
  type LeverApplication,
  type LeverId,
  type LeverOp,
} from '@shared/workspace/levers'
import type { ModelInput } from '@shared/model/types'
import type { InputProblem } from '@shared/workspace/types'
import { getAtPath } from '@shared/model/overrides'
import { call } from '../../api'
import { parseNumberText, percentToFraction } from '../../components/fields/numberText'
import { useProblemText } from '../../components/fields/useProblemText'
import { describeField, describeValue } from '../../describeChange'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { currentScenario } from '../../state/workspaceState'
import { useEditChecks } from '../../state/editChecks'
import { useDescribe } from '../../useDescribe'
import './levers.css'

/** At most this many fields are listed in the preview; the count always gives them all. */
const SHOWN = 8

/** The lever the panel's fields describe, or null while the amount is not a number. */
function application(lever: LeverId, op: LeverOp, text: string): LeverApplication | null {
  const parsed = parseNumberText(text)
  if (!parsed.ok) return null
  // Rates are moved in points (2 → +0.02); counts and factors are taken as typed.
  const amount = op === 'add' && isRateLever(lever) ? percentToFraction(parsed.decimal) : parsed.value
  return { lever, op, amount }
}

/** A labelled drop-down of the panel: `options` are [value, text] pairs. */
function Choice(props: {
  label: string
  testId: string
  value: string
  options: readonly (readonly [string, string])[]
  onChange: (value: string) => void
}) {
  return (
    <label>
      <span>{props.label}</span>
      <select
        className="ed-select"
        data-testid={props.testId}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  )
}

export function GlobalLevers({ input }: { input: ModelInput }) {
  const { t } = useTranslation()
  const { state, actions } = useWorkspace()
  const describe = useDescribe()
  const problemText = useProblemText()
  const id = useId()
  const [lever, setLever] = useState<LeverId>('preOwnedGrowth')
  const [op, setOp] = useState<LeverOp>('add')
  const [amount, setAmount] = useState('2')
  const [refused, setRefused] = useState<InputProblem[]>([])
  // Folded, the panel checks nothing: the preview validates the edited input, which an edit elsewhere must not pay for.
  const [open, setOpen] = useState(false)
  const scenario = currentScenario(state)
  const blocked = state.workspace?.readOnly
    ? t('globalLevers.readOnly')
    : scenario?.frozenAt
      ? t('globalLevers.frozen')
      : null

  // The schema loads after the first paint; until then (a moment) the preview waits for it.
  const checks = useEditChecks()
  const { wanted, preview } = useMemo(() => {
    const wanted = application(lever, op, amount)
    if (!wanted || !open || !checks) return { wanted, preview: null }
    const writes = leverWrites(input, wanted)
    const checked = writes.length > 0 ? checks.validateInput(applyLevers(input, [wanted])) : null
    return { wanted, preview: { writes, problems: checked && !checked.ok ? checked.problems : [] } }
  }, [input, lever, op, amount, open, checks])

  const apply = async () => {
    if (!wanted || !preview || state.scenarioId === null) return
    const scenarioId = state.scenarioId
    const outcome = await actions.storeChange(() =>
      call('scenario:setValues', { scenarioId, values: preview.writes, lever: wanted }),
    )
    setRefused(outcome && !outcome.ok ? outcome.problems : [])
  }

  const problems = refused.length > 0 ? refused : (preview?.problems ?? [])
  const canApply =
    blocked === null && preview !== null && preview.writes.length > 0 && preview.problems.length === 0
  return (
    // Folded by default: the charts are what Résultats opens on; the levers are one click away.
    <details
      className="global-levers"
      data-testid="global-levers"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        <h4 id={`${id}-title`}>{t('globalLevers.title')}</h4>
      </summary>
      <p className="levers-hint">{t('globalLevers.hint')}</p>
      {blocked && (
        <p className="global-levers-blocked" role="note" data-testid="global-blocked">
          {blocked}
        </p>
      )}
      <div className="global-levers-row">
        <Choice
          label={t('globalLevers.lever')}
          testId="global-lever"
          value={lever}
          options={LEVERS.map((l) => [l, t(`globalLevers.names.${l}`)])}
          onChange={(v) => {
            setLever(v as LeverId)
            setRefused([])
          }}
        />
        <Choice
          label={t('globalLevers.op')}
          testId="global-op"
          value={op}
          options={[
            ['add', t(isRateLever(lever) ? 'globalLevers.ops.addPoints' : 'globalLevers.ops.addCount')],
            ['scale', t('globalLevers.ops.scale')],
          ]}
          onChange={(v) => {
            setOp(v as LeverOp)
            setRefused([])
          }}
        />
        <label>
          <span>{t('globalLevers.amount')}</span>
          <input
            className="ed-input global-amount"
            inputMode="decimal"
            data-testid="global-amount"
            value={amount}
            aria-invalid={wanted === null || undefined}
            onChange={(e) => {
              setAmount(e.target.value)
              setRefused([])
            }}
          />
        </label>
        <button
          type="button"
          className="primary"
          data-testid="global-apply"
          disabled={!canApply}
          onClick={() => void apply()}
        >
          {t('globalLevers.apply')}
        </button>
      </div>
      <div className="global-preview" data-testid="global-preview" aria-live="polite">
        {wanted === null ? (
          <p>{t('globalLevers.invalidAmount')}</p>
        ) : preview && preview.writes.length === 0 ? (
          <p>{t('globalLevers.previewNone')}</p>
        ) : (
          preview && (
            <>
              <p data-testid="global-count">{t('globalLevers.preview', { count: preview.writes.length })}</p>
              <ul>
                {preview.writes.slice(0, SHOWN).map((w) => {
                  // The lever is the field's name (hires/intake paths end in an id).
                  const text = t('globalLevers.previewItem', {
                    field: describeField(w.path, describe),
                    before: describeValue(getAtPath(input, w.path), lever, describe),
                    after: describeValue(w.value, lever, describe),
                  })
                  return <li key={w.path}>{text}</li>
                })}
                {preview.writes.length > SHOWN && <li>…</li>}
              </ul>
            </>
          )
        )}
      </div>
      {problems.length > 0 && (
        <div className="global-problems" role="alert" data-testid="global-problems">
          <p>{t('globalLevers.refused')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={`${p.path}-${i}`}>{problemText(p)}</li>
            ))}
          </ul>
        </div>
      )}
    </details>
  )
}
