// Reads a file's first 100 bytes with plain fs (no SQLite, no write) to refuse what is not an intact Établi workspace.
import { open, stat } from 'node:fs/promises'
import { said, StoreError } from './errors'

/** `PRAGMA application_id` of every .etabli file: the ASCII bytes "Etab". */
export const APPLICATION_ID = 0x45746162

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1')
const HEADER_BYTES = 100

export interface FileHeader {
  sizeBytes: number
  pageSizeBytes: number
  /** Pages the header says the database holds (when that field is valid), else null. */
  pageCount: number | null
  userVersion: number
  applicationId: number
  /** True when the file is in WAL mode (read/write version bytes = 2). */
  wal: boolean
}

/** Parses a SQLite header; null when the bytes are not one. */
export function parseHeader(bytes: Buffer, sizeBytes: number): FileHeader | null {
  if (bytes.length < HEADER_BYTES || !bytes.subarray(0, 16).equals(MAGIC)) return null
  const rawPageSize = bytes.readUInt16BE(16)
  const pageSizeBytes = rawPageSize === 1 ? 65536 : rawPageSize
  const changeCounter = bytes.readUInt32BE(24)
  const pages = bytes.readUInt32BE(28)
  const validFor = bytes.readUInt32BE(92)
  return {
    sizeBytes,
    pageSizeBytes,
    pageCount: validFor === changeCounter && pages > 0 ? pages : null,
    userVersion: bytes.readInt32BE(60),
    applicationId: bytes.readUInt32BE(68),
    wal: bytes[18] === 2 && bytes[19] === 2,
  }
}

/**
 * Checks that `path` is an Établi workspace whose size agrees with its header, reading it only.
 * Throws StoreError 'not-found', 'not-sqlite', 'not-a-workspace' or 'corrupt'. What the header cannot
 * show (a damaged page in the middle) is the job of the read-only probe in workspaceFile.ts.
 */
export async function inspectFile(path: string, options: { walPresent?: boolean } = {}): Promise<FileHeader> {
  let sizeBytes: number
  try {
    const info = await stat(path)
    if (!info.isFile())
      throw new StoreError(
        'not-sqlite',
        `${path} is a folder or a device, not a workspace file.`,
        undefined,
        said('fileFolder', { file: path }),
      )
    sizeBytes = info.size
  } catch (error) {
    if (error instanceof StoreError) throw error
    throw new StoreError(
      'not-found',
      `The file ${path} does not exist or cannot be read.`,
      undefined,
      said('fileMissing', { file: path }),
    )
  }
  if (sizeBytes === 0)
    throw new StoreError(
      'not-sqlite',
      `${path} is empty: it is not an Établi workspace.`,
      undefined,
      said('fileEmpty', { file: path }),
    )
  const bytes = Buffer.alloc(HEADER_BYTES)
  const handle = await open(path, 'r')
  try {
    await handle.read(bytes, 0, HEADER_BYTES, 0)
  } finally {
    await handle.close()
  }
  const header = parseHeader(bytes, sizeBytes)
  if (header === null) {
    throw new StoreError(
      'not-sqlite',
      `${path} is not an Établi workspace (it is not a SQLite database).`,
      undefined,
      said('notSqlite', { file: path }),
    )
  }
  if (header.applicationId !== APPLICATION_ID) {
    throw new StoreError(
      'not-a-workspace',
      `${path} is a SQLite database of another application, not an Établi workspace; it was left untouched.`,
      undefined,
      said('otherApp', { file: path }),
    )
  }
  const { pageSizeBytes, pageCount } = header
  const validPageSize =
    pageSizeBytes >= 512 && pageSizeBytes <= 65536 && (pageSizeBytes & (pageSizeBytes - 1)) === 0
  // While a -wal exists another process may be checkpointing: it writes page 1 (the new page count) before
  // the pages that extend the file, so a short file is then left for the read-only probe to judge.
  const short = pageCount !== null && sizeBytes < pageCount * pageSizeBytes && !options.walPresent
  if (!validPageSize || sizeBytes % pageSizeBytes !== 0 || short) {
    throw new StoreError(
      'corrupt',
      `${path} is damaged (truncated: its ${sizeBytes} bytes do not match its header); it was left untouched. Restore it from a backup.`,
      undefined,
      said('truncated', { file: path }),
    )
  }
  return header
}
