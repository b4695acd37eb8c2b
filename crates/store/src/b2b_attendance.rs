//! Attendance at B2B matchmaking events on the day: who checked in and out (every scan
//! kept by the key its scanning page gave it, so that a replayed offline queue counts once),
//! what each side says of a meeting ("we met", "they did not come") and the organiser's word
//! that settles it, the one ask afterwards, and the re-fill that hands freed slots to others.
//! Also the platform's signing keys, which the check-in tokens and one-tap links are signed with.

use chrono::{DateTime, Utc};

use crate::corrupt;
use crate::{Sql, Store, StoreError};

/// Where someone is, as the check-in desk sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Presence {
    pub checked_in_at: DateTime<Utc>,
    pub checked_out_at: Option<DateTime<Utc>>,
}

impl Presence {
    /// Checked in and not (or no longer) checked out.
    pub fn present(&self) -> bool {
        self.checked_out_at.is_none()
    }
}

/// A scan's direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScanKind {
    In,
    Out,
}

impl ScanKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::In => "in",
            Self::Out => "out",
        }
    }
}

/// What a scan did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScanOutcome {
    CheckedIn,
    /// Checked in earlier (the earlier time is kept).
    AlreadyIn,
    CheckedOut,
    AlreadyOut,
    /// A check-out of someone who never checked in: nothing recorded.
    NotIn,
    /// The same scan (same key) was recorded before: nothing changed.
    Replayed,
}

/// One side's word on a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Requester,
    Invitee,
    Organiser,
    /// A table steward of the event (migration 0032): settles a meeting unless the organiser
    /// said otherwise.
    Steward,
}

impl Side {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Requester => "requester",
            Self::Invitee => "invitee",
            Self::Organiser => "organiser",
            Self::Steward => "steward",
        }
    }

    pub(crate) fn parse(s: &str) -> Result<Self, StoreError> {
        Ok(match s {
            "requester" => Self::Requester,
            "invitee" => Self::Invitee,
            "organiser" => Self::Organiser,
            "steward" => Self::Steward,
            other => return Err(corrupt("b2b_meeting_reports.side", other)),
        })
    }
}

/// Whether a meeting happened, and if not who was missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Held,
    /// The requester did not come.
    RequesterAbsent,
    InviteeAbsent,
    BothAbsent,
}

impl Outcome {
    fn columns(self) -> (&'static str, Option<&'static str>) {
        match self {
            Self::Held => ("held", None),
            Self::RequesterAbsent => ("no-show", Some("requester")),
            Self::InviteeAbsent => ("no-show", Some("invitee")),
            Self::BothAbsent => ("no-show", Some("both")),
        }
    }

    fn parse(outcome: &str, absent: Option<&str>) -> Result<Self, StoreError> {
        Ok(match (outcome, absent) {
            ("held", _) => Self::Held,
            ("no-show", Some("requester")) => Self::RequesterAbsent,
            ("no-show", Some("invitee")) => Self::InviteeAbsent,
            ("no-show", Some("both")) => Self::BothAbsent,
            (o, a) => return Err(corrupt("b2b_meeting_reports.outcome", format!("{o}/{a:?}"))),
        })
    }

    /// A no-show of the other side, as the side `reporter` reports it.
    pub fn other_absent(reporter: Side) -> Self {
        match reporter {
            Side::Requester => Self::InviteeAbsent,
            _ => Self::RequesterAbsent,
        }
    }

    pub fn is_no_show(self) -> bool {
        self != Self::Held
    }
}

/// A side's answer about a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Report {
    pub request_id: i64,
    pub side: Side,
    pub outcome: Outcome,
    pub reported_at: DateTime<Utc>,
}

row! {
    struct ReportRow {
        request_id: i64,
        side: String,
        outcome: String,
        absent: Option<String>,
        reported_at: DateTime<Utc>,
    }
}

row! {
    struct PresenceRow {
        registration_id: i64,
        checked_in_at: DateTime<Utc>,
        checked_out_at: Option<DateTime<Utc>>,
    }
}

/// What a re-fill changes: meetings given up (someone is absent) and meetings newly placed,
/// from accepted requests, from pending requests the invitee's mark said yes to, and from pairs
/// of marks without a request.
#[derive(Debug, Clone, Default)]
pub struct Refill {
    pub released: Vec<i64>,
    /// (request, slot, table): placed and confirmed at once, as the day has begun.
    pub placed: Vec<(i64, u16, u32)>,
    /// (request, slot, table): pending requests accepted and placed.
    pub accepted: Vec<(i64, u16, u32)>,
    /// (registration, registration, slot, table): pairs from preferences, made meetings and placed.
    pub paired: Vec<(i64, i64, u16, u32)>,
}

/// SQL that holds when `slot` and `table` of `event` are free for a meeting of `a` and `b` (each
/// an SQL expression: a placeholder or a column): no other accepted meeting there at that table
/// or with either of them, and no group meeting there at that table or with either of them as
/// host or guest. `except` is the meeting's own id, which does not stand in its own way.
fn free_at(slot: &str, table: &str, event: &str, a: &str, b: &str, except: &str) -> String {
    format!(
        "NOT EXISTS (SELECT 1 FROM meeting_requests o WHERE o.event_id = {event} AND o.state = 'accepted' \
         AND o.slot = {slot} AND o.id <> {except} AND (o.table_no = {table} OR o.requester_id IN ({a}, {b}) \
         OR o.invitee_id IN ({a}, {b}))) \
         AND NOT EXISTS (SELECT 1 FROM group_meetings g WHERE g.event_id = {event} AND g.slot = {slot} \
         AND (g.table_no = {table} OR g.host_id IN ({a}, {b}) OR EXISTS (SELECT 1 FROM group_meeting_guests x \
         WHERE x.group_id = g.id AND x.registration_id IN ({a}, {b}))))"
    )
}

impl Store {
    /// The secret named `name`, made from `fresh` the first time it is asked for (whichever node
    /// asks first wins; every later call answers the stored one).
    pub async fn signing_key(&self, name: &str, fresh: &str) -> Result<String, StoreError> {
        let found: Option<(String,)> = self
            .pool()
            .fetch_optional(&Sql::with(
                "SELECT secret FROM signing_keys WHERE name = $1",
                vec![name.into()],
            ))
            .await?;
        if let Some((secret,)) = found {
            return Ok(secret);
        }
        self.pool()
            .execute(&Sql::with(
                "INSERT INTO signing_keys (name, secret, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING",
                vec![name.into(), fresh.into(), Utc::now().into()],
            ))
            .await?;
        let (secret,): (String,) = self
            .pool()
            .fetch_one(&Sql::with(
                "SELECT secret FROM signing_keys WHERE name = $1",
                vec![name.into()],
            ))
            .await?;
        Ok(secret)
    }

    /// Records a scan of `registration_id` made at `at` on the scanning device. A key seen
    /// before answers `Replayed` and changes nothing; a check-in keeps the earliest time.
    pub async fn record_scan(
        &self,
        event_id: i64,
        registration_id: i64,
        kind: ScanKind,
        at: DateTime<Utc>,
        key: &str,
        by: Option<i64>,
    ) -> Result<(ScanOutcome, Option<Presence>), StoreError> {
        let now = Utc::now();
        let mut tx = self.begin().await?;
        // Scans of one person take turns, so that two desks scanning them at once agree.
        tx.lock(&format!("b2b-presence:{registration_id}")).await?;
        let before: Option<PresenceRow> = tx
            .fetch_optional(&Sql::with(
                "SELECT registration_id, checked_in_at, checked_out_at FROM b2b_presence WHERE registration_id = $1",
                vec![registration_id.into()],
            ))
            .await?;
        let before = before.map(|r| Presence {
            checked_in_at: r.checked_in_at,
            checked_out_at: r.checked_out_at,
        });
        let fresh = tx
            .execute(&Sql::with(
                "INSERT INTO b2b_scans (event_id, registration_id, scan_key, kind, scanned_at, recorded_by, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event_id, scan_key) DO NOTHING",
                vec![
                    event_id.into(),
                    registration_id.into(),
                    key.into(),
                    kind.as_str().into(),
                    at.into(),
                    by.into(),
                    now.into(),
                ],
            ))
            .await?
            == 1;
        if !fresh {
            tx.commit().await?;
            return Ok((ScanOutcome::Replayed, before));
        }
        let (outcome, after) = match (kind, before) {
            (ScanKind::In, None) => (
                ScanOutcome::CheckedIn,
                Some(Presence {
                    checked_in_at: at,
                    checked_out_at: None,
                }),
            ),
            (ScanKind::In, Some(p)) => match p.checked_out_at {
                // Back in after leaving.
                Some(out) if at > out => (
                    ScanOutcome::CheckedIn,
                    Some(Presence {
                        checked_in_at: p.checked_in_at.min(at),
                        checked_out_at: None,
                    }),
                ),
                _ => (
                    ScanOutcome::AlreadyIn,
                    Some(Presence {
                        checked_in_at: p.checked_in_at.min(at),
                        ..p
                    }),
                ),
            },
            (ScanKind::Out, None) => (ScanOutcome::NotIn, None),
            (ScanKind::Out, Some(p)) => match p.checked_out_at {
                None if at >= p.checked_in_at => (
                    ScanOutcome::CheckedOut,
                    Some(Presence {
                        checked_out_at: Some(at),
                        ..p
                    }),
                ),
                None => (ScanOutcome::AlreadyIn, Some(p)),
                Some(_) => (ScanOutcome::AlreadyOut, Some(p)),
            },
        };
        if let Some(p) = after.filter(|a| Some(*a) != before) {
            tx.execute(&Sql::with(
                "INSERT INTO b2b_presence (registration_id, event_id, checked_in_at, checked_out_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (registration_id) DO UPDATE SET \
                 checked_in_at = excluded.checked_in_at, checked_out_at = excluded.checked_out_at, \
                 updated_at = excluded.updated_at",
                vec![
                    registration_id.into(),
                    event_id.into(),
                    p.checked_in_at.into(),
                    p.checked_out_at.into(),
                    now.into(),
                ],
            ))
            .await?;
        }
        tx.commit().await?;
        Ok((outcome, after))
    }

    /// Everyone of the event who checked in, by registration.
    pub async fn presence(&self, event_id: i64) -> Result<Vec<(i64, Presence)>, StoreError> {
        let rows: Vec<PresenceRow> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT registration_id, checked_in_at, checked_out_at FROM b2b_presence WHERE event_id = $1",
                vec![event_id.into()],
            ))
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| {
                (
                    r.registration_id,
                    Presence {
                        checked_in_at: r.checked_in_at,
                        checked_out_at: r.checked_out_at,
                    },
                )
            })
            .collect())
    }

    /// One registration's presence, if they checked in.
    pub async fn presence_of(&self, registration_id: i64) -> Result<Option<Presence>, StoreError> {
        let row: Option<PresenceRow> = self
            .pool()
            .fetch_optional(&Sql::with(
                "SELECT registration_id, checked_in_at, checked_out_at FROM b2b_presence WHERE registration_id = $1",
                vec![registration_id.into()],
            ))
            .await?;
        Ok(row.map(|r| Presence {
            checked_in_at: r.checked_in_at,
            checked_out_at: r.checked_out_at,
        }))
    }

    /// Records (or replaces) one side's word on a meeting.
    pub async fn report_meeting(
        &self,
        request_id: i64,
        side: Side,
        outcome: Outcome,
        by: Option<i64>,
    ) -> Result<(), StoreError> {
        let (o, absent) = outcome.columns();
        self.pool()
            .execute(&Sql::with(
                "INSERT INTO b2b_meeting_reports (request_id, side, outcome, absent, reported_by, reported_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (request_id, side) DO UPDATE SET \
                 outcome = excluded.outcome, absent = excluded.absent, reported_by = excluded.reported_by, \
                 reported_at = excluded.reported_at",
                vec![
                    request_id.into(),
                    side.as_str().into(),
                    o.into(),
                    absent.into(),
                    by.into(),
                    Utc::now().into(),
                ],
            ))
            .await?;
        Ok(())
    }

    /// Every answer about the event's meetings.
    pub async fn meeting_reports(&self, event_id: i64) -> Result<Vec<Report>, StoreError> {
        self.reports_where("m.event_id = $1", event_id).await
    }

    /// The reports on the meetings of one registration (its agenda reads no one else's).
    pub async fn meeting_reports_of(&self, registration_id: i64) -> Result<Vec<Report>, StoreError> {
        self.reports_where("(m.requester_id = $1 OR m.invitee_id = $1)", registration_id)
            .await
    }

    async fn reports_where(&self, filter: &str, id: i64) -> Result<Vec<Report>, StoreError> {
        let rows: Vec<ReportRow> = self
            .pool()
            .fetch_all(&Sql::with(
                &format!(
                    "SELECT x.request_id, x.side, x.outcome, x.absent, x.reported_at FROM b2b_meeting_reports x \
                     JOIN meeting_requests m ON m.id = x.request_id WHERE {filter} ORDER BY x.request_id, x.side"
                ),
                vec![id.into()],
            ))
            .await?;
        rows.into_iter()
            .map(|r| {
                Ok(Report {
                    request_id: r.request_id,
                    side: Side::parse(&r.side)?,
                    outcome: Outcome::parse(&r.outcome, r.absent.as_deref())?,
                    reported_at: r.reported_at,
                })
            })
            .collect()
    }

    /// B2B events whose schedule was published and that ended between `since` and `until`: those
    /// whose unanswered meetings are asked about.
    pub async fn b2b_events_ended(&self, since: DateTime<Utc>, until: DateTime<Utc>) -> Result<Vec<i64>, StoreError> {
        let rows: Vec<(i64,)> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT id FROM events WHERE schedule_published_at IS NOT NULL AND ends_at > $1 AND ends_at <= $2 \
                 ORDER BY ends_at, id",
                vec![since.into(), until.into()],
            ))
            .await?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }

    /// Claims the one ask of a participant; false when it was claimed before (by this or
    /// another node).
    pub async fn claim_attendance_ask(&self, event_id: i64, registration_id: i64) -> Result<bool, StoreError> {
        Ok(self
            .pool()
            .execute(&Sql::with(
                "INSERT INTO b2b_attendance_asks (registration_id, event_id, asked_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (registration_id) DO NOTHING",
                vec![registration_id.into(), event_id.into(), Utc::now().into()],
            ))
            .await?
            == 1)
    }

    /// How many of the event's meetings hold the place a re-fill gave them.
    pub async fn refilled_meetings(&self, event_id: i64) -> Result<usize, StoreError> {
        let (n,): (i64,) = self
            .pool()
            .fetch_one(&Sql::with(
                "SELECT COUNT(*) FROM meeting_requests WHERE event_id = $1 AND refilled_at IS NOT NULL \
                 AND slot IS NOT NULL AND state = 'accepted'",
                vec![event_id.into()],
            ))
            .await?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// Applies a re-fill in one transaction and answers what it applied. The plan was made from
    /// what was read before, so every change is checked again here: a meeting is given up only
    /// while it is still accepted and where the plan saw it, and a placement lands only on a
    /// request in the state the plan saw, still unplaced, in a slot where its table and both
    /// people are still free (of meetings and group meetings). What another run, answer or
    /// request changed meanwhile is left as it is, and nobody is told of a change that did not
    /// happen.
    pub async fn apply_refill(&self, event_id: i64, refill: &Refill) -> Result<Refill, StoreError> {
        let now = Utc::now();
        let mut tx = self.begin().await?;
        tx.execute(&Sql::with(
            "UPDATE events SET id = id WHERE id = $1",
            vec![event_id.into()],
        ))
        .await?;
        let mut applied = Refill::default();
        for &id in &refill.released {
            let n = tx
                .execute(&Sql::with(
                    "UPDATE meeting_requests SET slot = NULL, table_no = NULL, locked = $1, unscheduled = 'absent', \
                     updated_at = $2 WHERE id = $3 AND event_id = $4 AND state = 'accepted' AND slot IS NOT NULL",
                    vec![false.into(), now.into(), id.into(), event_id.into()],
                ))
                .await?;
            if n > 0 {
                applied.released.push(id);
            }
        }
        let row_free = free_at(
            "$1",
            "$2",
            "$6",
            "meeting_requests.requester_id",
            "meeting_requests.invitee_id",
            "meeting_requests.id",
        );
        let place = |id: i64, slot: u16, table: u32, from: &'static str| {
            Sql::with(
                &format!(
                    "UPDATE meeting_requests SET state = 'accepted', slot = $1, table_no = $2, locked = $3, \
                     unscheduled = NULL, updated_at = $4, refilled_at = $4 WHERE id = $5 AND event_id = $6 \
                     AND state = $7 AND slot IS NULL AND {row_free}"
                ),
                vec![
                    i64::from(slot).into(),
                    i64::from(table).into(),
                    true.into(),
                    now.into(),
                    id.into(),
                    event_id.into(),
                    from.into(),
                ],
            )
        };
        for &(id, slot, table) in &refill.placed {
            if tx.execute(&place(id, slot, table, "accepted")).await? > 0 {
                applied.placed.push((id, slot, table));
            }
        }
        for &(id, slot, table) in &refill.accepted {
            if tx.execute(&place(id, slot, table, "pending")).await? > 0 {
                applied.accepted.push((id, slot, table));
            }
        }
        let pair_free = free_at("$1", "$2", "$3", "$4", "$5", "0");
        for &(a, b, slot, table) in &refill.paired {
            // A request the two made in the meantime is theirs: the pair is left to it.
            let open: Vec<(i64,)> = tx
                .fetch_all(&Sql::with(
                    &format!(
                        "SELECT CAST(1 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM meeting_requests WHERE event_id = $3 \
                         AND state <> 'withdrawn' AND ((requester_id = $4 AND invitee_id = $5) \
                         OR (requester_id = $5 AND invitee_id = $4))) AND {pair_free}"
                    ),
                    vec![
                        i64::from(slot).into(),
                        i64::from(table).into(),
                        event_id.into(),
                        a.into(),
                        b.into(),
                    ],
                ))
                .await?;
            if open.is_empty() {
                continue;
            }
            crate::b2b_preferences::take_up_pair(&mut tx, event_id, a, b, now).await?;
            let n = tx
                .execute(&Sql::with(
                    "UPDATE meeting_requests SET slot = $1, table_no = $2, locked = $3, unscheduled = NULL, \
                     updated_at = $4, refilled_at = $4 WHERE event_id = $5 AND state = 'accepted' AND slot IS NULL \
                     AND ((requester_id = $6 AND invitee_id = $7) OR (requester_id = $7 AND invitee_id = $6))",
                    vec![
                        i64::from(slot).into(),
                        i64::from(table).into(),
                        true.into(),
                        now.into(),
                        event_id.into(),
                        a.into(),
                        b.into(),
                    ],
                ))
                .await?;
            if n > 0 {
                applied.paired.push((a, b, slot, table));
            }
        }
        tx.commit().await?;
        Ok(applied)
    }
}
