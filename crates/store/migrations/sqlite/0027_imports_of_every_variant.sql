-- Imports of every real variant of their files. Forthcoming topics of the Funding & Tenders
-- portal have no deadline yet, so a call's first and last cut-off may be unknown. CORDIS'
-- project.csv gives a project's status, EU contribution, call and funding scheme.
--
-- SQLite cannot drop NOT NULL in place, so funding_calls is rebuilt. Migrations run in a
-- transaction with foreign keys on, where dropping the old table would delete the follows,
-- reminders and cut-offs that refer to it: those three are rebuilt with it, referring to the new
-- table, and the old ones dropped first.
CREATE TABLE funding_calls_rebuilt (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    identifier TEXT NOT NULL,
    programme TEXT NOT NULL,
    title TEXT NOT NULL,
    is_cascade INTEGER NOT NULL,
    opens_at TEXT,
    -- The first and last cut-off, as instants, for status and "closing soon"; none yet for a
    -- forthcoming topic.
    first_deadline_at TEXT,
    last_deadline_at TEXT,
    -- The whole validated call as JSON (deadlines with their zone, budget in cents, HTML).
    details TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO funding_calls_rebuilt (id, reference, identifier, programme, title, is_cascade, opens_at,
    first_deadline_at, last_deadline_at, details, created_at, updated_at)
    SELECT id, reference, identifier, programme, title, is_cascade, opens_at,
    first_deadline_at, last_deadline_at, details, created_at, updated_at FROM funding_calls;

CREATE TABLE call_follows_rebuilt (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    call_id INTEGER NOT NULL REFERENCES funding_calls_rebuilt (id) ON DELETE CASCADE,
    remind_days INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, call_id)
);
INSERT INTO call_follows_rebuilt (user_id, call_id, remind_days, created_at)
    SELECT user_id, call_id, remind_days, created_at FROM call_follows;

CREATE TABLE call_reminders_rebuilt (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    call_id INTEGER NOT NULL REFERENCES funding_calls_rebuilt (id) ON DELETE CASCADE,
    deadline_at TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (user_id, call_id, deadline_at)
);
INSERT INTO call_reminders_rebuilt (user_id, call_id, deadline_at, sent_at)
    SELECT user_id, call_id, deadline_at, sent_at FROM call_reminders;

CREATE TABLE call_deadlines_rebuilt (
    call_id INTEGER NOT NULL REFERENCES funding_calls_rebuilt (id) ON DELETE CASCADE,
    deadline_at TEXT NOT NULL,
    PRIMARY KEY (call_id, deadline_at)
);
INSERT INTO call_deadlines_rebuilt (call_id, deadline_at) SELECT call_id, deadline_at FROM call_deadlines;

DROP TABLE call_follows;
DROP TABLE call_reminders;
DROP TABLE call_deadlines;
DROP TABLE funding_calls;
-- Renaming a table with foreign keys on renames the references to it too.
ALTER TABLE funding_calls_rebuilt RENAME TO funding_calls;
ALTER TABLE call_follows_rebuilt RENAME TO call_follows;
ALTER TABLE call_reminders_rebuilt RENAME TO call_reminders;
ALTER TABLE call_deadlines_rebuilt RENAME TO call_deadlines;
CREATE INDEX funding_calls_deadline ON funding_calls (last_deadline_at);
CREATE INDEX funding_calls_programme ON funding_calls (programme);
CREATE INDEX funding_calls_identifier ON funding_calls (identifier);
CREATE INDEX call_follows_call ON call_follows (call_id);
CREATE INDEX call_deadlines_at ON call_deadlines (deadline_at, call_id);

ALTER TABLE projects ADD COLUMN status TEXT;
ALTER TABLE projects ADD COLUMN ec_contribution_cents INTEGER;
ALTER TABLE projects ADD COLUMN call_identifier TEXT;
ALTER TABLE projects ADD COLUMN funding_scheme TEXT;
