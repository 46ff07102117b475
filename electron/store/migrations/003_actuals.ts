// Schema version 3: the workshop's actuals (aggregated figures only), and every stored scenario input brought to schemaVersion 2.

/**
 * `actuals` holds one figure per calendar year, metric and key (a segment, grade or programme id; ''
 * for a workshop figure): nothing about a person, no file name. A version 1 input is read with every
 * version 2 field at its default (MODEL.md), so writing `schemaVersion: 2` into it changes no figure;
 * SQLite's json_set keeps every other value's text as it was. Base inputs and frozen snapshots both
 * live in `scenarios.input_json`; scenarios of overrides hold no version.
 */
export const sql = `
CREATE TABLE actuals (
  year   INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  metric TEXT    NOT NULL,
  key    TEXT    NOT NULL DEFAULT '',
  value  REAL    NOT NULL CHECK (value >= 0),
  PRIMARY KEY (year, metric, key)
) WITHOUT ROWID;

UPDATE scenarios
   SET input_json = json_set(input_json, '$.schemaVersion', 2)
 WHERE input_json IS NOT NULL
   AND json_valid(input_json)
   AND json_extract(input_json, '$.schemaVersion') = 1;
`
