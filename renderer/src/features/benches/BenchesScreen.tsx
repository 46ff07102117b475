// The Établis screen: benches at the start, shifts, and the planned expansions (year, benches, cost), added and removed as rows.
import { ScreenHead, SectionHead } from '../../components/fields/EditorHeads'
import { useTranslation } from '../../text'
import { BindingNotes } from '../../components/fields/BindingNotes'
import { useField, useWorkspace } from '../../state/WorkspaceProvider'
import { NumberField } from '../../components/fields/NumberField'
import { formatChf } from '../../format'
import {
  addExpansion,
  expansionsCostChf,
  removeExpansion,
  setExpansion,
  type ExpansionKey,
} from './expansions'

export function BenchesScreen() {
  const { t } = useTranslation()
  const { state, actions } = useWorkspace()
  const field = useField('benches/expansions')
  const input = state.input
  if (!input) return null
  const { benches } = input
  const list = benches.expansions
  const path = 'benches/expansions'
  const label = t('editors.field.expansions')

  const columns: { key: ExpansionKey; unit?: string }[] = [
    { key: 'year' },
    { key: 'benches', unit: t('editors.units.benches') },
    { key: 'costPerBench', unit: t('editors.units.chfPerBench') },
  ]

  return (
    <div className="ed-screen" data-testid="editor-benches">
      <ScreenHead title={t('editors.benches.title')} intro={t('editors.benches.intro')} />

      <section className="ed-section" aria-labelledby="benches-capacity">
        <h3 id="benches-capacity">{t('editors.benches.capacity')}</h3>
        <div className="ed-form-grid">
          <div className="ed-form-item">
            <NumberField
              path="benches/initial"
              value={benches.initial}
              label={t('editors.field.initial')}
              unit={t('editors.units.benches')}
            />
          </div>
          <div className="ed-form-item">
            <NumberField
              path="benches/shifts"
              value={benches.shifts}
              label={t('editors.field.shifts')}
              unit={t('editors.units.shifts')}
              size="xs"
            />
            <p className="ed-help">{t('editors.help.shifts')}</p>
          </div>
        </div>
        <BindingNotes kind="benches" />
      </section>

      <section className="ed-section" aria-labelledby="benches-expansions">
        <SectionHead
          id="benches-expansions"
          title={t('editors.benches.expansions')}
          label={label}
          field={field}
        />
        <p className="ed-help">{t('editors.help.expansions')}</p>
        {list.length === 0 ? (
          <p>{t('editors.benches.none')}</p>
        ) : (
          <div className="ed-table-wrap">
            <table className="ed-table" data-testid="expansions-table">
              <caption className="ed-sr">{t('editors.benches.expansions')}</caption>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th scope="col" key={c.key}>
                      {t(`editors.field.${c.key}`)}
                    </th>
                  ))}
                  <td />
                </tr>
              </thead>
              <tbody>
                {list.map((e, i) => {
                  const rowLabel = t('editors.benches.rowLabel', { n: i + 1 })
                  return (
                    <tr key={i}>
                      {columns.map((c) => (
                        <td key={c.key}>
                          <NumberField
                            path={path}
                            value={e[c.key]}
                            label={`${rowLabel} — ${t(`editors.field.${c.key}`)}`}
                            hideLabel
                            unit={c.unit}
                            year={c.key === 'year'}
                            size={c.key === 'costPerBench' ? 'sm' : 'xs'}
                            showOverride={false}
                            write={{ path, value: (n) => setExpansion(list, i, c.key, n) }}
                            testId={`expansion-${i}-${c.key}`}
                          />
                        </td>
                      ))}
                      <td>
                        <button
                          type="button"
                          className="ed-icon-button"
                          disabled={field.readOnly}
                          aria-label={t('editors.common.removeOf', { what: rowLabel })}
                          title={t('editors.common.removeOf', { what: rowLabel })}
                          data-testid={`expansion-${i}-remove`}
                          onClick={() => void actions.edit(path, removeExpansion(list, i))}
                        >
                          ×
                        </button>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        )}
        <div className="ed-card-actions">
          <button
            type="button"
            disabled={field.readOnly}
            data-testid="expansion-add"
            onClick={() => void actions.edit(path, addExpansion(list, input.startYear))}
          >
            + {t('editors.benches.add')}
          </button>
          <span className="ed-muted" data-testid="expansions-cost">
            {t('editors.benches.totalCost', {
              value: formatChf(expansionsCostChf(list, input.startYear, input.horizonYears)),
            })}
          </span>
        </div>
      </section>
    </div>
  )
}
