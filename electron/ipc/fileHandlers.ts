// The file channels, their own handler group: main's Open and Save dialogs and the PDF (desktop), a workspace uploaded or downloaded (both).
import { randomBytes } from 'node:crypto'
import { readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, extname, join } from 'node:path'
import { AppError, type IpcHandlers } from '../../shared/ipc/contract'
import { said } from '../../shared/workspace/storeReasons'
import type { WorkspaceInfo } from '../../shared/workspace/types'
import { exportFile } from '../store/export'
import type { Workspace } from '../store/workspace'
import { guard } from './storeErrors'

export type FileChannels =
  'file:chooseImport' | 'export:save' | 'report:savePdf' | 'workspace:upload' | 'workspace:download'

export interface FileFilter {
  name: string
  extensions: string[]
}

/**
 * What only the desktop app can do, behind one seam: its dialogs keep every path in main (the renderer
 * never names a file to read or write), and its window prints itself to PDF. Browser mode has none; tests
 * give one that answers with temporary files.
 */
export interface FileDialogs {
  /** Main's Open dialog: the chosen file, or null when cancelled. */
  chooseOpen(filters: FileFilter[]): Promise<string | null>
  /** Main's Save dialog (it asks before replacing a file): the chosen file, or null when cancelled. */
  chooseSave(defaultName: string, filters: FileFilter[]): Promise<string | null>
  /** The window's page as PDF (A4, backgrounds printed). */
  printToPdf(): Promise<Uint8Array>
}

export interface FileDeps {
  dataDir: string
  /** The open workspace (throws NOT_FOUND when there is none). */
  open(): Workspace
  /** Opens a workspace file in place of the current one (the workspace:open handler). */
  openPath(path: string): Promise<WorkspaceInfo>
  dialogs?: FileDialogs
}

/** The largest file read for an import: as much as import:preview accepts. */
const MAX_IMPORT_BYTES = 12 * 1024 * 1024

const filterOf = (name: string, extension: string): FileFilter => ({ name, extensions: [extension] })

/** A name for a file in the data folder: the upload's own name, made safe, then "name 2", "name 3"… if taken. */
async function freeUploadPath(dataDir: string, fileName: string): Promise<string> {
  const stem =
    basename(fileName, extname(fileName))
      .replace(/[^\p{L}\p{N} ._()-]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'workspace'
  for (let n = 1; ; n++) {
    const path = join(dataDir, `${n === 1 ? stem : `${stem} ${n}`}.etabli`)
    const taken = await stat(path).then(
      () => true,
      () => false,
    )
    if (!taken) return path
  }
}

export function createFileHandlers(deps: FileDeps): Pick<IpcHandlers, FileChannels> {
  function dialogs(): FileDialogs {
    if (deps.dialogs) return deps.dialogs
    throw new AppError(
      'INVALID_REQUEST',
      'This needs the desktop app: in a browser, use the file buttons.',
      undefined,
      undefined,
      said('desktopOnly'),
    )
  }

  return {
    'file:chooseImport': async () => {
      const path = await dialogs().chooseOpen([{ name: 'CSV, Excel', extensions: ['csv', 'xlsx'] }])
      if (path === null) return null
      const size = (await stat(path)).size
      if (size > MAX_IMPORT_BYTES)
        throw new AppError(
          'INVALID_REQUEST',
          'The file is larger than 12 MiB.',
          undefined,
          undefined,
          said('fileTooLarge', { megabytes: 12 }),
        )
      // Only the name goes back, for the preview's heading; main forgets the path here.
      return { fileName: basename(path), dataBase64: (await readFile(path)).toString('base64') }
    },
    'export:save': async ({ scenarioIds, format }) => {
      const file = await guard(() => exportFile(deps.open(), scenarioIds, format))
      const path = await dialogs().chooseSave(file.fileName, [filterOf(format.toUpperCase(), format)])
      if (path === null) return { saved: false }
      await writeFile(path, file.bytes)
      return { saved: true }
    },
    'report:savePdf': async ({ fileName }) => {
      const name = fileName.toLowerCase().endsWith('.pdf') ? fileName : `${fileName}.pdf`
      const path = await dialogs().chooseSave(name, [filterOf('PDF', 'pdf')])
      if (path === null) return { saved: false }
      await writeFile(path, await dialogs().printToPdf())
      return { saved: true }
    },
    'workspace:upload': async ({ fileName, dataBase64 }) => {
      const path = await freeUploadPath(deps.dataDir, fileName)
      // 'wx': never over a file, even one that appeared since the name was chosen.
      await writeFile(path, Buffer.from(dataBase64, 'base64'), { flag: 'wx' })
      try {
        return await deps.openPath(path)
      } catch (error) {
        // The copy was ours and was refused (not a workspace, damaged): the user's own file is untouched.
        await rm(path, { force: true })
        throw error
      }
    },
    'workspace:download': async () => {
      const workspace = deps.open()
      const tmp = join(tmpdir(), `etabli-download-${randomBytes(8).toString('hex')}.etabli`)
      try {
        await guard(() => workspace.backupTo(tmp))
        const bytes = await readFile(tmp)
        return {
          fileName: basename(workspace.path),
          mimeType: 'application/vnd.etabli+sqlite',
          dataBase64: bytes.toString('base64'),
        }
      } finally {
        await rm(tmp, { force: true })
      }
    },
  }
}
