-- The follow-up of B2B matchmaking (issue 22): meeting requests that expire, reminders to
-- participants with something to do, and the outcomes of held meetings asked months later.
--
-- An event's follow-up settings; an event without a row uses the defaults of
-- `domain::b2b_followup::FollowUpSettings`.
CREATE TABLE b2b_followup_settings (
    event_id INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    -- A pending request expires this many days after it was asked.
    request_days INTEGER NOT NULL,
    -- Reminders go at most every this many days, and at most this many per person.
    nudge_every_days INTEGER NOT NULL,
    nudge_cap INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);

-- Requests that expired unanswered (the request itself became 'withdrawn', which frees both
-- sides). The row is written in the transaction that moved the request, so one node alone
-- expires it and tells its requester.
CREATE TABLE b2b_request_expiries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id INTEGER NOT NULL REFERENCES meeting_requests (id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    asked_at TEXT NOT NULL,
    expired_at TEXT NOT NULL
);
CREATE INDEX b2b_request_expiries_event ON b2b_request_expiries (event_id);

-- Reminders sent: one row per person and round (1, 2, …). The key is the claim: a node sends a
-- reminder only after its insert of the row succeeded, so several nodes send each one once.
CREATE TABLE b2b_nudges (
    registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    round INTEGER NOT NULL,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    -- What the person had to do: requests waiting for their answer, and their meetings then.
    waiting INTEGER NOT NULL,
    meetings INTEGER NOT NULL,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (registration_id, round)
);
CREATE INDEX b2b_nudges_event ON b2b_nudges (event_id);

-- The outcome questions sent 90 and 180 days after an event (round = the days): one mail per
-- participant and round, claimed by its key like the reminders. The mail's links carry a
-- random token whose SHA-256 is kept here; they work until `expires_at`.
CREATE TABLE b2b_outcome_asks (
    registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    round INTEGER NOT NULL,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    sent_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    PRIMARY KEY (registration_id, round)
);
CREATE INDEX b2b_outcome_asks_event ON b2b_outcome_asks (event_id);

-- A participant's answer for one held meeting in one round; private to the event's organisers,
-- who see them counted only.
CREATE TABLE b2b_outcomes (
    request_id INTEGER NOT NULL REFERENCES meeting_requests (id) ON DELETE CASCADE,
    registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    round INTEGER NOT NULL,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    answered_at TEXT NOT NULL,
    PRIMARY KEY (request_id, registration_id, round)
);
CREATE INDEX b2b_outcomes_event ON b2b_outcomes (event_id);
