//! Technology services and the requests for them. Every state change of a request is one
//! conditional update (`WHERE state IN …`), so the centre and the client, or two people of one
//! side, cannot both win a step; paying with a voucher takes the programme's lock, as awards do,
//! so concurrent acceptances never spend more than an award.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use domain::service::{Quote, RequestDraft, RequestState, ServiceDraft, ServiceState};
use domain::{Cents, Slug};

use crate::change_feed::{self, Op};
use crate::db::Tx;
use crate::{corrupt, is_unique_violation, Conflict, Sql, Store, StoreError};

/// Two services of one organisation cannot share a reference: a re-import finds them by it.
fn reference_clash(e: StoreError) -> StoreError {
    if is_unique_violation(&e) {
        StoreError::Conflict(Conflict::ServiceReference)
    } else {
        e
    }
}

/// A stored service with the organisation that offers it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Service {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation_slug: Slug,
    pub organisation_name: String,
    pub organisation_country: String,
    pub state: ServiceState,
    #[serde(flatten)]
    pub draft: ServiceDraft,
    pub return_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
}

row! {
    struct ServiceRow {
        id: i64,
        organisation_id: i64,
        slug: String,
        org_name: String,
        country: String,
        state: String,
        details: String,
        return_reason: Option<String>,
        created_at: DateTime<Utc>,
        updated_at: DateTime<Utc>,
        published_at: Option<DateTime<Utc>>,
    }
}

const SERVICE_SELECT: &str =
    "SELECT s.id, s.organisation_id, o.slug, o.name AS org_name, o.country, s.state, s.details, \
     s.return_reason, s.created_at, s.updated_at, s.published_at \
     FROM services s JOIN organisations o ON o.id = s.organisation_id";

impl ServiceRow {
    fn into_service(self) -> Result<Service, StoreError> {
        Ok(Service {
            id: self.id,
            organisation_id: self.organisation_id,
            organisation_slug: Slug::parse(&self.slug).map_err(|e| corrupt("organisations.slug", e))?,
            organisation_name: self.org_name,
            organisation_country: self.country,
            state: self.state.parse().map_err(|e| corrupt("services.state", e))?,
            draft: serde_json::from_str(&self.details).map_err(|e| corrupt("services.details", e))?,
            return_reason: self.return_reason,
            created_at: self.created_at,
            updated_at: self.updated_at,
            published_at: self.published_at,
        })
    }
}

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportCounts {
    pub created: usize,
    pub updated: usize,
}

/// A request with the names of the service and of both sides.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ServiceRequest {
    pub id: i64,
    pub service_id: i64,
    pub service_name: String,
    pub provider_id: i64,
    pub provider_slug: String,
    pub provider_name: String,
    pub client_id: i64,
    pub client_slug: String,
    pub client_name: String,
    pub user_id: Option<i64>,
    pub challenge_id: Option<i64>,
    pub network_id: Option<i64>,
    pub network_name: Option<String>,
    pub state: RequestState,
    pub draft: RequestDraft,
    pub due_at: DateTime<Utc>,
    pub reminded_at: Option<DateTime<Utc>>,
    pub answered_at: Option<DateTime<Utc>>,
    pub quote: Option<Quote>,
    pub decline_reason: Option<String>,
    pub accepted_at: Option<DateTime<Utc>>,
    pub voucher_application_id: Option<i64>,
    pub voucher: Option<Cents>,
    pub provider_delivered_at: Option<DateTime<Utc>>,
    pub client_delivered_at: Option<DateTime<Utc>>,
    pub delivered_at: Option<DateTime<Utc>>,
    pub stars: Option<i64>,
    pub rating_comment: Option<String>,
    pub rating_reply: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl ServiceRequest {
    /// Hours from the request to the centre's first answer.
    pub fn answer_hours(&self) -> Option<i64> {
        self.answered_at.map(|a| (a - self.created_at).num_hours().max(0))
    }
}

row! {
    struct RequestRow {
        id: i64,
        service_id: i64,
        service_name: String,
        provider_id: i64,
        provider_slug: String,
        provider_name: String,
        client_id: i64,
        client_slug: String,
        client_name: String,
        user_id: Option<i64>,
        challenge_id: Option<i64>,
        network_id: Option<i64>,
        network_name: Option<String>,
        state: String,
        details: String,
        due_at: DateTime<Utc>,
        reminded_at: Option<DateTime<Utc>>,
        answered_at: Option<DateTime<Utc>>,
        quote: Option<String>,
        decline_reason: Option<String>,
        accepted_at: Option<DateTime<Utc>>,
        voucher_application_id: Option<i64>,
        voucher_cents: Option<i64>,
        provider_delivered_at: Option<DateTime<Utc>>,
        client_delivered_at: Option<DateTime<Utc>>,
        delivered_at: Option<DateTime<Utc>>,
        stars: Option<i64>,
        rating_comment: Option<String>,
        rating_reply: Option<String>,
        created_at: DateTime<Utc>,
        updated_at: DateTime<Utc>,
    }
}

const REQUEST_SELECT: &str =
    "SELECT r.id, r.service_id, s.name AS service_name, r.provider_id, p.slug AS provider_slug, \
     p.name AS provider_name, r.client_id, c.slug AS client_slug, c.name AS client_name, r.user_id, r.challenge_id, \
     r.network_id, n.name AS network_name, r.state, r.details, r.due_at, r.reminded_at, r.answered_at, r.quote, \
     r.decline_reason, r.accepted_at, r.voucher_application_id, r.voucher_cents, r.provider_delivered_at, \
     r.client_delivered_at, r.delivered_at, r.stars, r.rating_comment, r.rating_reply, r.created_at, r.updated_at \
     FROM service_requests r JOIN services s ON s.id = r.service_id JOIN organisations p ON p.id = r.provider_id \
     JOIN organisations c ON c.id = r.client_id LEFT JOIN organisations n ON n.id = r.network_id";

impl RequestRow {
    fn into_request(self) -> Result<ServiceRequest, StoreError> {
        Ok(ServiceRequest {
            id: self.id,
            service_id: self.service_id,
            service_name: self.service_name,
            provider_id: self.provider_id,
            provider_slug: self.provider_slug,
            provider_name: self.provider_name,
            client_id: self.client_id,
            client_slug: self.client_slug,
            client_name: self.client_name,
            user_id: self.user_id,
            challenge_id: self.challenge_id,
            network_id: self.network_id,
            network_name: self.network_name,
            state: self.state.parse().map_err(|e| corrupt("service_requests.state", e))?,
            draft: serde_json::from_str(&self.details).map_err(|e| corrupt("service_requests.details", e))?,
            due_at: self.due_at,
            reminded_at: self.reminded_at,
            answered_at: self.answered_at,
            quote: self
                .quote
                .map(|q| serde_json::from_str(&q))
                .transpose()
                .map_err(|e| corrupt("service_requests.quote", e))?,
            decline_reason: self.decline_reason,
            accepted_at: self.accepted_at,
            voucher_application_id: self.voucher_application_id,
            voucher: self.voucher_cents.map(Cents),
            provider_delivered_at: self.provider_delivered_at,
            client_delivered_at: self.client_delivered_at,
            delivered_at: self.delivered_at,
            stars: self.stars,
            rating_comment: self.rating_comment,
            rating_reply: self.rating_reply,
            created_at: self.created_at,
            updated_at: self.updated_at,
        })
    }
}

/// Where a request comes from: asked directly, a new challenge (with its proposals, best
/// first), or an earlier challenge whose next proposals are asked.
#[derive(Debug, Clone, Copy)]
pub enum Challenged<'a> {
    No,
    New(&'a [i64]),
    To(i64),
}

/// A challenge an SME described, with the services proposed for it, best first.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Challenge {
    pub id: i64,
    pub organisation_id: i64,
    pub user_id: Option<i64>,
    pub draft: RequestDraft,
    pub proposals: Vec<i64>,
    pub created_at: DateTime<Utc>,
}

/// A centre's public figures: requests answered, the median first-answer time, the rating.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct ProviderFigures {
    pub requests: i64,
    pub answered: i64,
    pub median_answer_hours: Option<i64>,
    /// The mean rating in tenths (46 is 4.6), with the number of ratings.
    pub rating_tenths: Option<i64>,
    pub ratings: i64,
}

/// Why paying with a voucher was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoucherRefusal {
    /// The application is not an award of a voucher programme to the client.
    NotAVoucher,
    /// What the award has left is less than asked.
    Exhausted { left: Cents },
}

/// Why an acceptance did not happen.
#[derive(Debug)]
pub enum AcceptError {
    /// The request is not (or no longer) quoted.
    State,
    Voucher(VoucherRefusal),
    Store(StoreError),
}

impl From<StoreError> for AcceptError {
    fn from(e: StoreError) -> Self {
        AcceptError::Store(e)
    }
}

/// What a voucher award of a programme has bought.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct VoucherUse {
    pub application_id: i64,
    pub organisation_name: String,
    pub organisation_slug: String,
    pub awarded: Cents,
    /// Accepted quotes not yet delivered.
    pub committed: Cents,
    /// Delivered.
    pub spent: Cents,
    pub services: Vec<(String, Cents, bool)>,
}

/// The side of a request that marks delivery done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Provider,
    Client,
}

fn json<T: serde::Serialize>(column: &'static str, v: &T) -> Result<String, StoreError> {
    serde_json::to_string(v).map_err(|e| corrupt(column, e))
}

async fn insert_service(
    tx: &mut Tx,
    organisation_id: i64,
    user_id: Option<i64>,
    d: &ServiceDraft,
    state: ServiceState,
) -> Result<i64, StoreError> {
    let now = Utc::now();
    let published = (state == ServiceState::Published).then_some(now);
    let (id,): (i64,) = tx
        .fetch_one(&Sql::with(
            "INSERT INTO services (organisation_id, created_by, reference, kind, state, name, details, created_at, \
             updated_at, published_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9) RETURNING id",
            vec![
                organisation_id.into(),
                user_id.into(),
                d.reference.clone().into(),
                d.kind.as_str().into(),
                state.as_str().into(),
                d.name().into(),
                json("services.details", d)?.into(),
                now.into(),
                published.into(),
            ],
        ))
        .await?;
    change_feed::record(tx, "service", id, Op::Upsert).await?;
    Ok(id)
}

impl Store {
    pub async fn create_service(
        &self,
        organisation_id: i64,
        user_id: Option<i64>,
        d: &ServiceDraft,
    ) -> Result<i64, StoreError> {
        let mut tx = self.begin().await?;
        let id = insert_service(&mut tx, organisation_id, user_id, d, ServiceState::Draft)
            .await
            .map_err(reference_clash)?;
        tx.commit().await?;
        Ok(id)
    }

    /// Replaces the content of a service its owners may change (draft or returned);
    /// false when it is in another state.
    pub async fn update_service(&self, id: i64, d: &ServiceDraft) -> Result<bool, StoreError> {
        let mut tx = self.begin().await?;
        let n = tx
            .execute(&Sql::with(
                "UPDATE services SET reference = $1, kind = $2, name = $3, details = $4, updated_at = $5 \
                 WHERE id = $6 AND state IN ('draft', 'returned')",
                vec![
                    d.reference.clone().into(),
                    d.kind.as_str().into(),
                    d.name().into(),
                    json("services.details", d)?.into(),
                    Utc::now().into(),
                    id.into(),
                ],
            ))
            .await
            .map_err(reference_clash)?;
        if n == 1 {
            change_feed::record(&mut tx, "service", id, Op::Upsert).await?;
        }
        tx.commit().await?;
        Ok(n == 1)
    }

    /// Takes a published service off the catalogue: a draft again, to be changed and submitted
    /// anew. False when it was not published.
    pub async fn withdraw_service(&self, id: i64) -> Result<bool, StoreError> {
        let mut tx = self.begin().await?;
        let n = tx
            .execute(&Sql::with(
                "UPDATE services SET state = 'draft', updated_at = $1 WHERE id = $2 AND state = 'published'",
                vec![Utc::now().into(), id.into()],
            ))
            .await?;
        if n == 1 {
            change_feed::record(&mut tx, "service", id, Op::Upsert).await?;
        }
        tx.commit().await?;
        Ok(n == 1)
    }

    /// A centre's or a network's catalogue in one transaction: a service whose reference the
    /// organisation has already is replaced (keeping its state), any other is added in `state`.
    /// Nothing is written when one of them fails.
    pub async fn import_services(
        &self,
        services: &[(i64, ServiceDraft)],
        state: ServiceState,
    ) -> Result<ImportCounts, StoreError> {
        let mut counts = ImportCounts::default();
        let mut tx = self.begin().await?;
        let now = Utc::now();
        for (organisation_id, d) in services {
            let existing: Option<(i64,)> = match &d.reference {
                Some(r) => {
                    tx.fetch_optional(&Sql::with(
                        "SELECT id FROM services WHERE organisation_id = $1 AND reference = $2",
                        vec![(*organisation_id).into(), r.as_str().into()],
                    ))
                    .await?
                }
                None => None,
            };
            match existing {
                Some((id,)) => {
                    tx.execute(&Sql::with(
                        "UPDATE services SET kind = $1, name = $2, details = $3, updated_at = $4 WHERE id = $5",
                        vec![
                            d.kind.as_str().into(),
                            d.name().into(),
                            json("services.details", d)?.into(),
                            now.into(),
                            id.into(),
                        ],
                    ))
                    .await?;
                    change_feed::record(&mut tx, "service", id, Op::Upsert).await?;
                    counts.updated += 1;
                }
                None => {
                    insert_service(&mut tx, *organisation_id, None, d, state)
                        .await
                        .map_err(reference_clash)?;
                    counts.created += 1;
                }
            }
        }
        tx.commit().await?;
        Ok(counts)
    }

    pub async fn service(&self, id: i64) -> Result<Option<Service>, StoreError> {
        self.pool()
            .fetch_optional::<ServiceRow>(&Sql::with(
                &format!("{SERVICE_SELECT} WHERE s.id = $1"),
                vec![id.into()],
            ))
            .await?
            .map(ServiceRow::into_service)
            .transpose()
    }

    async fn services_where(&self, sql: Sql) -> Result<Vec<Service>, StoreError> {
        self.pool()
            .fetch_all::<ServiceRow>(&sql)
            .await?
            .into_iter()
            .map(ServiceRow::into_service)
            .collect()
    }

    /// Every service of an organisation, in any state, by name.
    pub async fn services_of(&self, organisation_id: i64) -> Result<Vec<Service>, StoreError> {
        self.services_where(Sql::with(
            &format!("{SERVICE_SELECT} WHERE s.organisation_id = $1 ORDER BY LOWER(s.name), s.id"),
            vec![organisation_id.into()],
        ))
        .await
    }

    /// Services waiting for a moderator, oldest first.
    pub async fn submitted_services(&self) -> Result<Vec<Service>, StoreError> {
        self.services_where(Sql::new(&format!(
            "{SERVICE_SELECT} WHERE s.state = 'submitted' ORDER BY s.updated_at, s.id"
        )))
        .await
    }

    /// Every published service, by id (what proposals rank).
    pub async fn published_services(&self) -> Result<Vec<Service>, StoreError> {
        self.services_where(Sql::new(&format!(
            "{SERVICE_SELECT} WHERE s.state = 'published' ORDER BY s.id"
        )))
        .await
    }

    pub async fn services_by_ids(&self, ids: &[i64]) -> Result<Vec<Service>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql = Sql::new(&format!("{SERVICE_SELECT} WHERE s.id IN "));
        sql.bind_list(ids.iter().copied());
        self.services_where(sql).await
    }

    /// Up to `limit` services with ids above `after`, in any state (the search index keeps the
    /// published ones).
    pub async fn services_after(&self, after: i64, limit: i64) -> Result<Vec<Service>, StoreError> {
        self.services_where(Sql::with(
            &format!("{SERVICE_SELECT} WHERE s.id > $1 ORDER BY s.id LIMIT $2"),
            vec![after.into(), limit.into()],
        ))
        .await
    }

    // --- challenges and requests ---------------------------------------------------------

    /// Sends `draft` to each of `services` (id, provider, promised answer days) for the client,
    /// with the challenge it comes from; one transaction. Returns the request ids.
    pub async fn send_requests(
        &self,
        client_id: i64,
        user_id: i64,
        network_id: Option<i64>,
        challenge: Challenged<'_>,
        services: &[(i64, i64, u16)],
        draft: &RequestDraft,
    ) -> Result<Vec<i64>, StoreError> {
        let now = Utc::now();
        let details = json("service_requests.details", draft)?;
        let mut tx = self.begin().await?;
        let challenge_id = match challenge {
            Challenged::No => None,
            Challenged::To(id) => Some(id),
            Challenged::New(proposals) => {
                let (id,): (i64,) = tx
                    .fetch_one(&Sql::with(
                        "INSERT INTO service_challenges (organisation_id, user_id, details, proposals, created_at) \
                         VALUES ($1, $2, $3, $4, $5) RETURNING id",
                        vec![
                            client_id.into(),
                            user_id.into(),
                            details.as_str().into(),
                            json("service_challenges.proposals", &proposals)?.into(),
                            now.into(),
                        ],
                    ))
                    .await?;
                Some(id)
            }
        };
        let mut ids = Vec::with_capacity(services.len());
        for (service_id, provider_id, answer_days) in services {
            let due = now + Duration::days(i64::from(*answer_days));
            let (id,): (i64,) = tx
                .fetch_one(&Sql::with(
                    "INSERT INTO service_requests (service_id, provider_id, client_id, user_id, challenge_id, network_id, \
                     state, details, due_at, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, 'requested', $7, $8, $9, $9) RETURNING id",
                    vec![
                        (*service_id).into(),
                        (*provider_id).into(),
                        client_id.into(),
                        user_id.into(),
                        challenge_id.into(),
                        network_id.into(),
                        details.as_str().into(),
                        due.into(),
                        now.into(),
                    ],
                ))
                .await?;
            ids.push(id);
        }
        tx.commit().await?;
        Ok(ids)
    }

    /// How many requests an organisation sent since `since` (a client's requests are limited:
    /// each one mails every person of a centre).
    pub async fn requests_sent_since(&self, client_id: i64, since: DateTime<Utc>) -> Result<i64, StoreError> {
        let (n,): (i64,) = self
            .pool()
            .fetch_one(&Sql::with(
                "SELECT COUNT(*) FROM service_requests WHERE client_id = $1 AND created_at >= $2",
                vec![client_id.into(), since.into()],
            ))
            .await?;
        Ok(n)
    }

    pub async fn challenge(&self, id: i64) -> Result<Option<Challenge>, StoreError> {
        row! {
            struct ChallengeRow {
                id: i64,
                organisation_id: i64,
                user_id: Option<i64>,
                details: String,
                proposals: String,
                created_at: DateTime<Utc>,
            }
        }
        let row: Option<ChallengeRow> = self
            .pool()
            .fetch_optional(&Sql::with(
                "SELECT id, organisation_id, user_id, details, proposals, created_at FROM service_challenges WHERE id = $1",
                vec![id.into()],
            ))
            .await?;
        row.map(|r| {
            Ok(Challenge {
                id: r.id,
                organisation_id: r.organisation_id,
                user_id: r.user_id,
                draft: serde_json::from_str(&r.details).map_err(|e| corrupt("service_challenges.details", e))?,
                proposals: serde_json::from_str(&r.proposals)
                    .map_err(|e| corrupt("service_challenges.proposals", e))?,
                created_at: r.created_at,
            })
        })
        .transpose()
    }

    pub async fn service_request(&self, id: i64) -> Result<Option<ServiceRequest>, StoreError> {
        self.pool()
            .fetch_optional::<RequestRow>(&Sql::with(
                &format!("{REQUEST_SELECT} WHERE r.id = $1"),
                vec![id.into()],
            ))
            .await?
            .map(RequestRow::into_request)
            .transpose()
    }

    async fn requests_where(&self, sql: Sql) -> Result<Vec<ServiceRequest>, StoreError> {
        self.pool()
            .fetch_all::<RequestRow>(&sql)
            .await?
            .into_iter()
            .map(RequestRow::into_request)
            .collect()
    }

    /// The requests an organisation sent or received, newest first.
    pub async fn service_requests_of(&self, organisation_id: i64) -> Result<Vec<ServiceRequest>, StoreError> {
        self.requests_where(Sql::with(
            &format!(
                "{REQUEST_SELECT} WHERE r.provider_id = $1 OR r.client_id = $1 ORDER BY r.updated_at DESC, r.id DESC"
            ),
            vec![organisation_id.into()],
        ))
        .await
    }

    /// The requests of one challenge, oldest first.
    pub async fn challenge_requests(&self, challenge_id: i64) -> Result<Vec<ServiceRequest>, StoreError> {
        self.requests_where(Sql::with(
            &format!("{REQUEST_SELECT} WHERE r.challenge_id = $1 ORDER BY r.id"),
            vec![challenge_id.into()],
        ))
        .await
    }

    /// The requests asked through a network, newest first.
    pub async fn routed_requests(&self, network_id: i64) -> Result<Vec<ServiceRequest>, StoreError> {
        self.requests_where(Sql::with(
            &format!("{REQUEST_SELECT} WHERE r.network_id = $1 ORDER BY r.created_at DESC, r.id DESC"),
            vec![network_id.into()],
        ))
        .await
    }

    /// One conditional step of a request: `set` (SQL assignments with `$1` the time now and
    /// `$2…` the `args`) when the request is in one of `from`. False when it was not.
    async fn step(
        &self,
        id: i64,
        from: &[RequestState],
        set: &str,
        args: Vec<crate::db::Arg>,
    ) -> Result<bool, StoreError> {
        let mut values = vec![Utc::now().into()];
        values.extend(args);
        let mut sql = Sql::with(
            &format!("UPDATE service_requests SET {set}, updated_at = $1 WHERE "),
            values,
        );
        sql.push("id = ").bind(id).push(" AND state IN ");
        sql.bind_list(from.iter().map(|s| s.as_str()));
        let mut tx = self.begin().await?;
        let n = tx.execute(&sql).await?;
        tx.commit().await?;
        Ok(n == 1)
    }

    /// The centre quotes a request it has not answered yet.
    pub async fn quote_request(&self, id: i64, q: &Quote) -> Result<bool, StoreError> {
        self.step(
            id,
            &[RequestState::Requested, RequestState::Lapsed],
            "state = 'quoted', quote = $2, answered_at = COALESCE(answered_at, $1)",
            vec![json("service_requests.quote", q)?.into()],
        )
        .await
    }

    /// The centre declines a request it has not answered yet, with its reason.
    pub async fn decline_request(&self, id: i64, reason: &str) -> Result<bool, StoreError> {
        self.step(
            id,
            &[RequestState::Requested, RequestState::Lapsed],
            "state = 'declined', decline_reason = $2, answered_at = COALESCE(answered_at, $1)",
            vec![reason.into()],
        )
        .await
    }

    /// The client withdraws a request before accepting a quote.
    pub async fn withdraw_request(&self, id: i64) -> Result<bool, StoreError> {
        self.step(
            id,
            &[RequestState::Requested, RequestState::Quoted, RequestState::Lapsed],
            "state = 'withdrawn'",
            vec![],
        )
        .await
    }

    /// The client accepts the quote, paying `voucher` of it from an award of a voucher programme
    /// when given: the programme is locked, so that concurrent acceptances are served one after
    /// the other and never spend more than the award has left.
    pub async fn accept_request(&self, id: i64, voucher: Option<(i64, Cents)>) -> Result<(), AcceptError> {
        let mut tx = self.begin().await?;
        if let Some((application_id, amount)) = voucher {
            let app: Option<(i64, i64, Option<i64>, String)> = tx
                .fetch_optional(&Sql::with(
                    "SELECT a.programme_id, a.organisation_id, a.awarded_cents, a.state FROM programme_applications a \
                     WHERE a.id = $1",
                    vec![application_id.into()],
                ))
                .await?;
            let client: Option<(i64,)> = tx
                .fetch_optional(&Sql::with(
                    "SELECT client_id FROM service_requests WHERE id = $1",
                    vec![id.into()],
                ))
                .await?;
            let (Some((programme_id, holder, Some(awarded), state)), Some((client_id,))) = (app, client) else {
                return Err(AcceptError::Voucher(VoucherRefusal::NotAVoucher));
            };
            if holder != client_id || state != "awarded" || amount.0 <= 0 {
                return Err(AcceptError::Voucher(VoucherRefusal::NotAVoucher));
            }
            // The programme must be a voucher programme, and the service published and
            // accepting it (as a moderator approved it), the amount within the quote.
            let (programme,): (String,) = tx
                .fetch_one(&Sql::with(
                    "SELECT details FROM programmes WHERE id = $1",
                    vec![programme_id.into()],
                ))
                .await?;
            let programme: domain::programme::ProgrammeDraft =
                serde_json::from_str(&programme).map_err(|e| corrupt("programmes.details", e))?;
            let (service_state, details, quote): (String, String, Option<String>) = tx
                .fetch_one(&Sql::with(
                    "SELECT s.state, s.details, r.quote FROM service_requests r JOIN services s ON s.id = r.service_id \
                     WHERE r.id = $1",
                    vec![id.into()],
                ))
                .await?;
            let service: ServiceDraft = serde_json::from_str(&details).map_err(|e| corrupt("services.details", e))?;
            let quoted: Option<Quote> = quote
                .map(|q| serde_json::from_str(&q))
                .transpose()
                .map_err(|e| corrupt("service_requests.quote", e))?;
            if !programme.voucher
                || service_state != ServiceState::Published.as_str()
                || !service.programmes.contains(&programme_id)
                || quoted.is_none_or(|q| amount > q.price)
            {
                return Err(AcceptError::Voucher(VoucherRefusal::NotAVoucher));
            }
            tx.execute(&Sql::with(
                "UPDATE programmes SET id = id WHERE id = $1",
                vec![programme_id.into()],
            ))
            .await?;
            let (used,): (Option<i64>,) = tx
                .fetch_one(&Sql::with(
                    "SELECT CAST(SUM(voucher_cents) AS BIGINT) FROM service_requests \
                     WHERE voucher_application_id = $1 AND state IN ('accepted', 'delivered')",
                    vec![application_id.into()],
                ))
                .await?;
            let left = awarded - used.unwrap_or(0);
            if amount.0 > left {
                return Err(AcceptError::Voucher(VoucherRefusal::Exhausted { left: Cents(left) }));
            }
        }
        let (application, cents) = match voucher {
            Some((a, c)) => (Some(a), Some(c.0)),
            None => (None, None),
        };
        let now = Utc::now();
        let n = tx
            .execute(&Sql::with(
                "UPDATE service_requests SET state = 'accepted', accepted_at = $1, voucher_application_id = $2, \
                 voucher_cents = $3, updated_at = $1 WHERE id = $4 AND state = 'quoted'",
                vec![now.into(), application.into(), cents.into(), id.into()],
            ))
            .await?;
        if n != 1 {
            return Err(AcceptError::State);
        }
        tx.commit().await?;
        Ok(())
    }

    /// One side marks an accepted request delivered; when both have, it is delivered. Answers
    /// the request's state afterwards, or none when it was not accepted.
    pub async fn mark_delivered(&self, id: i64, side: Side) -> Result<Option<RequestState>, StoreError> {
        let column = match side {
            Side::Provider => "provider_delivered_at",
            Side::Client => "client_delivered_at",
        };
        let now = Utc::now();
        let mut tx = self.begin().await?;
        let n = tx
            .execute(&Sql::with(
                &format!(
                    "UPDATE service_requests SET {column} = COALESCE({column}, $1), updated_at = $1 \
                     WHERE id = $2 AND state = 'accepted'"
                ),
                vec![now.into(), id.into()],
            ))
            .await?;
        if n != 1 {
            return Ok(None);
        }
        let done = tx
            .execute(&Sql::with(
                "UPDATE service_requests SET state = 'delivered', delivered_at = $1 WHERE id = $2 AND state = 'accepted' \
                 AND provider_delivered_at IS NOT NULL AND client_delivered_at IS NOT NULL",
                vec![now.into(), id.into()],
            ))
            .await?;
        tx.commit().await?;
        Ok(Some(if done == 1 {
            RequestState::Delivered
        } else {
            RequestState::Accepted
        }))
    }

    /// The client rates a delivered request, once.
    pub async fn rate_request(&self, id: i64, stars: u8, comment: &str) -> Result<bool, StoreError> {
        let mut tx = self.begin().await?;
        let n = tx
            .execute(&Sql::with(
                "UPDATE service_requests SET stars = $1, rating_comment = $2, rated_at = $3, updated_at = $3 \
                 WHERE id = $4 AND state = 'delivered' AND stars IS NULL",
                vec![i64::from(stars).into(), comment.into(), Utc::now().into(), id.into()],
            ))
            .await?;
        tx.commit().await?;
        Ok(n == 1)
    }

    /// The centre replies to a rating, once.
    pub async fn reply_to_rating(&self, id: i64, reply: &str) -> Result<bool, StoreError> {
        let mut tx = self.begin().await?;
        let n = tx
            .execute(&Sql::with(
                "UPDATE service_requests SET rating_reply = $1, replied_at = $2, updated_at = $2 \
                 WHERE id = $3 AND stars IS NOT NULL AND rating_reply IS NULL",
                vec![reply.into(), Utc::now().into(), id.into()],
            ))
            .await?;
        tx.commit().await?;
        Ok(n == 1)
    }

    /// Requests past their answer time: the first time a reminder is due (the centre gets as
    /// long again), the second time they lapse (the client may ask the next proposals). Each
    /// is claimed by a conditional update, so a request is reminded and lapsed once, however
    /// many nodes run the job. Answers (reminded, lapsed).
    pub async fn overdue_requests(&self, now: DateTime<Utc>) -> Result<(Vec<i64>, Vec<i64>), StoreError> {
        let mut tx = self.begin().await?;
        let lapsed: Vec<(i64,)> = tx
            .fetch_all(&Sql::with(
                "UPDATE service_requests SET state = 'lapsed', lapsed_at = $1, updated_at = $1 \
                 WHERE state = 'requested' AND reminded_at IS NOT NULL AND due_at < $1 RETURNING id",
                vec![now.into()],
            ))
            .await?;
        let due: Vec<(i64, DateTime<Utc>, DateTime<Utc>)> = tx
            .fetch_all(&Sql::with(
                "SELECT id, created_at, due_at FROM service_requests WHERE state = 'requested' AND reminded_at IS NULL \
                 AND due_at < $1 ORDER BY id LIMIT 1000",
                vec![now.into()],
            ))
            .await?;
        let mut reminded = Vec::with_capacity(due.len());
        for (id, created, due_at) in due {
            let again = now + (due_at - created).max(Duration::days(1));
            let n = tx
                .execute(&Sql::with(
                    "UPDATE service_requests SET reminded_at = $1, due_at = $2 WHERE id = $3 AND reminded_at IS NULL",
                    vec![now.into(), again.into(), id.into()],
                ))
                .await?;
            if n == 1 {
                reminded.push(id);
            }
        }
        tx.commit().await?;
        Ok((reminded, lapsed.into_iter().map(|(id,)| id).collect()))
    }

    /// The public figures of the centres `ids` (all centres with requests when empty).
    pub async fn provider_figures(&self, ids: &[i64]) -> Result<HashMap<i64, ProviderFigures>, StoreError> {
        let mut sql = Sql::new(
            "SELECT provider_id, created_at, answered_at, stars FROM service_requests WHERE state <> 'withdrawn'",
        );
        if !ids.is_empty() {
            sql.push(" AND provider_id IN ");
            sql.bind_list(ids.iter().copied());
        }
        row! {
            struct Answered {
                provider_id: i64,
                created_at: DateTime<Utc>,
                answered_at: Option<DateTime<Utc>>,
                stars: Option<i64>,
            }
        }
        let rows: Vec<Answered> = self.pool().fetch_all(&sql).await?;
        let mut hours: HashMap<i64, Vec<i64>> = HashMap::new();
        let mut stars: HashMap<i64, (i64, i64)> = HashMap::new();
        let mut figures: HashMap<i64, ProviderFigures> = HashMap::new();
        for Answered {
            provider_id: provider,
            created_at: created,
            answered_at: answered,
            stars: rating,
        } in rows
        {
            let f = figures.entry(provider).or_default();
            f.requests += 1;
            if let Some(a) = answered {
                f.answered += 1;
                hours
                    .entry(provider)
                    .or_default()
                    .push((a - created).num_hours().max(0));
            }
            if let Some(s) = rating {
                let e = stars.entry(provider).or_default();
                e.0 += s;
                e.1 += 1;
            }
        }
        for (provider, f) in &mut figures {
            f.median_answer_hours = hours.remove(provider).and_then(domain::service::median);
            if let Some((sum, n)) = stars.get(provider) {
                f.ratings = *n;
                // Rounded to the nearest tenth.
                f.rating_tenths = Some((sum * 10 * 2 + n) / (2 * n));
            }
        }
        Ok(figures)
    }

    /// What the awards of a voucher programme bought: per awarded application, committed and
    /// spent money and the services.
    pub async fn voucher_uses(&self, programme_id: i64) -> Result<Vec<VoucherUse>, StoreError> {
        let awards: Vec<(i64, String, String, Option<i64>)> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT a.id, o.name, o.slug, a.awarded_cents FROM programme_applications a \
                 JOIN organisations o ON o.id = a.organisation_id \
                 WHERE a.programme_id = $1 AND a.state = 'awarded' ORDER BY o.name, a.id",
                vec![programme_id.into()],
            ))
            .await?;
        let spent: Vec<(i64, String, Option<i64>, String)> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT r.voucher_application_id, s.name, r.voucher_cents, r.state FROM service_requests r \
                 JOIN services s ON s.id = r.service_id JOIN programme_applications a ON a.id = r.voucher_application_id \
                 WHERE a.programme_id = $1 AND r.state IN ('accepted', 'delivered') ORDER BY r.id",
                vec![programme_id.into()],
            ))
            .await?;
        Ok(awards
            .into_iter()
            .map(|(id, name, slug, awarded)| {
                let mut u = VoucherUse {
                    application_id: id,
                    organisation_name: name,
                    organisation_slug: slug,
                    awarded: Cents(awarded.unwrap_or(0)),
                    committed: Cents(0),
                    spent: Cents(0),
                    services: Vec::new(),
                };
                for (_, service, cents, state) in spent.iter().filter(|s| s.0 == id) {
                    let c = cents.unwrap_or(0);
                    let delivered = state == "delivered";
                    if delivered {
                        u.spent.0 += c;
                    } else {
                        u.committed.0 += c;
                    }
                    u.services.push((service.clone(), Cents(c), delivered));
                }
                u
            })
            .collect())
    }
}

impl Store {
    /// The networks (clusters and other organisations it is a member of) that an organisation
    /// may ask through, by name.
    pub async fn networks_of(&self, member_id: i64) -> Result<Vec<(i64, String)>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT o.id, o.name FROM memberships m JOIN organisations o ON o.id = m.cluster_id \
                 WHERE m.member_id = $1 ORDER BY o.sort_key, o.id",
                vec![member_id.into()],
            ))
            .await
    }
}

/// An award of a voucher programme to an organisation, with what it has left.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct VoucherAward {
    pub application_id: i64,
    pub programme_id: i64,
    pub programme_title: String,
    pub awarded: Cents,
    /// Awarded minus what accepted and delivered requests took.
    pub left: Cents,
}

impl Store {
    /// The awards of voucher programmes an organisation holds.
    pub async fn voucher_awards(&self, organisation_id: i64) -> Result<Vec<VoucherAward>, StoreError> {
        row! {
            struct Award {
                id: i64,
                programme_id: i64,
                details: String,
                awarded_cents: Option<i64>,
                used: Option<i64>,
            }
        }
        let rows: Vec<Award> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT a.id, a.programme_id, p.details, a.awarded_cents, \
                 (SELECT CAST(SUM(r.voucher_cents) AS BIGINT) FROM service_requests r \
                  WHERE r.voucher_application_id = a.id AND r.state IN ('accepted', 'delivered')) AS used \
                 FROM programme_applications a JOIN programmes p ON p.id = a.programme_id \
                 WHERE a.organisation_id = $1 AND a.state = 'awarded' ORDER BY a.id",
                vec![organisation_id.into()],
            ))
            .await?;
        let mut out = Vec::new();
        for a in rows {
            let p: domain::programme::ProgrammeDraft =
                serde_json::from_str(&a.details).map_err(|e| corrupt("programmes.details", e))?;
            if p.voucher {
                let awarded = a.awarded_cents.unwrap_or(0);
                let used = a.used;
                out.push(VoucherAward {
                    application_id: a.id,
                    programme_id: a.programme_id,
                    programme_title: p.title,
                    awarded: Cents(awarded),
                    left: Cents(awarded - used.unwrap_or(0)),
                });
            }
        }
        Ok(out)
    }

    /// The voucher programmes an organisation holds an award of.
    pub async fn voucher_programmes_awarded(&self, organisation_id: i64) -> Result<Vec<i64>, StoreError> {
        Ok(self
            .voucher_awards(organisation_id)
            .await?
            .into_iter()
            .map(|a| a.programme_id)
            .collect())
    }
}

row! {
    /// A published service as a profile lists it.
    #[derive(Debug, Clone, PartialEq, serde::Serialize)]
    pub struct Offered {
        pub id: i64,
        pub name: String,
        pub kind: String,
    }
}

impl Store {
    /// The published services of an organisation, by name.
    pub async fn offered_services(&self, organisation_id: i64) -> Result<Vec<Offered>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT id, name, kind FROM services WHERE organisation_id = $1 AND state = 'published' \
                 ORDER BY LOWER(name), id LIMIT 200",
                vec![organisation_id.into()],
            ))
            .await
    }
}

impl Store {
    /// The requests a person sent (for their personal data export), newest first.
    pub async fn service_requests_by_user(&self, user_id: i64) -> Result<Vec<ServiceRequest>, StoreError> {
        self.requests_where(Sql::with(
            &format!("{REQUEST_SELECT} WHERE r.user_id = $1 ORDER BY r.created_at DESC, r.id DESC"),
            vec![user_id.into()],
        ))
        .await
    }
}
