// A parameters × items table (segments, programmes as columns): one row per parameter, series rows open their editor in a row below.
import { Fragment, useId, useState, type ReactNode } from 'react'
import type { Series } from '@shared/model/types'
import { SeriesEditor, type SeriesSpec } from './SeriesEditor'
import { SeriesSummary } from './SeriesSummary'

export interface ParamRow<E> {
  key: string
  label: string
  /** One line under the label saying what the figure means. */
  help?: string
  /** The cell of one item; in a series row, shown after the summary (or alone where the item has no series). */
  cell?: (item: E) => ReactNode
  /** A series parameter: a summary in the cell, the full editor below the row; null where the item has none (an optional series left at its default). */
  series?: (item: E) => { spec: SeriesSpec; value: Series } | null
}

export function ParamTable<E extends { id: string }>({
  caption,
  items,
  itemName,
  rows,
  testId,
  onRemove,
  removeLabel,
  minItems = 1,
}: {
  caption: string
  items: readonly E[]
  itemName: (item: E) => string
  rows: readonly ParamRow<E>[]
  testId?: string
  /** Offers a remove button in each item's header (the caller writes the list). */
  onRemove?: (item: E) => void
  removeLabel?: (item: E) => string
  /** The fewest items the list may keep (the remove buttons are disabled at it). */
  minItems?: number
}) {
  const [open, setOpen] = useState<{ row: string; item: string } | null>(null)
  const panelId = useId()
  return (
    <div className="ed-table-wrap">
      <table className="ed-table ed-param-table" data-testid={testId}>
        <caption className="ed-sr">{caption}</caption>
        <thead>
          <tr>
            <td className="ed-corner" />
            {items.map((item) => (
              <th key={item.id} scope="col">
                <span className="ed-item-head">
                  {itemName(item)}
                  {onRemove && (
                    <button
                      type="button"
                      className="ed-icon-button"
                      aria-label={removeLabel?.(item)}
                      title={removeLabel?.(item)}
                      disabled={items.length <= minItems}
                      data-testid={`remove-${item.id}`}
                      onClick={() => onRemove(item)}
                    >
                      ×
                    </button>
                  )}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const opened =
              row.series && open?.row === row.key ? items.find((i) => i.id === open.item) : undefined
            const editor = opened && row.series ? row.series(opened) : null
            return (
              <Fragment key={row.key}>
                <tr>
                  <th scope="row" className="ed-row-head">
                    <span className="ed-row-label">{row.label}</span>
                    {row.help && <span className="ed-row-help">{row.help}</span>}
                  </th>
                  {items.map((item) => {
                    const own = row.series?.(item) ?? null
                    if (!own) return <td key={item.id}>{row.cell?.(item)}</td>
                    const isOpen = open?.row === row.key && open.item === item.id
                    return (
                      <td key={item.id}>
                        <SeriesSummary
                          spec={own.spec}
                          value={own.value}
                          open={isOpen}
                          controls={panelId}
                          onToggle={() => setOpen(isOpen ? null : { row: row.key, item: item.id })}
                        />
                        {row.cell?.(item)}
                      </td>
                    )
                  })}
                </tr>
                {editor && (
                  <tr className="ed-editor-row">
                    <td colSpan={items.length + 1} id={panelId}>
                      <SeriesEditor
                        autoFocus
                        spec={editor.spec}
                        value={editor.value}
                        onClose={() => {
                          setOpen(null)
                          // Back to the button that opened it, so keyboard users keep their place.
                          requestAnimationFrame(() =>
                            document
                              .querySelector<HTMLElement>(`[data-testid="edit-${editor.spec.path}"]`)
                              ?.focus(),
                          )
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
