-- Porte-voix schema 7: tracked links and their clicks. No click keeps the
-- reader's address: only a keyed hash of it with the user agent, under a salt
-- that changes every day (or a configured one), for counting unique readers.

CREATE TABLE links (
  code       TEXT PRIMARY KEY,
  share_id   TEXT NOT NULL UNIQUE REFERENCES shares (id),
  target_url TEXT NOT NULL,  -- the content's URL with the UTM tags
  created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE clicks (
  id       INTEGER PRIMARY KEY,
  code     TEXT NOT NULL REFERENCES links (code),
  share_id TEXT NOT NULL REFERENCES shares (id),
  at       INTEGER NOT NULL,
  visitor  TEXT NOT NULL,  -- hex HMAC of the address and user agent under the day's salt
  bot      INTEGER NOT NULL CHECK (bot IN (0, 1)),
  agent    TEXT NOT NULL   -- for a bot, which one; empty for a person
) STRICT;
CREATE INDEX clicks_share ON clicks (share_id, at);
CREATE INDEX clicks_at ON clicks (at);

-- The day's salt, made by whichever server needs it first; earlier days'
-- salts are deleted as soon as a day has its own, so that their hashes can no
-- longer be matched to an address.
CREATE TABLE click_salts (
  day        TEXT PRIMARY KEY,  -- YYYY-MM-DD in the firm's time zone
  salt       TEXT NOT NULL,  -- hex
  created_at INTEGER NOT NULL
) STRICT;
