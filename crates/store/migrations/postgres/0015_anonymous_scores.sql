-- Scores outlive their evaluator: erasing an evaluator's account keeps the scores that decisions
-- rest on, with no one named (evaluator_id becomes NULL).
ALTER TABLE mission_scores DROP CONSTRAINT mission_scores_pkey;
ALTER TABLE mission_scores DROP CONSTRAINT mission_scores_evaluator_id_fkey;
ALTER TABLE mission_scores ALTER COLUMN evaluator_id DROP NOT NULL;
ALTER TABLE mission_scores ADD CONSTRAINT mission_scores_evaluator_id_fkey
    FOREIGN KEY (evaluator_id) REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE mission_scores ADD CONSTRAINT mission_scores_application_evaluator UNIQUE (application_id, evaluator_id);

ALTER TABLE programme_scores DROP CONSTRAINT programme_scores_pkey;
ALTER TABLE programme_scores DROP CONSTRAINT programme_scores_evaluator_id_fkey;
ALTER TABLE programme_scores ALTER COLUMN evaluator_id DROP NOT NULL;
ALTER TABLE programme_scores ADD CONSTRAINT programme_scores_evaluator_id_fkey
    FOREIGN KEY (evaluator_id) REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE programme_scores ADD CONSTRAINT programme_scores_application_evaluator UNIQUE (application_id, evaluator_id);
