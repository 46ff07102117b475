// The Service screen: which grade each job type needs, the service rules (backlog, customers giving up, turnaround, productivity) and (v2) ramp-up, overtime, status basis, revenue and outsourcing per grade.
import { ScreenHead, SectionHead } from '../../components/fields/EditorHeads'
import { useTranslation } from '../../text'
import type { JobType, ServiceParams } from '@shared/model/types'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { useNames } from '../../names'
import { NumberField } from '../../components/fields/NumberField'
import { SelectField } from '../../components/fields/SelectField'
import { AddItem } from '../../components/fields/AddItem'
import { FieldProblems } from '../../components/fields/FieldProblems'
import { ListTable, RemoveCell } from '../../components/fields/ListTable'
import { freeId } from '../../components/fields/listEdit'
import { useListEdit } from '../../components/fields/useListEdit'
import { GradeServiceTable, RampUpEditor } from './FlexibleCapacity'

/** The service fields that are one plain number, the optional v2 ones too (v2 also adds lists and maps beside them). */
type ServiceKey = {
  [K in keyof ServiceParams]-?: NonNullable<ServiceParams[K]> extends number ? K : never
}[keyof ServiceParams]

export function ServiceScreen() {
  const { t } = useTranslation()
  const name = useNames()
  const { state } = useWorkspace()
  const input = state.input
  const jobTypes = useListEdit<JobType>('jobTypes', input?.jobTypes ?? [])
  if (!input) return null
  const grades = input.grades.map((g) => g.id)

  const params: { key: ServiceKey; unit: string; percent?: boolean; help?: boolean }[] = [
    { key: 'initialBacklogHours', unit: t('editors.units.hours') },
    { key: 'abandonRate', unit: t('editors.units.percentPerYear'), percent: true, help: true },
    { key: 'baseTurnaroundWeeks', unit: t('editors.units.weeks') },
    { key: 'targetTurnaroundWeeks', unit: t('editors.units.weeks') },
    { key: 'shortageTolerance', unit: t('editors.units.percentOfDemand'), percent: true, help: true },
    { key: 'productivityGain', unit: t('editors.units.percentPerYear'), percent: true, help: true },
    { key: 'rampUpFactor', unit: t('editors.units.percent'), percent: true, help: true },
    { key: 'overtimeShare', unit: t('editors.units.percentOfCapacity'), percent: true, help: true },
    { key: 'overtimePremium', unit: t('editors.units.percentOfHourlyPay'), percent: true, help: true },
  ]
  // MODEL.md v2 defaults of the optional figures, shown until the scenario sets them.
  const defaults: Partial<Record<ServiceKey, number>> = { overtimeShare: 0, overtimePremium: 0.25 }

  return (
    <div className="ed-screen" data-testid="editor-service">
      <ScreenHead title={t('editors.service.title')} intro={t('editors.service.intro')} />

      <section className="ed-section" aria-labelledby="service-jobtypes">
        <SectionHead id="service-jobtypes" title={t('editors.service.jobTypes')} field={jobTypes} />
        <p className="ed-help">{t('editors.help.jobTypes')}</p>
        <ListTable
          caption={t('editors.service.jobTypes')}
          testId="jobtypes-table"
          readOnly={jobTypes.readOnly}
          head={
            <>
              <th scope="col">{t('editors.field.jobType')}</th>
              <th scope="col">{t('editors.field.grade')}</th>
            </>
          }
        >
          {input.jobTypes.map((job) => (
            <tr key={job.id}>
              <th scope="row">
                {name(job.id)} <code className="ed-id">{job.id}</code>
              </th>
              <td>
                <SelectField
                  path={`jobTypes/${job.id}/grade`}
                  value={job.grade}
                  options={grades}
                  label={`${name(job.id)} — ${t('editors.field.grade')}`}
                  hideLabel
                />
              </td>
              <RemoveCell
                readOnly={jobTypes.readOnly}
                label={t('editors.list.remove', { name: name(job.id) })}
                disabled={input.jobTypes.length <= 1}
                testId={`remove-${job.id}`}
                onRemove={() => jobTypes.remove(job.id)}
              />
            </tr>
          ))}
        </ListTable>
        {jobTypes.problems.length > 0 && (
          <FieldProblems id="jobtypes-problems" problems={jobTypes.problems} />
        )}
        {!jobTypes.readOnly && (
          <div className="ed-list-add">
            <AddItem
              label={t('editors.list.addJobType')}
              existing={jobTypes.ids}
              suggestion={freeId('job', jobTypes.ids)}
              onAdd={(id) => jobTypes.add({ id, grade: grades[0]! }, id)}
              testId="add-jobtype"
            />
          </div>
        )}
      </section>

      <section className="ed-section" aria-labelledby="service-params">
        <h3 id="service-params">{t('editors.service.parameters')}</h3>
        <div className="ed-form-grid">
          {params.map((p) => (
            <div key={p.key} className="ed-form-item">
              <NumberField
                path={`service/${p.key}`}
                value={input.service[p.key] ?? defaults[p.key]}
                label={t(`editors.field.${p.key}`)}
                unit={p.unit}
                percent={p.percent}
              />
              {p.help && <p className="ed-help">{t(`editors.help.${p.key}`)}</p>}
            </div>
          ))}
          <div className="ed-form-item">
            <SelectField
              path="service/statusBasis"
              value={input.service.statusBasis ?? 'workshop'}
              options={['workshop', 'grade']}
              optionLabel={(o) => t(`editors.service.basis.${o}`)}
              label={t('editors.field.statusBasis')}
            />
            <p className="ed-help">{t('editors.help.statusBasis')}</p>
          </div>
        </div>
      </section>

      <section className="ed-section" aria-labelledby="service-rampup">
        <h3 id="service-rampup">{t('editors.field.rampUp')}</h3>
        <p className="ed-help">{t('editors.help.rampUp')}</p>
        <RampUpEditor input={input} />
      </section>

      <section className="ed-section" aria-labelledby="service-grades">
        <h3 id="service-grades">{t('editors.service.byGrade')}</h3>
        <p className="ed-help">{t('editors.help.serviceByGrade')}</p>
        <GradeServiceTable input={input} />
      </section>
    </div>
  )
}
