-- Technology services: what technology centres offer (moderated like opportunities), the
-- requests SMEs send for them with the centre's quote, the acceptance (paid with a voucher of a
-- cascade-funding programme, or not), delivery marked by both sides and the client's rating.
CREATE TABLE services (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    -- The centre's own reference: a re-imported catalogue updates the service it names.
    reference TEXT,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    -- The name in the main language, for lists and their order.
    name TEXT NOT NULL,
    -- The whole validated draft as JSON (texts per language, lists), like opportunities.details.
    details TEXT NOT NULL,
    return_reason TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    published_at TEXT,
    UNIQUE (organisation_id, reference)
);
CREATE INDEX services_state ON services (state, id);

-- An SME's challenge in its own words, sent to up to five of the services proposed for it; the
-- ranked proposals are kept, so that the next ones can be offered when a centre does not answer.
CREATE TABLE service_challenges (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    details TEXT NOT NULL,
    -- JSON list of service ids, best first.
    proposals TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX service_challenges_organisation ON service_challenges (organisation_id);

CREATE TABLE service_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    -- The centre that offers the service, and the client organisation that asks.
    provider_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    client_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    challenge_id INTEGER REFERENCES service_challenges (id) ON DELETE SET NULL,
    -- The network (a cluster or an EEN partner) the client asked through, which follows it.
    network_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    state TEXT NOT NULL,
    details TEXT NOT NULL,
    -- When the centre's first answer is due, from the service's stated answer time.
    due_at TEXT NOT NULL,
    reminded_at TEXT,
    lapsed_at TEXT,
    -- The first answer (a quote or a refusal), for the centre's public answer time.
    answered_at TEXT,
    quote TEXT,
    decline_reason TEXT,
    accepted_at TEXT,
    -- The awarded application of a voucher programme that pays, and how much of it.
    voucher_application_id INTEGER REFERENCES programme_applications (id) ON DELETE SET NULL,
    voucher_cents BIGINT,
    provider_delivered_at TEXT,
    client_delivered_at TEXT,
    delivered_at TEXT,
    stars INTEGER,
    rating_comment TEXT,
    rated_at TEXT,
    rating_reply TEXT,
    replied_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX service_requests_provider ON service_requests (provider_id, state);
CREATE INDEX service_requests_client ON service_requests (client_id);
CREATE INDEX service_requests_network ON service_requests (network_id);
CREATE INDEX service_requests_due ON service_requests (state, due_at);
CREATE INDEX service_requests_voucher ON service_requests (voucher_application_id);

