-- Porte-voix schema 2: the usage charter's versions and who acknowledged them.
-- A version is never changed or removed: every verdict names the one that
-- produced it. The version in force is the newest.

CREATE TABLE charter_versions (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,  -- the server's own number
  version    TEXT NOT NULL UNIQUE,               -- the author's label; never reused
  charter_id TEXT NOT NULL,
  document   TEXT NOT NULL,                      -- the JSON as published
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at INTEGER NOT NULL
) STRICT;

CREATE TRIGGER charter_versions_no_update BEFORE UPDATE ON charter_versions
BEGIN SELECT RAISE(ABORT, 'charter versions are never changed'); END;
CREATE TRIGGER charter_versions_no_delete BEFORE DELETE ON charter_versions
BEGIN SELECT RAISE(ABORT, 'charter versions are never removed'); END;

CREATE TABLE charter_acknowledgements (
  user_id         TEXT NOT NULL REFERENCES users (id),
  version_id      INTEGER NOT NULL REFERENCES charter_versions (id),
  acknowledged_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, version_id)
) STRICT, WITHOUT ROWID;
