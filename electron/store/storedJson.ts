// Reading JSON stored in a workspace row: a row edited outside Établi is refused by name, not with a parser's stack trace.
import { said, StoreError } from './errors'

/**
 * Parses one stored JSON text. `what` names the row for the user ("the input of scenario Base"); `path`
 * is the model path the row is about, when it has one.
 */
export function parseStoredJson(text: string, what: string, path?: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new StoreError(
      'damaged',
      `${what} cannot be read: it is not valid JSON (the file was changed outside Établi). The rest of the workspace is unaffected.`,
      path,
      said('damagedPart'),
    )
  }
}
