// Why a Monte Carlo or sensitivity worker failed, as a reason the UI words in its language (the English message stays for the console).
import { ModelInputError, type Problem } from '@shared/model/problems'
import { UncertaintyError } from '@shared/decision/uncertainty'

/** Why a computation in a worker failed; the UI has a text for each under `decisions.failure.<reason>`. */
export const workerReasons = ['uncertaintyMisfit', 'inputInvalid', 'workerFailed'] as const

export type WorkerReason = (typeof workerReasons)[number]

/**
 * A failure as it crosses from a worker to the page: a plain object, because comlink keeps only the
 * message and name of a thrown Error. `problems` name the figures at fault (path, code, parameters).
 */
export interface WorkerFailure {
  reason: WorkerReason
  problems: Problem[]
  /** English, for the console and support; never shown. */
  message: string
}

export function isWorkerFailure(value: unknown): value is WorkerFailure {
  const reason = (value as { reason?: unknown } | null)?.reason
  return (
    typeof value === 'object' &&
    workerReasons.includes(reason as WorkerReason) &&
    Array.isArray((value as { problems?: unknown }).problems)
  )
}

/** Whatever a worker (or the page's side of it) threw, as a WorkerFailure. */
export function toWorkerFailure(error: unknown): WorkerFailure {
  if (isWorkerFailure(error)) return error
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof UncertaintyError)
    return { reason: 'uncertaintyMisfit', problems: error.problems, message }
  if (error instanceof ModelInputError) return { reason: 'inputInvalid', problems: error.problems, message }
  return { reason: 'workerFailed', problems: [], message }
}

/** Runs a worker call; a failure is thrown as a WorkerFailure (a plain object comlink passes on whole). */
export function inWorker<T>(work: () => T): T {
  try {
    return work()
  } catch (error) {
    throw toWorkerFailure(error)
  }
}

/** Rejects with a `workerFailed` WorkerFailure when the worker's script cannot load or throws outside a call. */
export function workerCrash(worker: Worker): Promise<never> {
  return new Promise<never>((_, reject) =>
    worker.addEventListener('error', (event) => {
      event.preventDefault()
      reject(toWorkerFailure(new Error(event.message || 'The worker stopped')))
    }),
  )
}
