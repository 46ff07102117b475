// Runs the solver for the shown scenario on the Node side (decision:solve) and remembers for which input it answered.
import { useCallback, useRef, useState } from 'react'
import type { SolveOptions, SolveResult } from '@shared/decision/plan'
import type { ModelInput } from '@shared/model/types'
import type { ScenarioId } from '@shared/workspace/types'
import { call } from '../../api'
import { shownError, type ShownError } from '../../storeText'

export interface Solved {
  scenarioId: ScenarioId
  /** The input (as JSON) the plan was computed for: another input makes the answer stale. */
  inputKey: string
  result: SolveResult
}

export function useSolve() {
  const [solved, setSolved] = useState<Solved | null>(null)
  const [solving, setSolving] = useState(false)
  /** Why the solver failed, worded by the panel in the UI language. */
  const [error, setError] = useState<ShownError | null>(null)
  const latest = useRef(0)

  const solve = useCallback(async (scenarioId: ScenarioId, input: ModelInput, options: SolveOptions) => {
    const mine = ++latest.current
    setSolving(true)
    setError(null)
    try {
      const result = await call('decision:solve', { scenarioId, options })
      if (mine === latest.current) setSolved({ scenarioId, inputKey: JSON.stringify(input), result })
    } catch (e) {
      if (mine === latest.current) setError(shownError(e))
    } finally {
      if (mine === latest.current) setSolving(false)
    }
  }, [])

  return { solved, solving, error, solve }
}

/** Calendar years as short runs: [2026, 2027, 2028, 2031] → "2026–2028, 2031". */
export function yearRuns(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length;) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++
    parts.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`)
    i = j + 1
  }
  return parts.join(', ')
}
