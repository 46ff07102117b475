// Timing of the phases `npm run bench -- ui` reports (User Timing measures), recorded only when the bench sets window.etabliPerf.
declare global {
  interface Window {
    /** Set by bench/ui.ts before the page loads: without it a long session keeps no timeline entries. */
    etabliPerf?: boolean
  }
}

const enabled = (): boolean => typeof window !== 'undefined' && window.etabliPerf === true

/** Marks a moment (e.g. `boot:module`) for the bench. */
export function perfMark(name: string): void {
  if (enabled()) performance.mark(name)
}

/** Runs `work` and, for the bench, records its duration as the measure `name`. */
export function perfMeasure<T>(name: string, work: () => T): T {
  if (!enabled()) return work()
  const start = performance.now()
  try {
    return work()
  } finally {
    performance.measure(name, { start, end: performance.now() })
  }
}

/** Records the measure `name` from `start` (a performance.now() reading) to now. */
export function perfSince(name: string, start: number): void {
  if (enabled()) performance.measure(name, { start, end: performance.now() })
}
