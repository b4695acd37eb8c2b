-- Scores outlive their evaluator: erasing an evaluator's account keeps the scores that decisions
-- rest on, with no one named (evaluator_id becomes NULL). SQLite cannot change a key or a
-- foreign key in place, so both tables are rebuilt.
CREATE TABLE mission_scores_kept (
    application_id INTEGER NOT NULL REFERENCES mission_applications (id) ON DELETE CASCADE,
    evaluator_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    -- JSON list of scores 0–10, one per criterion.
    scores TEXT NOT NULL,
    comment TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    UNIQUE (application_id, evaluator_id)
);
INSERT INTO mission_scores_kept (application_id, evaluator_id, scores, comment, submitted_at)
    SELECT application_id, evaluator_id, scores, comment, submitted_at FROM mission_scores;
DROP TABLE mission_scores;
ALTER TABLE mission_scores_kept RENAME TO mission_scores;

CREATE TABLE programme_scores_kept (
    application_id INTEGER NOT NULL REFERENCES programme_applications (id) ON DELETE CASCADE,
    evaluator_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    -- JSON list of scores 0–10, one per criterion.
    scores TEXT NOT NULL,
    comment TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    UNIQUE (application_id, evaluator_id)
);
INSERT INTO programme_scores_kept (application_id, evaluator_id, scores, comment, submitted_at)
    SELECT application_id, evaluator_id, scores, comment, submitted_at FROM programme_scores;
DROP TABLE programme_scores;
ALTER TABLE programme_scores_kept RENAME TO programme_scores;
