-- News written by members of an organisation (articles, talk summaries, press releases), moderated
-- like opportunities. The whole validated draft is kept as JSON in `details`; the columns repeat
-- what lists filter and order by. `news_tags` holds the free tags and the organisations an item is
-- about, for filtering (facet 'tag' or 'organisation').
CREATE TABLE news (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    details TEXT NOT NULL,
    return_reason TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    published_at TIMESTAMPTZ
);
CREATE INDEX news_published ON news (state, published_at);
CREATE INDEX news_organisation ON news (organisation_id);

CREATE TABLE news_tags (
    news_id BIGINT NOT NULL REFERENCES news (id) ON DELETE CASCADE,
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (news_id, facet, value)
);
CREATE INDEX news_tags_lookup ON news_tags (facet, value, news_id);
