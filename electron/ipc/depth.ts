// The nesting bound on requests: a value nested deeper than any channel needs is refused before anything walks it recursively.

/** Deeper than any request of the contract needs (a ModelInput is under 10 levels); far below V8's stack limit. */
export const MAX_REQUEST_DEPTH = 64

/** True when `value` nests arrays or objects more than `max` levels deep; walks iteratively, so it cannot overflow. */
export function nestsDeeperThan(value: unknown, max: number = MAX_REQUEST_DEPTH): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }]
  while (stack.length > 0) {
    const next = stack.pop()!
    if (typeof next.value !== 'object' || next.value === null) continue
    if (next.depth >= max) return true
    for (const child of Object.values(next.value)) stack.push({ value: child, depth: next.depth + 1 })
  }
  return false
}
