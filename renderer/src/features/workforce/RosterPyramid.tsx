// The starting roster as an editable age pyramid: FTE by grade and age in 5-year bands that open to every age, with a bar per band.
import { Fragment, useMemo, useState } from 'react'
import { useTranslation } from '../../text'
import type { ModelInput } from '@shared/model/types'
import { useField } from '../../state/WorkspaceProvider'
import { useNames } from '../../names'
import { gradeColour } from '../../charts/palette'
import { NumberField } from '../../components/fields/NumberField'
import { OverrideControls } from '../../components/fields/OverrideControls'
import { formatSwiss } from '../../components/fields/numberText'
import { ageBands, bandTotals, fteAt, gradeTotals, setCohort, type AgeBand } from './rosterGrid'

const BAR_WIDTH = 180

export function RosterPyramid({ input }: { input: ModelInput }) {
  const { t } = useTranslation()
  const name = useNames()
  const field = useField('workforce/roster')
  const roster = input.workforce.roster
  const grades = input.grades.map((g) => g.id)
  const bands = useMemo(() => ageBands(5), [])
  const [open, setOpen] = useState<ReadonlySet<number>>(() => new Set())
  const totals = useMemo(() => bands.map((b) => bandTotals(roster, grades, b)), [bands, roster, grades])
  const widest = Math.max(1e-9, ...totals.map((row) => row.reduce((a, b) => a + b, 0)))
  const gradeSum = gradeTotals(roster, grades)
  const all = gradeSum.reduce((a, b) => a + b, 0)
  const fte = (v: number): string => (v === 0 ? '' : formatSwiss(v, 2))
  const toggle = (band: AgeBand): void => {
    const next = new Set(open)
    if (next.has(band.from)) next.delete(band.from)
    else next.add(band.from)
    setOpen(next)
  }
  const label = t('editors.field.roster')

  return (
    <div className="ed-pyramid-wrap">
      <div className="ed-toolbar">
        <ul className="ed-legend" aria-label={t('editors.workforce.grades')}>
          {grades.map((g, i) => (
            <li key={g}>
              <svg width="12" height="12" aria-hidden="true">
                <rect width="12" height="12" fill={gradeColour(i)} />
              </svg>
              {name(g)}
            </li>
          ))}
        </ul>
        <OverrideControls
          overridden={field.overridden}
          readOnly={field.readOnly}
          label={label}
          onReset={() => void field.reset()}
        />
        <button
          type="button"
          onClick={() => setOpen(new Set(bands.map((b) => b.from)))}
          data-testid="roster-expand-all"
        >
          {t('editors.workforce.expandAll')}
        </button>
        <button type="button" onClick={() => setOpen(new Set())}>
          {t('editors.workforce.collapseAll')}
        </button>
      </div>
      <div className="ed-table-wrap">
        <table className="ed-table ed-pyramid" data-testid="roster-table">
          <caption className="ed-sr">{t('editors.workforce.pyramidCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('editors.workforce.ages')}</th>
              {grades.map((g) => (
                <th scope="col" key={g}>
                  {name(g)}
                  <span className="ed-col-unit">{t('editors.units.fte')}</span>
                </th>
              ))}
              <th scope="col">
                {t('editors.common.total')}
                <span className="ed-col-unit">{t('editors.units.fte')}</span>
              </th>
              <th scope="col" className="ed-bar-col">
                <span className="ed-sr">{t('editors.workforce.pyramid')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {bands.map((band, bi) => {
              const expanded = open.has(band.from)
              const row = totals[bi]!
              const sum = row.reduce((a, b) => a + b, 0)
              const range = band.from === band.to ? `${band.from}` : `${band.from}–${band.to}`
              let x = 0
              return (
                <Fragment key={band.from}>
                  <tr className="ed-band-row">
                    <th scope="row">
                      <button
                        type="button"
                        className="ed-band-toggle"
                        aria-expanded={expanded}
                        title={t(
                          expanded ? 'editors.workforce.collapseBand' : 'editors.workforce.expandBand',
                          {
                            from: band.from,
                            to: band.to,
                          },
                        )}
                        data-testid={`roster-band-${band.from}`}
                        onClick={() => toggle(band)}
                      >
                        <span aria-hidden="true">{expanded ? '▾' : '▸'}</span> {range}
                        <span className="ed-sr"> {t('editors.units.age')}</span>
                      </button>
                    </th>
                    {row.map((v, gi) => (
                      <td key={grades[gi]} className="ed-num">
                        {fte(v)}
                      </td>
                    ))}
                    <td className="ed-num ed-strong">{fte(sum)}</td>
                    <td className="ed-bar-col">
                      <svg
                        width={BAR_WIDTH}
                        height="14"
                        role="img"
                        aria-label={t('editors.workforce.bar', { band: range, value: formatSwiss(sum, 2) })}
                      >
                        {row.map((v, gi) => {
                          const w = (v / widest) * BAR_WIDTH
                          const rect = (
                            <rect key={gi} x={x} y={1} width={w} height={12} fill={gradeColour(gi)} />
                          )
                          x += w
                          return rect
                        })}
                      </svg>
                    </td>
                  </tr>
                  {expanded &&
                    Array.from({ length: band.to - band.from + 1 }, (_, k) => band.from + k).map((age) => (
                      <tr key={age} className="ed-age-row">
                        <th scope="row" className="ed-age">
                          {age} <span className="ed-sr">{t('editors.units.age')}</span>
                        </th>
                        {grades.map((g) => (
                          <td key={g}>
                            <NumberField
                              path="workforce/roster"
                              value={fteAt(roster, g, age)}
                              label={t('editors.workforce.cell', { grade: name(g), age })}
                              hideLabel
                              size="xs"
                              zeroAsEmpty
                              showOverride={false}
                              write={{ path: 'workforce/roster', value: (n) => setCohort(roster, g, age, n) }}
                              testId={`roster-${g}-${age}`}
                            />
                          </td>
                        ))}
                        <td className="ed-num">
                          {fte(grades.reduce((a, g) => a + fteAt(roster, g, age), 0))}
                        </td>
                        <td />
                      </tr>
                    ))}
                </Fragment>
              )
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('editors.common.total')}</th>
              {gradeSum.map((v, gi) => (
                <td key={grades[gi]} className="ed-num ed-strong">
                  {formatSwiss(v, 2)}
                </td>
              ))}
              <td className="ed-num ed-strong" data-testid="roster-total">
                {formatSwiss(all, 2)}
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  )
}
