-- Whether `serve --demo` finished filling this database. Seeding takes many transactions; a
-- process killed halfway leaves 'seeding', and the next `serve --demo` empties the database and
-- seeds it again instead of leaving a partial demo for good.
CREATE TABLE demo_seed (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    state TEXT NOT NULL CHECK (state IN ('seeding', 'complete'))
);
