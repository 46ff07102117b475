// Test fixture builders for the renderer's state: an open workspace's info and scenario summaries.
import type { ScenarioSummary, WorkspaceInfo } from '../../shared/workspace/types'

/** A writable workspace with nothing to undo. */
export const workspaceInfo: WorkspaceInfo = {
  path: '/w.etabli',
  name: 'W',
  createdAt: '2026-01-01T00:00:00Z',
  fileSchemaVersion: 1,
  appSchemaVersion: 1,
  readOnly: null,
  canUndo: false,
  canRedo: false,
  undoDescription: null,
  redoDescription: null,
  notice: null,
}

/** Scenario `id` (1 is the base, the others its children), with any field replaced. */
export function scenarioSummary(id: number, extra: Partial<ScenarioSummary> = {}): ScenarioSummary {
  return {
    id,
    name: id === 1 ? 'Base' : `S${id}`,
    parentId: id === 1 ? null : 1,
    isBase: id === 1,
    position: id - 1,
    note: '',
    createdAt: '2026-01-01T00:00:00Z',
    frozenAt: null,
    frozenFromId: null,
    frozenFromName: null,
    overrideCount: 0,
    ...extra,
  }
}
