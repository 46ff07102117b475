// Store failures as IPC errors: every StoreError code has the IPC code the renderer acts on.
import { AppError, type IpcErrorCode } from '../../shared/ipc/contract'
import { StoreError, type StoreErrorCode } from '../store/errors'

const storeToIpc: Record<StoreErrorCode, IpcErrorCode> = {
  'not-found': 'NOT_FOUND',
  'not-sqlite': 'NOT_A_WORKSPACE',
  'not-a-workspace': 'NOT_A_WORKSPACE',
  corrupt: 'NOT_A_WORKSPACE',
  'read-only': 'READ_ONLY',
  'disk-full': 'IO_ERROR',
  'write-failed': 'IO_ERROR',
  exists: 'CONFLICT',
  'no-such-scenario': 'NOT_FOUND',
  frozen: 'READ_ONLY',
  'invalid-path': 'INVALID_REQUEST',
  'name-taken': 'CONFLICT',
  'invalid-request': 'INVALID_REQUEST',
  closed: 'NOT_FOUND',
  damaged: 'DAMAGED',
}

/** Runs a store call and turns its StoreError into an AppError the renderer can act on by code. */
export async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof StoreError)
      throw new AppError(storeToIpc[error.code], error.message, error.path, undefined, error.said)
    throw error
  }
}
