// Chart 4: the age pyramid by grade at the start of the horizon against its end, from the engine's age detail.
import { useCallback } from 'react'
import type { ModelInput, ModelResult } from '@shared/model/types'
import { ageProfiles } from '@shared/engine/ageProfile'
import { ChartInView } from '../../components/ChartInView'
import { agePyramidChart, toAgeProfile } from '../../charts/toChartData'
import { useNames, useTranslate } from '../../names'

export function AgePyramid({ input, result }: { input: ModelInput; result: ModelResult }) {
  const t = useTranslate()
  const name = useNames()
  const build = useCallback(() => {
    const profiles = ageProfiles(input)
    const grades = input.grades.map((g) => g.id)
    const start = toAgeProfile(grades, (g, a) => profiles.start(g, a))
    const end = toAgeProfile(grades, (g, a) => profiles.end(g, a))
    const first = input.startYear
    const last = input.startYear + input.horizonYears
    return agePyramidChart({ input, result, t, name }, start, end, String(first), String(last))
  }, [input, result, t, name])
  return <ChartInView build={build} height={360} />
}
