// The Service screen: which grade each job type needs, and the service rules (backlog, customers giving up, turnaround, productivity).
import { ScreenHead, SectionHead } from '../../components/fields/EditorHeads'
import { useTranslation } from 'react-i18next'
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

/** The service fields that are one plain number (version 2 adds lists and maps beside them). */
type ServiceKey = {
  [K in keyof ServiceParams]-?: ServiceParams[K] extends number ? K : never
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
  ]

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
                value={input.service[p.key]}
                label={t(`editors.field.${p.key}`)}
                unit={p.unit}
                percent={p.percent}
              />
              {p.help && <p className="ed-help">{t(`editors.help.${p.key}`)}</p>}
            </div>
          ))}
        </div>
      </section>
    </div>
  )
}
