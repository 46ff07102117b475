// Monte Carlo and sensitivity failures: each is told apart by a reason that survives the trip from the worker, and every reason and engine code has a text in FR, EN and DE.
import { describe, expect, it } from 'vitest'
import { prepareMonteCarlo, runMonteCarloChunk } from '../../shared/decision/montecarlo'
import { tornado } from '../../shared/decision/sensitivity'
import { project } from '../../shared/engine'
import { ModelInputError, projectionCodes } from '../../shared/model/problems'
import {
  inWorker,
  isWorkerFailure,
  toWorkerFailure,
  workerReasons,
} from '../../renderer/src/features/decisions/workerFailure'
import { decisionsFr } from '../../renderer/src/locales/decisions.fr'
import { decisionsEn } from '../../renderer/src/locales/decisions.en'
import { decisionsDe } from '../../renderer/src/locales/decisions.de'
import { wordsFr } from '../../renderer/src/locales/words.fr'
import { wordsEn } from '../../renderer/src/locales/words.en'
import { wordsDe } from '../../renderer/src/locales/words.de'
import { atelierGeneve } from '../../shared/sample'
import { makeInput } from '../support/makeInput'

const uniform = (min: number, max: number) => ({ kind: 'uniform' as const, min, max })

function textAt(tree: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], tree)
}

describe('worker failures', () => {
  it('tells a misfit uncertain figure, an input that cannot be projected and anything else apart', () => {
    const input = makeInput()
    const misfit = toWorkerFailure(
      (() => {
        try {
          prepareMonteCarlo(input, [{ path: 'grades/nobody/attritionRate', distribution: uniform(0, 1) }])
        } catch (error) {
          return error
        }
      })(),
    )
    expect(misfit).toMatchObject({ reason: 'uncertaintyMisfit', problems: [{ path: '[0].path' }] })
    expect(toWorkerFailure(new ModelInputError([{ path: 'a', message: 'a: no' }]))).toMatchObject({
      reason: 'inputInvalid',
      problems: [{ path: 'a' }],
    })
    expect(toWorkerFailure(new TypeError('x is undefined'))).toEqual({
      reason: 'workerFailed',
      problems: [],
      message: 'x is undefined',
    })
  })

  it('is thrown from a worker call as a plain object that survives structured cloning whole', () => {
    let thrown: unknown
    try {
      inWorker(() => {
        throw new ModelInputError([
          { path: 'segments[0].preOwnedGrowth', message: 'm', code: 'c', params: {} },
        ])
      })
    } catch (error) {
      thrown = error
    }
    expect(thrown).not.toBeInstanceOf(Error)
    const copy = structuredClone(thrown)
    expect(isWorkerFailure(copy)).toBe(true)
    expect(copy).toMatchObject({ reason: 'inputInvalid', problems: [{ path: 'segments[0].preOwnedGrowth' }] })
  })

  // A growth is capped at 10 (1'000 %/yr); growths of 1e39 or more outgrow floating point within the sample's horizon.
  it('keeps the engine problem of a failed run and of a tornado end, with its path', () => {
    const input = atelierGeneve.base
    const uncertainty = [{ path: 'segments/quartz/preOwnedGrowth', distribution: uniform(1e39, 1e40) }]
    const chunk = runMonteCarloChunk(prepareMonteCarlo(input, uncertainty), 1, { firstRun: 0, runCount: 8 })
    expect(Array.from(chunk.failed)).toEqual([1, 1, 1, 1, 1, 1, 1, 1])
    expect(chunk.failures).toHaveLength(5)
    expect(chunk.failures[0]!.problem).toMatchObject({ path: 'segments[0].preOwnedGrowth' })
    const bar = tornado(input, 'peakShortageFte', uncertainty).bars[0]!
    expect(bar.error).toBeDefined()
    expect(bar.problem).toMatchObject({ path: 'segments[0].preOwnedGrowth' })
  })

  it('gives figures that outgrow floating point a code', () => {
    const input = makeInput()
    input.segments[0]!.installedBase = 1e308
    input.segments[0]!.newSales = 1e308
    let problems: unknown
    try {
      project(input)
    } catch (error) {
      problems = (error as ModelInputError).problems
    }
    expect(problems).toEqual([expect.objectContaining({ path: '', code: projectionCodes.overflow })])
  })

  const languages = {
    fr: [decisionsFr, wordsFr],
    en: [decisionsEn, wordsEn],
    de: [decisionsDe, wordsDe],
  }
  for (const [language, [decisions, words]] of Object.entries(languages)) {
    it(`${language}: every reason, engine code and tornado note has a text`, () => {
      const keys = [
        ...workerReasons.map((r) => [decisions, `decisions.failure.${r}`] as const),
        ...Object.values(projectionCodes).map((c) => [words, `words.${c}`] as const),
        [decisions, 'decisions.tornado.failedBars_one'] as const,
        [decisions, 'decisions.tornado.failedBars_other'] as const,
      ]
      for (const [tree, key] of keys) expect(typeof textAt(tree!, key), key).toBe('string')
    })
  }
})
