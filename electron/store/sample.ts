// Writes an embedded sample (shared/sample) as a new .etabli file: base, scenarios and sources, with no history.
import type { SampleWorkspace } from '../../shared/sample/types'
import { createWorkspace, type CreateOptions, type Workspace } from './workspace'

/** Creates `path` from a sample and returns it open; refuses an existing file unless `overwrite`. */
export function createSampleWorkspace(
  path: string,
  sample: SampleWorkspace,
  options: CreateOptions = {},
): Promise<Workspace> {
  return createWorkspace(
    path,
    {
      name: sample.name,
      description: sample.description,
      base: sample.base,
      baseName: sample.baseName,
      baseNote: sample.baseNote,
      scenarios: sample.scenarios,
      sources: sample.sources,
    },
    options,
  )
}
