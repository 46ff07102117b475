// The edit queue: store calls run one after another in the order made, so undo steps follow the user's order.

export type Enqueue = <T>(work: () => Promise<T>) => Promise<T>

/** A queue whose work starts when the previous work has settled, whether it succeeded or failed. */
export function createEditQueue(): Enqueue {
  let last: Promise<unknown> = Promise.resolve()
  return <T>(work: () => Promise<T>): Promise<T> => {
    const next = last.then(work, work)
    last = next.catch(() => undefined)
    return next
  }
}
