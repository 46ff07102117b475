// The Formation screen: one column per programme (duration, intake series, (v2) places, dropout, capture, entry, students at the start, supervision, cost).
import { ScreenHead, SectionHead } from '../../components/fields/EditorHeads'
import { ImportButton } from '../dataio/ImportButton'
import { useTranslation } from '../../text'
import type { Programme } from '@shared/model/types'
import { createSeriesResolver } from '@shared/engine/series'
import { useField, useWorkspace } from '../../state/WorkspaceProvider'
import { useNames } from '../../names'
import { NumberField } from '../../components/fields/NumberField'
import { SelectField } from '../../components/fields/SelectField'
import { ParamTable, type ParamRow } from '../../components/fields/ParamTable'
import { AddItem } from '../../components/fields/AddItem'
import { FieldProblems } from '../../components/fields/FieldProblems'
import { freeId } from '../../components/fields/listEdit'
import { useListEdit } from '../../components/fields/useListEdit'
import { OptionalToggle } from '../../components/fields/OptionalToggle'
import { durationWrite, steadyStateWrite } from './programme'

type NumberKey =
  | 'dropoutRate'
  | 'captureRate'
  | 'entryAge'
  | 'supervisionHoursPerStudent'
  | 'benchSharePerStudent'
  | 'costPerStudentYear'

function InitialStudents({ programme, firstIntake }: { programme: Programme; firstIntake: number }) {
  const { t } = useTranslation()
  const name = useNames()
  const { actions } = useWorkspace()
  const path = `training/${programme.id}/initialStudents`
  const field = useField(path)
  const steady = !programme.initialStudents
  const programmeName = name(programme.id)
  return (
    <div className="ed-initial" data-testid={`initial-${programme.id}`}>
      <label className="ed-check">
        <input
          type="checkbox"
          checked={steady}
          disabled={field.readOnly}
          onChange={(e) => {
            const w = steadyStateWrite(programme, e.target.checked, firstIntake)
            void actions.edit(w.path, w.value)
          }}
        />
        <span>{t('editors.training.steadyState')}</span>
      </label>
      {programme.initialStudents && (
        <div className="ed-initial-years">
          {programme.initialStudents.map((v, k) => (
            <div key={k} className="ed-initial-year">
              <span className="ed-year-label" aria-hidden="true">
                {t('editors.training.studyYear', { n: k + 1 })}
              </span>
              <NumberField
                path={path}
                value={v}
                label={t('editors.training.initialOf', { programme: programmeName, n: k + 1 })}
                hideLabel
                size="xs"
                showOverride={k === programme.initialStudents!.length - 1}
                write={{
                  path,
                  value: (n) => programme.initialStudents!.map((x, i) => (i === k ? n : x)),
                }}
                testId={`initial-${programme.id}-${k}`}
              />
            </div>
          ))}
          <span className="ed-unit">{t('editors.units.students')}</span>
        </div>
      )}
    </div>
  )
}

/** (v2) "No cap" on the places: ticking removes maxIntake; unticking sets it to the most the intake asks for, so nothing changes yet. */
function NoCap({ programme, mostIntake }: { programme: Programme; mostIntake: number }) {
  const { t } = useTranslation()
  const name = useNames()
  return (
    <OptionalToggle
      path={`training/${programme.id}/maxIntake`}
      checked={programme.maxIntake === undefined}
      text={t('editors.training.noCap')}
      label={`${name(programme.id)} — ${t('editors.training.noCap')}`}
      testId={`nocap-${programme.id}`}
      onCheck={() => {
        const { maxIntake: _cap, ...rest } = programme
        return { path: `training/${programme.id}`, value: rest }
      }}
      onUncheck={() => ({ path: `training/${programme.id}/maxIntake`, value: mostIntake })}
    />
  )
}

export function TrainingScreen() {
  const { t } = useTranslation()
  const name = useNames()
  const { state } = useWorkspace()
  const input = state.input
  const programmes = useListEdit<Programme>('training', input?.training ?? [])
  if (!input) return null
  const grades = input.grades.map((g) => g.id)
  // A new programme copies the last one, or starts empty (no intake) when there is none.
  const template: Programme = input.training[input.training.length - 1] ?? {
    id: '',
    durationYears: 3,
    intake: 0,
    dropoutRate: 0,
    captureRate: 1,
    entryGrade: grades[0]!,
    entryAge: 20,
    supervisionHoursPerStudent: 0,
    supervisorGrade: grades[grades.length - 1]!,
    benchSharePerStudent: 0,
    costPerStudentYear: 0,
  }
  const resolve = createSeriesResolver(input.horizonYears, input.startYear)
  const firstIntake = (p: Programme): number => {
    const r = resolve(p.intake, 'value')
    return r.ok ? (r.values[0] ?? 0) : 0
  }

  const mostIntake = (p: Programme): number => {
    const r = resolve(p.intake, 'value')
    return r.ok ? Math.max(0, ...r.values) : 0
  }

  const label = (p: Programme, key: string): string => `${name(p.id)} — ${t(`editors.field.${key}`)}`
  const numberRow = (key: NumberKey, unit: string, percent = false, help = false): ParamRow<Programme> => ({
    key,
    label: t(`editors.field.${key}`),
    help: help ? t(`editors.help.${key}`) : undefined,
    cell: (p) => (
      <NumberField
        path={`training/${p.id}/${key}`}
        value={p[key]}
        label={label(p, key)}
        hideLabel
        unit={unit}
        percent={percent}
      />
    ),
  })
  const gradeRow = (key: 'entryGrade' | 'supervisorGrade'): ParamRow<Programme> => ({
    key,
    label: t(`editors.field.${key}`),
    cell: (p) => (
      <SelectField
        path={`training/${p.id}/${key}`}
        value={p[key]}
        options={grades}
        label={label(p, key)}
        hideLabel
      />
    ),
  })

  const rows: ParamRow<Programme>[] = [
    {
      key: 'durationYears',
      label: t('editors.field.durationYears'),
      cell: (p) => (
        <NumberField
          path={`training/${p.id}/durationYears`}
          value={p.durationYears}
          label={label(p, 'durationYears')}
          hideLabel
          unit={t('editors.units.years')}
          size="xs"
          write={
            p.initialStudents
              ? { path: `training/${p.id}`, value: (n) => durationWrite(p, n).value }
              : undefined
          }
        />
      ),
    },
    {
      key: 'intake',
      label: t('editors.field.intake'),
      series: (p) => ({
        spec: {
          path: `training/${p.id}/intake`,
          label: label(p, 'intake'),
          unit: t('editors.units.studentsPerYear'),
          percent: false,
          bounds: { min: 0 },
        },
        value: p.intake,
      }),
    },
    {
      key: 'maxIntake',
      label: t('editors.field.maxIntake'),
      help: t('editors.help.maxIntake'),
      series: (p) =>
        p.maxIntake === undefined
          ? null
          : {
              spec: {
                path: `training/${p.id}/maxIntake`,
                label: label(p, 'maxIntake'),
                unit: t('editors.units.studentsPerYear'),
                percent: false,
                bounds: { min: 0 },
              },
              value: p.maxIntake,
            },
      cell: (p) => <NoCap programme={p} mostIntake={mostIntake(p)} />,
    },
    numberRow('dropoutRate', t('editors.units.percentPerYear'), true),
    numberRow('captureRate', t('editors.units.percent'), true),
    gradeRow('entryGrade'),
    numberRow('entryAge', t('editors.units.age')),
    {
      key: 'initialStudents',
      label: t('editors.field.initialStudents'),
      help: t('editors.help.initialStudents'),
      cell: (p) => <InitialStudents programme={p} firstIntake={firstIntake(p)} />,
    },
    numberRow('supervisionHoursPerStudent', t('editors.units.hoursPerStudent')),
    gradeRow('supervisorGrade'),
    numberRow('benchSharePerStudent', t('editors.units.percentOfSeat'), true, true),
    numberRow('costPerStudentYear', t('editors.units.chfPerStudentYear')),
  ]

  return (
    <div className="ed-screen" data-testid="editor-training">
      <ScreenHead title={t('editors.training.title')} intro={t('editors.training.intro')} />
      <ImportButton kind="intakes" />
      <section className="ed-section" aria-labelledby="training-programmes">
        <SectionHead id="training-programmes" title={t('editors.training.programmes')} field={programmes} />
        <ParamTable
          caption={t('editors.training.programmes')}
          items={input.training}
          itemName={(p) => name(p.id)}
          rows={rows}
          testId="programmes-table"
          minItems={0}
          onRemove={programmes.readOnly ? undefined : (p) => programmes.remove(p.id)}
          removeLabel={(p) => t('editors.list.remove', { name: name(p.id) })}
        />
        <FieldProblems id="training-problems" problems={programmes.problems} />
        {!programmes.readOnly && (
          <div className="ed-list-add">
            <AddItem
              label={t('editors.list.addProgramme')}
              existing={programmes.ids}
              suggestion={freeId('programme', programmes.ids)}
              onAdd={(id) => programmes.add(template, id)}
              testId="add-programme"
            />
            {template.id !== '' && (
              <p className="ed-hint">{t('editors.list.copyNote', { name: name(template.id) })}</p>
            )}
          </div>
        )}
      </section>
    </div>
  )
}
