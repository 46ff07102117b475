// The words of the KPI strip's "why": the grade, its unserved share against the tolerance, or its turnaround against the promise.
import { useTranslation } from '../../text'
import type { Headline } from '@shared/engine/shortageReasons'
import { formatShort } from '../../format'
import { useNames } from '../../names'
import { fractionToPercent } from '../../components/fields/numberText'

const percent = (fraction: number): string => `${formatShort(fractionToPercent(fraction), 1)} %`

export function useHeadlineText(): (h: Headline) => { firstShortage: string } {
  const { t } = useTranslation()
  const name = useNames()
  return (h) => {
    const f = h.firstShortage
    if (f) {
      const grade = f.grade ? name(f.grade) : '—'
      return {
        firstShortage:
          f.cause === 'unserved'
            ? t('ux.kpi.whyUnserved', {
                grade,
                share: percent(f.unservedShare),
                tolerance: percent(f.tolerance),
              })
            : t('ux.kpi.whyTurnaround', {
                grade,
                weeks: f.turnaroundWeeks === null ? '∞' : formatShort(f.turnaroundWeeks, 1),
                target: formatShort(f.targetWeeks, 1),
              }),
      }
    }
    const g = h.gapWithinTolerance
    if (g) {
      return {
        firstShortage: t('ux.kpi.withinTolerance', {
          grade: g.grade ? name(g.grade) : '—',
          year: g.year,
          share: percent(g.unservedShare),
          tolerance: percent(g.tolerance),
        }),
      }
    }
    return { firstShortage: t('kpi.noShortage') }
  }
}
