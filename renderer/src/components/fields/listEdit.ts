// Pure helpers to add and remove items of the id-keyed lists (segments, grades, job types, programmes), written whole.

/** Why an id cannot be used for a new item, or null when it can. Ids become path segments, so they stay simple. */
export function newIdProblem(id: string, existing: readonly string[]): 'empty' | 'format' | 'taken' | null {
  if (id.trim() === '') return 'empty'
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(id) || id === '__proto__') return 'format'
  if (existing.includes(id)) return 'taken'
  return null
}

/** A suggested id not yet taken: `base`, then `base-2`, `base-3`, … */
export function freeId(base: string, existing: readonly string[]): string {
  if (!existing.includes(base)) return base
  let n = 2
  while (existing.includes(`${base}-${n}`)) n++
  return `${base}-${n}`
}

/** The list with a copy of `template` (a deep copy) under a new id, appended or put first. */
export function withCopy<T extends { id: string }>(
  list: readonly T[],
  template: T,
  id: string,
  at: 'end' | 'start' = 'end',
): T[] {
  const copy = { ...structuredClone(template), id }
  return at === 'end' ? [...list, copy] : [copy, ...list]
}

/** The list without the item `id` (the others untouched). */
export function without<T extends { id: string }>(list: readonly T[], id: string): T[] {
  return list.filter((item) => item.id !== id)
}
