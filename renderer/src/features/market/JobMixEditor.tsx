// One segment's job mix (scheduled services, or (v2) resale services): shares in percent (committed together once they sum to 100 %) and bench hours per job type.
import { useId, useState, type KeyboardEvent } from 'react'
import { useTranslation } from '../../text'
import type { Segment } from '@shared/model/types'
import { useField, useWorkspace } from '../../state/WorkspaceProvider'
import { useNames } from '../../names'
import { NumberField } from '../../components/fields/NumberField'
import { FieldProblems } from '../../components/fields/FieldProblems'
import { RemoveCell, RemoveColumnHead } from '../../components/fields/ListTable'
import { OverrideControls } from '../../components/fields/OverrideControls'
import { formatSwiss } from '../../components/fields/numberText'
import {
  draftFromMix,
  jobMixWrite,
  normaliseShares,
  PROFILE_KEYS,
  profileOf,
  readShares,
  resaleProfileWrite,
  sumOf,
  sumsToOne,
  type JobProfile,
  type ShareDraft,
} from './jobMix'

export function JobMixEditor({
  segment,
  jobTypes,
  profile = 'service',
}: {
  segment: Segment
  jobTypes: readonly string[]
  profile?: JobProfile
}) {
  const { t } = useTranslation()
  const name = useNames()
  const { state, actions } = useWorkspace()
  const keys = PROFILE_KEYS[profile]
  const { mix, hours, own } = profileOf(segment, profile)
  const resale = profile === 'resale'
  const prefix = resale ? 'resale-' : ''
  const mixPath = `segments/${segment.id}/${keys.mix}`
  const field = useField(mixPath)
  const id = useId()
  const [draft, setDraft] = useState<ShareDraft>(() => draftFromMix(mix))
  const [touched, setTouched] = useState(false)
  const [adding, setAdding] = useState('')

  const storedKey = JSON.stringify(mix)
  const [seen, setSeen] = useState(storedKey)
  if (seen !== storedKey) {
    setSeen(storedKey)
    setDraft(draftFromMix(mix))
    setTouched(false)
  }

  const read = readShares(draft, mix)
  const sum = read.ok ? sumOf(read.shares) : null
  const balanced = read.ok && sumsToOne(read.shares)
  const write = jobMixWrite(segment, draft, profile)
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftFromMix(mix))
  const segmentName = name(segment.id)
  const label = `${segmentName} — ${t(resale ? 'editors.field.resaleJobMix' : 'editors.field.jobMix')}`
  const problems = [...(state.problems[mixPath] ?? []), ...(state.problems[`segments/${segment.id}`] ?? [])]
  const problemsId = `${id}-problems`
  const statusId = `${id}-status`

  const commit = (next: ShareDraft = draft): void => {
    setTouched(false)
    const w = jobMixWrite(segment, next, profile)
    if (w) void actions.edit(w.path, w.value)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault()
      commit()
    } else if (event.key === 'Escape') {
      setDraft(draftFromMix(mix))
      setTouched(false)
    }
  }
  const available = jobTypes.filter((j) => !(j in draft))

  return (
    <section
      className="ed-card ed-jobmix"
      aria-labelledby={`${id}-title`}
      data-testid={`${prefix}jobmix-${segment.id}`}
    >
      <div className="ed-card-head">
        <h4 id={`${id}-title`}>
          {t(resale ? 'editors.market.resaleMixOf' : 'editors.market.jobMixOf', { segment: segmentName })}
        </h4>
        <OverrideControls
          overridden={field.overridden}
          readOnly={field.readOnly}
          label={label}
          onReset={() => void field.reset()}
        />
      </div>
      {resale && (
        <label className="ed-check">
          <input
            type="checkbox"
            checked={!own}
            disabled={field.readOnly}
            data-testid={`resale-same-${segment.id}`}
            onChange={(e) => {
              const w = resaleProfileWrite(segment, !e.target.checked)
              void actions.edit(w.path, w.value)
            }}
          />
          <span>{t('editors.market.resaleSame')}</span>
        </label>
      )}
      {own && (
        <table className="ed-table ed-compact">
          <thead>
            <tr>
              <th scope="col">{t('editors.field.jobType')}</th>
              <th scope="col">{t('editors.field.share')}</th>
              <th scope="col">{t('editors.field.hoursPerJob')}</th>
              <RemoveColumnHead readOnly={field.readOnly} />
            </tr>
          </thead>
          <tbody>
            {Object.keys(draft).map((job) => {
              const jobName = name(job)
              const stored = job in hours
              return (
                <tr key={job}>
                  <th scope="row">{jobName}</th>
                  <td>
                    <div className="ed-control">
                      <input
                        className="ed-input ed-input-xs ed-input-percent"
                        inputMode="decimal"
                        autoComplete="off"
                        aria-label={`${segmentName} — ${t('editors.field.share')} ${jobName}`}
                        aria-describedby={`${statusId}${problems.length > 0 ? ` ${problemsId}` : ''}`}
                        aria-invalid={!balanced || undefined}
                        readOnly={field.readOnly}
                        data-testid={`${prefix}share-${segment.id}-${job}`}
                        data-undo={touched ? 'field' : 'workspace'}
                        value={draft[job]}
                        onChange={(e) => {
                          setTouched(true)
                          setDraft({ ...draft, [job]: e.target.value })
                        }}
                        onBlur={() => touched && commit()}
                        onKeyDown={onKeyDown}
                      />
                      <span className="ed-unit">%</span>
                    </div>
                  </td>
                  <td>
                    {stored ? (
                      <NumberField
                        path={`segments/${segment.id}/${keys.hours}/${job}`}
                        value={hours[job]}
                        label={`${segmentName} — ${t('editors.field.hoursPerJob')} ${jobName}`}
                        hideLabel
                        unit={t('editors.units.hoursPerJob')}
                        size="xs"
                      />
                    ) : (
                      <span className="ed-muted">0 {t('editors.units.hoursPerJob')}</span>
                    )}
                  </td>
                  <RemoveCell
                    readOnly={field.readOnly}
                    label={t('editors.market.removeJob', { job: jobName, segment: segmentName })}
                    disabled={Object.keys(draft).length <= 1}
                    onRemove={() => {
                      const next = { ...draft }
                      delete next[job]
                      setDraft(next)
                      commit(next)
                    }}
                  />
                </tr>
              )
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('editors.common.total')}</th>
              <td colSpan={field.readOnly ? 2 : 3}>
                <span
                  id={statusId}
                  role="status"
                  className={balanced ? 'ed-sum-ok' : 'ed-sum-bad'}
                  data-testid={`${prefix}share-sum-${segment.id}`}
                >
                  {t('editors.market.sum', { sum: sum === null ? '—' : formatSwiss(sum * 100, 4) })}
                  {!balanced && ` — ${t('editors.market.sumMust')}`}
                </span>
              </td>
            </tr>
          </tfoot>
        </table>
      )}
      {problems.length > 0 && (
        <FieldProblems id={problemsId} problems={problems} own={{ path: mixPath, label }} />
      )}
      {!field.readOnly && own && (
        <div className="ed-card-actions">
          {dirty && (
            <>
              <button type="button" onClick={() => commit()} disabled={!write}>
                {t('editors.common.apply')}
              </button>
              <button
                type="button"
                onClick={() => {
                  const next = normaliseShares(draft)
                  setDraft(next)
                  commit(next)
                }}
                disabled={!read.ok}
              >
                {t('editors.market.normalise')}
              </button>
              <button type="button" onClick={() => setDraft(draftFromMix(mix))}>
                {t('editors.common.revert')}
              </button>
            </>
          )}
          {available.length > 0 && (
            <span className="ed-add">
              <label className="ed-sr" htmlFor={`${id}-add`}>
                {t('editors.market.addJobLabel', { segment: segmentName })}
              </label>
              <select
                id={`${id}-add`}
                className="ed-select"
                value={adding}
                onChange={(e) => setAdding(e.target.value)}
              >
                <option value="">{t('editors.market.addJob')}…</option>
                {available.map((j) => (
                  <option key={j} value={j}>
                    {name(j)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                disabled={adding === ''}
                onClick={() => {
                  const next = { ...draft, [adding]: '0' }
                  setDraft(next)
                  setAdding('')
                  commit(next)
                }}
              >
                {t('editors.common.add')}
              </button>
            </span>
          )}
        </div>
      )}
    </section>
  )
}
