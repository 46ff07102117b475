// Numeric limits of the model's input that both validation and the engine rely on.

/** Ages are whole years in this range (roster, hireAge, entryAge, retirementAge). */
export const minAgeYears = 15
export const maxAgeYears = 80
/** 1 <= horizonYears <= maxHorizonYears. */
export const maxHorizonYears = 60
/** A sanity bound docs/model-equations.md does not state: no programme lasts longer (it keeps memory use bounded). */
export const maxDurationYears = 100
/** jobMix shares must sum to 1 within this. */
export const jobMixTolerance = 1e-9
