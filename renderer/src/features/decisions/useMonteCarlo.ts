// The Monte Carlo's state for the screen: start in workers, progress, cancel, the result; workers end with the screen.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { MonteCarloResult } from '@shared/decision/montecarlo'
import type { Uncertainty } from '@shared/decision/uncertainty'
import type { ModelInput } from '@shared/model/types'
import { RunCancelled, startMonteCarlo, type MonteCarloRun } from './monteCarloRunner'
import { toWorkerFailure, type WorkerFailure } from './workerFailure'

export type MonteCarloStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error'

export interface MonteCarloState {
  status: MonteCarloStatus
  doneRuns: number
  runs: number
  /** Workers alive now (0 once finished or cancelled). */
  workers: number
  result: MonteCarloResult | null
  /** Why the run failed, with a reason the panel words (never shown as is). */
  error: WorkerFailure | null
  elapsedMs: number | null
}

const idle: MonteCarloState = {
  status: 'idle',
  doneRuns: 0,
  runs: 0,
  workers: 0,
  result: null,
  error: null,
  elapsedMs: null,
}

/** Workers to use: every core but one for the page, at least one. */
export function workerCount(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2
  return Math.max(1, cores - 1)
}

function createWorker(): Worker {
  return new Worker(new URL('./monteCarlo.worker.ts', import.meta.url), { type: 'module' })
}

export function useMonteCarlo() {
  const [state, setState] = useState<MonteCarloState>(idle)
  const current = useRef<MonteCarloRun | null>(null)
  // Each start gets a number; callbacks of an older run (cancelled or replaced) change nothing.
  const generation = useRef(0)

  const cancel = useCallback(() => {
    current.current?.cancel()
  }, [])

  const start = useCallback((input: ModelInput, uncertainty: Uncertainty, runs: number, seed: number) => {
    current.current?.cancel()
    const gen = ++generation.current
    const mine = () => gen === generation.current
    const started = performance.now()
    setState((s) => ({ ...idle, result: s.result, status: 'running', runs }))
    const run = startMonteCarlo({
      input,
      uncertainty,
      runs,
      seed,
      workers: workerCount(),
      createWorker,
      onProgress: (doneRuns) => {
        if (mine()) setState((s) => ({ ...s, doneRuns }))
      },
      onWorkers: (workers) => {
        if (mine()) setState((s) => ({ ...s, workers }))
      },
    })
    current.current = run
    run.result.then(
      (result) => {
        if (!mine()) return
        setState((s) => ({
          ...s,
          status: 'done',
          doneRuns: runs,
          result,
          error: null,
          elapsedMs: performance.now() - started,
        }))
      },
      (error: unknown) => {
        if (!mine()) return
        if (error instanceof RunCancelled) setState((s) => ({ ...s, status: 'cancelled', workers: 0 }))
        else
          setState((s) => ({
            ...s,
            status: 'error',
            error: toWorkerFailure(error),
          }))
      },
    )
  }, [])

  // Leaving the screen ends the run and its workers.
  useEffect(() => () => current.current?.cancel(), [])

  return { state, start, cancel }
}
