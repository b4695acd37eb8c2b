//! Events: their lifecycle, registrations with capacity and a waiting list, and B2B matchmaking
//! (participants' profiles and availability, meeting requests, the stored schedule).
//!
//! Registration and cancellation first touch the event's row (`UPDATE events SET id = id`), which
//! on PostgreSQL locks it until commit (SQLite's write transactions are serial anyway): two people
//! taking the last place at once are served one after the other, so capacity is never exceeded.

use chrono::{DateTime, Utc};
use domain::{EventDraft, EventKind, EventState, MeetingSession, Slug};

use crate::change_feed::{self, Op};
use crate::corrupt;
use crate::Conflict;
use crate::{Sql, Store, StoreError, Tx};

/// A stored event with its organiser.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Event {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation_slug: Slug,
    pub organisation_name: String,
    pub state: EventState,
    #[serde(flatten)]
    pub draft: EventDraft,
    pub sessions: Vec<MeetingSession>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub schedule_published_at: Option<DateTime<Utc>>,
    pub return_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
    /// A change to the published event waiting for a moderator, and who proposed it; the
    /// event is shown as `draft` until it is approved.
    #[serde(skip)]
    pub revision: Option<EventDraft>,
    #[serde(skip)]
    pub revision_by: Option<i64>,
}

impl Event {
    /// Tables per slot, sessions laid end to end (`u32::MAX` for an online session).
    pub fn slot_tables(&self) -> Vec<u32> {
        self.sessions
            .iter()
            .flat_map(|s| std::iter::repeat_n(if s.tables == 0 { u32::MAX } else { s.tables }, s.slots as usize))
            .collect()
    }

    /// The session and the wall-clock start of a slot counted across sessions.
    pub fn slot(&self, slot: usize) -> Option<(&MeetingSession, chrono::NaiveDateTime)> {
        let mut left = slot;
        for s in &self.sessions {
            if left < s.slots as usize {
                return Some((s, s.slot_start(left as u32)));
            }
            left -= s.slots as usize;
        }
        None
    }

    pub fn slot_count(&self) -> usize {
        self.sessions.iter().map(|s| s.slots as usize).sum()
    }
}

row! {
    struct EventRow {
        id: i64,
        organisation_id: i64,
        slug: String,
        name: String,
        state: String,
        details: String,
        sessions: String,
        starts_at: DateTime<Utc>,
        ends_at: DateTime<Utc>,
        schedule_published_at: Option<DateTime<Utc>>,
        return_reason: Option<String>,
        created_at: DateTime<Utc>,
        updated_at: DateTime<Utc>,
        published_at: Option<DateTime<Utc>>,
        revision: Option<String>,
        revision_by: Option<i64>,
    }
}

const EVENT_SELECT: &str = "SELECT e.id, e.organisation_id, o.slug, o.name, e.state, e.details, e.sessions, \
     e.starts_at, e.ends_at, e.schedule_published_at, e.return_reason, e.created_at, e.updated_at, e.published_at, \
     e.revision, e.revision_by \
     FROM events e JOIN organisations o ON o.id = e.organisation_id";

impl EventRow {
    fn into_event(self) -> Result<Event, StoreError> {
        Ok(Event {
            id: self.id,
            organisation_id: self.organisation_id,
            organisation_slug: Slug::parse(&self.slug).map_err(|e| corrupt("organisations.slug", e))?,
            organisation_name: self.name,
            state: self.state.parse().map_err(|e| corrupt("events.state", e))?,
            draft: serde_json::from_str(&self.details).map_err(|e| corrupt("events.details", e))?,
            sessions: serde_json::from_str(&self.sessions).map_err(|e| corrupt("events.sessions", e))?,
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            schedule_published_at: self.schedule_published_at,
            return_reason: self.return_reason,
            created_at: self.created_at,
            updated_at: self.updated_at,
            published_at: self.published_at,
            revision: self
                .revision
                .as_deref()
                .map(serde_json::from_str)
                .transpose()
                .map_err(|e| corrupt("events.revision", e))?,
            revision_by: self.revision_by,
        })
    }
}

/// Which public events to list: those that end after `from` and start before `to`.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    pub kinds: Vec<EventKind>,
    pub countries: Vec<String>,
    /// A `ket:…` or `eco:…` tag.
    pub tags: Vec<String>,
    /// `Some(true)`: online or hybrid only; `Some(false)`: with a venue only.
    pub online: Option<bool>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
    pub limit: i64,
    pub offset: i64,
}

/// Where a registration stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RegistrationState {
    Confirmed,
    Waitlisted,
    Cancelled,
}

impl RegistrationState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Confirmed => "confirmed",
            Self::Waitlisted => "waitlisted",
            Self::Cancelled => "cancelled",
        }
    }

    fn parse(s: &str) -> Result<Self, StoreError> {
        Ok(match s {
            "confirmed" => Self::Confirmed,
            "waitlisted" => Self::Waitlisted,
            "cancelled" => Self::Cancelled,
            other => return Err(corrupt("registrations.state", other)),
        })
    }
}

/// A person's registration for an event, with what matchmaking needs to know of them.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Registration {
    pub id: i64,
    pub event_id: i64,
    pub user_id: i64,
    pub user_name: String,
    pub user_email: String,
    pub user_timezone: Option<String>,
    pub organisation_id: Option<i64>,
    pub organisation_slug: Option<String>,
    pub organisation_name: Option<String>,
    pub organisation_kind: Option<String>,
    pub organisation_country: Option<String>,
    pub state: RegistrationState,
    pub offer: String,
    pub seek: String,
    /// Starts (wall clock, `YYYY-MM-DDTHH:MM`) of the meeting slots the participant cannot
    /// attend: kept by time, so that changing the sessions does not shift them.
    pub unavailable: Vec<String>,
    pub created_at: DateTime<Utc>,
}

row! {
    struct RegistrationRow {
        id: i64,
        event_id: i64,
        user_id: i64,
        user_name: String,
        user_email: String,
        user_timezone: Option<String>,
        organisation_id: Option<i64>,
        organisation_slug: Option<String>,
        organisation_name: Option<String>,
        organisation_kind: Option<String>,
        organisation_country: Option<String>,
        state: String,
        offer: String,
        seek: String,
        unavailable: String,
        created_at: DateTime<Utc>,
    }
}

const REGISTRATION_SELECT: &str = "SELECT r.id, r.event_id, r.user_id, u.display_name AS user_name, \
     u.email AS user_email, u.timezone AS user_timezone, r.organisation_id, o.slug AS organisation_slug, \
     o.name AS organisation_name, o.kind AS organisation_kind, o.country AS organisation_country, r.state, \
     r.offer, r.seek, r.unavailable, r.created_at \
     FROM registrations r JOIN users u ON u.id = r.user_id LEFT JOIN organisations o ON o.id = r.organisation_id";

impl RegistrationRow {
    fn into_registration(self) -> Result<Registration, StoreError> {
        Ok(Registration {
            id: self.id,
            event_id: self.event_id,
            user_id: self.user_id,
            user_name: self.user_name,
            user_email: self.user_email,
            user_timezone: self.user_timezone,
            organisation_id: self.organisation_id,
            organisation_slug: self.organisation_slug,
            organisation_name: self.organisation_name,
            organisation_kind: self.organisation_kind,
            organisation_country: self.organisation_country,
            state: RegistrationState::parse(&self.state)?,
            offer: self.offer,
            seek: self.seek,
            unavailable: serde_json::from_str(&self.unavailable)
                .map_err(|e| corrupt("registrations.unavailable", e))?,
            created_at: self.created_at,
        })
    }
}

/// A waiting registration's place in the queue ($1 event, $2 registration), counting itself.
const WAITING_AHEAD: &str = "SELECT COUNT(*) FROM registrations WHERE event_id = $1 AND state = 'waitlisted' \
     AND (queued_at, id) <= (SELECT queued_at, id FROM registrations WHERE id = $2)";

/// What became of a registration or a cancellation.
#[derive(Debug, Clone, PartialEq)]
pub enum Seat {
    Confirmed(Registration),
    Waitlisted { registration: Registration, position: i64 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestState {
    Pending,
    Accepted,
    Declined,
    Withdrawn,
}

impl RequestState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Accepted => "accepted",
            Self::Declined => "declined",
            Self::Withdrawn => "withdrawn",
        }
    }

    fn parse(s: &str) -> Result<Self, StoreError> {
        Ok(match s {
            "pending" => Self::Pending,
            "accepted" => Self::Accepted,
            "declined" => Self::Declined,
            "withdrawn" => Self::Withdrawn,
            other => return Err(corrupt("meeting_requests.state", other)),
        })
    }
}

/// A meeting request between two registrations, and where the schedule placed it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MeetingRequest {
    pub id: i64,
    pub event_id: i64,
    pub requester_id: i64,
    pub invitee_id: i64,
    pub message: String,
    pub state: RequestState,
    pub slot: Option<u16>,
    pub table: Option<u32>,
    pub locked: bool,
    /// Why the last scheduler run left it out (a code of `matching::schedule::Unscheduled`).
    pub unscheduled: Option<String>,
    pub created_at: DateTime<Utc>,
}

row! {
    struct RequestRow {
        id: i64,
        event_id: i64,
        requester_id: i64,
        invitee_id: i64,
        message: String,
        state: String,
        slot: Option<i64>,
        table_no: Option<i64>,
        locked: bool,
        unscheduled: Option<String>,
        created_at: DateTime<Utc>,
    }
}

const REQUEST_SELECT: &str = "SELECT id, event_id, requester_id, invitee_id, message, state, slot, table_no, \
     locked, unscheduled, created_at FROM meeting_requests";

impl RequestRow {
    fn into_request(self) -> Result<MeetingRequest, StoreError> {
        Ok(MeetingRequest {
            id: self.id,
            event_id: self.event_id,
            requester_id: self.requester_id,
            invitee_id: self.invitee_id,
            message: self.message,
            state: RequestState::parse(&self.state)?,
            slot: self
                .slot
                .map(|s| u16::try_from(s).map_err(|e| corrupt("meeting_requests.slot", e)))
                .transpose()?,
            table: self
                .table_no
                .map(|t| u32::try_from(t).map_err(|e| corrupt("meeting_requests.table_no", e)))
                .transpose()?,
            locked: self.locked,
            unscheduled: self.unscheduled,
            created_at: self.created_at,
        })
    }
}

/// One meeting's place in a schedule run: a slot and table, or why it has none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub request_id: i64,
    pub at: Option<(u16, u32)>,
    pub unscheduled: Option<String>,
}

fn event_write_args(d: &EventDraft) -> Result<Vec<crate::Arg>, StoreError> {
    let details = serde_json::to_string(d).map_err(|e| corrupt("events.details", e))?;
    let tags: String = d.tags().iter().map(|t| format!(" {t}")).collect::<String>() + " ";
    Ok(vec![
        d.kind.as_str().into(),
        d.title.as_str().into(),
        d.starts_utc().into(),
        d.ends_utc().into(),
        d.country.map(|c| c.to_string()).into(),
        d.attendance.is_online().into(),
        tags.into(),
        details.into(),
    ])
}

impl Store {
    pub async fn create_event(
        &self,
        organisation_id: i64,
        user_id: Option<i64>,
        d: &EventDraft,
    ) -> Result<i64, StoreError> {
        let now = Utc::now();
        let mut args = event_write_args(d)?;
        args.extend([organisation_id.into(), user_id.into(), now.into()]);
        let mut tx = self.begin().await?;
        let (id,): (i64,) = tx
            .fetch_one(&Sql::with(
                "INSERT INTO events (kind, title, starts_at, ends_at, country, online, tags, details, \
                 organisation_id, created_by, state, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'draft', $11, $11) RETURNING id",
                args,
            ))
            .await?;
        change_feed::record(&mut tx, "event", id, Op::Upsert).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Replaces the content of a draft, returned or published event; false when it is in another
    /// state.
    pub async fn update_event(&self, id: i64, d: &EventDraft) -> Result<bool, StoreError> {
        let mut args = event_write_args(d)?;
        args.extend([Utc::now().into(), id.into()]);
        let mut tx = self.begin().await?;
        let n = tx
            .execute(&Sql::with(
                "UPDATE events SET kind = $1, title = $2, starts_at = $3, ends_at = $4, country = $5, online = $6, \
                 tags = $7, details = $8, updated_at = $9, revision = NULL, revision_by = NULL \
                 WHERE id = $10 AND state IN ('draft', 'returned', 'published')",
                args,
            ))
            .await?;
        change_feed::record(&mut tx, "event", id, Op::Upsert).await?;
        tx.commit().await?;
        Ok(n == 1)
    }

    /// Saves a change to a published event that needs a moderator: `live` (the published
    /// content with the new time, place and capacity) is shown at once, `revision` waits. False
    /// when the event is not published any more.
    pub async fn propose_event_revision(
        &self,
        id: i64,
        live: &EventDraft,
        revision: &EventDraft,
        by: i64,
    ) -> Result<bool, StoreError> {
        let json = serde_json::to_string(revision).map_err(|e| corrupt("events.revision", e))?;
        let mut args = event_write_args(live)?;
        args.extend([Utc::now().into(), json.into(), by.into(), id.into()]);
        let mut tx = self.begin().await?;
        let n = tx
            .execute(&Sql::with(
                "UPDATE events SET kind = $1, title = $2, starts_at = $3, ends_at = $4, country = $5, online = $6, \
                 tags = $7, details = $8, updated_at = $9, revision = $10, revision_by = $11 \
                 WHERE id = $12 AND state = 'published'",
                args,
            ))
            .await?;
        change_feed::record(&mut tx, "event", id, Op::Upsert).await?;
        tx.commit().await?;
        Ok(n == 1)
    }

    /// Approves (the waiting revision becomes the event, keeping the time, place and capacity
    /// set since) or drops the waiting revision. Gives the event as it was and as it is now;
    /// None when no revision was waiting (someone else decided first).
    pub async fn resolve_event_revision(
        &self,
        id: i64,
        approve: bool,
    ) -> Result<Option<(EventDraft, EventDraft)>, StoreError> {
        let mut tx = self.begin().await?;
        tx.lock(&format!("event-revision:{id}")).await?;
        let Some((details, Some(revision))) = tx
            .fetch_optional::<(String, Option<String>)>(&Sql::with(
                "SELECT details, revision FROM events WHERE id = $1 AND state = 'published'",
                vec![id.into()],
            ))
            .await?
        else {
            return Ok(None);
        };
        let live: EventDraft = serde_json::from_str(&details).map_err(|e| corrupt("events.details", e))?;
        let revision: EventDraft = serde_json::from_str(&revision).map_err(|e| corrupt("events.revision", e))?;
        let after = if approve {
            revision.with_logistics_of(&live)
        } else {
            live.clone()
        };
        let mut args = event_write_args(&after)?;
        args.extend([Utc::now().into(), id.into()]);
        tx.execute(&Sql::with(
            "UPDATE events SET kind = $1, title = $2, starts_at = $3, ends_at = $4, country = $5, online = $6, \
             tags = $7, details = $8, updated_at = $9, revision = NULL, revision_by = NULL WHERE id = $10",
            args,
        ))
        .await?;
        change_feed::record(&mut tx, "event", id, Op::Upsert).await?;
        tx.commit().await?;
        Ok(Some((live, after)))
    }

    /// Published events with a change waiting for a moderator, oldest first.
    pub async fn event_revisions(&self) -> Result<Vec<Event>, StoreError> {
        self.events_where(Sql::new(&format!(
            "{EVENT_SELECT} WHERE e.state = 'published' AND e.revision IS NOT NULL ORDER BY e.updated_at, e.id"
        )))
        .await
    }

    pub async fn event(&self, id: i64) -> Result<Option<Event>, StoreError> {
        self.pool()
            .fetch_optional::<EventRow>(&Sql::with(&format!("{EVENT_SELECT} WHERE e.id = $1"), vec![id.into()]))
            .await?
            .map(EventRow::into_event)
            .transpose()
    }

    async fn events_where(&self, sql: Sql) -> Result<Vec<Event>, StoreError> {
        self.pool()
            .fetch_all::<EventRow>(&sql)
            .await?
            .into_iter()
            .map(EventRow::into_event)
            .collect()
    }

    /// Every event of an organisation, soonest first.
    pub async fn events_of(&self, organisation_id: i64) -> Result<Vec<Event>, StoreError> {
        self.events_where(Sql::with(
            &format!("{EVENT_SELECT} WHERE e.organisation_id = $1 ORDER BY e.starts_at DESC, e.id DESC"),
            vec![organisation_id.into()],
        ))
        .await
    }

    /// Events by id, in any state (the search decides what it shows).
    pub async fn events_by_ids(&self, ids: &[i64]) -> Result<Vec<Event>, StoreError> {
        if ids.is_empty() {
            return Ok(vec![]);
        }
        let mut sql = Sql::new(EVENT_SELECT);
        sql.push(" WHERE e.id IN ").bind_list(ids.iter().copied());
        self.events_where(sql).await
    }

    /// Up to `limit` events with ids above `after`, in id order.
    pub async fn events_after(&self, after: i64, limit: i64) -> Result<Vec<Event>, StoreError> {
        self.events_where(Sql::with(
            &format!("{EVENT_SELECT} WHERE e.id > $1 ORDER BY e.id LIMIT $2"),
            vec![after.into(), limit.into()],
        ))
        .await
    }

    /// Events waiting for a moderator, oldest first.
    pub async fn submitted_events(&self) -> Result<Vec<Event>, StoreError> {
        self.events_where(Sql::new(&format!(
            "{EVENT_SELECT} WHERE e.state = 'submitted' ORDER BY e.updated_at, e.id"
        )))
        .await
    }

    /// Published and cancelled events matching the filter, soonest first, and how many in all.
    pub async fn public_events(&self, f: &EventFilter) -> Result<(Vec<Event>, i64), StoreError> {
        let filtered = |select: &str| {
            let mut sql = Sql::new(select);
            sql.push(" WHERE e.state IN ('published', 'cancelled')");
            if !f.kinds.is_empty() {
                sql.push(" AND e.kind IN ")
                    .bind_list(f.kinds.iter().map(|k| k.as_str()));
            }
            if !f.countries.is_empty() {
                sql.push(" AND e.country IN ")
                    .bind_list(f.countries.iter().map(String::as_str));
            }
            if !f.tags.is_empty() {
                sql.push(" AND (");
                for (i, t) in f.tags.iter().enumerate() {
                    if i > 0 {
                        sql.push(" OR ");
                    }
                    sql.push("e.tags LIKE ")
                        .bind(format!("% {} %", crate::db::like_escape(t)));
                    sql.push(" ESCAPE '\\'");
                }
                sql.push(")");
            }
            if let Some(online) = f.online {
                sql.push(" AND e.online = ").bind(online);
            }
            if let Some(from) = f.from {
                sql.push(" AND e.ends_at > ").bind(from);
            }
            if let Some(to) = f.to {
                sql.push(" AND e.starts_at < ").bind(to);
            }
            sql
        };
        let (total,): (i64,) = self
            .pool()
            .fetch_one(&filtered("SELECT COUNT(*) FROM events e"))
            .await?;
        let mut list = filtered(EVENT_SELECT);
        list.push(" ORDER BY e.starts_at, e.id LIMIT ").bind(f.limit);
        list.push(" OFFSET ").bind(f.offset);
        Ok((self.events_where(list).await?, total))
    }

    pub async fn set_sessions(&self, event_id: i64, sessions: &[MeetingSession]) -> Result<(), StoreError> {
        let json = serde_json::to_string(sessions).map_err(|e| corrupt("events.sessions", e))?;
        self.pool()
            .execute(&Sql::with(
                "UPDATE events SET sessions = $1, updated_at = $2 WHERE id = $3",
                vec![json.into(), Utc::now().into(), event_id.into()],
            ))
            .await?;
        Ok(())
    }

    // --- registrations ---------------------------------------------------------------------

    async fn lock_event(tx: &mut Tx, event_id: i64) -> Result<(), StoreError> {
        let n = tx
            .execute(&Sql::with(
                "UPDATE events SET id = id WHERE id = $1",
                vec![event_id.into()],
            ))
            .await?;
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    async fn confirmed_count(tx: &mut Tx, event_id: i64) -> Result<i64, StoreError> {
        let (n,): (i64,) = tx
            .fetch_one(&Sql::with(
                "SELECT COUNT(*) FROM registrations WHERE event_id = $1 AND state = 'confirmed'",
                vec![event_id.into()],
            ))
            .await?;
        Ok(n)
    }

    /// Registers a person (for an organisation, or on their own): confirmed while places are
    /// left, on the waiting list after. `Conflict` when they hold a registration already; one
    /// cancelled earlier is taken up again, at the end of the waiting list.
    pub async fn register(
        &self,
        event_id: i64,
        user_id: i64,
        organisation_id: Option<i64>,
        capacity: Option<u32>,
    ) -> Result<Seat, StoreError> {
        let now = Utc::now();
        let mut tx = self.begin().await?;
        Self::lock_event(&mut tx, event_id).await?;
        let existing: Option<(i64, String)> = tx
            .fetch_optional(&Sql::with(
                "SELECT id, state FROM registrations WHERE event_id = $1 AND user_id = $2",
                vec![event_id.into(), user_id.into()],
            ))
            .await?;
        if existing.as_ref().is_some_and(|(_, s)| s != "cancelled") {
            return Err(StoreError::Conflict(Conflict::Registration));
        }
        let full = match capacity {
            Some(c) => Self::confirmed_count(&mut tx, event_id).await? >= i64::from(c),
            None => false,
        };
        let state = if full {
            RegistrationState::Waitlisted
        } else {
            RegistrationState::Confirmed
        };
        let id = match existing {
            Some((id, _)) => {
                tx.execute(&Sql::with(
                    "UPDATE registrations SET state = $1, organisation_id = $2, queued_at = $3, updated_at = $3 WHERE id = $4",
                    vec![state.as_str().into(), organisation_id.into(), now.into(), id.into()],
                ))
                .await?;
                id
            }
            None => {
                let (id,): (i64,) = tx
                    .fetch_one(&Sql::with(
                        "INSERT INTO registrations (event_id, user_id, organisation_id, state, queued_at, created_at, updated_at) \
                         VALUES ($1, $2, $3, $4, $5, $5, $5) RETURNING id",
                        vec![event_id.into(), user_id.into(), organisation_id.into(), state.as_str().into(), now.into()],
                    ))
                    .await?;
                id
            }
        };
        let seat = Self::seat(&mut tx, id).await?;
        tx.commit().await?;
        Ok(seat)
    }

    async fn seat(tx: &mut Tx, registration_id: i64) -> Result<Seat, StoreError> {
        let row: RegistrationRow = tx
            .fetch_one(&Sql::with(
                &format!("{REGISTRATION_SELECT} WHERE r.id = $1"),
                vec![registration_id.into()],
            ))
            .await?;
        let registration = row.into_registration()?;
        if registration.state == RegistrationState::Waitlisted {
            let (ahead,): (i64,) = tx
                .fetch_one(&Sql::with(
                    WAITING_AHEAD,
                    vec![registration.event_id.into(), registration_id.into()],
                ))
                .await?;
            return Ok(Seat::Waitlisted {
                registration,
                position: ahead,
            });
        }
        Ok(Seat::Confirmed(registration))
    }

    /// Cancels a person's registration; when that freed a place, the first on the waiting list
    /// gets it and is answered (to be told). Their accepted meetings are withdrawn.
    pub async fn cancel_registration(
        &self,
        event_id: i64,
        user_id: i64,
        capacity: Option<u32>,
    ) -> Result<Option<Registration>, StoreError> {
        let now = Utc::now();
        let mut tx = self.begin().await?;
        Self::lock_event(&mut tx, event_id).await?;
        let existing: Option<(i64,)> = tx
            .fetch_optional(&Sql::with(
                "SELECT id FROM registrations WHERE event_id = $1 AND user_id = $2 AND state <> 'cancelled'",
                vec![event_id.into(), user_id.into()],
            ))
            .await?;
        let Some((id,)) = existing else {
            return Err(StoreError::NotFound);
        };
        tx.execute(&Sql::with(
            "UPDATE registrations SET state = 'cancelled', updated_at = $1 WHERE id = $2",
            vec![now.into(), id.into()],
        ))
        .await?;
        tx.execute(&Sql::with(
            "UPDATE meeting_requests SET state = 'withdrawn', slot = NULL, table_no = NULL, locked = $1, updated_at = $2 \
             WHERE (requester_id = $3 OR invitee_id = $3) AND state IN ('pending', 'accepted')",
            vec![false.into(), now.into(), id.into()],
        ))
        .await?;
        let promoted = self.promote(&mut tx, event_id, capacity).await?;
        tx.commit().await?;
        Ok(promoted)
    }

    /// Moves the first waiting person up when a place is free.
    async fn promote(
        &self,
        tx: &mut Tx,
        event_id: i64,
        capacity: Option<u32>,
    ) -> Result<Option<Registration>, StoreError> {
        let confirmed = Self::confirmed_count(tx, event_id).await?;
        if capacity.is_some_and(|c| confirmed >= i64::from(c)) {
            return Ok(None);
        }
        let first: Option<(i64,)> = tx
            .fetch_optional(&Sql::with(
                "SELECT id FROM registrations WHERE event_id = $1 AND state = 'waitlisted' ORDER BY queued_at, id LIMIT 1",
                vec![event_id.into()],
            ))
            .await?;
        let Some((id,)) = first else { return Ok(None) };
        tx.execute(&Sql::with(
            "UPDATE registrations SET state = 'confirmed', updated_at = $1 WHERE id = $2",
            vec![Utc::now().into(), id.into()],
        ))
        .await?;
        let row: RegistrationRow = tx
            .fetch_one(&Sql::with(
                &format!("{REGISTRATION_SELECT} WHERE r.id = $1"),
                vec![id.into()],
            ))
            .await?;
        Ok(Some(row.into_registration()?))
    }

    /// Confirms people from the waiting list while places are free (after an organiser raised
    /// the capacity); answers those moved up.
    pub async fn fill_places(&self, event_id: i64, capacity: Option<u32>) -> Result<Vec<Registration>, StoreError> {
        let mut tx = self.begin().await?;
        Self::lock_event(&mut tx, event_id).await?;
        let mut moved = Vec::new();
        while let Some(r) = self.promote(&mut tx, event_id, capacity).await? {
            moved.push(r);
        }
        tx.commit().await?;
        Ok(moved)
    }

    /// A person's registration for an event, if any (a read: no write lock, unlike the
    /// transactions that change registrations).
    pub async fn registration(&self, event_id: i64, user_id: i64) -> Result<Option<Seat>, StoreError> {
        let row: Option<RegistrationRow> = self
            .pool()
            .fetch_optional(&Sql::with(
                &format!("{REGISTRATION_SELECT} WHERE r.event_id = $1 AND r.user_id = $2 AND r.state <> 'cancelled'"),
                vec![event_id.into(), user_id.into()],
            ))
            .await?;
        let Some(registration) = row.map(RegistrationRow::into_registration).transpose()? else {
            return Ok(None);
        };
        if registration.state != RegistrationState::Waitlisted {
            return Ok(Some(Seat::Confirmed(registration)));
        }
        let (position,): (i64,) = self
            .pool()
            .fetch_one(&Sql::with(WAITING_AHEAD, vec![event_id.into(), registration.id.into()]))
            .await?;
        Ok(Some(Seat::Waitlisted { registration, position }))
    }

    /// How many are confirmed and how many wait.
    pub async fn registration_counts(&self, event_id: i64) -> Result<(i64, i64), StoreError> {
        let (confirmed, waiting): (i64, i64) = self
            .pool()
            .fetch_one(&Sql::with(
                "SELECT COALESCE(SUM(CASE WHEN state = 'confirmed' THEN 1 ELSE 0 END), 0), \
                 COALESCE(SUM(CASE WHEN state = 'waitlisted' THEN 1 ELSE 0 END), 0) FROM registrations WHERE event_id = $1",
                vec![event_id.into()],
            ))
            .await?;
        Ok((confirmed, waiting))
    }

    /// Registrations of an event by id (any state).
    pub async fn registrations_by_ids(&self, event_id: i64, ids: &[i64]) -> Result<Vec<Registration>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql = Sql::new(REGISTRATION_SELECT);
        sql.push(" WHERE r.event_id = ").bind(event_id).push(" AND r.id IN ");
        sql.bind_list(ids.iter().copied());
        self.pool()
            .fetch_all::<RegistrationRow>(&sql)
            .await?
            .into_iter()
            .map(RegistrationRow::into_registration)
            .collect()
    }

    /// An event's registrations that are not cancelled: confirmed first, then the waiting list.
    pub async fn registrations(&self, event_id: i64) -> Result<Vec<Registration>, StoreError> {
        self.pool()
            .fetch_all::<RegistrationRow>(&Sql::with(
                &format!(
                    "{REGISTRATION_SELECT} WHERE r.event_id = $1 AND r.state <> 'cancelled' \
                     ORDER BY CASE r.state WHEN 'confirmed' THEN 0 ELSE 1 END, r.queued_at, r.id"
                ),
                vec![event_id.into()],
            ))
            .await?
            .into_iter()
            .map(RegistrationRow::into_registration)
            .collect()
    }

    /// The events a person is registered for (not cancelled), soonest first.
    pub async fn events_of_user(&self, user_id: i64) -> Result<Vec<(Event, RegistrationState)>, StoreError> {
        row! {
            struct Row {
                event_id: i64,
                state: String,
            }
        }
        let rows: Vec<Row> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT r.event_id, r.state FROM registrations r JOIN events e ON e.id = r.event_id \
                 WHERE r.user_id = $1 AND r.state <> 'cancelled' ORDER BY e.starts_at, e.id",
                vec![user_id.into()],
            ))
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            if let Some(e) = self.event(r.event_id).await? {
                out.push((e, RegistrationState::parse(&r.state)?));
            }
        }
        Ok(out)
    }

    pub async fn set_profile(&self, registration_id: i64, offer: &str, seek: &str) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "UPDATE registrations SET offer = $1, seek = $2, updated_at = $3 WHERE id = $4",
                vec![offer.into(), seek.into(), Utc::now().into(), registration_id.into()],
            ))
            .await?;
        Ok(())
    }

    pub async fn set_unavailable(&self, registration_id: i64, slots: &[String]) -> Result<(), StoreError> {
        let json = serde_json::to_string(slots).map_err(|e| corrupt("registrations.unavailable", e))?;
        self.pool()
            .execute(&Sql::with(
                "UPDATE registrations SET unavailable = $1, updated_at = $2 WHERE id = $3",
                vec![json.into(), Utc::now().into(), registration_id.into()],
            ))
            .await?;
        Ok(())
    }

    /// Confirmed registrations for published events that start before `until` (and have not
    /// started at `now`) whose reminder has not gone out, with their events.
    pub async fn due_reminders(
        &self,
        now: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Vec<(Registration, Event)>, StoreError> {
        let rows: Vec<RegistrationRow> = self
            .pool()
            .fetch_all(&Sql::with(
                &format!(
                    "{REGISTRATION_SELECT} JOIN events e ON e.id = r.event_id WHERE r.state = 'confirmed' \
                     AND r.reminded_at IS NULL AND e.state = 'published' AND e.starts_at > $1 AND e.starts_at <= $2 \
                     ORDER BY e.starts_at, r.id LIMIT 5000"
                ),
                vec![now.into(), until.into()],
            ))
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        let mut events: std::collections::HashMap<i64, Event> = std::collections::HashMap::new();
        for row in rows {
            let r = row.into_registration()?;
            if let std::collections::hash_map::Entry::Vacant(slot) = events.entry(r.event_id) {
                if let Some(e) = self.event(r.event_id).await? {
                    slot.insert(e);
                }
            }
            if let Some(e) = events.get(&r.event_id) {
                out.push((r, e.clone()));
            }
        }
        Ok(out)
    }

    /// Records that a registration's reminder went out; false when another node sent it first.
    pub async fn mark_reminded(&self, registration_id: i64) -> Result<bool, StoreError> {
        Ok(self
            .pool()
            .execute(&Sql::with(
                "UPDATE registrations SET reminded_at = $1 WHERE id = $2 AND reminded_at IS NULL",
                vec![Utc::now().into(), registration_id.into()],
            ))
            .await?
            == 1)
    }

    // --- meeting requests ------------------------------------------------------------------

    /// Sends a meeting request; `Conflict` when either already asked the other.
    pub async fn request_meeting(
        &self,
        event_id: i64,
        requester: i64,
        invitee: i64,
        message: &str,
    ) -> Result<i64, StoreError> {
        let now = Utc::now();
        let mut tx = self.begin().await?;
        // Two people asking each other at the same moment make one request, not two crossed
        // ones: requests between the same pair take turns.
        let (a, b) = (requester.min(invitee), requester.max(invitee));
        tx.lock(&format!("meeting-pair:{event_id}:{a}:{b}")).await?;
        let (existing,): (i64,) = tx
            .fetch_one(&Sql::with(
                "SELECT COUNT(*) FROM meeting_requests WHERE event_id = $1 AND state <> 'withdrawn' AND \
                 ((requester_id = $2 AND invitee_id = $3) OR (requester_id = $3 AND invitee_id = $2))",
                vec![event_id.into(), requester.into(), invitee.into()],
            ))
            .await?;
        if existing > 0 {
            return Err(StoreError::Conflict(Conflict::MeetingRequest));
        }
        // A withdrawn request between the same two, in the same direction, is asked again.
        let withdrawn: Option<(i64,)> = tx
            .fetch_optional(&Sql::with(
                "SELECT id FROM meeting_requests WHERE event_id = $1 AND requester_id = $2 AND invitee_id = $3",
                vec![event_id.into(), requester.into(), invitee.into()],
            ))
            .await?;
        let id = match withdrawn {
            Some((id,)) => {
                tx.execute(&Sql::with(
                    "UPDATE meeting_requests SET state = 'pending', message = $1, updated_at = $2, slot = NULL, \
                     table_no = NULL, unscheduled = NULL, locked = $3 WHERE id = $4",
                    vec![message.into(), now.into(), false.into(), id.into()],
                ))
                .await?;
                id
            }
            None => {
                let (id,): (i64,) = tx
                    .fetch_one(&Sql::with(
                        "INSERT INTO meeting_requests (event_id, requester_id, invitee_id, message, state, created_at, \
                         updated_at) VALUES ($1, $2, $3, $4, 'pending', $5, $5) RETURNING id",
                        vec![event_id.into(), requester.into(), invitee.into(), message.into(), now.into()],
                    ))
                    .await?;
                id
            }
        };
        tx.commit().await?;
        Ok(id)
    }

    pub async fn meeting_request(&self, id: i64) -> Result<Option<MeetingRequest>, StoreError> {
        self.pool()
            .fetch_optional::<RequestRow>(&Sql::with(&format!("{REQUEST_SELECT} WHERE id = $1"), vec![id.into()]))
            .await?
            .map(RequestRow::into_request)
            .transpose()
    }

    /// Moves a request from one of `from` to `to`; false when it was not in one of them. Leaving
    /// `accepted` takes the meeting out of the schedule.
    pub async fn set_request_state(
        &self,
        id: i64,
        from: &[RequestState],
        to: RequestState,
    ) -> Result<bool, StoreError> {
        let mut sql = Sql::new("UPDATE meeting_requests SET state = ");
        sql.bind(to.as_str()).push(", updated_at = ").bind(Utc::now());
        if to != RequestState::Accepted {
            sql.push(", slot = NULL, table_no = NULL, locked = ").bind(false);
        }
        sql.push(" WHERE id = ").bind(id).push(" AND state IN ");
        sql.bind_list(from.iter().map(|s| s.as_str()));
        Ok(self.pool().execute(&sql).await? == 1)
    }

    /// The requests one registration sent or received (any state), oldest first.
    pub async fn meeting_requests_of(&self, registration_id: i64) -> Result<Vec<MeetingRequest>, StoreError> {
        self.pool()
            .fetch_all::<RequestRow>(&Sql::with(
                &format!("{REQUEST_SELECT} WHERE requester_id = $1 OR invitee_id = $1 ORDER BY created_at, id"),
                vec![registration_id.into()],
            ))
            .await?
            .into_iter()
            .map(RequestRow::into_request)
            .collect()
    }

    /// Every request of an event (any state), oldest first.
    pub async fn meeting_requests(&self, event_id: i64) -> Result<Vec<MeetingRequest>, StoreError> {
        self.pool()
            .fetch_all::<RequestRow>(&Sql::with(
                &format!("{REQUEST_SELECT} WHERE event_id = $1 ORDER BY created_at, id"),
                vec![event_id.into()],
            ))
            .await?
            .into_iter()
            .map(RequestRow::into_request)
            .collect()
    }

    /// Stores a scheduler run: places and reasons of the accepted, unlocked meetings.
    pub async fn save_schedule(&self, event_id: i64, placed: &[Placed]) -> Result<(), StoreError> {
        let now = Utc::now();
        let mut tx = self.begin().await?;
        Self::lock_event(&mut tx, event_id).await?;
        for p in placed {
            tx.execute(&Sql::with(
                "UPDATE meeting_requests SET slot = $1, table_no = $2, unscheduled = $3, updated_at = $4 \
                 WHERE id = $5 AND event_id = $6 AND state = 'accepted' AND locked = $7",
                vec![
                    p.at.map(|(s, _)| i64::from(s)).into(),
                    p.at.map(|(_, t)| i64::from(t)).into(),
                    p.unscheduled.clone().into(),
                    now.into(),
                    p.request_id.into(),
                    event_id.into(),
                    false.into(),
                ],
            ))
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Locks or unlocks a scheduled meeting; false when it is not placed.
    pub async fn set_locked(&self, event_id: i64, request_id: i64, locked: bool) -> Result<bool, StoreError> {
        let n = self
            .pool()
            .execute(&Sql::with(
                "UPDATE meeting_requests SET locked = $1, updated_at = $2 WHERE id = $3 AND event_id = $4 \
                 AND state = 'accepted' AND slot IS NOT NULL",
                vec![locked.into(), Utc::now().into(), request_id.into(), event_id.into()],
            ))
            .await?;
        Ok(n == 1)
    }

    /// Publishes the schedule: every placed meeting is confirmed (locked) so that later runs for
    /// late requests do not move it.
    pub async fn publish_schedule(&self, event_id: i64) -> Result<(), StoreError> {
        let now = Utc::now();
        let mut tx = self.begin().await?;
        Self::lock_event(&mut tx, event_id).await?;
        tx.execute(&Sql::with(
            "UPDATE meeting_requests SET locked = $1, updated_at = $2 WHERE event_id = $3 AND state = 'accepted' \
             AND slot IS NOT NULL",
            vec![true.into(), now.into(), event_id.into()],
        ))
        .await?;
        tx.execute(&Sql::with(
            "UPDATE events SET schedule_published_at = $1 WHERE id = $2",
            vec![now.into(), event_id.into()],
        ))
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
