-- The organisation directory, projects, reference regions and the change feed.
CREATE TABLE organisations (
    id BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    short_name TEXT,
    sort_key TEXT COLLATE "C" NOT NULL,
    search_text TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT NOT NULL,
    nuts_code TEXT,
    city TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    website TEXT,
    members_smes BIGINT,
    members_large BIGINT,
    members_research BIGINT,
    members_total BIGINT,
    founded BIGINT,
    label TEXT,
    is_sme BOOLEAN NOT NULL DEFAULT FALSE,
    cordis_id TEXT UNIQUE,
    -- Descriptions and taxonomy lists as one JSON document, so a profile reads in one row;
    -- organisation_tags repeats the lists for filtering.
    details TEXT NOT NULL DEFAULT '{}',
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX organisations_sort ON organisations (sort_key, id);
CREATE INDEX organisations_country ON organisations (country, sort_key, id);
CREATE INDEX organisations_kind ON organisations (kind, country, sort_key, id);
CREATE INDEX organisations_nuts ON organisations (nuts_code);
CREATE INDEX organisations_label ON organisations (label);
CREATE INDEX organisations_updated ON organisations (updated_at);

CREATE TABLE organisation_tags (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (organisation_id, facet, value)
);
CREATE INDEX organisation_tags_lookup ON organisation_tags (facet, value, organisation_id);

CREATE TABLE memberships (
    cluster_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    PRIMARY KEY (cluster_id, member_id)
);
CREATE INDEX memberships_member ON memberships (member_id);

CREATE TABLE partnerships (
    first_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    second_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    PRIMARY KEY (first_id, second_id),
    CHECK (first_id < second_id)
);
CREATE INDEX partnerships_second ON partnerships (second_id);

CREATE TABLE projects (
    id BIGSERIAL PRIMARY KEY,
    cordis_id TEXT UNIQUE,
    acronym TEXT NOT NULL,
    title TEXT,
    programme TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX projects_acronym_without_cordis ON projects (acronym) WHERE cordis_id IS NULL;

CREATE TABLE participations (
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    ec_contribution_cents BIGINT,
    PRIMARY KEY (project_id, organisation_id, role)
);
CREATE INDEX participations_organisation ON participations (organisation_id);

CREATE TABLE nuts_regions (
    code TEXT PRIMARY KEY,
    level BIGINT NOT NULL,
    name TEXT NOT NULL
);

CREATE TABLE change_feed (
    id BIGSERIAL PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    op TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL
);
