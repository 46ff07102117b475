// How the report becomes a PDF: main's printToPDF into a file the user picks (desktop), the browser's own print dialog otherwise.
import type { TransportKind } from '@shared/ipc/contract'
import { call } from '../../api'

export interface PrintSeam {
  transport: TransportKind
  /** The browser's print (window.print): its dialog offers "Save as PDF". */
  print: () => void
}

/** Prints the page the report is on; the print stylesheet leaves only the report, on A4 pages. */
export async function printReport(seam: PrintSeam, fileName: string): Promise<void> {
  if (seam.transport === 'electron') await call('report:savePdf', { fileName })
  else seam.print()
}
