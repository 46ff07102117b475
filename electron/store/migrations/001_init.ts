// Schema version 1 of a .etabli file: meta, scenarios, overrides, history and sources (docs/workspace-format.md).

export const sql = `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- The base scenario and frozen versions hold a full ModelInput (input_json) and no parent;
-- every other scenario holds overrides on top of its parent.
CREATE TABLE scenarios (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  parent_id   INTEGER REFERENCES scenarios(id),
  position    INTEGER NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  input_json  TEXT,
  frozen_at   TEXT,
  frozen_from INTEGER,
  frozen_from_name TEXT,
  CHECK ((parent_id IS NULL) = (input_json IS NOT NULL)),
  CHECK (frozen_at IS NULL OR parent_id IS NULL)
) STRICT;
CREATE INDEX scenarios_parent ON scenarios(parent_id);

CREATE TABLE overrides (
  scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
  path        TEXT NOT NULL,
  value_json  TEXT NOT NULL,
  PRIMARY KEY (scenario_id, path)
) STRICT, WITHOUT ROWID;

-- One row per undoable step. undo_json and redo_json are lists of row operations (electron/store/ops.ts);
-- undone = 1 marks the redo tail, which the next new edit deletes.
CREATE TABLE history (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  at          TEXT NOT NULL,
  description TEXT NOT NULL,
  undo_json   TEXT NOT NULL,
  redo_json   TEXT NOT NULL,
  undone      INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
) STRICT;
CREATE INDEX history_undone ON history(undone, id);

CREATE TABLE sources (
  id     INTEGER PRIMARY KEY,
  figure TEXT NOT NULL,
  value  TEXT NOT NULL,
  source TEXT NOT NULL,
  year   INTEGER,
  kind   TEXT NOT NULL CHECK (kind IN ('sourced', 'assumed')),
  note   TEXT
) STRICT;
`
