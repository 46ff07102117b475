// (v2) The Service screen's model v2 parts: ramp-up years of a joiner, and per grade the revenue per hour and outsourcing.
import { useTranslation } from '../../text'
import type { Grade, ModelInput } from '@shared/model/types'
import { useField, useWorkspace } from '../../state/WorkspaceProvider'
import { useNames } from '../../names'
import { NumberField } from '../../components/fields/NumberField'
import { ParamTable, type ParamRow } from '../../components/fields/ParamTable'
import { OptionalToggle } from '../../components/fields/OptionalToggle'
import { maxRampUpYears } from '@shared/model/limits'
import { rampUpYears } from './rampUp'

export function RampUpEditor({ input }: { input: ModelInput }) {
  const { t } = useTranslation()
  const { actions } = useWorkspace()
  const field = useField('service/rampUp')
  const years = rampUpYears(input)
  return (
    <div className="ed-rampup" data-testid="rampup">
      <div className="ed-initial-years">
        {years.map((share, k) => (
          <div key={k} className="ed-initial-year">
            <span className="ed-year-label" aria-hidden="true">
              {t('editors.service.rampUpYear', { n: k + 1 })}
            </span>
            <NumberField
              path="service/rampUp"
              value={share}
              label={t('editors.service.rampUpOf', { n: k + 1 })}
              hideLabel
              percent
              size="xs"
              unit="%"
              showOverride={k === years.length - 1}
              write={{ path: 'service/rampUp', value: (n) => years.map((x, i) => (i === k ? n : x)) }}
              testId={`rampup-${k}`}
            />
          </div>
        ))}
      </div>
      {!field.readOnly && (
        <div className="ed-card-actions">
          <button
            type="button"
            disabled={years.length >= maxRampUpYears}
            data-testid="rampup-add"
            onClick={() => void actions.edit('service/rampUp', [...years, 1])}
          >
            {t('editors.service.rampUpAdd')}
          </button>
          <button
            type="button"
            disabled={years.length <= 1}
            data-testid="rampup-remove"
            onClick={() => void actions.edit('service/rampUp', years.slice(0, -1))}
          >
            {t('editors.service.rampUpRemove')}
          </button>
        </div>
      )}
    </div>
  )
}

/** Ticking starts outsourcing at 0 h a year, priced at the grade's hourly salary, so nothing changes until hours are given. */
function OutsourceToggle({ input, grade }: { input: ModelInput; grade: Grade }) {
  const { t } = useTranslation()
  const name = useNames()
  const map = input.service.outsourcing ?? {}
  return (
    <OptionalToggle
      path={`service/outsourcing/${grade.id}`}
      checked={map[grade.id] !== undefined}
      text={t('editors.service.outsource')}
      label={`${name(grade.id)} — ${t('editors.service.outsource')}`}
      testId={`outsource-${grade.id}`}
      onCheck={() => ({
        path: `service/outsourcing/${grade.id}`,
        value: { maxHours: 0, costPerHour: Math.round(grade.salaryPerFte / grade.hoursPerFte) },
      })}
      onUncheck={() => {
        const { [grade.id]: _off, ...rest } = map
        return { path: 'service/outsourcing', value: rest }
      }}
    />
  )
}

/** Per grade of work: what an hour bills, and how much of its work may be bought outside at what price. */
export function GradeServiceTable({ input }: { input: ModelInput }) {
  const { t } = useTranslation()
  const name = useNames()
  const outsourcing = input.service.outsourcing ?? {}
  const label = (g: Grade, key: string): string => `${name(g.id)} — ${t(`editors.field.${key}`)}`
  const rows: ParamRow<Grade>[] = [
    {
      key: 'revenuePerHour',
      label: t('editors.field.revenuePerHour'),
      help: t('editors.help.revenuePerHour'),
      cell: (g) => (
        <NumberField
          path={`grades/${g.id}/revenuePerHour`}
          value={g.revenuePerHour ?? 0}
          label={label(g, 'revenuePerHour')}
          hideLabel
          unit={t('editors.units.chfPerHour')}
        />
      ),
    },
    {
      key: 'outsourcing',
      label: t('editors.field.outsourcingMaxHours'),
      help: t('editors.help.outsourcing'),
      series: (g) => {
        const entry = outsourcing[g.id]
        if (!entry) return null
        return {
          spec: {
            path: `service/outsourcing/${g.id}/maxHours`,
            label: label(g, 'outsourcingMaxHours'),
            unit: t('editors.units.hoursPerYear'),
            percent: false,
            bounds: { min: 0 },
          },
          value: entry.maxHours,
        }
      },
      cell: (g) => <OutsourceToggle input={input} grade={g} />,
    },
    {
      key: 'costPerHour',
      label: t('editors.field.outsourcingCostPerHour'),
      cell: (g) => {
        const entry = outsourcing[g.id]
        if (!entry) return <span className="ed-muted">—</span>
        return (
          <NumberField
            path={`service/outsourcing/${g.id}/costPerHour`}
            value={entry.costPerHour}
            label={label(g, 'outsourcingCostPerHour')}
            hideLabel
            unit={t('editors.units.chfPerHour')}
          />
        )
      },
    },
  ]
  return (
    <ParamTable
      caption={t('editors.service.byGrade')}
      items={input.grades}
      itemName={(g) => name(g.id)}
      rows={rows}
      testId="service-grades-table"
    />
  )
}
