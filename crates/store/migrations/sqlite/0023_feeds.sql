-- Organisations' own news feeds (RSS, Atom, JSON Feed), registered by their admins and polled by
-- the platform: each new item becomes a news draft of the organisation, or is published at once
-- when a moderator trusts the organisation (`feed_trust`). `etag` and `last_modified` are the
-- feed's validators from the last answer; `next_poll_at` is when it is due again (later after
-- failures); `claimed_at` marks a poll under way, so two nodes never poll one feed at once.
-- A moderator's trust ends when the organisation registers another feed.
CREATE TABLE feeds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    added_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    etag TEXT,
    last_modified TEXT,
    next_poll_at TEXT NOT NULL,
    claimed_at TEXT,
    polled_at TEXT,
    -- Set when its admins remove it: kept, so that the items it gave are never imported again
    -- if it is registered anew.
    removed_at TEXT,
    last_error TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    items INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    UNIQUE (organisation_id, url)
);
CREATE INDEX feeds_due ON feeds (next_poll_at);

-- Every item a feed ever gave, by its key (guid, id, link or a hash): an item is imported once,
-- however often it is polled again, edited or deleted on the platform afterwards.
CREATE TABLE feed_items (
    feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    news_id INTEGER REFERENCES news (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (feed_id, item_key)
);

-- Organisations whose feed items are published without moderation, and the moderator who said so.
CREATE TABLE feed_trust (
    organisation_id INTEGER PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    trusted_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
