// Pastes tab-separated text into a grid cell as a spreadsheet's copy does: a paste event carrying text/plain.
import type { Locator } from '@playwright/test'

export async function pasteInto(cell: Locator, text: string): Promise<void> {
  await cell.focus()
  await cell.evaluate((el, data) => {
    const transfer = new DataTransfer()
    transfer.setData('text/plain', data)
    el.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    )
  }, text)
}
