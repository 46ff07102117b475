// How a domain declares its calls: `reader(fn)` for reads, `undoable(build)` for edits that become one history step.
import type { EditOutcome } from '../../../shared/workspace/types'
import type { ReadTx, Session, Step, WriteTx } from '../session'

/** A domain call: the session first, then the caller's arguments (bound to one session in workspace.ts). */
export type Method<A extends unknown[], R> = (session: Session, ...args: A) => Promise<R>

/** A read in the session's queue. */
export function reader<A extends unknown[], R>(fn: (tx: ReadTx, ...args: A) => Promise<R>): Method<A, R> {
  return (session, ...args) => session.read((tx) => fn(tx, ...args))
}

/**
 * An edit made undoable: `build` reads what it needs inside the transaction and returns the Step (its
 * description, operations and the scenario to validate), or null when there is nothing to change. The
 * session applies it as one transaction and one history step. Without `reply` the call answers the
 * EditOutcome (problems when the input would be invalid); with it, whatever `reply` makes of the outcome.
 * The shape of Actual Budget's `app.method('x', mutator(undoable(fn)))`.
 */
export function undoable<A extends unknown[], R = EditOutcome>(
  build: (tx: WriteTx, ...args: A) => Promise<Step | null>,
  reply?: (tx: ReadTx, outcome: EditOutcome | null, step: Step | null) => Promise<R>,
): Method<A, R> {
  return (session, ...args) =>
    session.edit(
      (tx) => build(tx, ...args),
      (tx, outcome, step) => (reply ? reply(tx, outcome, step) : Promise.resolve(outcome as R)),
    )
}

/** A domain's calls with the session bound: what callers of the workspace see. */
export type Bound<M> = {
  [K in keyof M]: M[K] extends Method<infer A, infer R> ? (...args: A) => Promise<R> : never
}

export function bindMethods<M extends Record<string, Method<never[], unknown>>>(
  session: Session,
  methods: M,
): Bound<M> {
  const bound: Record<string, unknown> = {}
  for (const [name, method] of Object.entries(methods)) {
    bound[name] = (...args: never[]) => method(session, ...args)
  }
  return bound as Bound<M>
}
