// The top bar: workspace name, scenario switcher and its actions, undo/redo, export, language.
import { useState, type ReactNode } from 'react'
import { useTranslation } from '../../text'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { currentScenario } from '../../state/workspaceState'
import { PromptDialog, type PromptRequest } from '../../components/PromptDialog'
import { getApi } from '../../api'
import { WorkspaceTransfer } from '../dataio/WorkspaceTransfer'
import { describeStep } from '../../describeChange'
import { useDescribe } from '../../useDescribe'
import { ScenarioOrder, TemplateButton } from './ScenarioTools'

/** A frozen version's name with its date, unless the name already holds it (the default name does). */
export function frozenLabel(name: string, frozenAt: string | null): string {
  const date = frozenAt?.slice(0, 10)
  return date && !name.includes(date) ? `${name} · ${date}` : name
}

export function ScenarioBar({ languageSwitch }: { languageSwitch: ReactNode }) {
  const { t } = useTranslation()
  const { state, actions } = useWorkspace()
  const [prompt, setPrompt] = useState<PromptRequest | null>(null)
  const describe = useDescribe()
  const scenario = currentScenario(state)
  const workspace = state.workspace!
  const editable = !workspace.readOnly
  const live = scenario !== null && scenario.frozenAt === null

  return (
    <header className="topbar">
      <h1 className="app-name" data-testid="app-name">
        Établi
      </h1>
      <span className="workspace-name" data-testid="workspace-name" title={workspace.path}>
        {workspace.name}
      </span>
      <label className="scenario-switch">
        <span>{t('toolbar.scenario')}</span>
        <select
          data-testid="scenario-select"
          value={state.scenarioId ?? ''}
          onChange={(e) => void actions.showScenario(Number(e.target.value))}
        >
          {state.list.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
              {/* "Basis (Basis)" says nothing twice: the mark only when the name is not already the word. */}
              {s.isBase && s.name.toLocaleLowerCase() !== t('toolbar.base').toLocaleLowerCase()
                ? ` (${t('toolbar.base')})`
                : ''}
            </option>
          ))}
          {state.list.frozen.length > 0 && (
            <optgroup label={t('toolbar.frozen')}>
              {state.list.frozen.map((s) => (
                <option key={s.id} value={s.id}>
                  {frozenLabel(s.name, s.frozenAt)}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <ScenarioOrder />
      <div className="toolbar-group" role="group" aria-label={t('toolbar.scenario')}>
        <button
          type="button"
          disabled={!editable}
          data-testid="scenario-new"
          onClick={() =>
            setPrompt({
              title: t('toolbar.newScenario'),
              label: t('toolbar.newScenarioName'),
              onSubmit: (name) => void actions.createScenario(name),
            })
          }
        >
          {t('toolbar.newScenario')}
        </button>
        <button
          type="button"
          disabled={!editable || !scenario}
          onClick={() =>
            scenario &&
            setPrompt({
              title: t('toolbar.duplicate'),
              label: t('toolbar.newScenarioName'),
              initial: `${scenario.name} (2)`,
              onSubmit: (name) => void actions.duplicateScenario(scenario.id, name),
            })
          }
        >
          {t('toolbar.duplicate')}
        </button>
        <button
          type="button"
          disabled={!editable || !live}
          onClick={() =>
            scenario &&
            setPrompt({
              title: t('toolbar.rename'),
              label: t('toolbar.newScenarioName'),
              initial: scenario.name,
              onSubmit: (name) => void actions.renameScenario(scenario.id, name),
            })
          }
        >
          {t('toolbar.rename')}
        </button>
        <button
          type="button"
          disabled={!editable || !live}
          data-testid="scenario-freeze"
          onClick={() =>
            scenario &&
            setPrompt({
              title: t('toolbar.freeze'),
              label: t('toolbar.freezeName'),
              initial: `${scenario.name} — ${new Date().toISOString().slice(0, 10)}`,
              onSubmit: (name) => void actions.freeze(scenario.id, name),
            })
          }
        >
          {t('toolbar.freeze')}
        </button>
        <button
          type="button"
          disabled={!editable || !scenario || scenario.isBase}
          onClick={() =>
            scenario &&
            setPrompt({
              title: t('toolbar.delete'),
              label: t('toolbar.confirmDelete', { name: scenario.name }),
              confirmOnly: true,
              onSubmit: () => void actions.deleteScenario(scenario.id),
            })
          }
        >
          {t('toolbar.delete')}
        </button>
        <TemplateButton />
      </div>
      <div className="toolbar-group" role="group" aria-label={`${t('toolbar.undo')} / ${t('toolbar.redo')}`}>
        <button
          type="button"
          data-testid="undo"
          disabled={!workspace.canUndo || !editable}
          title={
            workspace.undoDescription
              ? t('toolbar.undoWhat', { what: describeStep(workspace.undoDescription, describe) })
              : undefined
          }
          onClick={() => void actions.undo()}
        >
          ↶ {t('toolbar.undo')}
        </button>
        <button
          type="button"
          data-testid="redo"
          disabled={!workspace.canRedo || !editable}
          title={
            workspace.redoDescription
              ? t('toolbar.redoWhat', { what: describeStep(workspace.redoDescription, describe) })
              : undefined
          }
          onClick={() => void actions.redo()}
        >
          ↷ {t('toolbar.redo')}
        </button>
      </div>
      {/* The desktop app has File ▸ Open and Save As; a browser needs upload and download. */}
      {getApi().transport === 'http' && <WorkspaceTransfer />}
      <button type="button" data-testid="workspace-close" onClick={() => void actions.close()}>
        {t('toolbar.close')}
      </button>
      <span className="save-state" role="status" data-testid="save-state">
        {state.pending > 0 ? t('app.saving') : t('app.saved')}
      </span>
      {languageSwitch}
      <PromptDialog request={prompt} onClose={() => setPrompt(null)} />
    </header>
  )
}
