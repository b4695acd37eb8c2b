-- Business missions: a call for participation on a mission event (the organiser's questions,
-- weighted criteria and places), applications of organisations, evaluators and their scores.
CREATE TABLE mission_calls (
    event_id INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    -- JSON lists: the questions applicants answer; the criteria as {"name", "weight"}.
    questions TEXT NOT NULL,
    criteria TEXT NOT NULL,
    places INTEGER NOT NULL,
    -- YYYY-MM-DD: the last day applications are taken.
    deadline TEXT NOT NULL,
    -- When the applicants were told the outcome.
    notified_at TEXT,
    updated_at TEXT NOT NULL
);

CREATE TABLE mission_evaluators (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, user_id)
);

CREATE TABLE mission_applications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    -- JSON list of answers, one per question.
    answers TEXT NOT NULL,
    -- 'submitted', 'selected' or 'rejected' (the organiser's decision), or 'withdrawn'.
    state TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (event_id, organisation_id)
);

CREATE TABLE mission_scores (
    application_id INTEGER NOT NULL REFERENCES mission_applications (id) ON DELETE CASCADE,
    evaluator_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- JSON list of scores 0–10, one per criterion.
    scores TEXT NOT NULL,
    comment TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    PRIMARY KEY (application_id, evaluator_id)
);
