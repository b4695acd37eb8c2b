-- Registrations remember when their reminder mail went out, so it goes once.
ALTER TABLE registrations ADD COLUMN reminded_at TEXT;
