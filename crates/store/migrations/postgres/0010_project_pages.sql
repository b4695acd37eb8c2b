-- Project pages: what the consortium enters (summary, dates, budget in cents, technologies,
-- target markets, website) as JSON; its news; the events linked to it.
ALTER TABLE projects ADD COLUMN details TEXT NOT NULL DEFAULT '{}';

CREATE TABLE project_news (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    -- The partner it is posted for, and who wrote it.
    organisation_id BIGINT REFERENCES organisations (id) ON DELETE SET NULL,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX project_news_project ON project_news (project_id, created_at);

CREATE TABLE project_events (
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, event_id)
);
CREATE INDEX project_events_event ON project_events (event_id);
