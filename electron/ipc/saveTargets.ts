// Save As targets chosen in main's own dialog, kept in main and named to the renderer by a one-time handle.
import { randomBytes } from 'node:crypto'

export interface SaveTargets {
  /** Keeps a path the user chose in a native dialog; returns the handle the renderer passes back. */
  register(path: string): string
  /** The path behind a handle, once: a handle cannot be replayed. Undefined when unknown or used. */
  take(handle: string): string | undefined
}

/** Handles kept at most: a window asks for one Save As at a time, so older ones are abandoned dialogs. */
const MAX_PENDING = 8

export function createSaveTargets(): SaveTargets {
  const pending = new Map<string, string>()
  return {
    register(path) {
      const handle = randomBytes(16).toString('base64url')
      pending.set(handle, path)
      if (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value!)
      return handle
    },
    take(handle) {
      const path = pending.get(handle)
      pending.delete(handle)
      return path
    },
  }
}
