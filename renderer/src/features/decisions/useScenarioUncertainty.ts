// The shown scenario's uncertain figures: the saved list (or the default one), a draft being edited, its live check, and Save.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { checkUncertainty, type ScenarioUncertainty } from '@shared/decision/scenarioUncertainty'
import { defaultUncertainty, type Uncertainty } from '@shared/decision/uncertainty'
import { jsonEqual } from '@shared/model/overrides'
import type { Problem } from '@shared/model/problems'
import { call } from '../../api'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { currentScenario } from '../../state/workspaceState'

export interface UncertaintyModel {
  /** The rows shown: the draft, else the saved list, else the default uncertainty. */
  rows: Uncertainty
  setRows(rows: Uncertainty): void
  /** True when nothing is saved for this scenario and the rows are the default list. */
  isDefault: boolean
  /** True when the rows differ from what is saved. */
  dirty: boolean
  /** True when this scenario has no saved list (Save then stores the rows shown, the default ones included). */
  nothingSaved: boolean
  /** Problems of the rows against the scenario's input (path-named `[i]…`); the store's own answer after a refused save. */
  problems: Problem[]
  /** True when the rows can be drawn (no problem). */
  valid: boolean
  readOnly: boolean
  saving: boolean
  save(): Promise<void>
  discard(): void
}

export function useScenarioUncertainty(): UncertaintyModel {
  const { state, actions } = useWorkspace()
  const { input, scenarioId, workspace } = state
  const scenario = currentScenario(state)
  const [stored, setStored] = useState<ScenarioUncertainty | null>(null)
  const [draft, setDraft] = useState<Uncertainty | null>(null)
  const [refused, setRefused] = useState<Problem[] | null>(null)
  const [saving, setSaving] = useState(false)
  const last = useRef<ScenarioUncertainty | null>(null)

  // Re-read after every change of the workspace (an edit, undo, redo) or of the scenario shown.
  useEffect(() => {
    if (scenarioId === null) return
    let off = false
    call('scenario:uncertainty', { scenarioId }).then(
      (value) => {
        if (off) return
        // A different saved list (another scenario, undo) replaces whatever was being edited.
        if (!jsonEqual(last.current, value)) {
          last.current = value
          setStored(value)
          setDraft(null)
          setRefused(null)
        }
      },
      () => undefined,
    )
    return () => {
      off = true
    }
  }, [scenarioId, workspace])

  const defaults = useMemo(() => (input ? defaultUncertainty(input) : []), [input])
  const saved = stored !== null && stored.scenarioId === scenarioId ? stored.uncertainty : null
  const rows = draft ?? saved ?? defaults
  const check = useMemo(() => (input ? checkUncertainty(input, rows) : null), [input, rows])
  const problems = refused ?? (check && !check.ok ? check.problems : [])
  const readOnly = Boolean(workspace?.readOnly) || Boolean(scenario?.frozenAt) || Boolean(stored?.readOnly)

  const setRows = useCallback((next: Uncertainty) => {
    setRefused(null)
    setDraft(next)
  }, [])

  const save = useCallback(async () => {
    if (scenarioId === null) return
    setSaving(true)
    try {
      const outcome = await actions.storeChange(() =>
        call('scenario:setUncertainty', { scenarioId, uncertainty: rows }),
      )
      if (outcome && !outcome.ok) setRefused(outcome.problems)
      else if (outcome?.ok) setDraft(null)
    } finally {
      setSaving(false)
    }
  }, [actions, rows, scenarioId])

  return {
    rows,
    setRows,
    isDefault: saved === null && draft === null,
    dirty: draft !== null && !jsonEqual(draft, saved ?? defaults),
    nothingSaved: saved === null,
    problems,
    valid: problems.length === 0,
    readOnly,
    saving,
    save,
    discard: () => {
      setDraft(null)
      setRefused(null)
    },
  }
}
