// Index helpers shared by the engine's parts: ids to positions, and the [entity * H + t] layout of typed arrays.
import type { ModelInput } from '../model/types'

/** Sizes and id positions of one run. Arrays indexed by entity and year hold entity `i`, year `t` at `i * H + t`. */
export interface Layout {
  /** H, years projected. */
  H: number
  startYear: number
  gradeIds: string[]
  segmentIds: string[]
  programmeIds: string[]
  /** Position of each grade id in `grades` (junior first). */
  gradeIndex: Map<string, number>
}

export function makeLayout(input: ModelInput): Layout {
  const gradeIds = input.grades.map((g) => g.id)
  return {
    H: input.horizonYears,
    startYear: input.startYear,
    gradeIds,
    segmentIds: input.segments.map((s) => s.id),
    programmeIds: input.training.map((p) => p.id),
    gradeIndex: new Map(gradeIds.map((id, i) => [id, i])),
  }
}

/** The position of a grade id that validation guarantees to exist. */
export function gradeAt(layout: Layout, id: string): number {
  const g = layout.gradeIndex.get(id)
  if (g === undefined) throw new Error(`unknown grade '${id}' (the input was not validated)`)
  return g
}
