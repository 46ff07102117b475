// What each phase of a first paint or an edit cost, from the page's User Timing entries (renderer/src/perf.ts names them).

/** Milliseconds by phase name, in the order they happen; names starting with "·" are parts of the line above (or counts). */
export type Phases = Record<string, number>

export interface TimelineEntry {
  name: string
  start: number
  duration: number
}

export interface Timeline {
  htmlMs: number
  scripts: { name: string; start: number; end: number }[]
  entries: TimelineEntry[]
}

const sum = (entries: TimelineEntry[], name: string): number =>
  entries.filter((e) => e.name === name).reduce((total, e) => total + e.duration, 0)

const count = (entries: TimelineEntry[], name: string): number =>
  entries.filter((e) => e.name === name).length

const within = (inner: TimelineEntry, outer: TimelineEntry): boolean =>
  inner.start >= outer.start && inner.start + inner.duration <= outer.start + outer.duration

/** React's own time: its render + commit measures less the chart draws inside them (charts in view draw in the commit). */
function reactOnly(entries: TimelineEntry[]): number {
  const renders = entries.filter((e) => e.name === 'react:render')
  const drawsInside = entries
    .filter((e) => e.name === 'chart:draw' && renders.some((r) => within(e, r)))
    .reduce((t, e) => t + e.duration, 0)
  return sum(entries, 'react:render') - drawsInside
}

/**
 * Navigation → painted, as moments since navigation start (the start-up requests overlap the loading of the
 * app's code, so these are not a sum), then what the main thread spent on React, the engine and Chart.js.
 */
export function firstPaintPhases(timeline: Timeline, paintedMs: number): Phases {
  const { entries } = timeline
  const mark = (name: string): number => entries.find((e) => e.name === name)?.start ?? Number.NaN
  // The app's code (the screens loaded after the first frame come later).
  const codeLoaded = Math.max(
    timeline.htmlMs,
    ...timeline.scripts.filter((s) => s.start <= mark('boot:module')).map((s) => s.end),
  )
  const draws = entries.filter((e) => e.name === 'chart:draw' && e.start + e.duration <= paintedMs)
  const drawn = Math.max(mark('boot:opened'), ...draws.map((e) => e.start + e.duration))
  return {
    'at: HTML received': timeline.htmlMs,
    'at: start-up request sent': mark('boot:sent'),
    'at: start-up answered (workspace open, base resolved)': mark('boot:asked'),
    'at: app code loaded': codeLoaded,
    'at: app code evaluated (React, i18n, Chart.js, the app)': mark('boot:module'),
    'at: workspace opened and its base shown': mark('boot:opened'),
    'at: charts drawn': drawn,
    'at: painted (next frame)': paintedMs,
    'React render + commit (without the chart draws in it)': reactOnly(entries),
    '· React renders, count': count(entries, 'react:render'),
    'projection (first one compiles the formulas)': sum(entries, 'project'),
    'chart draws': draws.reduce((t, e) => t + e.duration, 0),
    '· chart draws, count': draws.length,
  }
}

/** Key down → the redrawn chart's frame: the edit's local check (validation and projection), React, Chart.js, the rest. */
export function editPhases(all: TimelineEntry[], startMs: number, endMs: number): Phases {
  const entries = all.filter((e) => e.start >= startMs && e.start + e.duration <= endMs)
  const check = entries.find((e) => e.name === 'edit:check')
  const checkMs = check?.duration ?? 0
  const inCheck = (e: TimelineEntry) =>
    check !== undefined && e.start >= check.start && e.start + e.duration <= check.start + check.duration
  const projectInCheck = entries.filter((e) => e.name === 'project' && inCheck(e))
  const render = reactOnly(entries)
  const draws = sum(entries, 'chart:draw')
  const projectOutside = entries
    .filter((e) => e.name === 'project' && !inCheck(e))
    .reduce((t, e) => t + e.duration, 0)
  const before = check ? check.start - startMs : 0
  return {
    'key down → edit handled': before,
    'edit check': checkMs,
    '· validation (schema + its projection)': sum(entries, 'edit:validate'),
    '· projection to draw': projectInCheck.reduce((t, e) => t + e.duration, 0),
    'React render + commit (without the chart draws in it)': render,
    '· React renders, count': count(entries, 'react:render'),
    'projection outside the check': projectOutside,
    'chart draws': draws,
    '· chart draws, count': count(entries, 'chart:draw'),
    'rest (effects, layout, paint, to the frame)':
      endMs - startMs - before - checkMs - render - draws - projectOutside,
  }
}

/** The phases as aligned lines for the terminal. */
export function phaseTable(phases: Phases): string {
  const width = Math.max(...Object.keys(phases).map((k) => k.length))
  return Object.entries(phases)
    .map(
      ([name, ms]) =>
        `  ${name.padEnd(width)}  ${Number.isFinite(ms) ? ms.toFixed(1).padStart(7) : '    n/a'}\n`,
    )
    .join('')
}
