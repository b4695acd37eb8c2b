-- Cascade-funding programmes run by an organisation (a cluster or consortium): the owner's call
-- (budget and maximum grant in cents, eligibility, questions, weighted criteria, deadline with its
-- zone), SMEs' applications naming the technology centre they work with, evaluators and their
-- scores, awards and the funded projects' progress reports.
CREATE TABLE programmes (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    currency TEXT NOT NULL,
    budget_cents BIGINT NOT NULL CHECK (budget_cents > 0),
    max_grant_cents BIGINT NOT NULL CHECK (max_grant_cents > 0),
    deadline_at TIMESTAMPTZ NOT NULL,
    -- The whole validated definition as JSON (summary, eligibility, questions, criteria, zone).
    details TEXT NOT NULL,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX programmes_deadline ON programmes (deadline_at);

CREATE TABLE programme_evaluators (
    programme_id BIGINT NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (programme_id, user_id)
);

CREATE TABLE programme_applications (
    id BIGSERIAL PRIMARY KEY,
    programme_id BIGINT NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    centre_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    project_title TEXT NOT NULL,
    requested_cents BIGINT NOT NULL,
    -- JSON: the summary and the answers, one per question.
    details TEXT NOT NULL,
    -- When someone of the technology centre confirmed it takes part, and who.
    centre_confirmed_at TIMESTAMPTZ,
    centre_confirmed_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- 'submitted', 'awarded', 'rejected' or 'withdrawn'.
    state TEXT NOT NULL,
    awarded_cents BIGINT,
    awarded_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    UNIQUE (programme_id, organisation_id)
);
CREATE INDEX programme_applications_centre ON programme_applications (centre_id);

CREATE TABLE programme_scores (
    application_id BIGINT NOT NULL REFERENCES programme_applications (id) ON DELETE CASCADE,
    evaluator_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- JSON list of scores 0–10, one per criterion.
    scores TEXT NOT NULL,
    comment TEXT NOT NULL,
    submitted_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (application_id, evaluator_id)
);

CREATE TABLE programme_reports (
    id BIGSERIAL PRIMARY KEY,
    application_id BIGINT NOT NULL REFERENCES programme_applications (id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX programme_reports_application ON programme_reports (application_id);

-- Funding calls people follow, how many days before each cut-off they want a reminder, and the
-- reminders already sent (one per person, call and cut-off).
CREATE TABLE call_follows (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    call_id BIGINT NOT NULL REFERENCES funding_calls (id) ON DELETE CASCADE,
    remind_days BIGINT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, call_id)
);
CREATE INDEX call_follows_call ON call_follows (call_id);

CREATE TABLE call_reminders (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    call_id BIGINT NOT NULL REFERENCES funding_calls (id) ON DELETE CASCADE,
    deadline_at TIMESTAMPTZ NOT NULL,
    sent_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, call_id, deadline_at)
);

-- The secret address of a person's calendar of followed deadlines. Kept in clear, unlike
-- passwords and API tokens: it only reads public deadlines, and people copy it into calendar
-- applications whenever they like, so the page shows it again.
CREATE TABLE calendar_keys (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    calendar_key TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL
);
