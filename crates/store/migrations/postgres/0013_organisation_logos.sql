-- Organisation logos as uploaded by the organisation's admins, decoded and written again as a PNG
-- of at most 256×256 (so nothing but pixels is stored or served). `logo_version` on the profile
-- row says whether there is one and versions its address, so lists show it without another query.
ALTER TABLE organisations ADD COLUMN logo_version TEXT;
CREATE TABLE organisation_logos (
    organisation_id BIGINT PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    png BYTEA NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
