// Runs one Monte Carlo across Web Workers: contiguous slices per worker, progress per 250 runs, cancel = terminate them all.
import { transfer, wrap } from 'comlink'
import {
  chunkBuffers,
  splitRuns,
  type MonteCarloChunk,
  type MonteCarloResult,
} from '@shared/decision/montecarlo'
import type { Uncertainty } from '@shared/decision/uncertainty'
import type { ModelInput } from '@shared/model/types'
import type { MonteCarloWorkerApi } from './monteCarlo.worker'
import { workerCrash } from './workerFailure'

/** Thrown into `result` when the run was cancelled. */
export class RunCancelled extends Error {
  constructor() {
    super('Monte Carlo cancelled')
    this.name = 'RunCancelled'
  }
}

export interface MonteCarloJob {
  input: ModelInput
  uncertainty: Uncertainty
  runs: number
  seed: number
  /** How many workers share the runs (at least 1). */
  workers: number
  /** Runs per slice between progress reports (default 250). */
  chunkSize?: number
  createWorker: () => Worker
  onProgress: (doneRuns: number, runs: number) => void
  /** Called with the number of live workers when they start and when they are terminated. */
  onWorkers?: (alive: number) => void
}

export interface MonteCarloRun {
  /** The merged result: the same for any number of workers (run i draws from its own stream). */
  result: Promise<MonteCarloResult>
  /** Terminates every worker at once; `result` rejects with RunCancelled. Other failures reject with a WorkerFailure. */
  cancel(): void
}

export function startMonteCarlo(job: MonteCarloJob): MonteCarloRun {
  const size = Math.max(1, Math.floor(job.chunkSize ?? 250))
  const ranges = splitRuns(job.runs, Math.max(1, job.workers))
  const threads = ranges.map(() => job.createWorker())
  job.onWorkers?.(threads.length)
  let stopped = false
  const terminate = (): void => {
    if (stopped) return
    stopped = true
    for (const w of threads) w.terminate()
    job.onWorkers?.(0)
  }
  let rejectCancelled: (error: Error) => void = () => undefined
  const cancelled = new Promise<never>((_, reject) => (rejectCancelled = reject))
  const crashed = Promise.race(threads.map(workerCrash))

  const work = (async (): Promise<MonteCarloResult> => {
    const remotes = threads.map((w) => wrap<MonteCarloWorkerApi>(w))
    await Promise.all(remotes.map((r) => r.prepare(job.input, job.uncertainty)))
    const chunks: MonteCarloChunk[] = []
    let done = 0
    await Promise.all(
      ranges.map(async (range, i) => {
        const end = range.firstRun + range.runCount
        for (let first = range.firstRun; first < end && !stopped; first += size) {
          const runCount = Math.min(size, end - first)
          const chunk = await remotes[i]!.run(job.seed, { firstRun: first, runCount })
          chunks.push(chunk)
          done += runCount
          if (!stopped) job.onProgress(done, job.runs)
        }
      }),
    )
    if (stopped) throw new RunCancelled()
    const meta = { startYear: job.input.startYear, runs: job.runs, seed: job.seed }
    return remotes[0]!.merge(meta, transfer(chunks, chunks.flatMap(chunkBuffers)))
  })()
  // Once cancelled, a terminated worker never answers: `work` stays pending and only `cancelled` settles.
  work.catch(() => undefined)
  crashed.catch(() => undefined)
  const result = Promise.race([work, cancelled, crashed]).finally(terminate)
  return {
    result,
    cancel() {
      if (stopped) return
      terminate()
      rejectCancelled(new RunCancelled())
    },
  }
}
