// What a CLI command may touch: output streams and files, behind an interface so runCli can be tested in-process.
import { readFile, writeFile } from 'node:fs/promises'
import { parseArgs, type ParseArgsConfig } from 'node:util'

/** The CLI's whole view of the outside world. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  readFile(path: string): Promise<string>
  writeFile(path: string, text: string): Promise<void>
}

/** The real process: stdout, stderr and the file system (paths relative to the working directory). */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
  }
}

/** Exit codes: 0 success, 1 the input or a file is wrong, 2 the command line is wrong. */
export const exitCode = { ok: 0, failed: 1, usage: 2 } as const

/** A wrong command line; runCli prints it with the command's usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A failure to report in one line, exit 1 (unreadable file, invalid JSON). */
export class CliFailure extends Error {
  override name = 'CliFailure'
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>

/** node:util parseArgs in strict mode, with its errors turned into UsageError. */
export function parseCommandArgs<O extends OptionsConfig>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

/** Reads and parses a JSON file, failing with a one-line reason. */
export async function readJsonFile(path: string, io: CliIo): Promise<unknown> {
  let text: string
  try {
    text = await io.readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error)
    throw new CliFailure(`cannot read ${path}: ${reason}`)
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new CliFailure(
      `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}
