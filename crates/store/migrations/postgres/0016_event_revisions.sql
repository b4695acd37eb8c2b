-- Changes to a published event beyond time, place and capacity wait for a moderator: the
-- proposed content is kept here (the event's details as JSON) while the event stays visible as it
-- was; who proposed it is kept so that they cannot approve it themselves.
ALTER TABLE events ADD COLUMN revision TEXT;
ALTER TABLE events ADD COLUMN revision_by BIGINT REFERENCES users (id) ON DELETE SET NULL;
