-- Events: the calendar, registrations with a waiting list, and B2B matchmaking (participants'
-- profiles and availability, meeting requests and the schedule that places them).
CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    title TEXT NOT NULL,
    -- Instants (UTC) for ordering and date ranges; the wall-clock times and zone are in details.
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    -- The venue's country; NULL for online events.
    country TEXT,
    online INTEGER NOT NULL,
    -- ' ket:… eco:… ' so that one LIKE finds a technology.
    tags TEXT NOT NULL,
    details TEXT NOT NULL,
    -- JSON list of B2B meeting sessions.
    sessions TEXT NOT NULL DEFAULT '[]',
    schedule_published_at TEXT,
    return_reason TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    published_at TEXT
);
CREATE INDEX events_state ON events (state, starts_at);
CREATE INDEX events_organisation ON events (organisation_id);

CREATE TABLE registrations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    -- 'confirmed', 'waitlisted' or 'cancelled'; the waiting list is in order of queued_at.
    state TEXT NOT NULL,
    offer TEXT NOT NULL DEFAULT '',
    seek TEXT NOT NULL DEFAULT '',
    -- JSON list of the starts (wall clock) of the meeting slots the participant cannot attend.
    unavailable TEXT NOT NULL DEFAULT '[]',
    queued_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (event_id, user_id)
);
CREATE INDEX registrations_user ON registrations (user_id);
CREATE INDEX registrations_event ON registrations (event_id, state, queued_at);

CREATE TABLE meeting_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    requester_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    invitee_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    message TEXT NOT NULL,
    -- 'pending', 'accepted', 'declined' or 'withdrawn'.
    state TEXT NOT NULL,
    -- Where the schedule placed it (slot counted across the sessions), whether the organiser
    -- locked it there, and why the last run left it out.
    slot INTEGER,
    table_no INTEGER,
    locked INTEGER NOT NULL DEFAULT 0,
    unscheduled TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (event_id, requester_id, invitee_id)
);
CREATE INDEX meeting_requests_invitee ON meeting_requests (invitee_id);
CREATE INDEX meeting_requests_requester ON meeting_requests (requester_id);
CREATE INDEX meeting_requests_event ON meeting_requests (event_id, state);

ALTER TABLE users ADD COLUMN timezone TEXT;
