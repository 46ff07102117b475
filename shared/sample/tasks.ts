// Turns the tasks one watch goes through (reception, bench, polishing, control) into the engine's job mix and hours.

/** One task a watch of a segment goes through: how many per watch (0..1 for an optional task) and its hours. */
export interface WatchTask {
  job: string
  perWatch: number
  hours: number
}

/**
 * The engine gives each job one job type (its `jobMix` shares sum to 1), while a watch that comes in passes
 * through several hands: reception, the bench, often the polisher and the final control. This writes the
 * tasks as shares of all tasks (`perWatch / P`, P = tasks per watch) and scales each task's hours by P, so
 * that the hours per watch of every task, and so the demand of every grade, are exactly `perWatch * hours`.
 * The figures a director knows (tasks per watch, hours per task) stay in the sample file and its sources.
 */
export function mixOfTasks(tasks: readonly WatchTask[]): {
  mix: Record<string, number>
  hours: Record<string, number>
} {
  const perWatch = tasks.reduce((sum, t) => sum + t.perWatch, 0)
  const mix: Record<string, number> = {}
  const hours: Record<string, number> = {}
  for (const t of tasks) {
    mix[t.job] = t.perWatch / perWatch
    hours[t.job] = t.hours * perWatch
  }
  return { mix, hours }
}
