// Where an app:// request points: a file inside the built renderer, or the status that refuses it (no Electron import, so it is tested).
import { join, normalize, sep } from 'node:path'

export type AppFile = { file: string } | { status: 400 | 403 }

/**
 * The renderer file an `app://etabli/…` URL names. A malformed URL or %-escape answers 400; another host,
 * or a path that leaves the renderer folder once decoded, answers 403.
 */
export function resolveAppFile(requestUrl: string, rendererDir: string): AppFile {
  let url: URL
  let relative: string
  try {
    url = new URL(requestUrl)
    relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)
  } catch {
    return { status: 400 }
  }
  const file = normalize(join(rendererDir, relative))
  if (url.host !== 'etabli' || !file.startsWith(normalize(rendererDir + sep))) return { status: 403 }
  return { file }
}
