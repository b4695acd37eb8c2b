-- Cascade-funding programmes run by an organisation (a cluster or consortium): the owner's call
-- (budget and maximum grant in cents, eligibility, questions, weighted criteria, deadline with its
-- zone), SMEs' applications naming the technology centre they work with, evaluators and their
-- scores, awards and the funded projects' progress reports.
CREATE TABLE programmes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    currency TEXT NOT NULL,
    budget_cents INTEGER NOT NULL CHECK (budget_cents > 0),
    max_grant_cents INTEGER NOT NULL CHECK (max_grant_cents > 0),
    deadline_at TEXT NOT NULL,
    -- The whole validated definition as JSON (summary, eligibility, questions, criteria, zone).
    details TEXT NOT NULL,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX programmes_deadline ON programmes (deadline_at);

CREATE TABLE programme_evaluators (
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (programme_id, user_id)
);

CREATE TABLE programme_applications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    centre_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    project_title TEXT NOT NULL,
    requested_cents INTEGER NOT NULL,
    -- JSON: the summary and the answers, one per question.
    details TEXT NOT NULL,
    -- When someone of the technology centre confirmed it takes part, and who.
    centre_confirmed_at TEXT,
    centre_confirmed_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    -- 'submitted', 'awarded', 'rejected' or 'withdrawn'.
    state TEXT NOT NULL,
    awarded_cents INTEGER,
    awarded_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (programme_id, organisation_id)
);
CREATE INDEX programme_applications_centre ON programme_applications (centre_id);

CREATE TABLE programme_scores (
    application_id INTEGER NOT NULL REFERENCES programme_applications (id) ON DELETE CASCADE,
    evaluator_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- JSON list of scores 0–10, one per criterion.
    scores TEXT NOT NULL,
    comment TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    PRIMARY KEY (application_id, evaluator_id)
);

CREATE TABLE programme_reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id INTEGER NOT NULL REFERENCES programme_applications (id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX programme_reports_application ON programme_reports (application_id);

-- Funding calls people follow, how many days before each cut-off they want a reminder, and the
-- reminders already sent (one per person, call and cut-off).
CREATE TABLE call_follows (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    call_id INTEGER NOT NULL REFERENCES funding_calls (id) ON DELETE CASCADE,
    remind_days INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, call_id)
);
CREATE INDEX call_follows_call ON call_follows (call_id);

CREATE TABLE call_reminders (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    call_id INTEGER NOT NULL REFERENCES funding_calls (id) ON DELETE CASCADE,
    deadline_at TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (user_id, call_id, deadline_at)
);

-- The secret address of a person's calendar of followed deadlines. Kept in clear, unlike
-- passwords and API tokens: it only reads public deadlines, and people copy it into calendar
-- applications whenever they like, so the page shows it again.
CREATE TABLE calendar_keys (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    calendar_key TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
