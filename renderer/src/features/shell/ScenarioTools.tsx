// Scenario-bar tools: apply a scenario template as a new scenario (one undoable step), and move the shown scenario up or down the list.
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from '../../text'
import { TEMPLATE_IDS, type TemplateId } from '@shared/workspace/levers'
import type { ScenarioId } from '@shared/workspace/types'
import { call } from '../../api'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { currentScenario } from '../../state/workspaceState'
import { useProblemText } from '../../components/fields/useProblemText'
import '../results/levers.css'

/** The live scenarios' ids with `id` moved one place up (-1) or down (+1); null when it cannot move. */
export function movedOrder(ids: readonly ScenarioId[], id: ScenarioId, by: -1 | 1): ScenarioId[] | null {
  const at = ids.indexOf(id)
  const to = at + by
  if (at < 0 || to < 0 || to >= ids.length) return null
  const next = [...ids]
  ;[next[at], next[to]] = [next[to]!, next[at]!]
  return next
}

export function ScenarioOrder() {
  const { t } = useTranslation()
  const { state, actions } = useWorkspace()
  const scenario = currentScenario(state)
  const ids = state.list.scenarios.map((s) => s.id)
  const editable = !state.workspace?.readOnly && scenario !== null && scenario.frozenAt === null
  const move = (by: -1 | 1) => {
    const order = scenario && movedOrder(ids, scenario.id, by)
    if (order) void actions.storeChange(() => call('scenario:reorder', { ids: order }))
  }
  const name = scenario?.name ?? ''
  return (
    <div className="toolbar-group" role="group" aria-label={t('scenarioOrder.group')}>
      {([-1, 1] as const).map((by) => (
        <button
          key={by}
          type="button"
          data-testid={by < 0 ? 'scenario-up' : 'scenario-down'}
          disabled={!editable || movedOrder(ids, scenario!.id, by) === null}
          title={t(by < 0 ? 'scenarioOrder.upTitle' : 'scenarioOrder.downTitle', { name })}
          aria-label={t(by < 0 ? 'scenarioOrder.upTitle' : 'scenarioOrder.downTitle', { name })}
          onClick={() => move(by)}
        >
          {by < 0 ? '▲' : '▼'}
        </button>
      ))}
    </div>
  )
}

export function TemplateButton() {
  const { t } = useTranslation()
  const { state, actions } = useWorkspace()
  const scenario = currentScenario(state)
  const ref = useRef<HTMLDialogElement>(null)
  const id = useId()
  const [open, setOpen] = useState(false)
  const [template, setTemplate] = useState<TemplateId>('boom')
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  // The store's problems in the UI language, each with its field's label (never the English message).
  const problemText = useProblemText()
  const defaultName = (which: TemplateId) =>
    t('templates.defaultName', { template: t(`templates.names.${which}`) })

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  const submit = async () => {
    if (!scenario || name.trim() === '') return
    const scenarioId = scenario.id
    const outcome = await actions.storeChange(
      () => call('scenario:applyTemplate', { scenarioId, template, name: name.trim() }),
      (created) => created.scenario?.id,
    )
    if (outcome?.ok) setOpen(false)
    else if (outcome) setError(outcome.problems.map((p) => problemText(p)).join(' '))
    else setOpen(false)
  }

  return (
    <>
      <button
        type="button"
        data-testid="template-open"
        disabled={Boolean(state.workspace?.readOnly) || !scenario}
        onClick={() => {
          setTemplate('boom')
          setName(defaultName('boom'))
          setError(null)
          setOpen(true)
        }}
      >
        {t('templates.button')}
      </button>
      <dialog
        ref={ref}
        className="prompt template-dialog"
        aria-labelledby={`${id}-title`}
        data-testid="template-dialog"
        onClose={() => setOpen(false)}
      >
        {open && scenario && (
          <form
            method="dialog"
            onSubmit={(e) => {
              e.preventDefault()
              void submit()
            }}
          >
            <h2 id={`${id}-title`}>{t('templates.title')}</h2>
            <p className="levers-hint">{t('templates.hint', { scenario: scenario.name })}</p>
            <fieldset className="template-choices">
              <legend>{t('templates.pick')}</legend>
              {TEMPLATE_IDS.map((which) => (
                <label key={which} className="template-choice">
                  <input
                    type="radio"
                    name={`${id}-template`}
                    value={which}
                    checked={template === which}
                    data-testid={`template-${which}`}
                    onChange={() => {
                      // A name still at the previous template's default follows the choice.
                      if (name === defaultName(template)) setName(defaultName(which))
                      setTemplate(which)
                    }}
                  />
                  <span>
                    <strong>{t(`templates.names.${which}`)}</strong> — {t(`templates.descriptions.${which}`)}
                  </span>
                </label>
              ))}
            </fieldset>
            <label>
              {t('templates.name')}
              <input value={name} onChange={(e) => setName(e.target.value)} data-testid="template-name" />
            </label>
            {error && (
              <p className="global-problems" role="alert">
                {error}
              </p>
            )}
            <div className="prompt-actions">
              <button type="button" onClick={() => setOpen(false)}>
                {t('templates.cancel')}
              </button>
              <button type="submit" className="primary" data-testid="template-apply">
                {t('templates.apply')}
              </button>
            </div>
          </form>
        )}
      </dialog>
    </>
  )
}
