// Failures of the Monte Carlo and sensitivity workers in the UI language, naming the figure at fault by its label (never its path).
import { useCallback } from 'react'
import { useTranslation } from '../../text'
import type { Uncertainty } from '@shared/decision/uncertainty'
import type { Problem } from '@shared/model/problems'
import { codedReason } from '../../components/fields/codedProblem'
import { useProblemText } from '../../components/fields/useProblemText'
import { useNames, useTranslate } from '../../names'
import { pathLabel } from './uncertainPaths'
import { uncertaintyProblemText } from './uncertaintyProblems'
import type { WorkerFailure } from './workerFailure'

export interface FailureText {
  /** A worker's failure as one phrase; `uncertainty` is the list it was given (its problems name rows by position). */
  failure: (failure: WorkerFailure, uncertainty: Uncertainty) => string
  /** An engine problem of one run or one tornado end, naming its field. */
  problem: (problem: Problem | undefined) => string
}

export function useFailureText(): FailureText {
  const t = useTranslate()
  const { i18n } = useTranslation()
  const name = useNames()
  const problemText = useProblemText()

  const problem = useCallback(
    (p: Problem | undefined) => (p ? problemText(p) : t('decisions.failure.workerFailed')),
    [problemText, t],
  )
  const failure = useCallback(
    (f: WorkerFailure, uncertainty: Uncertainty): string => {
      const first = f.problems[0]
      if (f.reason === 'uncertaintyMisfit' && first) {
        // The check names a row by its position: `[2].distribution`.
        const row = /^\[(\d+)\]/.exec(first.path)?.[1]
        const spec = row === undefined ? undefined : uncertainty[Number(row)]
        const figure = spec ? (spec.label ?? pathLabel(spec.path, t, name)) : '—'
        const reason =
          codedReason(first.code, first.params, t, (key) => i18n.exists(key)) ??
          uncertaintyProblemText(first, t)
        return t('decisions.failure.uncertaintyMisfit', { figure, problem: reason })
      }
      if (f.reason === 'inputInvalid' && first)
        return t('decisions.failure.inputInvalid', { problem: problemText(first) })
      return t('decisions.failure.workerFailed')
    },
    [t, i18n, name, problemText],
  )
  return { failure, problem }
}
