// Which keyboard shortcut undoes or redoes the workspace's last step, and when a focused field keeps it for its own text.

export interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey?: boolean
}

/** The element a shortcut was pressed in, as far as undo cares. */
export interface TargetLike {
  tagName: string
  type?: string
  isContentEditable?: boolean
  /** `data-undo`: "workspace" on a committed edit field, "field" while it holds text not stored yet. */
  undo?: string
}

/** Ctrl/Cmd+Z undoes; Ctrl+Y and Shift+Ctrl/Cmd+Z redo; anything else is not ours. */
export function undoCommand(event: KeyLike): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && !event.shiftKey) return 'redo'
  return null
}

/**
 * True when the workspace's undo applies where the key was pressed: outside any field, in a choice
 * (select, checkbox, radio: they store at once and have no text to undo), or in an edit field whose text
 * is stored (`data-undo="workspace"`). A field with uncommitted text, and any other text box (a name in
 * a dialog), keeps the browser's own text undo.
 */
export function workspaceOwnsUndo(target: TargetLike | null): boolean {
  if (target === null) return true
  if (target.isContentEditable) return false
  if (target.tagName === 'SELECT') return true
  if (target.tagName === 'INPUT' && (target.type === 'checkbox' || target.type === 'radio')) return true
  if (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA') return target.undo === 'workspace'
  return true
}

/** What workspaceOwnsUndo needs to know of a DOM element (the event's target, or the focused element). */
export function undoTarget(target: EventTarget | null): TargetLike | null {
  if (!(target instanceof HTMLElement)) return null
  return {
    tagName: target.tagName,
    type: target instanceof HTMLInputElement ? target.type : undefined,
    isContentEditable: target.isContentEditable,
    undo: target.dataset.undo,
  }
}
