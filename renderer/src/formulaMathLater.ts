// The renderer's stand-in for shared/engine/formulaMath.ts (electron.vite.config.ts puts it in place): mathjs, a quarter of the app's first code, loads once the first paint is done, from main's evaluated formulas until then.
import type { FormulaMath } from '@shared/engine/formulaMathjs'

let loaded: FormulaMath | null = null
let loading: Promise<void> | null = null
/** A formula was refused as "still loading": what was derived from it must be derived again. */
let missed = false
const listeners = new Set<(missedOne: boolean) => void>()

/** Loads mathjs (once); resolves when formulas can be compiled. */
export function formulasReady(): Promise<void> {
  if (loaded) return Promise.resolve()
  if (!loading) {
    loading = import('@shared/engine/formulaMathjs').then(
      (m) => {
        loaded = m.formulaMath
        const missedOne = missed
        missed = false
        for (const listener of listeners) listener(missedOne)
      },
      (error: unknown) => {
        // A failed fetch (a file replaced by an update) is tried again by the next caller.
        loading = null
        throw error
      },
    )
  }
  return loading
}

/** Whether mathjs is there. */
export function formulasLoaded(): boolean {
  return loaded !== null
}

/** Calls `listener` once mathjs is loaded, with whether a formula was refused before; returns the unsubscribe. */
export function onFormulasLoaded(listener: (missedOne: boolean) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const need = (): FormulaMath => {
  if (!loaded) throw new Error('mathjs is not loaded yet')
  return loaded
}

export const formulaMath: FormulaMath = {
  ready: () => {
    if (loaded) return true
    // series.ts asks just before compiling: the answer is a refusal it does not keep, to be made again.
    missed = true
    void formulasReady().catch(() => undefined)
    return false
  },
  parse: (source) => need().parse(source),
  isBigNumber: (x): x is { valueOf(): unknown } => need().isBigNumber(x),
  isFraction: (x): x is { valueOf(): unknown } => need().isFraction(x),
  isComplex: (x) => need().isComplex(x),
  isMatrix: (x) => need().isMatrix(x),
  isResultSet: (x) => need().isResultSet(x),
  isUnit: (x) => need().isUnit(x),
}
