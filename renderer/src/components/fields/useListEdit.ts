// Adds and removes items of an id-keyed list (segments, grades, jobTypes, training) as one undoable edit of the whole list.
import { useField, useWorkspace } from '../../state/WorkspaceProvider'
import { withCopy, without } from './listEdit'

export type ListPath = 'segments' | 'grades' | 'jobTypes' | 'training'

export function useListEdit<T extends { id: string }>(path: ListPath, list: readonly T[]) {
  const { state, actions } = useWorkspace()
  const field = useField(path)
  return {
    readOnly: field.readOnly,
    overridden: field.overridden,
    /** Why the last add or remove was refused (e.g. a grade still named by a job type). */
    problems: state.problems[path] ?? [],
    ids: list.map((item) => item.id),
    add: (template: T, id: string) => void actions.edit(path, withCopy(list, template, id)),
    remove: (id: string) => void actions.edit(path, without(list, id)),
    reset: field.reset,
  }
}
