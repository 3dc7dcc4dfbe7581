-- Porte-voix schema: the advisors' connected network accounts and the OAuth
-- states of connections under way. Tokens are sealed with the token key of the
-- configuration (libsodium secretbox), never stored in clear.

CREATE TABLE network_accounts (
  id                  TEXT PRIMARY KEY,
  user_id             TEXT NOT NULL REFERENCES users (id),
  network             TEXT NOT NULL CHECK (network IN ('linkedin', 'x', 'facebook')),
  external_id         TEXT NOT NULL,  -- LinkedIn member id (sub), X user id, Facebook page id
  author              TEXT NOT NULL,  -- urn:li:person:…, X username, Facebook page id
  display_name        TEXT NOT NULL,
  scopes              TEXT NOT NULL,  -- as granted, space-separated
  access_token        TEXT NOT NULL,  -- sealed
  refresh_token       TEXT,           -- sealed; X always, LinkedIn rarely, Facebook never
  expires_at          INTEGER,        -- the access token's; NULL when it does not expire
  refresh_expires_at  INTEGER,
  -- Bumped at every change of the tokens: a refresh stores its new pair only
  -- if the version is still the one it started from (compare-and-swap), so
  -- that two servers never spend the same rotating refresh token.
  token_version       INTEGER NOT NULL,
  refresh_lease_until INTEGER,        -- a refresh is under way until then
  needs_reconnect     INTEGER NOT NULL CHECK (needs_reconnect IN (0, 1)),
  reconnect_reason    TEXT NOT NULL,
  connected_at        INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL,
  UNIQUE (user_id, network)
) STRICT;

-- A connection under way: the random `state` sent to the network (kept as its
-- SHA-256) names the user on the callback, since the SameSite=Strict session
-- cookie does not come back on a redirect from another site. Single use, short
-- lived.
CREATE TABLE oauth_states (
  state_hash    TEXT PRIMARY KEY,
  user_id       TEXT NOT NULL REFERENCES users (id),
  network       TEXT NOT NULL CHECK (network IN ('linkedin', 'x', 'facebook')),
  redirect_uri  TEXT NOT NULL,  -- sent to the network; the code exchange repeats it
  code_verifier TEXT NOT NULL,  -- sealed PKCE verifier
  page_id       TEXT,           -- Facebook: the Page asked for
  created_at    INTEGER NOT NULL,
  expires_at    INTEGER NOT NULL
) STRICT;
CREATE INDEX oauth_states_expires ON oauth_states (expires_at);
