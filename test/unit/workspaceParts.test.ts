// The workspace provider's pure parts: the edit queue, base64 of files, the local check of an edit, the scenario shown after a change, the projection cache.
import { describe, expect, it } from 'vitest'
import { createEditQueue } from '../../renderer/src/state/editQueue'
import { base64ToBytes, bytesToBase64 } from '../../renderer/src/state/fileBytes'
import { checkEdit } from '../../renderer/src/state/editCheck'
import { runProjection } from '../../renderer/src/state/projection'
import {
  initialState,
  pickScenario,
  workspaceReducer,
  type WorkspaceState,
} from '../../renderer/src/state/workspaceState'
import type { ScenarioSummary, WorkspaceInfo } from '../../shared/workspace/types'
import { makeInput } from '../support/makeInput'
import { scenarioSummary, workspaceInfo } from '../support/workspaceFixtures'

const info = workspaceInfo
const scenario = scenarioSummary

function showing(summary: ScenarioSummary, workspace: WorkspaceInfo = info): WorkspaceState {
  const list = summary.frozenAt
    ? { scenarios: [scenario(1)], frozen: [summary] }
    : { scenarios: [summary], frozen: [] }
  const opened = workspaceReducer(initialState, { type: 'opened', workspace, list })
  return workspaceReducer(opened, {
    type: 'shown',
    scenarioId: summary.id,
    input: makeInput(),
    overrides: [],
  })
}

/** A promise settled from outside, to order work by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: Error) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

describe('createEditQueue', () => {
  it('starts each piece of work only when the one before has settled, even when it failed', async () => {
    const enqueue = createEditQueue()
    const log: string[] = []
    const first = deferred<string>()
    const second = deferred<string>()
    const a = enqueue(() => (log.push('a'), first.promise))
    const b = enqueue(() => (log.push('b'), second.promise))
    const c = enqueue(async () => (log.push('c'), 'c done'))
    await Promise.resolve()
    expect(log).toEqual(['a'])
    first.reject(new Error('a failed'))
    await expect(a).rejects.toThrow('a failed')
    await Promise.resolve()
    expect(log).toEqual(['a', 'b'])
    second.resolve('b done')
    await expect(b).resolves.toBe('b done')
    await expect(c).resolves.toBe('c done')
    expect(log).toEqual(['a', 'b', 'c'])
  })
})

describe('base64 of files', () => {
  it('encodes bytes as RFC 4648 base64 and decodes them back', () => {
    // "Man" is the RFC's own example: TWFu; bytes 0xff 0x00 give /wA= (one padding character).
    expect(bytesToBase64(new TextEncoder().encode('Man'))).toBe('TWFu')
    expect(bytesToBase64(Uint8Array.from([0xff, 0x00]))).toBe('/wA=')
    expect(Array.from(base64ToBytes('/wA='))).toEqual([0xff, 0x00])
  })
  it('encodes a file larger than one slice without losing a byte', () => {
    const bytes = Uint8Array.from({ length: 0x8000 * 2 + 5 }, (_, i) => (i * 31) % 256)
    const text = bytesToBase64(bytes)
    expect(text).toHaveLength(Math.ceil(bytes.length / 3) * 4)
    expect(base64ToBytes(text)).toEqual(bytes)
  })
})

describe('checkEdit', () => {
  it('gives nothing to check when no scenario is shown', () => {
    expect(checkEdit(initialState, 'service/abandonRate', 0.5)).toBeNull()
  })
  it('gives the new input with the value, leaving the shown one untouched', () => {
    const state = showing(scenario(2))
    const check = checkEdit(state, 'service/abandonRate', 0.5)
    expect(check).toMatchObject({ ok: true })
    expect(check!.ok && check!.input.service.abandonRate).toBe(0.5)
    expect(state.input!.service.abandonRate).toBe(0.3)
  })
  it('refuses a value out of range, naming the editor field', () => {
    const check = checkEdit(showing(scenario(2)), 'segments/automatic/serviceUptake', 1.5)
    expect(check).toMatchObject({ ok: false })
    expect(!check!.ok && check!.problems.map((p) => p.path)).toEqual(['segments/automatic/serviceUptake'])
  })
  it('refuses a field that does not exist', () => {
    expect(checkEdit(showing(scenario(2)), 'service/noSuchThing/x', 1)).toEqual({
      ok: false,
      problems: [{ path: 'service/noSuchThing/x', message: 'service/noSuchThing/x: no such field' }],
    })
  })
  it('a version 2 field on a version 1 scenario: the missing map is created and the scenario becomes version 2', () => {
    const state = showing(scenario(2))
    expect(state.input!.schemaVersion).toBe(1)
    const check = checkEdit(state, 'workforce/backfill/watchmaker', 0.8)
    expect(check).toMatchObject({
      ok: true,
      upgrade: true,
      // shared/model/overrides creates the missing backfill map, so the leaf itself is written.
      write: { path: 'workforce/backfill/watchmaker', value: 0.8 },
    })
    expect(check!.ok && check!.input.schemaVersion).toBe(2)
    expect(check!.ok && check!.input.workforce.backfill).toEqual({ watchmaker: 0.8 })
    // A v1 field on a v1 scenario stays v1, written at its own path.
    expect(checkEdit(state, 'service/abandonRate', 0.5)).toMatchObject({
      upgrade: false,
      write: { path: 'service/abandonRate', value: 0.5 },
    })
  })
  it('a bad value of a new version 2 field names the field, not the version', () => {
    const check = checkEdit(showing(scenario(2)), 'workforce/backfill/watchmaker', 1.5)
    expect(check).toMatchObject({ ok: false })
    expect(!check!.ok && check!.problems.map((p) => p.path)).toEqual(['workforce/backfill/watchmaker'])
  })
  it('refuses any edit of a frozen version, and of a workspace opened read-only, with the reason the UI words', () => {
    const frozen = showing(scenario(3, { frozenAt: '2026-02-01T00:00:00Z', parentId: null }))
    expect(checkEdit(frozen, 'service/abandonRate', 0.5)).toEqual({
      ok: false,
      problems: [
        {
          path: 'service/abandonRate',
          message: 'A frozen version cannot be changed.',
          code: 'store.frozen',
          params: { scenario: 'S3' },
        },
      ],
    })
    const locked = showing(scenario(1), {
      ...info,
      readOnly: { code: 'requested', message: 'Opened read-only.' },
    })
    expect(checkEdit(locked, 'service/abandonRate', 0.5)).toEqual({
      ok: false,
      problems: [
        {
          path: 'service/abandonRate',
          message: 'Opened read-only.',
          code: 'store.readOnly',
          params: { kind: 'requested' },
        },
      ],
    })
  })
})

describe('pickScenario', () => {
  const list = {
    scenarios: [scenario(2), scenario(1), scenario(4)],
    frozen: [scenario(9, { frozenAt: 'x' })],
  }
  it('keeps the wanted scenario, live or frozen, when it still exists', () => {
    expect(pickScenario(list, 4)?.id).toBe(4)
    expect(pickScenario(list, 9)?.id).toBe(9)
  })
  it('falls back to the base, then to the first, then to nothing', () => {
    expect(pickScenario(list, 7)?.id).toBe(1)
    expect(pickScenario({ scenarios: [], frozen: [scenario(9, { frozenAt: 'x' })] }, null)?.id).toBe(9)
    expect(pickScenario({ scenarios: [], frozen: [] }, 1)).toBeNull()
  })
})

describe('runProjection', () => {
  it('projects an input once and gives the same projection for the same input object', () => {
    const input = makeInput()
    const run = runProjection(input)
    expect(run.problems).toEqual([])
    expect(run.result!.years).toHaveLength(5)
    expect(runProjection(input)).toBe(run)
    expect(runProjection(makeInput())).not.toBe(run)
  })
  it('turns an input the engine refuses into problems instead of throwing', () => {
    const input = makeInput()
    // log(0) is -Infinity: the intake of year 0 is not a number of students.
    input.training[0]!.intake = 'log(t)'
    const run = runProjection(input)
    expect(run.result).toBeNull()
    expect(run.problems.map((p) => p.path)).toEqual(['training[0].intake'])
  })
})
