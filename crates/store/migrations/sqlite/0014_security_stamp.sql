-- A per-account security stamp: every mailed link records the stamp of its account when it was
-- made and works only while the stamp is unchanged. A password reset or change and a completed
-- address change move the stamp on, so every link mailed before them is worthless at once.
ALTER TABLE users ADD COLUMN security_stamp BIGINT NOT NULL DEFAULT 0;
ALTER TABLE email_tokens ADD COLUMN stamp BIGINT NOT NULL DEFAULT 0;
