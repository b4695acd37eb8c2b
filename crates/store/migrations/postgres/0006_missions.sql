-- Business missions: a call for participation on a mission event (the organiser's questions,
-- weighted criteria and places), applications of organisations, evaluators and their scores.
CREATE TABLE mission_calls (
    event_id BIGINT PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    -- JSON lists: the questions applicants answer; the criteria as {"name", "weight"}.
    questions TEXT NOT NULL,
    criteria TEXT NOT NULL,
    places BIGINT NOT NULL,
    -- YYYY-MM-DD: the last day applications are taken.
    deadline TEXT NOT NULL,
    -- When the applicants were told the outcome.
    notified_at TIMESTAMPTZ,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE mission_evaluators (
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, user_id)
);

CREATE TABLE mission_applications (
    id BIGSERIAL PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- JSON list of answers, one per question.
    answers TEXT NOT NULL,
    -- 'submitted', 'selected' or 'rejected' (the organiser's decision), or 'withdrawn'.
    state TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    UNIQUE (event_id, organisation_id)
);

CREATE TABLE mission_scores (
    application_id BIGINT NOT NULL REFERENCES mission_applications (id) ON DELETE CASCADE,
    evaluator_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- JSON list of scores 0–10, one per criterion.
    scores TEXT NOT NULL,
    comment TEXT NOT NULL,
    submitted_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (application_id, evaluator_id)
);
