-- B2B preferences and compact schedules (issue 22): what participants think of meeting each
-- other, how the organiser runs the event's matchmaking, per-person limits and group meetings.

-- One mark per pair and direction: 'must' (must meet), 'wish' (would like to meet) or 'no'
-- (no, thanks). Private to the person who marks and to the organiser.
CREATE TABLE meeting_preferences (
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    from_id BIGINT NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    to_id BIGINT NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    mark TEXT NOT NULL CHECK (mark IN ('must', 'wish', 'no')),
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (from_id, to_id)
);
CREATE INDEX meeting_preferences_event ON meeting_preferences (event_id);

-- How an event's matchmaking runs: 'requests' (participants ask and accept) or 'hosted' (the
-- organiser pairs people from their preferences); the event-wide meeting limits (NULL: none);
-- whether pairs who met at an earlier event of the same organiser are left out.
CREATE TABLE b2b_settings (
    event_id BIGINT PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    mode TEXT NOT NULL CHECK (mode IN ('requests', 'hosted')),
    min_meetings BIGINT,
    max_meetings BIGINT,
    skip_met BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at TIMESTAMPTZ NOT NULL
);

-- The organiser's limits for one participant, over the event-wide ones.
CREATE TABLE meeting_limits (
    registration_id BIGINT PRIMARY KEY REFERENCES registrations (id) ON DELETE CASCADE,
    min_meetings BIGINT,
    max_meetings BIGINT,
    updated_at TIMESTAMPTZ NOT NULL
);

-- Meetings the organiser paired from preferences in hosted-buyer mode are accepted requests
-- marked here, so that a later run can take back those whose preferences changed.
ALTER TABLE meeting_requests ADD COLUMN hosted BOOLEAN NOT NULL DEFAULT FALSE;

-- A group meeting: a host and up to six guests, in one slot at one table.
CREATE TABLE group_meetings (
    id BIGSERIAL PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    host_id BIGINT NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    slot BIGINT,
    table_no BIGINT,
    locked BOOLEAN NOT NULL DEFAULT FALSE,
    unscheduled TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX group_meetings_event ON group_meetings (event_id);

CREATE TABLE group_meeting_guests (
    group_id BIGINT NOT NULL REFERENCES group_meetings (id) ON DELETE CASCADE,
    registration_id BIGINT NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, registration_id)
);
CREATE INDEX group_meeting_guests_registration ON group_meeting_guests (registration_id);
