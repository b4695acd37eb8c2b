-- The organisation directory, projects, reference regions and the change feed.
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    short_name TEXT,
    sort_key TEXT NOT NULL,
    search_text TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT NOT NULL,
    nuts_code TEXT,
    city TEXT,
    lat REAL,
    lon REAL,
    website TEXT,
    members_smes INTEGER,
    members_large INTEGER,
    members_research INTEGER,
    members_total INTEGER,
    founded INTEGER,
    label TEXT,
    is_sme BOOLEAN NOT NULL DEFAULT FALSE,
    cordis_id TEXT UNIQUE,
    -- Descriptions and taxonomy lists as one JSON document, so a profile reads in one row;
    -- organisation_tags repeats the lists for filtering.
    details TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX organisations_sort ON organisations (sort_key, id);
CREATE INDEX organisations_country ON organisations (country, sort_key, id);
CREATE INDEX organisations_kind ON organisations (kind, country, sort_key, id);
CREATE INDEX organisations_nuts ON organisations (nuts_code);
CREATE INDEX organisations_label ON organisations (label);
CREATE INDEX organisations_updated ON organisations (updated_at);

CREATE TABLE organisation_tags (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (organisation_id, facet, value)
);
CREATE INDEX organisation_tags_lookup ON organisation_tags (facet, value, organisation_id);

CREATE TABLE memberships (
    cluster_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    PRIMARY KEY (cluster_id, member_id)
);
CREATE INDEX memberships_member ON memberships (member_id);

CREATE TABLE partnerships (
    first_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    second_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    PRIMARY KEY (first_id, second_id),
    CHECK (first_id < second_id)
);
CREATE INDEX partnerships_second ON partnerships (second_id);

CREATE TABLE projects (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    cordis_id TEXT UNIQUE,
    acronym TEXT NOT NULL,
    title TEXT,
    programme TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX projects_acronym_without_cordis ON projects (acronym) WHERE cordis_id IS NULL;

CREATE TABLE participations (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    ec_contribution_cents INTEGER,
    PRIMARY KEY (project_id, organisation_id, role)
);
CREATE INDEX participations_organisation ON participations (organisation_id);

CREATE TABLE nuts_regions (
    code TEXT PRIMARY KEY,
    level INTEGER NOT NULL,
    name TEXT NOT NULL
);

CREATE TABLE change_feed (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    op TEXT NOT NULL,
    at TEXT NOT NULL
);
