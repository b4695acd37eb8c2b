-- An organisation becomes a partner on a project page only when one of its admins accepts: until
-- then the page's editors' invitation waits here.
CREATE TABLE partner_invitations (
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    invited_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (project_id, organisation_id)
);
CREATE INDEX partner_invitations_organisation ON partner_invitations (organisation_id);
