// A Monte Carlo worker: prepares the scenario once, runs slices of runs on request, and merges the slices at the end.
import { expose, transfer } from 'comlink'
import {
  chunkBuffers,
  mergeMonteCarloChunks,
  prepareMonteCarlo,
  runMonteCarloChunk,
  type MonteCarloChunk,
  type MonteCarloResult,
  type MonteCarloSetup,
  type RunRange,
} from '@shared/decision/montecarlo'
import type { Uncertainty } from '@shared/decision/uncertainty'
import type { ModelInput } from '@shared/model/types'
import { inWorker } from './workerFailure'

let setup: MonteCarloSetup | null = null

function ready(): MonteCarloSetup {
  if (!setup) throw new Error('The Monte Carlo worker was not prepared.')
  return setup
}

const api = {
  /** Checks the uncertain figures against the input and builds the projector; returns how many figures vary. */
  prepare(input: ModelInput, uncertainty: Uncertainty): number {
    return inWorker(() => {
      setup = prepareMonteCarlo(input, uncertainty)
      return setup.items.length
    })
  },
  /** Runs one slice of runs; run i's figures depend only on (seed, i). */
  run(seed: number, range: RunRange): MonteCarloChunk {
    const chunk = inWorker(() => runMonteCarloChunk(ready(), seed, range))
    return transfer(chunk, chunkBuffers(chunk))
  },
  /** Merges every slice (sent here so that the sorting of 100,000 runs never blocks the page). */
  merge(
    meta: { startYear: number; runs: number; seed: number },
    chunks: MonteCarloChunk[],
  ): MonteCarloResult {
    return inWorker(() => mergeMonteCarloChunks({ ...meta, items: ready().items }, chunks))
  },
}

export type MonteCarloWorkerApi = typeof api

expose(api)
