// An edit checked ahead (while its value is typed) is reused only for the very state, field and value it was checked on; otherwise the commit checks again.
import { beforeAll, describe, expect, it } from 'vitest'
import { atelierGeneve } from '../../shared/sample/atelierGeneve'
import type { ScenarioSummary, WorkspaceInfo } from '../../shared/workspace/types'
import { createEdit } from '../../renderer/src/state/editAction'
import { editChecks } from '../../renderer/src/state/editChecks'
import { formulasReady } from '../../renderer/src/formulaMathLater'
import { createEditQueue } from '../../renderer/src/state/editQueue'
import {
  initialState,
  type WorkspaceAction,
  type WorkspaceState,
} from '../../renderer/src/state/workspaceState'

const PATH = 'workforce/hires/watchmaker'

const scenario = (frozenAt: string | null): ScenarioSummary => ({
  id: 1 as ScenarioSummary['id'],
  name: 'Base',
  parentId: null,
  isBase: frozenAt === null,
  position: 0,
  note: '',
  createdAt: '2026-01-01T00:00:00Z',
  frozenAt,
  frozenFromId: null,
  frozenFromName: null,
  overrideCount: 0,
})

const workspace = { path: '/tmp/w.etabli', name: 'W', readOnly: null } as unknown as WorkspaceInfo

function stateWith(frozenAt: string | null): WorkspaceState {
  const s = scenario(frozenAt)
  return {
    ...initialState,
    workspace,
    list: frozenAt === null ? { scenarios: [s], frozen: [] } : { scenarios: [], frozen: [s] },
    scenarioId: s.id,
    input: atelierGeneve.base,
  }
}

/** The edit action over a state the test sets, and the first action each edit dispatched (its check's verdict). */
function harness(initial: WorkspaceState) {
  let state = initial
  const actions: WorkspaceAction[] = []
  const { edit, prepare } = createEdit(
    (a) => actions.push(a),
    () => state,
    createEditQueue(),
  )
  return {
    prepare,
    setState: (next: WorkspaceState) => (state = next),
    async commit(value: unknown): Promise<WorkspaceAction> {
      const before = actions.length
      // The store write that follows fails here (no API in Node); the check's action comes first.
      void edit(PATH, value).catch(() => undefined)
      await new Promise((resolve) => setTimeout(resolve, 20))
      return actions[before]!
    },
  }
}

const idle = () => new Promise((resolve) => setTimeout(resolve, 20))

/** The watchmakers' hires in the input an `edited` action shows. */
const hiresShown = (action: WorkspaceAction): unknown =>
  (action as { input: typeof atelierGeneve.base }).input.workforce.hires.watchmaker

/** A harness on the live base scenario with `value` checked ahead and its idle moment passed. */
async function checkedAhead(value: number) {
  const h = harness(stateWith(null))
  h.prepare(PATH, value)
  await idle()
  return h
}

beforeAll(async () => {
  await formulasReady()
  await editChecks()
})

describe('prepareEdit', () => {
  it('a value checked ahead and committed as it is gives the check’s input', async () => {
    const action = await (await checkedAhead(2)).commit(2)
    expect(action.type).toBe('edited')
    expect(hiresShown(action)).toBe(2)
  })

  it('a state changed after the check ahead (the scenario now frozen) is checked again: refused', async () => {
    const h = await checkedAhead(2)
    h.setState(stateWith('2026-06-01T00:00:00Z'))
    const action = await h.commit(2)
    expect(action.type).toBe('editRefused')
    expect((action as { problems: { code?: string }[] }).problems[0]?.code).toBe('store.frozen')
  })

  it('another value than the one checked ahead is checked itself', async () => {
    const action = await (await checkedAhead(2)).commit(3)
    expect(action.type).toBe('edited')
    expect(hiresShown(action)).toBe(3)
  })

  it('a value the schema refuses, checked ahead, is refused at the commit', async () => {
    const action = await (await checkedAhead(-3)).commit(-3)
    expect(action.type).toBe('editRefused')
  })
})
