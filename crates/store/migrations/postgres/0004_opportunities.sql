-- The cooperation marketplace: opportunities with their lifecycle, expressions of interest and the
-- conversations that follow, and saved searches that send a daily digest of new matches.
CREATE TABLE opportunities (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    title TEXT NOT NULL,
    -- YYYY-MM-DD, so text order is date order on both back ends.
    deadline TEXT NOT NULL,
    visibility TEXT NOT NULL,
    -- The whole validated draft as JSON (lists and text), like organisations.details.
    details TEXT NOT NULL,
    return_reason TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    published_at TIMESTAMPTZ
);
CREATE INDEX opportunities_state ON opportunities (state, deadline);
CREATE INDEX opportunities_organisation ON opportunities (organisation_id);

CREATE TABLE interests (
    id BIGSERIAL PRIMARY KEY,
    opportunity_id BIGINT NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (opportunity_id, organisation_id)
);
CREATE INDEX interests_organisation ON interests (organisation_id);

CREATE TABLE interest_messages (
    id BIGSERIAL PRIMARY KEY,
    interest_id BIGINT NOT NULL REFERENCES interests (id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    author_name TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX interest_messages_interest ON interest_messages (interest_id, id);

CREATE TABLE saved_searches (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    -- 'search' (query is a search query string) or 'recommendations' (query names the subject).
    kind TEXT NOT NULL,
    query TEXT NOT NULL,
    unsubscribe_hash TEXT NOT NULL UNIQUE,
    -- JSON list of the result keys already sent, so a digest holds only new matches.
    seen TEXT NOT NULL,
    last_sent_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX saved_searches_user ON saved_searches (user_id);
