-- What a news item mentions, found in its text on every save and decided on by its writers
-- before they submit it. `kind` is organisation, project, event, call, country, city,
-- technology or ecosystem, with `key` what the platform calls it (a slug, an id, a code); or
-- candidate, an organisation-like name the directory does not have (`key` its folded name), for
-- moderators. `label` is its name on the platform, `surface` the words the text uses for it (each
-- spelling on a line of its own, in the order the text uses them).
-- Published items link their confirmed mentions, and the pages of what they mention list them.
CREATE TABLE news_mentions (
    news_id INTEGER NOT NULL REFERENCES news (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    surface TEXT NOT NULL,
    state TEXT NOT NULL,
    PRIMARY KEY (news_id, kind, key)
);
CREATE INDEX news_mentions_target ON news_mentions (kind, key, state, news_id);
