// The open workspace's actuals, re-read after every store change (an edit, an undo, a redo refreshes the workspace info).
import { useCallback, useEffect, useState } from 'react'
import type { ActualRow } from '@shared/actuals/types'
import { call } from '../../api'
import { useWorkspace } from '../../state/WorkspaceProvider'

export function useActuals(): { rows: ActualRow[]; reload: () => Promise<void> } {
  const { state } = useWorkspace()
  const [rows, setRows] = useState<ActualRow[]>([])
  const reload = useCallback(async () => {
    if (state.workspace === null) return setRows([])
    const next = (await call('actuals:list', {})).rows
    // Unchanged rows keep their identity: every chart spec depends on them, and a new array after each stored
    // edit would redraw every chart a second time.
    setRows((before) => (JSON.stringify(before) === JSON.stringify(next) ? before : next))
  }, [state.workspace])
  useEffect(() => {
    void reload()
  }, [reload])
  return { rows, reload }
}
