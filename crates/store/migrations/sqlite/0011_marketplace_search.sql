-- The marketplace is searched and filtered like the directory: words of the title and description
-- (folded to lower case without accents; filled by the application, so rows written before this
-- migration are filled at start), and the draft's taxonomy lists repeated for filtering.
ALTER TABLE opportunities ADD COLUMN search_text TEXT;
CREATE TABLE opportunity_tags (
    opportunity_id INTEGER NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (opportunity_id, facet, value)
);
CREATE INDEX opportunity_tags_lookup ON opportunity_tags (facet, value, opportunity_id);
