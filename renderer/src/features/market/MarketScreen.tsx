// The Marché screen: projection horizon, the segments table (base, sales, services, growth series), each segment's job mix and (v2) its resale profile.
import { ScreenHead, SectionHead } from '../../components/fields/EditorHeads'
import { ImportButton } from '../dataio/ImportButton'
import { useTranslation } from '../../text'
import type { Segment } from '@shared/model/types'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { useNames } from '../../names'
import { NumberField } from '../../components/fields/NumberField'
import { ParamTable, type ParamRow } from '../../components/fields/ParamTable'
import type { SeriesSpec } from '../../components/fields/SeriesEditor'
import { AddItem } from '../../components/fields/AddItem'
import { FieldProblems } from '../../components/fields/FieldProblems'
import { freeId } from '../../components/fields/listEdit'
import { useListEdit } from '../../components/fields/useListEdit'
import { JobMixEditor } from './JobMixEditor'

const GROWTH_BOUNDS = { min: -1 }
const RATE_BOUNDS = { min: 0, max: 1 }

type NumberKey =
  | 'installedBase'
  | 'scrapRate'
  | 'newSales'
  | 'preOwned'
  | 'serviceIntervalYears'
  | 'warrantyClaimRate'
  | 'preOwnedServiceRate'
  | 'resaleReplacesService'
type SeriesKey = 'newSalesGrowth' | 'preOwnedGrowth' | 'serviceUptake'

export function MarketScreen() {
  const { t } = useTranslation()
  const name = useNames()
  const { state } = useWorkspace()
  const input = state.input
  const segments = useListEdit<Segment>('segments', input?.segments ?? [])
  if (!input) return null
  const template = input.segments[input.segments.length - 1]!

  const numberRow = (key: NumberKey, unit: string, percent = false): ParamRow<Segment> => ({
    key,
    label: t(`editors.field.${key}`),
    help: t(`editors.help.${key}`),
    cell: (s) => (
      <NumberField
        path={`segments/${s.id}/${key}`}
        value={s[key] ?? 0}
        label={`${name(s.id)} — ${t(`editors.field.${key}`)}`}
        hideLabel
        unit={unit}
        percent={percent}
      />
    ),
  })
  const seriesRow = (key: SeriesKey, unit: string, bounds: SeriesSpec['bounds']): ParamRow<Segment> => ({
    key,
    label: t(`editors.field.${key}`),
    help: t(`editors.help.${key}`),
    series: (s) => ({
      spec: {
        path: `segments/${s.id}/${key}`,
        label: `${name(s.id)} — ${t(`editors.field.${key}`)}`,
        unit,
        percent: true,
        bounds,
      },
      value: s[key],
    }),
  })

  const rows: ParamRow<Segment>[] = [
    numberRow('installedBase', t('editors.units.watches')),
    numberRow('scrapRate', t('editors.units.percentPerYear'), true),
    numberRow('newSales', t('editors.units.watchesPerYear')),
    seriesRow('newSalesGrowth', t('editors.units.percentPerYear'), GROWTH_BOUNDS),
    numberRow('preOwned', t('editors.units.watchesPerYear')),
    seriesRow('preOwnedGrowth', t('editors.units.percentPerYear'), GROWTH_BOUNDS),
    numberRow('serviceIntervalYears', t('editors.units.years')),
    seriesRow('serviceUptake', t('editors.units.percent'), RATE_BOUNDS),
    numberRow('warrantyClaimRate', t('editors.units.percent'), true),
    numberRow('preOwnedServiceRate', t('editors.units.percent'), true),
    numberRow('resaleReplacesService', t('editors.units.percent'), true),
  ]

  return (
    <div className="ed-screen" data-testid="editor-market">
      <ScreenHead title={t('editors.market.title')} intro={t('editors.market.intro')} />
      <ImportButton kind="market" />

      <section className="ed-section" aria-labelledby="market-horizon">
        <h3 id="market-horizon">{t('editors.market.horizon')}</h3>
        <p className="ed-help">{t('editors.help.horizon')}</p>
        <div className="ed-form-row">
          <NumberField
            path="startYear"
            value={input.startYear}
            label={t('editors.field.startYear')}
            size="xs"
            year
          />
          <NumberField
            path="horizonYears"
            value={input.horizonYears}
            label={t('editors.field.horizonYears')}
            unit={t('editors.units.years')}
            size="xs"
          />
        </div>
      </section>

      <section className="ed-section" aria-labelledby="market-segments">
        <SectionHead id="market-segments" title={t('editors.market.segments')} field={segments} />
        <ParamTable
          caption={t('editors.market.segments')}
          items={input.segments}
          itemName={(s) => name(s.id)}
          rows={rows}
          testId="segments-table"
          onRemove={segments.readOnly ? undefined : (s) => segments.remove(s.id)}
          removeLabel={(s) => t('editors.list.remove', { name: name(s.id) })}
        />
        <FieldProblems id="segments-problems" problems={segments.problems} />
        {!segments.readOnly && (
          <div className="ed-list-add">
            <AddItem
              label={t('editors.list.addSegment')}
              existing={segments.ids}
              suggestion={freeId('segment', segments.ids)}
              onAdd={(id) => segments.add(template, id)}
              testId="add-segment"
            />
            <p className="ed-hint">{t('editors.list.copyNote', { name: name(template.id) })}</p>
          </div>
        )}
      </section>

      <section className="ed-section" aria-labelledby="market-jobmix">
        <h3 id="market-jobmix">{t('editors.market.jobMixTitle')}</h3>
        <p className="ed-help">{t('editors.help.jobMix')}</p>
        <div className="ed-cards">
          {input.segments.map((s) => (
            <JobMixEditor key={s.id} segment={s} jobTypes={input.jobTypes.map((j) => j.id)} />
          ))}
        </div>
      </section>

      <section className="ed-section" aria-labelledby="market-resale">
        <h3 id="market-resale">{t('editors.market.resaleTitle')}</h3>
        <p className="ed-help">{t('editors.help.resaleJobMix')}</p>
        <div className="ed-cards">
          {input.segments.map((s) => (
            <JobMixEditor
              key={s.id}
              segment={s}
              jobTypes={input.jobTypes.map((j) => j.id)}
              profile="resale"
            />
          ))}
        </div>
      </section>
    </div>
  )
}
