// Hooks that name a field path for people ("Automatique — Taux de révision") and word its problems in the UI language.
import { useCallback } from 'react'
import { useTranslation } from '../../text'
import type { InputProblem } from '@shared/workspace/types'
import { ID_KEYED_LISTS } from '@shared/model/overrides'
import { toFieldPath } from '@shared/model/fieldPath'
import { useNames } from '../../names'
import { useWorkspace } from '../../state/WorkspaceProvider'
import { localReason, splitProblemMessage } from './problemText'
import { codedReason } from './codedProblem'
import { formatShort } from '../../format'

/** The label of a field path in override syntax, with the segment, programme or grade it belongs to. */
export function useFieldLabel(): (path: string) => string {
  const { t, i18n } = useTranslation()
  const name = useNames()
  return useCallback(
    (path: string) => {
      const label = (key: string): string =>
        i18n.exists(`editors.field.${key}`) ? t(`editors.field.${key}`) : key
      const parts = path.split('/')
      if (parts.length >= 3 && ID_KEYED_LISTS.has(parts[0]!)) {
        const owner = name(parts[1]!)
        const rest = parts.slice(2)
        if (rest.length === 2 && (rest[0] === 'jobMix' || rest[0] === 'hoursPerJob')) {
          return `${owner} — ${label(rest[0])} — ${name(rest[1]!)}`
        }
        return `${owner} — ${label(rest[0]!)}`
      }
      if (
        parts.length === 3 &&
        parts[0] === 'workforce' &&
        (parts[1] === 'hires' || parts[1] === 'marketLimit')
      ) {
        return `${label(parts[1])} — ${name(parts[2]!)}`
      }
      return label(parts[parts.length - 1] ?? path)
    },
    [t, i18n, name],
  )
}

/** A problem as one sentence naming its field: "Apprentissage CFC — Abandons en formation : doit être entre 0 et 100 %". */
export function useProblemText(): (problem: InputProblem, own?: { path: string; label: string }) => string {
  const { t, i18n } = useTranslation()
  const fieldLabel = useFieldLabel()
  const { state } = useWorkspace()
  const input = state.input
  return useCallback(
    (problem: InputProblem, own?: { path: string; label: string }) => {
      const { reason } = splitProblemMessage(problem.message)
      const coded = codedReason(
        problem.code,
        problem.params,
        (key, vars) => t(key, vars ?? {}),
        (key) => i18n.exists(key),
      )
      const local = coded === null ? localReason(reason) : null
      let text = coded ?? reason
      if (local) {
        const params: Record<string, string | number> = { ...local.params }
        // The figure the engine wrote (JavaScript's "3.27860309056e+39"), in the Swiss form (a power of ten when absurd).
        const figure = Number(local.params.value)
        if (local.params.value !== undefined && local.params.value !== '' && Number.isFinite(figure))
          params.value = formatShort(figure, 6)
        const others = Number(local.params.others ?? '0')
        params.more = others > 0 ? t('editors.problem.otherYears', { count: others }) : ''
        if (local.params.bound !== undefined) {
          params.bound = local.params.boundKey
            ? t(`editors.problem.bound.${local.params.boundKey}`, { max: local.params.boundMax ?? '' })
            : t('editors.problem.mustBe', { phrase: local.params.bound })
        }
        text = t(`editors.problem.${local.key}`, params)
      }
      // Problems found while projecting carry the validator's path (`segments[0].x`): name them like the others.
      const path = /[[.]/.test(problem.path) ? toFieldPath(problem.path, input) : problem.path
      if (path === '') return text
      const field = own && path === own.path ? own.label : fieldLabel(path)
      return t('editors.problem.format', { field, reason: text })
    },
    [t, i18n, fieldLabel, input],
  )
}
