-- Porte-voix schema 4: the review queue. A review holds one subject back
-- until a reviewer decides: a content item's version now; shares and sampled
-- posts later, with the same table (`kind` has no CHECK, so that a new kind
-- needs no table rebuild; the server checks the values it writes).

CREATE TABLE reviews (
  id                 TEXT PRIMARY KEY,
  kind               TEXT NOT NULL,     -- 'content' (and 'share', 'sample')
  subject_id         TEXT NOT NULL,     -- the content item's id, the share's id...
  subject_version    INTEGER,           -- the item's version, for 'content'
  author_id          TEXT NOT NULL REFERENCES users (id),
  level              INTEGER NOT NULL CHECK (level IN (1, 2)),
  status             TEXT NOT NULL CHECK (status IN ('open', 'approved', 'rejected', 'cancelled')),
  text               TEXT NOT NULL,     -- what the reviewer reads
  verdict            TEXT NOT NULL,     -- JSON: the charter's verdict with its findings
  charter_version_id INTEGER REFERENCES charter_versions (id),
  opened_at          INTEGER NOT NULL,
  due_at             INTEGER NOT NULL,
  closed_at          INTEGER
) STRICT;
CREATE INDEX reviews_queue ON reviews (status, level, opened_at, id);
CREATE INDEX reviews_subject ON reviews (kind, subject_id);

-- Every decision, in order: an escalation, then the second level's decision.
CREATE TABLE review_decisions (
  review_id          TEXT NOT NULL REFERENCES reviews (id),
  seq                INTEGER NOT NULL,  -- 1, 2... per review
  level              INTEGER NOT NULL,
  decision           TEXT NOT NULL CHECK (decision IN ('approve', 'reject', 'escalate')),
  reviewer_id        TEXT NOT NULL REFERENCES users (id),
  note               TEXT NOT NULL,
  reason             TEXT,
  charter_version_id INTEGER REFERENCES charter_versions (id),  -- in force when decided
  decided_at         INTEGER NOT NULL,
  PRIMARY KEY (review_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER review_decisions_no_update BEFORE UPDATE ON review_decisions
BEGIN SELECT RAISE(ABORT, 'review decisions are never changed'); END;
CREATE TRIGGER review_decisions_no_delete BEFORE DELETE ON review_decisions
BEGIN SELECT RAISE(ABORT, 'review decisions are never removed'); END;
