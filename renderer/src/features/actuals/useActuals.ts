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
    setRows((await call('actuals:list', {})).rows)
  }, [state.workspace])
  useEffect(() => {
    void reload()
  }, [reload])
  return { rows, reload }
}
