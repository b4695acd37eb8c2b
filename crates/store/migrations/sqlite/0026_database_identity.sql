-- Which database this is: a random identity made when the schema is first created, and made anew
-- by `clusterhub restore`. Search indexes and caches record the identity and the change-feed
-- position they follow; when either disagrees with the database (a restore, another database
-- behind the same data folder) they rebuild instead of serving what is no longer there.
CREATE TABLE database_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    identity TEXT NOT NULL
);
INSERT INTO database_identity (id, identity) VALUES (1, lower(hex(randomblob(16))));
