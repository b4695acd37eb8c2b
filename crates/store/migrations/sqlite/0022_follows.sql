-- What people follow (an organisation by slug, a technology or ecosystem by its taxonomy id such
-- as `ket-photonics` or `ecosystem-health`, a country by ISO code), and the weekly digest that
-- tells them what is new in it. A person's digest row exists from their first follow; `stopped_at`
-- is set when they unsubscribe (from the mail or their account) and cleared when they subscribe
-- again. `next_at` is when the next digest is due; `sent_at` the end of the window of the last
-- one (what is newer goes into the next); `claimed_at` marks a digest being written, so that
-- two nodes never send the same one and a run that died is taken up again an hour later.
CREATE TABLE follows (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, kind, target)
);
CREATE INDEX follows_target ON follows (kind, target);

CREATE TABLE digests (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    next_at TEXT NOT NULL,
    sent_at TEXT,
    claimed_at TEXT,
    stopped_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX digests_due ON digests (next_at);

-- The one-click unsubscribe links of sent digests, stored hashed; each expires.
CREATE TABLE digest_links (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at TEXT NOT NULL
);
CREATE INDEX digest_links_expiry ON digest_links (expires_at);

-- Saved searches send their news daily in a mail of their own, or weekly inside the digest.
ALTER TABLE saved_searches ADD COLUMN frequency TEXT NOT NULL DEFAULT 'daily';
