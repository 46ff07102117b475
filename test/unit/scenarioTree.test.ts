// Where a scenario built on another one goes: on it when it is live, on the base when it is a frozen version.
import { describe, expect, it } from 'vitest'
import { parentForChildOf } from '../../shared/workspace/scenarioTree'

describe('parentForChildOf', () => {
  it('hangs a child on a live scenario itself', () => {
    expect(parentForChildOf({ id: 7, frozenAt: null }, 1)).toBe(7)
  })

  it('hangs a frozen version’s child on the base, since versions have no children', () => {
    expect(parentForChildOf({ id: 7, frozenAt: '2026-03-01T09:00:00.000Z' }, 1)).toBe(1)
  })
})
