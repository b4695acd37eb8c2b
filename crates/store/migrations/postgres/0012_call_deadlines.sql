-- Every cut-off of a call as a row, so lists order calls by their next cut-off (a call with
-- several has one in weeks and another in months) and "closing soon" means the next one. Rows of
-- calls saved before this migration are filled by the application at start.
CREATE TABLE call_deadlines (
    call_id BIGINT NOT NULL REFERENCES funding_calls (id) ON DELETE CASCADE,
    deadline_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (call_id, deadline_at)
);
CREATE INDEX call_deadlines_at ON call_deadlines (deadline_at, call_id);
