-- Porte-voix schema 6: shares, the scheduler's publish jobs, and every
-- publishing attempt with its outcome. Times are milliseconds since the Unix
-- epoch (UTC).

-- One share: one content item to one network by one advisor, with the exact
-- text checked and composed, its verdict and where it stands (API.md, "Sharing").
CREATE TABLE shares (
  id                 TEXT PRIMARY KEY,
  user_id            TEXT NOT NULL REFERENCES users (id),
  content_id         TEXT NOT NULL,
  content_version    INTEGER NOT NULL,
  network            TEXT NOT NULL CHECK (network IN ('linkedin', 'x', 'facebook')),
  status             TEXT NOT NULL CHECK (status IN ('blocked', 'pending_review', 'rejected',
                       'scheduled', 'publishing', 'published', 'failed', 'cancelled',
                       'awaiting_confirmation', 'unknown')),
  caption            TEXT NOT NULL,  -- the advisor's words, as checked
  origin             TEXT NOT NULL CHECK (origin IN ('library', 'edited', 'original')),
  text               TEXT NOT NULL,  -- the published text: caption, tracked link, disclaimers
  link_code          TEXT,           -- the tracked link's code (links, schema 7), if any
  verdict            TEXT NOT NULL,  -- the verdict as JSON, findings included
  verdict_action     TEXT NOT NULL,  -- allow, warn, flag, review or block
  charter_version_id INTEGER NOT NULL,
  promotional        INTEGER NOT NULL CHECK (promotional IN (0, 1)),
  review_after       INTEGER NOT NULL CHECK (review_after IN (0, 1)),  -- flagged: reviewed once out
  scheduled_at       INTEGER NOT NULL,
  account_id         TEXT,           -- the connected account it goes through; NULL for an intent
  intent_url         TEXT,           -- the network's share dialog, for awaiting_confirmation
  text_verified      INTEGER NOT NULL CHECK (text_verified IN (0, 1)),
  review_id          TEXT,           -- the review that held it before publication
  sample_review_id   TEXT,           -- the review of it after publication (flagged, sampled)
  post_id            TEXT,           -- the network's id of the post
  post_url           TEXT,
  failure_reason     TEXT,
  published_at       INTEGER,
  created_at         INTEGER NOT NULL,
  updated_at         INTEGER NOT NULL
) STRICT;
CREATE INDEX shares_user_created ON shares (user_id, created_at);
CREATE INDEX shares_status ON shares (status);
CREATE INDEX shares_content ON shares (content_id, user_id);
CREATE INDEX shares_published ON shares (published_at);
CREATE INDEX shares_user_published ON shares (user_id, published_at);

-- The scheduler's durable queue: one job per share that goes out through an
-- API. A server claims a due job with a conditional UPDATE (waiting → claimed,
-- its own lease owner and expiry), so two servers on one database never
-- publish one share twice; a lease that expires while claimed means the
-- server stopped mid-publish, and the share becomes unknown, never retried.
CREATE TABLE publish_jobs (
  share_id         TEXT PRIMARY KEY REFERENCES shares (id),
  account_key      TEXT NOT NULL,  -- whose limits and spacing apply
  state            TEXT NOT NULL CHECK (state IN ('waiting', 'claimed', 'done')),
  due_at           INTEGER NOT NULL,
  attempts         INTEGER NOT NULL,
  lease_owner      TEXT,
  lease_expires_at INTEGER,
  last_started_at  INTEGER,  -- when the latest claim began
  posted_at        INTEGER,  -- when the post went out (or may have): for the daily limit
  created_at       INTEGER NOT NULL
) STRICT;
CREATE INDEX publish_jobs_due ON publish_jobs (state, due_at);
CREATE INDEX publish_jobs_lease ON publish_jobs (state, lease_expires_at);
CREATE INDEX publish_jobs_account ON publish_jobs (account_key, posted_at);

-- Every publishing attempt: who made it, when, and what came of it.
CREATE TABLE publish_attempts (
  id          INTEGER PRIMARY KEY,
  share_id    TEXT NOT NULL REFERENCES shares (id),
  attempt     INTEGER NOT NULL,
  worker      TEXT NOT NULL,
  started_at  INTEGER NOT NULL,
  finished_at INTEGER,
  outcome     TEXT,  -- NULL while in flight
  detail      TEXT NOT NULL,
  retry_at    INTEGER,
  UNIQUE (share_id, attempt)
) STRICT;
