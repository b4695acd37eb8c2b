-- Table stewards of B2B events: people the organisers name to run the check-in desk and record
-- whether meetings took place, without organising the event. `named_by` is the organiser who
-- named them (kept empty once that account is erased); a steward's role ends with their account.
CREATE TABLE event_stewards (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    named_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    named_at TEXT NOT NULL,
    PRIMARY KEY (event_id, user_id)
);
-- A person's own roles, for their event page and their personal data.
CREATE INDEX event_stewards_user ON event_stewards (user_id);

-- Who has been told they are a steward of an event. The row outlives the steward's removal, so
-- naming the same person again, after a removal, does not mail them again.
CREATE TABLE event_steward_notices (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    told_at TEXT NOT NULL,
    PRIMARY KEY (event_id, user_id)
);
CREATE INDEX event_steward_notices_user ON event_steward_notices (user_id);

-- A steward's word on a meeting is kept in b2b_meeting_reports under the side 'steward' (the
-- latest steward's, with who gave it in `reported_by`). It ranks below the organiser's word and
-- above the two participants': the organiser's settles, else the steward's, else the sides'.
