// The Effectifs screen: grades (junior → senior), ages and (v2) the retirement profile, the starting roster as an editable age pyramid and the hiring plan and policies.
import { ScreenHead, SectionHead } from '../../components/fields/EditorHeads'
import { useTranslation } from '../../text'
import type { Grade } from '@shared/model/types'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { useNames } from '../../names'
import { NumberField } from '../../components/fields/NumberField'
import { RosterPyramid } from './RosterPyramid'
import { ImportButton } from '../dataio/ImportButton'
import { HiringGrid } from './HiringGrid'
import { RetirementProfile } from './RetirementProfile'
import { BindingNotes } from '../../components/fields/BindingNotes'
import { AddItem } from '../../components/fields/AddItem'
import { FieldProblems } from '../../components/fields/FieldProblems'
import { ListTable, RemoveCell } from '../../components/fields/ListTable'
import { freeId } from '../../components/fields/listEdit'
import { useListEdit } from '../../components/fields/useListEdit'

type GradeKey = Exclude<keyof Grade, 'id'>

export function WorkforceScreen() {
  const { t } = useTranslation()
  const name = useNames()
  const { state } = useWorkspace()
  const input = state.input
  const grades = useListEdit<Grade>('grades', input?.grades ?? [])
  if (!input) return null
  const top = input.grades[input.grades.length - 1]!

  const columns: { key: GradeKey; unit: string; percent?: boolean }[] = [
    { key: 'hoursPerFte', unit: t('editors.units.hoursPerFte') },
    { key: 'attritionRate', unit: t('editors.units.percentPerYear'), percent: true },
    { key: 'promotionRate', unit: t('editors.units.percentPerYear'), percent: true },
    { key: 'salaryPerFte', unit: t('editors.units.chfPerFte') },
    { key: 'hireCost', unit: t('editors.units.chfPerHire') },
  ]

  return (
    <div className="ed-screen" data-testid="editor-workforce">
      <ScreenHead title={t('editors.workforce.title')} intro={t('editors.workforce.intro')} />
      <ImportButton kind="roster" />

      <section className="ed-section" aria-labelledby="workforce-grades">
        <SectionHead id="workforce-grades" title={t('editors.workforce.grades')} field={grades} />
        <p className="ed-help">{t('editors.help.grades')}</p>
        <ListTable
          caption={t('editors.workforce.grades')}
          testId="grades-table"
          readOnly={grades.readOnly}
          head={
            <>
              <td className="ed-corner" />
              {columns.map((c) => (
                <th scope="col" key={c.key}>
                  {t(`editors.field.${c.key}`)}
                </th>
              ))}
            </>
          }
        >
          {input.grades.map((g, i) => (
            <tr key={g.id}>
              <th scope="row">
                <span className="ed-rank">{i + 1}.</span> {name(g.id)} <code className="ed-id">{g.id}</code>
              </th>
              {columns.map((c) => (
                <td key={c.key}>
                  <NumberField
                    path={`grades/${g.id}/${c.key}`}
                    value={g[c.key]}
                    label={`${name(g.id)} — ${t(`editors.field.${c.key}`)}`}
                    hideLabel
                    unit={c.unit}
                    percent={c.percent}
                  />
                </td>
              ))}
              <RemoveCell
                readOnly={grades.readOnly}
                label={t('editors.list.remove', { name: name(g.id) })}
                disabled={input.grades.length <= 1}
                testId={`remove-${g.id}`}
                onRemove={() => grades.remove(g.id)}
              />
            </tr>
          ))}
        </ListTable>
        {grades.problems.length > 0 && <FieldProblems id="grades-problems" problems={grades.problems} />}
        {!grades.readOnly && (
          <div className="ed-list-add">
            <AddItem
              label={t('editors.list.addGrade')}
              existing={grades.ids}
              suggestion={freeId('grade', grades.ids)}
              onAdd={(id) => grades.add(top, id)}
              testId="add-grade"
            />
            <p className="ed-hint">{t('editors.list.gradeNote')}</p>
          </div>
        )}
        <div className="ed-form-row">
          <NumberField
            path="retirementAge"
            value={input.retirementAge}
            label={t('editors.field.retirementAge')}
            unit={t('editors.units.age')}
            size="xs"
          />
          <NumberField
            path="workforce/hireAge"
            value={input.workforce.hireAge}
            label={t('editors.field.hireAge')}
            unit={t('editors.units.age')}
            size="xs"
          />
          <RetirementProfile input={input} />
        </div>
      </section>

      <section className="ed-section" aria-labelledby="workforce-pyramid">
        <h3 id="workforce-pyramid">{t('editors.workforce.pyramid')}</h3>
        <p className="ed-help">{t('editors.help.roster')}</p>
        <RosterPyramid input={input} />
      </section>

      <section className="ed-section" aria-labelledby="workforce-hiring">
        <h3 id="workforce-hiring">{t('editors.workforce.hiring')}</h3>
        <p className="ed-help">{t('editors.help.hiring')}</p>
        <HiringGrid input={input} />
        <BindingNotes kind="marketLimit" />
      </section>
    </div>
  )
}
