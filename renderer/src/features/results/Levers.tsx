// Quick levers beside the charts: the few inputs a director tries first (intakes, hires, benches, target), edited in place.
import { useTranslation } from '../../text'
import type { ModelInput } from '@shared/model/types'
import { NumberField } from '../../components/fields/NumberField'
import { useNames } from '../../names'
import { GlobalLevers } from './GlobalLevers'

/** Only constant series can be a single field here; per-year and formula series stay in their editors. */
const constant = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined)

export function Levers({ input }: { input: ModelInput }) {
  const { t } = useTranslation()
  const name = useNames()
  const programmes = input.training.filter((p) => typeof p.intake === 'number')
  const grades = input.grades.filter((g) => {
    const hires = input.workforce.hires[g.id]
    return hires === undefined || typeof hires === 'number'
  })
  return (
    <section className="levers" aria-labelledby="levers-title" data-testid="levers">
      <h3 id="levers-title">{t('levers.title')}</h3>
      <p className="levers-hint">{t('levers.hint')}</p>
      <div className="levers-grid">
        {programmes.map((p) => (
          <NumberField
            key={p.id}
            path={`training/${p.id}/intake`}
            value={constant(p.intake)}
            label={t('levers.intake', { programme: name(p.id) })}
            unit={t('levers.perYear')}
            testId={`lever-intake-${p.id}`}
          />
        ))}
        {grades.map((g) => (
          <NumberField
            key={g.id}
            path={`workforce/hires/${g.id}`}
            value={constant(input.workforce.hires[g.id] ?? 0)}
            label={t('levers.hires', { grade: name(g.id) })}
            unit={t('levers.ftePerYear')}
            testId={`lever-hires-${g.id}`}
          />
        ))}
        <NumberField
          path="benches/initial"
          value={input.benches.initial}
          label={t('levers.benches')}
          unit={t('units.seatsShort')}
          testId="lever-benches"
        />
        <NumberField
          path="service/targetTurnaroundWeeks"
          value={input.service.targetTurnaroundWeeks}
          label={t('levers.target')}
          unit={t('units.weeksShort')}
          testId="lever-target"
        />
      </div>
      <GlobalLevers input={input} />
    </section>
  )
}
