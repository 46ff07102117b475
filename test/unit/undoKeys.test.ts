// undoKeys: Ctrl/Cmd+Z undoes the workspace from a committed field too, and leaves uncommitted text to the browser.
import { describe, expect, it } from 'vitest'
import { undoCommand, workspaceOwnsUndo } from '../../renderer/src/features/shell/undoKeys'

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }>,
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
})

describe('undoCommand', () => {
  it('reads Ctrl+Z, Cmd+Z, Ctrl+Y and Shift+Cmd+Z, and nothing else', () => {
    expect(undoCommand(key('z', { ctrlKey: true }))).toBe('undo')
    expect(undoCommand(key('Z', { metaKey: true }))).toBe('undo')
    expect(undoCommand(key('y', { ctrlKey: true }))).toBe('redo')
    expect(undoCommand(key('z', { metaKey: true, shiftKey: true }))).toBe('redo')
    expect(undoCommand(key('z', {}))).toBeNull()
    expect(undoCommand(key('z', { ctrlKey: true, altKey: true }))).toBeNull()
    expect(undoCommand(key('s', { ctrlKey: true }))).toBeNull()
  })
})

describe('workspaceOwnsUndo', () => {
  it('a committed edit field and choices undo the workspace; uncommitted text and other text boxes do not', () => {
    expect(workspaceOwnsUndo(null)).toBe(true)
    expect(workspaceOwnsUndo({ tagName: 'BUTTON' })).toBe(true)
    expect(workspaceOwnsUndo({ tagName: 'INPUT', type: 'text', undo: 'workspace' })).toBe(true)
    expect(workspaceOwnsUndo({ tagName: 'INPUT', type: 'text', undo: 'field' })).toBe(false)
    expect(workspaceOwnsUndo({ tagName: 'INPUT', type: 'text' })).toBe(false)
    expect(workspaceOwnsUndo({ tagName: 'INPUT', type: 'radio' })).toBe(true)
    expect(workspaceOwnsUndo({ tagName: 'SELECT' })).toBe(true)
    expect(workspaceOwnsUndo({ tagName: 'DIV', isContentEditable: true })).toBe(false)
  })
})
