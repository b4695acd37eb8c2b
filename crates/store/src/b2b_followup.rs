//! The follow-up of B2B matchmaking (migration 0031): an event's follow-up settings, meeting
//! requests that expire unanswered, reminders to participants with something to do, and the
//! outcomes of held meetings asked 90 and 180 days after the event.
//!
//! Every mail the jobs send is claimed first by a row whose key names it (a request's expiry, a
//! person's reminder round, a person's outcome round): the node whose write succeeds sends it,
//! so any number of nodes on one database send each mail once.

use chrono::{DateTime, Duration, Utc};
use domain::b2b_followup::{FollowUpSettings, OutcomeStage};

use crate::events::MeetingRequest;
use crate::{corrupt, Sql, Store, StoreError};

row! {
    struct SettingsRow {
        request_days: i64,
        nudge_every_days: i64,
        nudge_cap: i64,
    }
}

/// A request that has just expired, with what its requester's mail says.
#[derive(Debug, Clone, PartialEq)]
pub struct Expired {
    pub request_id: i64,
    pub event_id: i64,
    pub requester_email: String,
    pub invitee_name: String,
}

row! {
    struct PendingRow {
        id: i64,
        event_id: i64,
        updated_at: DateTime<Utc>,
        request_days: Option<i64>,
    }
}

row! {
    struct ExpiredRow {
        requester_email: String,
        invitee_name: String,
    }
}

row! {
    /// A reminder that went out.
    #[derive(Debug, Clone, PartialEq, serde::Serialize)]
    pub struct Nudge {
        pub registration_id: i64,
        pub round: i64,
        pub waiting: i64,
        pub meetings: i64,
        pub sent_at: DateTime<Utc>,
    }
}

row! {
    /// An expiry of a request, for the organiser's figures.
    #[derive(Debug, Clone, PartialEq, serde::Serialize)]
    pub struct Expiry {
        pub request_id: i64,
        pub asked_at: DateTime<Utc>,
        pub expired_at: DateTime<Utc>,
    }
}

row! {
    struct OutcomeRow {
        request_id: i64,
        registration_id: i64,
        round: i64,
        stage: String,
    }
}

impl OutcomeRow {
    fn into_outcome(self) -> Result<Outcome, StoreError> {
        Ok(Outcome {
            request_id: self.request_id,
            registration_id: self.registration_id,
            round: u32::try_from(self.round).map_err(|e| corrupt("b2b_outcomes.round", e))?,
            stage: OutcomeStage::parse(&self.stage).ok_or_else(|| corrupt("b2b_outcomes.stage", &self.stage))?,
        })
    }
}

/// One participant's answer about one held meeting in one round.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Outcome {
    pub request_id: i64,
    pub registration_id: i64,
    pub round: u32,
    pub stage: OutcomeStage,
}

row! {
    /// What an outcome link opens: whose questions of which round, until when.
    #[derive(Debug, Clone, PartialEq)]
    pub struct OutcomeLink {
        pub registration_id: i64,
        pub round: i64,
        pub event_id: i64,
        pub expires_at: DateTime<Utc>,
    }
}

/// When a meeting counts as held: the one place that says so, for the outcome questions, the
/// dashboard and the CSV. A meeting placed and confirmed (published or re-filled) at an event
/// that is over, whose attendance (migration 0030) settles as held: the organiser's word when
/// they gave one, else a table steward's (migration 0032), else the sides' answers when at least
/// one says held and none says otherwise (the rule of `Answers::settled` on the attendance
/// page). `m` is the meeting request, `e` its event; `$1` is the moment of asking, `$2` a bound
/// `true`.
const HELD: &str = "m.state = 'accepted' AND m.slot IS NOT NULL AND m.locked = $2 \
     AND e.schedule_published_at IS NOT NULL AND e.ends_at <= $1 \
     AND (EXISTS (SELECT 1 FROM b2b_meeting_reports r WHERE r.request_id = m.id AND r.side = 'organiser' \
                  AND r.outcome = 'held') \
          OR (NOT EXISTS (SELECT 1 FROM b2b_meeting_reports r WHERE r.request_id = m.id AND r.side = 'organiser') \
              AND EXISTS (SELECT 1 FROM b2b_meeting_reports r WHERE r.request_id = m.id AND r.side = 'steward' \
                          AND r.outcome = 'held')) \
          OR (NOT EXISTS (SELECT 1 FROM b2b_meeting_reports r WHERE r.request_id = m.id \
                          AND r.side IN ('organiser', 'steward')) \
              AND EXISTS (SELECT 1 FROM b2b_meeting_reports r WHERE r.request_id = m.id \
                          AND r.side IN ('requester', 'invitee') AND r.outcome = 'held') \
              AND NOT EXISTS (SELECT 1 FROM b2b_meeting_reports r WHERE r.request_id = m.id \
                              AND r.side IN ('requester', 'invitee') AND r.outcome <> 'held')))";

impl Store {
    /// An event's follow-up settings (the defaults until its organiser saved some).
    pub async fn follow_up_settings(&self, event_id: i64) -> Result<FollowUpSettings, StoreError> {
        let row: Option<SettingsRow> = self
            .pool()
            .fetch_optional(&Sql::with(
                "SELECT request_days, nudge_every_days, nudge_cap FROM b2b_followup_settings WHERE event_id = $1",
                vec![event_id.into()],
            ))
            .await?;
        Ok(match row {
            Some(r) => FollowUpSettings {
                request_days: u32::try_from(r.request_days).map_err(|e| corrupt("request_days", e))?,
                nudge_every_days: u32::try_from(r.nudge_every_days).map_err(|e| corrupt("nudge_every_days", e))?,
                nudge_cap: u32::try_from(r.nudge_cap).map_err(|e| corrupt("nudge_cap", e))?,
            },
            None => FollowUpSettings::default(),
        })
    }

    pub async fn set_follow_up_settings(&self, event_id: i64, s: &FollowUpSettings) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "INSERT INTO b2b_followup_settings (event_id, request_days, nudge_every_days, nudge_cap, updated_at) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (event_id) DO UPDATE SET \
                 request_days = excluded.request_days, nudge_every_days = excluded.nudge_every_days, \
                 nudge_cap = excluded.nudge_cap, updated_at = excluded.updated_at",
                vec![
                    event_id.into(),
                    i64::from(s.request_days).into(),
                    i64::from(s.nudge_every_days).into(),
                    i64::from(s.nudge_cap).into(),
                    Utc::now().into(),
                ],
            ))
            .await?;
        Ok(())
    }

    /// Expires every pending request asked longer ago than its event allows at `now`. Each is
    /// moved to `withdrawn` (which frees both sides: either may ask again) together with its
    /// expiry row, in one transaction that matches only a still pending, not re-asked request:
    /// of several nodes, one expires it, and an answer given meanwhile wins.
    pub async fn expire_requests(&self, now: DateTime<Utc>) -> Result<Vec<Expired>, StoreError> {
        let min_days = i64::from(*domain::b2b_followup::REQUEST_DAYS.start());
        let candidates: Vec<PendingRow> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT m.id, m.event_id, m.updated_at, s.request_days FROM meeting_requests m \
                 LEFT JOIN b2b_followup_settings s ON s.event_id = m.event_id \
                 WHERE m.state = 'pending' AND m.updated_at <= $1 ORDER BY m.updated_at, m.id LIMIT 5000",
                vec![(now - Duration::days(min_days)).into()],
            ))
            .await?;
        let default_days = i64::from(FollowUpSettings::default().request_days);
        let mut out = Vec::new();
        for c in candidates {
            let cutoff = now - Duration::days(c.request_days.unwrap_or(default_days));
            if c.updated_at > cutoff {
                continue;
            }
            let mut tx = self.begin().await?;
            let moved = tx
                .execute(&Sql::with(
                    "UPDATE meeting_requests SET state = 'withdrawn', updated_at = $1 \
                     WHERE id = $2 AND state = 'pending' AND updated_at <= $3",
                    vec![now.into(), c.id.into(), cutoff.into()],
                ))
                .await?;
            if moved != 1 {
                continue;
            }
            tx.execute(&Sql::with(
                "INSERT INTO b2b_request_expiries (request_id, event_id, asked_at, expired_at) VALUES ($1, $2, $3, $4)",
                vec![c.id.into(), c.event_id.into(), c.updated_at.into(), now.into()],
            ))
            .await?;
            let who: ExpiredRow = tx
                .fetch_one(&Sql::with(
                    "SELECT ru.email AS requester_email, iu.display_name AS invitee_name FROM meeting_requests m \
                     JOIN registrations r ON r.id = m.requester_id JOIN users ru ON ru.id = r.user_id \
                     JOIN registrations i ON i.id = m.invitee_id JOIN users iu ON iu.id = i.user_id WHERE m.id = $1",
                    vec![c.id.into()],
                ))
                .await?;
            tx.commit().await?;
            out.push(Expired {
                request_id: c.id,
                event_id: c.event_id,
                requester_email: who.requester_email,
                invitee_name: who.invitee_name,
            });
        }
        Ok(out)
    }

    /// The expiries of an event's requests, oldest first.
    pub async fn request_expiries(&self, event_id: i64) -> Result<Vec<Expiry>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT request_id, asked_at, expired_at FROM b2b_request_expiries WHERE event_id = $1 \
                 ORDER BY expired_at, id",
                vec![event_id.into()],
            ))
            .await
    }

    /// Published events that start after `now`: those whose participants may be reminded.
    pub async fn events_ahead(&self, now: DateTime<Utc>) -> Result<Vec<i64>, StoreError> {
        let rows: Vec<(i64,)> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT id FROM events WHERE state = 'published' AND starts_at > $1 ORDER BY starts_at, id",
                vec![now.into()],
            ))
            .await?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }

    /// The reminders of an event, oldest first.
    pub async fn nudges(&self, event_id: i64) -> Result<Vec<Nudge>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT registration_id, round, waiting, meetings, sent_at FROM b2b_nudges WHERE event_id = $1 \
                 ORDER BY sent_at, registration_id, round",
                vec![event_id.into()],
            ))
            .await
    }

    /// Claims a person's reminder of `round`: true for the one caller that records it, who then
    /// sends it; false when it went out already (from this node or another).
    pub async fn claim_nudge(&self, event_id: i64, n: &Nudge) -> Result<bool, StoreError> {
        let inserted = self
            .pool()
            .execute(&Sql::with(
                "INSERT INTO b2b_nudges (registration_id, round, event_id, waiting, meetings, sent_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (registration_id, round) DO NOTHING",
                vec![
                    n.registration_id.into(),
                    n.round.into(),
                    event_id.into(),
                    n.waiting.into(),
                    n.meetings.into(),
                    n.sent_at.into(),
                ],
            ))
            .await?;
        Ok(inserted == 1)
    }

    /// The registrations of an event that answered a request addressed to them (accepted or
    /// declined it) after `since[registration]`, read from the audit log, which records each
    /// answer with its moment: (registration id, number of answers).
    pub async fn answers_since(
        &self,
        event_id: i64,
        since: &[(i64, DateTime<Utc>)],
    ) -> Result<Vec<(i64, i64)>, StoreError> {
        let mut out = Vec::with_capacity(since.len());
        for &(registration_id, at) in since {
            let (n,): (i64,) = self
                .pool()
                .fetch_one(&Sql::with(
                    "SELECT COUNT(*) FROM audit_log a JOIN registrations r ON r.id = $1 AND r.event_id = $2 \
                     WHERE a.actor_id = r.user_id AND a.action IN ('meeting_accepted', 'meeting_declined') \
                     AND a.at > $3 AND a.subject IN \
                     (SELECT CAST(m.id AS TEXT) FROM meeting_requests m WHERE m.invitee_id = $1)",
                    vec![registration_id.into(), event_id.into(), at.into()],
                ))
                .await?;
            out.push((registration_id, n));
        }
        Ok(out)
    }

    /// The meetings of an event held by `now` (see [`HELD`]), in slot order.
    pub async fn held_meetings(&self, event_id: i64, now: DateTime<Utc>) -> Result<Vec<MeetingRequest>, StoreError> {
        let ids: Vec<(i64,)> = self
            .pool()
            .fetch_all(&Sql::with(
                &format!(
                    "SELECT m.id FROM meeting_requests m JOIN events e ON e.id = m.event_id \
                     WHERE m.event_id = $3 AND {HELD}"
                ),
                vec![now.into(), true.into(), event_id.into()],
            ))
            .await?;
        let ids: std::collections::HashSet<i64> = ids.into_iter().map(|(id,)| id).collect();
        let mut held: Vec<MeetingRequest> = self
            .meeting_requests(event_id)
            .await?
            .into_iter()
            .filter(|m| ids.contains(&m.id))
            .collect();
        held.sort_by_key(|m| (m.slot, m.table, m.id));
        Ok(held)
    }

    /// Events that ended between `from` and `to` with a published schedule: those whose round
    /// of outcome questions is due.
    pub async fn events_ended_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<i64>, StoreError> {
        let rows: Vec<(i64,)> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT id FROM events WHERE ends_at > $1 AND ends_at <= $2 AND schedule_published_at IS NOT NULL \
                 ORDER BY ends_at, id",
                vec![from.into(), to.into()],
            ))
            .await?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }

    /// Claims a person's outcome questions of `round`, with the hash of the token their mail's
    /// links carry: true for the one caller that records it, who then sends the mail.
    pub async fn claim_outcome_ask(
        &self,
        event_id: i64,
        registration_id: i64,
        round: u32,
        token_hash: &str,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let inserted = self
            .pool()
            .execute(&Sql::with(
                "INSERT INTO b2b_outcome_asks (registration_id, round, event_id, token_hash, sent_at, expires_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (registration_id, round) DO NOTHING",
                vec![
                    registration_id.into(),
                    i64::from(round).into(),
                    event_id.into(),
                    token_hash.into(),
                    now.into(),
                    expires_at.into(),
                ],
            ))
            .await?;
        Ok(inserted == 1)
    }

    /// The outcome link a token opens, unless it is unknown or expired at `now`.
    pub async fn outcome_link(&self, token_hash: &str, now: DateTime<Utc>) -> Result<Option<OutcomeLink>, StoreError> {
        self.pool()
            .fetch_optional(&Sql::with(
                "SELECT registration_id, round, event_id, expires_at FROM b2b_outcome_asks \
                 WHERE token_hash = $1 AND expires_at > $2",
                vec![token_hash.into(), now.into()],
            ))
            .await
    }

    /// How many outcome mails went out for an event, per round.
    pub async fn outcome_asks(&self, event_id: i64) -> Result<Vec<(i64, i64)>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT round, COUNT(*) FROM b2b_outcome_asks WHERE event_id = $1 GROUP BY round ORDER BY round",
                vec![event_id.into()],
            ))
            .await
    }

    /// Records (or changes) a participant's answer about one meeting in one round. The caller
    /// has checked that the meeting is one of theirs and was held.
    pub async fn record_outcome(&self, event_id: i64, o: &Outcome, now: DateTime<Utc>) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "INSERT INTO b2b_outcomes (request_id, registration_id, round, event_id, stage, answered_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (request_id, registration_id, round) DO UPDATE SET \
                 stage = excluded.stage, answered_at = excluded.answered_at",
                vec![
                    o.request_id.into(),
                    o.registration_id.into(),
                    i64::from(o.round).into(),
                    event_id.into(),
                    o.stage.as_str().into(),
                    now.into(),
                ],
            ))
            .await?;
        Ok(())
    }

    /// A person's own outcome answers and the reminders they were sent, for their data export.
    pub async fn follow_up_of(&self, registration_id: i64) -> Result<(Vec<Outcome>, Vec<Nudge>), StoreError> {
        let rows: Vec<OutcomeRow> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT request_id, registration_id, round, stage FROM b2b_outcomes WHERE registration_id = $1 \
                 ORDER BY round, request_id",
                vec![registration_id.into()],
            ))
            .await?;
        let outcomes = rows
            .into_iter()
            .map(OutcomeRow::into_outcome)
            .collect::<Result<_, _>>()?;
        let nudges = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT registration_id, round, waiting, meetings, sent_at FROM b2b_nudges \
                 WHERE registration_id = $1 ORDER BY round",
                vec![registration_id.into()],
            ))
            .await?;
        Ok((outcomes, nudges))
    }

    /// Every answer about an event's meetings: for the organisers' counts, and for a
    /// participant's own answers (the caller keeps only theirs).
    pub async fn outcomes(&self, event_id: i64) -> Result<Vec<Outcome>, StoreError> {
        let rows: Vec<OutcomeRow> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT request_id, registration_id, round, stage FROM b2b_outcomes WHERE event_id = $1 \
                 ORDER BY round, request_id, registration_id",
                vec![event_id.into()],
            ))
            .await?;
        rows.into_iter().map(OutcomeRow::into_outcome).collect()
    }
}
