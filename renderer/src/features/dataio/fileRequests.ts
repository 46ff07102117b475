// Requests for the import dialog, from the screens' buttons and the desktop File menu alike: one dialog answers them all.
import type { ImportKind } from '@shared/workspace/types'

type Listener = (kind: ImportKind) => void
const listeners = new Set<Listener>()

/** Asks the mounted import flow to pick a file of `kind` and preview it. */
export function requestImport(kind: ImportKind): void {
  for (const listener of listeners) listener(kind)
}

export function onImportRequest(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
