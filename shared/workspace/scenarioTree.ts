// Rules of the scenario tree that both the Node side and the UI follow.
import type { ScenarioId } from './types'

/**
 * The scenario a new scenario built on `source` hangs on: the source itself when it is live; the base when
 * it is a frozen version, which cannot have children (its copy or its plan then carries, as overrides of
 * the base, whatever makes it differ from the base).
 */
export function parentForChildOf(
  source: { id: ScenarioId; frozenAt: string | null },
  baseId: ScenarioId,
): ScenarioId {
  return source.frozenAt === null ? source.id : baseId
}
