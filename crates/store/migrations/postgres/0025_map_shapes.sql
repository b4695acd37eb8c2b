-- Boundaries of countries and NUTS 1/2 regions for the maps, imported from GISCO
-- (`clusterhub import boundaries DIR`) already projected and simplified: SVG path data in the
-- map's frame, so a map is drawn without reading or projecting anything per request.
CREATE TABLE map_shapes (
    code TEXT PRIMARY KEY,
    level BIGINT NOT NULL,
    -- GISCO's country code (EL for Greece, UK for the United Kingdom).
    country TEXT NOT NULL,
    -- The name in the region's own language(s), and in Latin script.
    name TEXT NOT NULL,
    name_latn TEXT NOT NULL,
    -- Empty when the region lies outside the frame of Europe (the outermost regions).
    path TEXT NOT NULL,
    label_x DOUBLE PRECISION NOT NULL,
    label_y DOUBLE PRECISION NOT NULL,
    min_x DOUBLE PRECISION NOT NULL,
    min_y DOUBLE PRECISION NOT NULL,
    max_x DOUBLE PRECISION NOT NULL,
    max_y DOUBLE PRECISION NOT NULL
);
CREATE INDEX map_shapes_level ON map_shapes (level, code);
