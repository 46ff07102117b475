// The chosen scenarios (frozen versions too) resolved and projected, re-read after every stored edit (Comparer, Rapport).
import { useEffect, useState } from 'react'
import type { ScenarioSummary } from '@shared/workspace/types'
import { call } from '../../api'
import { runProjection } from '../../state/projection'
import { useWorkspace } from '../../state/WorkspaceProvider'
import type { Compared } from './compareData'

export function useCompared(selected: readonly number[], all: readonly ScenarioSummary[]): Compared[] {
  const { state } = useWorkspace()
  const [items, setItems] = useState<Compared[]>([])
  // Re-resolve when the selection or any stored edit changes (history length moves with every edit).
  const version = `${state.workspace?.undoDescription ?? ''}|${state.workspace?.redoDescription ?? ''}|${state.pending}`
  useEffect(() => {
    let cancelled = false
    const ids = selected.filter((id) => all.some((s) => s.id === id))
    void Promise.all(ids.map((scenarioId) => call('scenario:resolve', { scenarioId }))).then((resolved) => {
      if (cancelled) return
      const next: Compared[] = []
      resolved.forEach((r, i) => {
        const run = runProjection(r.input)
        const scenario = all.find((s) => s.id === ids[i])!
        if (run.result)
          next.push({ id: scenario.id, name: scenario.name, input: r.input, result: run.result })
      })
      setItems(next)
    })
    return () => {
      cancelled = true
    }
  }, [selected, all, version])
  return items
}
