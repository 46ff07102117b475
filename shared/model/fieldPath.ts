// Maps a validator path (`segments[2].jobMix`) to the editor's field path (`segments/automatic/jobMix`), so a message lands next to its field.
import { ID_KEYED_LISTS } from './overrides'

/** Lists without ids are edited (and overridden) whole, so their problems belong to the list's field. */
const WHOLE_LISTS: ReadonlySet<string> = new Set(['workforce/roster', 'benches/expansions'])
/** Series and per-year arrays end the field path: a problem in year 3 belongs to the series' field. */
const ARRAY_LEAVES =
  /^(newSalesGrowth|preOwnedGrowth|serviceUptake|intake|maxIntake|initialStudents|rampUp|maxHours)$/

function tokens(path: string): (string | number)[] | null {
  const out: (string | number)[] = []
  // A path is an identifier followed by `.identifier`, `[index]` or `["key"]` parts, as formatPath writes it.
  const re = /(^|\.)([A-Za-z_$][\w$-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/y
  while (re.lastIndex < path.length) {
    const m = re.exec(path)
    if (!m) return null
    if (m[2] !== undefined) out.push(m[2])
    else if (m[3] !== undefined) out.push(Number(m[3]))
    else out.push(JSON.parse(`"${m[4]}"`) as string)
  }
  return out
}

/**
 * The editor field a problem belongs to, in override syntax; '' for problems about the whole input.
 * Elements of id-keyed lists are named by the id they have in `input` (by index when the id is missing).
 */
export function toFieldPath(problemPath: string, input: unknown): string {
  if (problemPath === '') return ''
  const parts = tokens(problemPath)
  if (!parts) return problemPath
  const out: string[] = []
  let node: unknown = input
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    if (typeof part === 'number') {
      const list = Array.isArray(node) ? node : []
      const element: unknown = list[part]
      if (out.length === 1 && ID_KEYED_LISTS.has(out[0]!)) {
        const id =
          typeof element === 'object' && element !== null ? (element as { id?: unknown }).id : undefined
        out.push(typeof id === 'string' ? id : String(part))
        node = element
        continue
      }
      // An index into any other list ends the field (roster, expansions, a series' years).
      break
    }
    out.push(part)
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined
    const joined = out.join('/')
    if (WHOLE_LISTS.has(joined) || ARRAY_LEAVES.test(part)) break
  }
  return out.join('/')
}
