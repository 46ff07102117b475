// Scenario overrides on a ModelInput: path syntax, reading and writing at a path, applying overrides, and diffing two inputs.
import type { ModelInput } from './types'
import type { Override } from '../sample/types'

export type { Override }

/**
 * Top-level lists whose elements are addressed by their `id` (e.g. `segments/automatic`). Every other
 * list (roster, expansions, series arrays, initialStudents) can only be replaced whole.
 */
export const ID_KEYED_LISTS: ReadonlySet<string> = new Set(['grades', 'jobTypes', 'segments', 'training'])

/** Names that would reach an object's prototype; never valid in a path. */
const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor'])

export interface ApplyResult {
  input: ModelInput
  /** Overrides whose path no longer exists in the base (e.g. a segment removed there); not applied. */
  dangling: Override[]
}

/** Splits a path into its segments; null when the path is empty, has an empty segment, or names a prototype key. */
export function parsePath(path: string): string[] | null {
  if (path === '') return null
  const segments = path.split('/')
  for (const s of segments) if (s === '' || FORBIDDEN_SEGMENTS.has(s)) return null
  return segments
}

/** True when `path` is `ancestor` itself or lies below it (`segments/a` is under `segments`, `segmentsX` is not). */
export function isAtOrUnder(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`)
}

/**
 * The order overrides are applied in: shallower paths first, so that a specific override
 * (`segments/automatic/newSales`) wins over a whole-list one (`segments`); ties by path, for determinism.
 */
export function compareOverridePaths(a: string, b: string): number {
  const depth = a.split('/').length - b.split('/').length
  if (depth !== 0) return depth
  return a < b ? -1 : a > b ? 1 : 0
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isIdKeyed(prefix: string[]): boolean {
  return prefix.length === 1 && ID_KEYED_LISTS.has(prefix[0]!)
}

function indexById(list: unknown[], id: string): number {
  return list.findIndex((e) => isPlainObject(e) && e.id === id)
}

/** Where a path ends: the container holding the last segment, and how to reach it. */
type Slot =
  | { kind: 'object'; container: Record<string, unknown>; key: string }
  | { kind: 'element'; container: unknown[]; index: number }
  /** Below an optional map that is not there yet: nothing to read, but writable. */
  | { kind: 'missing' }

/**
 * Maps a scenario may leave out (v1 defaults, and the optional v2 maps), by path with `*` for an id.
 * Writing below one that is missing creates it, so `workforce/backfill/watchmaker` or
 * `service/outsourcing/technician/maxHours` can be set like `workforce/hires/watchmaker`.
 */
const OPTIONAL_MAPS: readonly (readonly string[])[] = [
  ['workforce', 'hires'],
  ['workforce', 'marketLimit'],
  ['workforce', 'backfill'],
  ['workforce', 'gapHiring'],
  ['workforce', 'retirementProfile'],
  ['service', 'outsourcing'],
  ['service', 'outsourcing', '*'],
  ['segments', '*', 'resaleJobMix'],
  ['segments', '*', 'resaleHoursPerJob'],
]

function isOptionalMap(segments: string[]): boolean {
  return OPTIONAL_MAPS.some(
    (pattern) =>
      pattern.length === segments.length && pattern.every((p, i) => p === '*' || p === segments[i]),
  )
}

/**
 * Finds the slot a path names; null when a step does not exist (dangling) or the syntax forbids it.
 * With `create`, a missing optional map on the way (OPTIONAL_MAPS) is added as an empty object.
 */
function findSlot(root: unknown, path: string, create = false): Slot | null {
  const segments = parsePath(path)
  if (segments === null) return null
  let current: unknown = root
  let missing = false
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!
    const last = i === segments.length - 1
    if (Array.isArray(current)) {
      if (!isIdKeyed(segments.slice(0, i))) return null
      const index = indexById(current, segment)
      if (index < 0) return null
      if (last) return { kind: 'element', container: current, index }
      current = current[index]
    } else if (isPlainObject(current)) {
      if (last) return missing ? { kind: 'missing' } : { kind: 'object', container: current, key: segment }
      if (!Object.hasOwn(current, segment)) {
        if (!isOptionalMap(segments.slice(0, i + 1))) return null
        // Without `create`, walk on through a stand-in, so the rest of the path is checked too.
        if (create) current[segment] = {}
        else {
          missing = true
          current = {}
          continue
        }
      }
      current = current[segment]
    } else {
      return null
    }
  }
  return null
}

/** The value at `path`, or undefined when the path does not exist in `input`. */
export function getAtPath(input: unknown, path: string): unknown {
  const slot = findSlot(input, path)
  if (slot === null || slot.kind === 'missing') return undefined
  if (slot.kind === 'element') return slot.container[slot.index]
  return Object.hasOwn(slot.container, slot.key) ? slot.container[slot.key] : undefined
}

/** True when `path` names an existing value in `input`. */
export function hasPath(input: unknown, path: string): boolean {
  const slot = findSlot(input, path)
  if (slot === null || slot.kind === 'missing') return false
  return slot.kind === 'element' || Object.hasOwn(slot.container, slot.key)
}

/**
 * True when `path` can be written in `input`: it exists, or its parent is an object (a new key, e.g.
 * `workforce/hires/master`) or an optional map not there yet (`workforce/backfill/master`). An element
 * of an id-keyed list must already exist.
 */
export function canSetAtPath(input: unknown, path: string): boolean {
  return findSlot(input, path) !== null
}

/** Writes `value` at `path` in place; false (and nothing changed) when the path cannot be written. */
export function setAtPath(input: unknown, path: string, value: unknown): boolean {
  // Check the whole path first, so a path that cannot be written creates nothing on its way.
  if (findSlot(input, path) === null) return false
  const slot = findSlot(input, path, true)
  if (slot === null || slot.kind === 'missing') return false
  if (slot.kind === 'element') slot.container[slot.index] = value
  else slot.container[slot.key] = value
  return true
}

/** Removes the object key at `path` in place; false when there is no such key (elements of lists are never removed). */
export function deleteAtPath(input: unknown, path: string): boolean {
  const slot = findSlot(input, path)
  if (slot === null || slot.kind !== 'object' || !Object.hasOwn(slot.container, slot.key)) return false
  delete slot.container[slot.key]
  return true
}

function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T)
}

/**
 * The base with every override written at its path (shallow paths first, see compareOverridePaths).
 * The base is not changed; values are copied, so the result shares nothing with the overrides either.
 */
export function applyOverrides(base: ModelInput, overrides: readonly Override[]): ApplyResult {
  const input = cloneJson(base)
  const dangling: Override[] = []
  const ordered = [...overrides].sort((a, b) => compareOverridePaths(a.path, b.path))
  for (const override of ordered) {
    if (!setAtPath(input, override.path, cloneJson(override.value))) dangling.push(override)
  }
  return { input, dangling }
}

/** Deep equality of JSON values (object key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    return a.every((x, i) => jsonEqual(x, b[i]))
  }
  if (isPlainObject(a)) {
    if (!isPlainObject(b)) return false
    const keys = definedKeys(a)
    if (keys.length !== definedKeys(b).length) return false
    return keys.every((k) => jsonEqual(a[k], b[k]))
  }
  return false
}

/**
 * The fewest overrides, in the path syntax, that turn `parent` into `child`:
 * `applyOverrides(parent, diffInputs(parent, child)).input` equals `child`. A list without ids, an
 * id-keyed list whose ids changed (added, removed or reordered), or an object that lost a key is
 * replaced whole at its own path.
 */
export function diffInputs(parent: ModelInput, child: ModelInput): Override[] {
  const out: Override[] = []
  diffAt(parent, child, [], out)
  return out
}

function diffAt(a: unknown, b: unknown, segments: string[], out: Override[]): void {
  if (jsonEqual(a, b)) return
  const root = segments.length === 0
  if (isPlainObject(a) && isPlainObject(b)) {
    const keysB = definedKeys(b)
    const lostKey = definedKeys(a).some((k) => b[k] === undefined)
    const addressable = keysB.every(isAddressable)
    // The root cannot be replaced by an override; a valid ModelInput never loses a top-level key.
    if (root || (!lostKey && addressable)) {
      for (const key of keysB) if (isAddressable(key)) diffAt(a[key], b[key], [...segments, key], out)
      return
    }
  } else if (Array.isArray(a) && Array.isArray(b) && isIdKeyed(segments)) {
    const idsA = a.map(idOf)
    const idsB = b.map(idOf)
    const usable =
      idsB.every((id) => id !== undefined && isAddressable(id)) && new Set(idsB).size === idsB.length
    if (usable && jsonEqual(idsA, idsB)) {
      b.forEach((element, i) => diffAt(a[i], element, [...segments, idsB[i]!], out))
      return
    }
  }
  out.push({ path: segments.join('/'), value: cloneJson(b) })
}

function definedKeys(o: Record<string, unknown>): string[] {
  return Object.keys(o).filter((k) => o[k] !== undefined)
}

function isAddressable(segment: string): boolean {
  return segment !== '' && !segment.includes('/') && !FORBIDDEN_SEGMENTS.has(segment)
}

function idOf(element: unknown): string | undefined {
  return isPlainObject(element) && typeof element.id === 'string' ? element.id : undefined
}
