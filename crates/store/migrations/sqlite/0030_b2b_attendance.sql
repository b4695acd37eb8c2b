-- B2B attendance on the day (issue 22): check-in, "did it happen?", the one ask afterwards.
--
-- The platform's signing keys: random secrets made once per database, so that every node signs
-- and checks the same check-in tokens and one-tap links without any configuration.
CREATE TABLE signing_keys (
    name TEXT PRIMARY KEY,
    secret TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Who is at the event: the first check-in kept, a check-out set (and cleared when they come
-- back in later). A row exists from the first check-in.
CREATE TABLE b2b_presence (
    registration_id INTEGER PRIMARY KEY REFERENCES registrations (id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    checked_in_at TEXT NOT NULL,
    checked_out_at TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX b2b_presence_event ON b2b_presence (event_id);

-- Every scan, by the key the scanning page gave it: a scan replayed (an offline queue sent
-- twice) finds its key taken and is counted once. `kind` is 'in' or 'out'; `scanned_at` is the
-- time on the scanning device, which an offline scan keeps.
CREATE TABLE b2b_scans (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    scan_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    scanned_at TEXT NOT NULL,
    recorded_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    UNIQUE (event_id, scan_key)
);

-- What each side says of a meeting: `side` is 'requester', 'invitee' or 'organiser' (whose
-- word settles); `outcome` 'held' or 'no-show', with who was `absent` ('requester', 'invitee'
-- or 'both') for a no-show. Each side's latest answer is kept; conflicting ones stay side by side.
CREATE TABLE b2b_meeting_reports (
    request_id INTEGER NOT NULL REFERENCES meeting_requests (id) ON DELETE CASCADE,
    side TEXT NOT NULL,
    outcome TEXT NOT NULL,
    absent TEXT,
    reported_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    reported_at TEXT NOT NULL,
    PRIMARY KEY (request_id, side)
);

-- The one mail after the event asking about the meetings nobody answered for: claimed here
-- before it is sent, so that it goes once per participant whatever the number of nodes.
CREATE TABLE b2b_attendance_asks (
    registration_id INTEGER PRIMARY KEY REFERENCES registrations (id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    asked_at TEXT NOT NULL
);

-- When a re-fill on the day gave a meeting its place: the organiser's dashboard counts the slots
-- that re-fills handed on.
ALTER TABLE meeting_requests ADD COLUMN refilled_at TEXT;
