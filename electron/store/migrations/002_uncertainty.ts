// Schema version 2: each scenario may store its uncertain figures (a JSON Uncertainty list, shared/decision/uncertainty.ts).

/**
 * `uncertainty_json` is NULL until the user saves a list for the scenario (the UI then offers the default
 * uncertainty). An added, nullable column: builds that know only version 1 still read these files (read-only).
 */
export const sql = `
ALTER TABLE scenarios ADD COLUMN uncertainty_json TEXT;
`
