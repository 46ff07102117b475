// The renderer's stand-in for mathjs (renderer/src/formulaMathLater.ts), put in place of shared/engine/formulaMath.ts as the renderer's build does: before mathjs loads a formula is refused as "loading" and never kept; once loaded it is compiled as anywhere else.
import { describe, expect, it, vi } from 'vitest'

// What electron.vite.config.ts does for the renderer's bundle.
vi.mock('../../shared/engine/formulaMath', async () => await import('../../renderer/src/formulaMathLater'))

describe('formulas in the renderer before and after mathjs loads', () => {
  it('refuses a formula as still loading, keeps nothing, then evaluates it once mathjs is there', async () => {
    const later = await import('../../renderer/src/formulaMathLater')
    const { resolveSeries } = await import('../../shared/engine/series')
    const heard: boolean[] = []
    later.onFormulasLoaded((missed) => heard.push(missed))
    expect(later.formulasLoaded()).toBe(false)

    const before = resolveSeries('2 * t + 1', 3, 2026, 'segments/quartz/newSalesGrowth')
    expect(before.ok).toBe(false)
    if (!before.ok) expect(before.problems[0]!.code).toBe('formula.loading')

    await later.formulasReady()
    expect(later.formulasLoaded()).toBe(true)
    // The listener hears that a formula was refused before: what was derived from it is derived again.
    expect(heard).toEqual([true])
    // Not the refusal from the cache: 2t + 1 for t = 0, 1, 2.
    const after = resolveSeries('2 * t + 1', 3, 2026, 'segments/quartz/newSalesGrowth')
    expect(after.ok && [...after.values]).toEqual([1, 3, 5])
    // Refusals of the formula itself are the usual ones.
    const wrong = resolveSeries('2 * u', 3, 2026, 'x')
    expect(!wrong.ok && wrong.problems[0]!.code).toBe('formula.unknownName')
  })
})
