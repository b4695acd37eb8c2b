-- The cooperation marketplace: opportunities with their lifecycle, expressions of interest and the
-- conversations that follow, and saved searches that send a daily digest of new matches.
CREATE TABLE opportunities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    title TEXT NOT NULL,
    -- YYYY-MM-DD, so text order is date order on both back ends.
    deadline TEXT NOT NULL,
    visibility TEXT NOT NULL,
    -- The whole validated draft as JSON (lists and text), like organisations.details.
    details TEXT NOT NULL,
    return_reason TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    published_at TEXT
);
CREATE INDEX opportunities_state ON opportunities (state, deadline);
CREATE INDEX opportunities_organisation ON opportunities (organisation_id);

CREATE TABLE interests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    opportunity_id INTEGER NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    UNIQUE (opportunity_id, organisation_id)
);
CREATE INDEX interests_organisation ON interests (organisation_id);

CREATE TABLE interest_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    interest_id INTEGER NOT NULL REFERENCES interests (id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    author_name TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX interest_messages_interest ON interest_messages (interest_id, id);

CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    -- 'search' (query is a search query string) or 'recommendations' (query names the subject).
    kind TEXT NOT NULL,
    query TEXT NOT NULL,
    unsubscribe_hash TEXT NOT NULL UNIQUE,
    -- JSON list of the result keys already sent, so a digest holds only new matches.
    seen TEXT NOT NULL,
    last_sent_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX saved_searches_user ON saved_searches (user_id);
