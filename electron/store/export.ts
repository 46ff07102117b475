// Exports of a workspace: a scenario's resolved ModelInput as JSON, and projection results as CSV or XLSX.
import ExcelJS from 'exceljs'
import { project } from '../../shared/engine'
import { ModelInputError } from '../../shared/model/problems'
import { validateInput } from '../../shared/model/schema'
import type { ModelInput, ModelResult } from '../../shared/model/types'
import type { ExportFormat, ScenarioId, SourceRow } from '../../shared/workspace/types'
import { flattenYears } from '../cli/resultCsv'
import { said, StoreError } from './errors'
import type { Workspace } from './workspace'

export interface ExportBytes {
  fileName: string
  mimeType: string
  bytes: Uint8Array
}

export interface NamedResult {
  scenario: string
  result: ModelResult
  /** The resolved input, for the workbook's inputs sheet (the CLI's export leaves it out). */
  input?: ModelInput
}

type Cell = string | number | null

const SUMMARY_COLUMNS = [
  'firstShortageYear',
  'peakShortageFte',
  'peakShortageYear',
  'totalLostHours',
  'totalCost',
] as const

/** A resolved input as the CLI reads it (`etabli project file.json`). */
export function inputToJson(input: ModelInput): string {
  return `${JSON.stringify(input, null, 2)}\n`
}

/** Rows of several scenarios in one table: `scenario` first, then the union of their columns in first-seen order. */
function combinedTable(results: NamedResult[]): { columns: string[]; rows: Cell[][] } {
  const columns: string[] = []
  const flat = results.map((r) => ({ scenario: r.scenario, ...flattenYears(r.result) }))
  for (const f of flat) for (const c of f.columns) if (!columns.includes(c)) columns.push(c)
  const rows: Cell[][] = []
  for (const f of flat) {
    const index = columns.map((c) => f.columns.indexOf(c))
    for (const row of f.rows) rows.push([f.scenario, ...index.map((i) => (i < 0 ? null : (row[i] ?? null)))])
  }
  return { columns: ['scenario', ...columns], rows }
}

function csvCell(value: Cell): string {
  if (value === null) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One CSV of yearly results for every scenario given (RFC 4180, UTF-8 with a BOM so Excel reads accents). */
export function resultsToCsv(results: NamedResult[]): string {
  const { columns, rows } = combinedTable(results)
  return `\ufeff${[columns, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(wanted: string, taken: Set<string>): string {
  const clean =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || 'Scenario'
  let name = clean
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${clean.slice(0, 31 - `${n}`.length - 1)} ${n}`
  taken.add(name.toLowerCase())
  return name
}

/** Every leaf of an input as `path → value` (lists by index: `workforce/roster/0/fte`), in the override syntax. */
function leaves(value: unknown, prefix: string, out: Map<string, Cell>): Map<string, Cell> {
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) leaves(inner, prefix ? `${prefix}/${key}` : key, out)
  } else if (prefix !== '') {
    out.set(prefix, typeof value === 'number' || typeof value === 'string' ? value : JSON.stringify(value))
  }
  return out
}

/** The inputs sheet: one row per input path, one column per scenario (blank where a scenario lacks the path). */
function addInputsSheet(workbook: ExcelJS.Workbook, name: string, results: NamedResult[]): void {
  const withInput = results.filter((r) => r.input !== undefined)
  if (withInput.length === 0) return
  const sheet = workbook.addWorksheet(name)
  const columns = withInput.map((r) => leaves(r.input, '', new Map()))
  const paths: string[] = []
  for (const c of columns) for (const p of c.keys()) if (!paths.includes(p)) paths.push(p)
  sheet.addRow(['input', ...withInput.map((r) => r.scenario)])
  sheet.getRow(1).font = { bold: true }
  for (const path of paths) sheet.addRow([path, ...columns.map((c) => c.get(path) ?? null)])
}

function addSourcesSheet(workbook: ExcelJS.Workbook, name: string, sources: SourceRow[]): void {
  const sheet = workbook.addWorksheet(name)
  sheet.addRow(['figure', 'value', 'source', 'year', 'kind', 'note'])
  sheet.getRow(1).font = { bold: true }
  for (const s of sources) sheet.addRow([s.figure, s.value, s.source, s.year, s.kind, s.note ?? null])
}

/**
 * A workbook with a summary sheet (one row per scenario), one sheet of yearly figures per scenario, then
 * the inputs of every scenario and the workspace's sources when given.
 */
export async function resultsToXlsx(results: NamedResult[], sources?: SourceRow[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Établi'
  const taken = new Set<string>()
  const summary = workbook.addWorksheet(sheetName('Summary', taken))
  summary.addRow(['scenario', ...SUMMARY_COLUMNS])
  for (const { scenario, result } of results) {
    summary.addRow([scenario, ...SUMMARY_COLUMNS.map((c) => result.summary[c])])
  }
  summary.getRow(1).font = { bold: true }
  for (const { scenario, result } of results) {
    const sheet = workbook.addWorksheet(sheetName(scenario, taken))
    const { columns, rows } = flattenYears(result)
    sheet.addRow(columns)
    sheet.getRow(1).font = { bold: true }
    for (const row of rows) sheet.addRow(row)
    sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }]
  }
  addInputsSheet(workbook, sheetName('Inputs', taken), results)
  if (sources !== undefined) addSourcesSheet(workbook, sheetName('Sources', taken), sources)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

function safeFileName(text: string): string {
  const printable = [...text]
    .map((c) => (c.charCodeAt(0) < 32 || '<>:"/\\|?*'.includes(c) ? ' ' : c))
    .join('')
  return printable.replace(/\s+/g, ' ').trim() || 'etabli'
}

/**
 * Exports scenarios of an open workspace: `json` takes exactly one scenario (its resolved input);
 * `csv` and `xlsx` project every scenario given and write their yearly results.
 */
export async function exportFile(
  workspace: Workspace,
  scenarioIds: ScenarioId[],
  format: ExportFormat,
): Promise<ExportBytes> {
  if (scenarioIds.length === 0)
    throw new StoreError(
      'invalid-request',
      'Choose at least one scenario to export.',
      undefined,
      said('exportNone'),
    )
  const all = [...(await workspace.listScenarios()), ...(await workspace.listFrozen())]
  const chosen = scenarioIds.map((id) => {
    const found = all.find((s) => s.id === id)
    if (found === undefined)
      throw new StoreError(
        'no-such-scenario',
        `There is no scenario with id ${id}.`,
        undefined,
        said('noScenario'),
      )
    return found
  })
  const workspaceName = (await workspace.info()).name
  if (format === 'json') {
    if (chosen.length !== 1)
      throw new StoreError(
        'invalid-request',
        'A JSON export holds exactly one scenario.',
        undefined,
        said('exportJsonOne'),
      )
    const { input } = await workspace.resolve(chosen[0]!.id)
    return {
      fileName: `${safeFileName(`${workspaceName} - ${chosen[0]!.name}`)}.json`,
      mimeType: 'application/json',
      bytes: new TextEncoder().encode(inputToJson(input)),
    }
  }
  const results: NamedResult[] = []
  for (const scenario of chosen) {
    const { input } = await workspace.resolve(scenario.id)
    const validation = validateInput(input)
    if (!validation.ok) {
      throw new StoreError(
        'invalid-request',
        `${scenario.name} cannot be projected: ${validation.problems[0]!.message}`,
        undefined,
        said('exportInvalid', { scenario: scenario.name }),
      )
    }
    try {
      results.push({ scenario: scenario.name, result: project(validation.input), input: validation.input })
    } catch (error) {
      const why = error instanceof ModelInputError ? error.problems[0]?.message : (error as Error).message
      throw new StoreError(
        'invalid-request',
        `${scenario.name} cannot be projected: ${why ?? 'invalid input'}`,
        undefined,
        said('exportInvalid', { scenario: scenario.name }),
      )
    }
  }
  const stem = safeFileName(
    chosen.length === 1 ? `${workspaceName} - ${chosen[0]!.name}` : `${workspaceName} - results`,
  )
  if (format === 'csv') {
    return {
      fileName: `${stem}.csv`,
      mimeType: 'text/csv',
      bytes: new TextEncoder().encode(resultsToCsv(results)),
    }
  }
  return {
    fileName: `${stem}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: await resultsToXlsx(results, await workspace.sources()),
  }
}
