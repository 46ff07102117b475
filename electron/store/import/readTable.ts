// Reads a CSV (papaparse) or XLSX (exceljs) file into a header and numbered rows of raw cells.
import ExcelJS from 'exceljs'
import Papa from 'papaparse'

export type Cell = string | number | null

export interface Table {
  /** 1-based line (CSV) or row (XLSX) of the header. */
  headerLine: number
  headers: string[]
  /** Data rows with their 1-based line or row number; rows with no value at all are left out. */
  rows: { line: number; cells: Cell[] }[]
  /** Why the file could not be read at all (English, and the code the UI words it by); headers and rows are then empty. */
  fileError: FileError | null
}

/** A file that cannot be read at all: `code` is under `import.file.` (the UI's `words.import.file.*`). */
export interface FileError {
  message: string
  code: string
  params: Record<string, string | number>
}

/** Imports are small tables; anything larger is refused before parsing. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

function failed(message: string, code: string, params: Record<string, string | number> = {}): Table {
  return { headerLine: 1, headers: [], rows: [], fileError: { message, code: `import.file.${code}`, params } }
}

function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '')
}

/** Makes the first row holding a value the header, and the later non-empty rows the data. */
function toTable(lines: { line: number; cells: Cell[] }[]): Table {
  const nonEmpty = lines.filter((l) => l.cells.some((c) => !isBlank(c)))
  const [header, ...rows] = nonEmpty
  if (header === undefined) return failed('The file holds no data.', 'noData')
  return {
    headerLine: header.line,
    headers: header.cells.map((c) => (c === null ? '' : String(c).trim())),
    rows,
    fileError: null,
  }
}

/** UTF-8 (with or without BOM) or, failing that, Windows-1252 as older Excel versions write CSV. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

function readCsv(bytes: Uint8Array): Table {
  const text = decodeText(bytes)
  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t', '|'],
  })
  const lines = parsed.data.map((cells, i) => ({ line: i + 1, cells: cells.map((c): Cell => c) }))
  const table = toTable(lines)
  const fatal = parsed.errors.find((e) => e.type === 'Quotes')
  if (fatal && table.fileError === null) {
    const line = (fatal.row ?? 0) + 1
    return failed(`The CSV file is malformed near line ${line}: ${fatal.message}.`, 'csvMalformed', { line })
  }
  return table
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('result' in value) return cellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue)
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    if ('text' in value) return String((value as ExcelJS.CellHyperlinkValue).text)
    if ('error' in value) return null
  }
  return null
}

async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    )
  } catch (error) {
    return failed(
      `The Excel file cannot be read (${error instanceof Error ? error.message : String(error)}).`,
      'excelUnreadable',
    )
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0)
  if (sheet === undefined) return failed('The Excel file holds no data.', 'noData')
  const lines: { line: number; cells: Cell[] }[] = []
  const width = sheet.columnCount
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = []
    for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c).value))
    lines.push({ line: rowNumber, cells })
  })
  return toTable(lines)
}

/** Reads an import file by its name's extension (or its first bytes); never throws. */
export async function readTable(bytes: Uint8Array, fileName: string): Promise<Table> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return failed(
      `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; an import table is much smaller.`,
      'tooLarge',
      { megabytes: MAX_IMPORT_BYTES / 1024 / 1024 },
    )
  }
  const name = fileName.toLowerCase()
  if (name.endsWith('.xls'))
    return failed('Old Excel files (.xls) cannot be read: save the sheet as .xlsx or .csv.', 'oldExcel')
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b
  if (name.endsWith('.xlsx') || name.endsWith('.xlsm') || zip) return readXlsx(bytes)
  return readCsv(bytes)
}
