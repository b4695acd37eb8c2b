-- Imports of every real variant of their files. Forthcoming topics of the Funding & Tenders
-- portal have no deadline yet, so a call's first and last cut-off may be unknown. CORDIS'
-- project.csv gives a project's status, EU contribution, call and funding scheme.
ALTER TABLE funding_calls ALTER COLUMN first_deadline_at DROP NOT NULL;
ALTER TABLE funding_calls ALTER COLUMN last_deadline_at DROP NOT NULL;

ALTER TABLE projects ADD COLUMN status TEXT;
ALTER TABLE projects ADD COLUMN ec_contribution_cents BIGINT;
ALTER TABLE projects ADD COLUMN call_identifier TEXT;
ALTER TABLE projects ADD COLUMN funding_scheme TEXT;
