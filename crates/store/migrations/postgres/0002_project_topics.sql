-- What a project is about: its call topics ([{"code", "title"}]) and its EuroSciVoc fields of
-- science (["biochemical engineering", …]), both from CORDIS, as JSON lists.
ALTER TABLE projects ADD COLUMN topics TEXT NOT NULL DEFAULT '[]';
ALTER TABLE projects ADD COLUMN keywords TEXT NOT NULL DEFAULT '[]';
