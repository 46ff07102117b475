// The explain panel's parts: why the year is (not) a shortage, demand by segment and job type, capacity and service by grade, each with its inputs.
import { useTranslation } from '../../text'
import type { ModelInput } from '@shared/model/types'
import type { GradeExplanation, YearExplanation } from '@shared/engine/explain'
import { inputsOf, type ExplainedPart } from '@shared/engine/explainInputs'
import { formatChf, formatNumber, formatShort } from '../../format'
import { useNames, useTranslate } from '../../names'
import { BreakableName } from '../../components/BreakableName'
import { reasonLines } from '../../charts/reasonText'
import { mainGrade } from '@shared/engine/shortageReasons'
import { fractionToPercent } from '../../components/fields/numberText'
import { InputLinks } from './InputLinks'

const hours = (v: number): string => formatNumber(v, 0)
const fte = (v: number): string => formatNumber(v, 2)
const percent = (fraction: number): string => `${formatShort(fractionToPercent(fraction), 1)} %`

interface Props {
  input: ModelInput
  e: YearExplanation
  onGo: (path: string) => void
}

/** Why the year is, or is not, a shortage: the grade, its unserved share against the tolerance, turnaround against the promise. */
export function StatusPart({ input, e, onGo }: Props) {
  const { t } = useTranslation()
  const name = useNames()
  const tr = useTranslate()
  const r = e.reason
  const weeks = (w: number | null) => (w === null ? '∞' : formatShort(w, 1))
  // The same words as the charts' tooltips and tables (one rule: shortageReasons.yearReason).
  const lines = reasonLines(r, tr, name)
  const grade = mainGrade(r) ?? input.grades[input.grades.length - 1]!.id
  return (
    <section className="explain-part" aria-labelledby="explain-status">
      <h3 id="explain-status">
        {t('explain.status.title')}{' '}
        <span className={`explain-badge explain-badge-${e.totals.status}`} data-testid="explain-status">
          {t(`explain.status.${e.totals.status}`)}
        </span>
      </h3>
      <div data-testid="explain-reason">
        {lines.length === 0 ? (
          <p>{t('explain.status.noGap')}</p>
        ) : (
          lines.map((line, i) => <p key={i}>{line}</p>)
        )}
      </div>
      <p>
        {t('explain.status.turnaround', {
          weeks: weeks(e.totals.turnaroundWeeks),
          target: formatShort(input.service.targetTurnaroundWeeks, 1),
        })}
      </p>
      <InputLinks paths={inputsOf(input, { part: 'status', grade })} onGo={onGo} open />
    </section>
  )
}

/** Demand hours by segment (scheduled, warranty and resale services) and by job type, summing to the year's demand. */
export function DemandPart({ input, e, onGo }: Props) {
  const { t } = useTranslation()
  const name = useNames()
  const total = e.totals.demand
  return (
    <section className="explain-part" aria-labelledby="explain-demand">
      <h3 id="explain-demand">{t('explain.demand.title')}</h3>
      <div className="explain-table-wrap">
        <table className="explain-table" data-testid="explain-segments">
          <caption className="visually-hidden">{t('explain.demand.bySegment')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('explain.demand.segment')}</th>
              <th scope="col">{t('explain.demand.scheduled')}</th>
              <th scope="col">{t('explain.demand.warranty')}</th>
              <th scope="col">{t('explain.demand.resale')}</th>
              <th scope="col">{t('explain.demand.jobs')}</th>
              <th scope="col">{t('explain.demand.hours')}</th>
            </tr>
          </thead>
          <tbody>
            {e.segments.map((s) => (
              <tr key={s.segment}>
                <th scope="row">{name(s.segment)}</th>
                <td>{formatNumber(s.scheduled - s.replacedByResale, 0)}</td>
                <td>{formatNumber(s.warranty, 0)}</td>
                <td>{formatNumber(s.resale, 0)}</td>
                <td>{formatNumber(s.jobs, 0)}</td>
                <td data-testid={`explain-segment-hours-${s.segment}`}>{hours(s.hours)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('explain.total')}</th>
              <td colSpan={4} />
              <td data-testid="explain-demand-total">{hours(total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {e.segments.some((s) => s.replacedByResale > 0) && (
        <p className="explain-note">{t('explain.demand.replacedNote')}</p>
      )}
      {e.productivityFactor !== 1 && (
        <p className="explain-note">
          {t('explain.demand.productivity', { factor: formatShort(e.productivityFactor, 3) })}
        </p>
      )}
      <div className="explain-table-wrap">
        <table className="explain-table" data-testid="explain-jobtypes">
          <caption className="visually-hidden">{t('explain.demand.byJobType')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('explain.demand.jobType')}</th>
              <th scope="col">{t('explain.demand.grade')}</th>
              <th scope="col">{t('explain.demand.hours')}</th>
            </tr>
          </thead>
          <tbody>
            {e.jobTypes
              .filter((j) => j.hours > 0)
              .map((j) => (
                <tr key={j.jobType}>
                  <th scope="row">{name(j.jobType)}</th>
                  <td>{name(j.grade)}</td>
                  <td>{hours(j.hours)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      <div className="explain-input-groups">
        {e.segments.map((s) => (
          <InputLinks
            key={s.segment}
            title={t('explain.inputsOf', { item: name(s.segment) })}
            paths={inputsOf(input, { part: 'segment', segment: s.segment })}
            onGo={onGo}
          />
        ))}
        <InputLinks
          title={t('explain.demand.jobGrades')}
          paths={input.jobTypes.flatMap((j) => inputsOf(input, { part: 'jobType', jobType: j.id }))}
          onGo={onGo}
        />
      </div>
    </section>
  )
}

interface Row {
  key: string
  label: string
  value: (g: GradeExplanation) => string
  total?: string
  /** A subtotal row, drawn with a rule above it. */
  strong?: boolean
}

function GradeTable({
  id,
  caption,
  rows,
  e,
}: {
  id: string
  caption: string
  rows: Row[]
  e: YearExplanation
}) {
  const { t } = useTranslation()
  const name = useNames()
  return (
    <div className="explain-table-wrap">
      <table className="explain-table explain-grades" data-testid={`explain-${id}`}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <td />
            {e.grades.map((g) => (
              <th scope="col" key={g.grade}>
                <BreakableName name={name(g.grade)} />
              </th>
            ))}
            <th scope="col">{t('explain.total')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.strong ? 'explain-subtotal' : undefined}>
              <th scope="row">{row.label}</th>
              {e.grades.map((g) => (
                <td key={g.grade} data-testid={`explain-${id}-${row.key}-${g.grade}`}>
                  {row.value(g)}
                </td>
              ))}
              <td data-testid={`explain-${id}-${row.key}-total`}>{row.total ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function GradeInputs({ input, e, onGo, parts }: Props & { parts: ExplainedPart['part'][] }) {
  const { t } = useTranslation()
  const name = useNames()
  return (
    <div className="explain-input-groups">
      {e.grades.map((g) => (
        <InputLinks
          key={g.grade}
          title={t('explain.inputsOf', { item: name(g.grade) })}
          paths={parts.flatMap((part) => inputsOf(input, { part, grade: g.grade } as ExplainedPart))}
          onGo={onGo}
        />
      ))}
    </div>
  )
}

/** Capacity by grade: gross FTE × hours, less ramp-up, tutoring and benches; then the cascade and the paid extra layers. */
export function CapacityPart({ input, e, onGo }: Props) {
  const { t } = useTranslation()
  const x = e.totals
  const minus = (v: number) => (v > 0 ? `−${hours(v)}` : '0')
  const rows: Row[] = [
    { key: 'headcount', label: t('explain.capacity.headcount'), value: (g) => fte(g.headcount) },
    { key: 'hoursPerFte', label: t('explain.capacity.hoursPerFte'), value: (g) => hours(g.hoursPerFte) },
    {
      key: 'gross',
      label: t('explain.capacity.gross'),
      value: (g) => hours(g.grossHours),
      total: hours(x.grossHours),
    },
    {
      key: 'rampUp',
      label: t('explain.capacity.rampUp'),
      value: (g) => minus(g.rampUpHours),
      total: minus(x.rampUpHours),
    },
    {
      key: 'tutoring',
      label: t('explain.capacity.tutoring'),
      value: (g) => minus(g.tutoringHours),
      total: minus(x.tutoringHours),
    },
    {
      key: 'bench',
      label: t('explain.capacity.bench'),
      value: (g) => minus(g.benchHours),
      total: minus(x.benchHours),
    },
    {
      key: 'capacity',
      label: t('explain.capacity.capacity'),
      value: (g) => hours(g.capacity),
      total: hours(x.capacity),
      strong: true,
    },
    { key: 'fromAbove', label: t('explain.capacity.fromAbove'), value: (g) => hours(g.fromAbove) },
    { key: 'toBelow', label: t('explain.capacity.toBelow'), value: (g) => minus(g.toBelow) },
    {
      key: 'regular',
      label: t('explain.capacity.regular'),
      value: (g) => hours(g.regular),
      total: hours(x.regular),
      strong: true,
    },
    {
      key: 'overtime',
      label: t('explain.capacity.overtime'),
      value: (g) => hours(g.overtime),
      total: hours(x.overtime),
    },
    {
      key: 'outsourced',
      label: t('explain.capacity.outsourced'),
      value: (g) => hours(g.outsourced),
      total: hours(x.outsourced),
    },
    {
      key: 'served',
      label: t('explain.capacity.served'),
      value: (g) => hours(g.served),
      total: hours(x.served),
      strong: true,
    },
  ]
  const b = e.benches
  return (
    <section className="explain-part" aria-labelledby="explain-capacity">
      <h3 id="explain-capacity">{t('explain.capacity.title')}</h3>
      <GradeTable id="capacity" caption={t('explain.capacity.title')} rows={rows} e={e} />
      <p className="explain-note" data-testid="explain-benches">
        {b.benchFactor < 1
          ? t('explain.capacity.benchesBind', {
              seats: formatShort(b.seats, 1),
              needed: formatShort(b.seatsNeeded, 1),
              factor: percent(b.benchFactor),
            })
          : t('explain.capacity.benchesFree', {
              seats: formatShort(b.seats, 1),
              needed: formatShort(b.seatsNeeded, 1),
            })}{' '}
        {x.idleHours > 0 && t('explain.capacity.idle', { hours: hours(x.idleHours) })}
      </p>
      <InputLinks
        title={t('explain.capacity.benchInputs')}
        paths={inputsOf(input, { part: 'bench', grade: input.grades[0]!.id })}
        onGo={onGo}
      />
      <GradeInputs
        input={input}
        e={e}
        onGo={onGo}
        parts={['headcount', 'rampUp', 'tutoring', 'overtime', 'outsourced']}
      />
    </section>
  )
}

/** Service by grade: effective demand = demand + backlog carried in = served + lost + backlog carried out. */
export function ServicePart({ input, e, onGo }: Props) {
  const { t } = useTranslation()
  const name = useNames()
  const x = e.totals
  const weeks = (w: number | null) => (w === null ? '∞' : formatShort(w, 1))
  const rows: Row[] = [
    {
      key: 'demand',
      label: t('explain.service.demand'),
      value: (g) => hours(g.demand),
      total: hours(x.demand),
    },
    {
      key: 'backlogIn',
      label: t('explain.service.backlogIn'),
      value: (g) => hours(g.backlogIn),
      total: hours(x.backlogIn),
    },
    {
      key: 'effective',
      label: t('explain.service.effective'),
      value: (g) => hours(g.effectiveDemand),
      total: hours(x.effectiveDemand),
      strong: true,
    },
    {
      key: 'served',
      label: t('explain.service.served'),
      value: (g) => hours(g.served),
      total: hours(x.served),
    },
    {
      key: 'unserved',
      label: t('explain.service.unserved'),
      value: (g) => hours(g.unserved),
      total: hours(x.unserved),
      strong: true,
    },
    { key: 'lost', label: t('explain.service.lost'), value: (g) => hours(g.lost), total: hours(x.lost) },
    {
      key: 'backlogOut',
      label: t('explain.service.backlogOut'),
      value: (g) => hours(g.backlogOut),
      total: hours(x.backlogOut),
    },
    {
      key: 'lostRevenue',
      label: t('explain.service.lostRevenue'),
      value: (g) => formatNumber(g.lostRevenue, 0),
      total: formatNumber(x.lostRevenue, 0),
    },
    { key: 'gap', label: t('explain.service.gap'), value: (g) => fte(g.gapFte), total: fte(x.shortageFte) },
    {
      key: 'turnaround',
      label: t('explain.service.turnaround'),
      value: (g) => weeks(g.turnaroundWeeks),
      total: weeks(x.turnaroundWeeks),
    },
    { key: 'status', label: t('explain.service.status'), value: (g) => t(`explain.status.${g.status}`) },
  ]
  const short = e.grades.filter((g) => g.status === 'shortage').map((g) => name(g.grade))
  return (
    <section className="explain-part" aria-labelledby="explain-service">
      <h3 id="explain-service">{t('explain.service.title')}</h3>
      <GradeTable id="service" caption={t('explain.service.title')} rows={rows} e={e} />
      <p className="explain-note">
        {short.length > 0
          ? t('explain.service.shortGrades', { grades: short.join(', ') })
          : t('explain.service.noShortGrade')}{' '}
        {t('explain.service.lostTotal', { value: formatChf(x.lostRevenue) })}
      </p>
      <InputLinks
        paths={[
          ...(e.year === input.startYear
            ? inputsOf(input, { part: 'backlogIn', grade: input.grades[0]!.id })
            : []),
          ...input.grades.flatMap((g) => inputsOf(input, { part: 'lost', grade: g.id })),
          ...inputsOf(input, { part: 'turnaround', grade: input.grades[0]!.id }),
        ]}
        onGo={onGo}
        open
      />
    </section>
  )
}
