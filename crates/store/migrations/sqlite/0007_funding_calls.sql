-- Funding opportunities: calls for proposals and cascade calls, imported from the EU Funding &
-- Tenders portal's export (re-imports update by the portal's reference; cascade calls share the
-- identifier of the topic they belong to).
CREATE TABLE funding_calls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    identifier TEXT NOT NULL,
    programme TEXT NOT NULL,
    title TEXT NOT NULL,
    is_cascade INTEGER NOT NULL,
    opens_at TEXT,
    -- The first and last cut-off, as instants, for status and "closing soon".
    first_deadline_at TEXT NOT NULL,
    last_deadline_at TEXT NOT NULL,
    -- The whole validated call as JSON (deadlines with their zone, budget in cents, HTML).
    details TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX funding_calls_deadline ON funding_calls (last_deadline_at);
CREATE INDEX funding_calls_programme ON funding_calls (programme);
CREATE INDEX funding_calls_identifier ON funding_calls (identifier);
