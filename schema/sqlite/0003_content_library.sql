-- Porte-voix schema 3: the content library. Media files (their bytes in the
-- store, so that every server sees them), content items and their versions,
-- the full-text index over their folded text, and the caption variant each
-- advisor is given per item version and network.

CREATE TABLE media (
  id           TEXT PRIMARY KEY,
  sha256       TEXT NOT NULL UNIQUE,  -- hex; the same bytes are stored once
  content_type TEXT NOT NULL,
  bytes        INTEGER NOT NULL,
  width        INTEGER,               -- images only
  height       INTEGER,
  data         BLOB NOT NULL,
  created_by   TEXT NOT NULL REFERENCES users (id),
  created_at   INTEGER NOT NULL
) STRICT;

-- An item is what advisors see as one entry of the library; its text lives in
-- its versions. An approved version is never changed: a revision is a new
-- version, and the approved one stays live until the revision is approved.
CREATE TABLE content_items (
  id             TEXT PRIMARY KEY,
  latest_version INTEGER NOT NULL,
  live_version   INTEGER,  -- the approved version advisors see; null before the first approval
  archived       INTEGER NOT NULL CHECK (archived IN (0, 1)),
  created_by     TEXT NOT NULL REFERENCES users (id),
  created_at     INTEGER NOT NULL
) STRICT;

CREATE TABLE content_versions (
  seq                INTEGER PRIMARY KEY,  -- also the full-text index's rowid
  item_id            TEXT NOT NULL REFERENCES content_items (id),
  version            INTEGER NOT NULL,
  status             TEXT NOT NULL CHECK (status IN
                       ('draft', 'pending', 'approved', 'rejected', 'archived', 'superseded')),
  title              TEXT NOT NULL,
  body               TEXT NOT NULL,
  url                TEXT,
  media_id           TEXT REFERENCES media (id),
  language           TEXT NOT NULL,  -- as given, e.g. fr-CA
  language_primary   TEXT NOT NULL,  -- its primary subtag, lower case: what filters compare
  tags               TEXT NOT NULL,  -- JSON array, lower case
  groups             TEXT NOT NULL,  -- JSON array of group ids; empty: every advisor
  promotional        INTEGER NOT NULL CHECK (promotional IN (0, 1)),
  captions           TEXT NOT NULL,  -- JSON object: network -> array of variants
  caption_policy     TEXT NOT NULL CHECK (caption_policy IN ('locked', 'editable')),
  starts_at          INTEGER,
  expires_at         INTEGER,
  verdict            TEXT,           -- JSON, stored at submission
  charter_version_id INTEGER REFERENCES charter_versions (id),
  created_by         TEXT NOT NULL REFERENCES users (id),
  created_at         INTEGER NOT NULL,
  updated_by         TEXT NOT NULL REFERENCES users (id),
  updated_at         INTEGER NOT NULL,
  submitted_by       TEXT REFERENCES users (id),
  submitted_at       INTEGER,
  approved_by        TEXT REFERENCES users (id),
  approved_at        INTEGER,
  UNIQUE (item_id, version)
) STRICT;

-- The folded words (CHARTER.md, "Folding") of each version, so that a search
-- for `epargne` finds `Épargne` exactly as the charter would compare them.
CREATE VIRTUAL TABLE content_search USING fts5 (
  title, body, captions, tags,
  tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TABLE caption_assignments (
  user_id     TEXT NOT NULL REFERENCES users (id),
  item_id     TEXT NOT NULL,
  version     INTEGER NOT NULL,
  network     TEXT NOT NULL,
  variant     INTEGER NOT NULL,  -- index in the version's captions for that network
  assigned_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, item_id, version, network),
  FOREIGN KEY (item_id, version) REFERENCES content_versions (item_id, version)
) STRICT, WITHOUT ROWID;
CREATE INDEX caption_assignments_version ON caption_assignments (item_id, version, network);
