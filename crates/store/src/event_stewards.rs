//! Table stewards of B2B events (migration 0032): people an event's organisers name to run its
//! check-in desk and record whether meetings took place. Naming, removing, listing, the check
//! the desk asks, who has been told of their naming (once per person and event, whatever the
//! removals between), and one person's roles and recorded outcomes (their event pages and
//! personal data).

use chrono::{DateTime, Utc};

use crate::{Sql, Store, StoreError};

row! {
    /// A steward of an event, as the organisers' list shows them.
    #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
    pub struct Steward {
        pub user_id: i64,
        pub display_name: String,
        pub email: String,
        pub named_at: DateTime<Utc>,
        /// The organiser who named them; None once that account is erased.
        pub named_by_name: Option<String>,
    }
}

row! {
    /// One of a person's steward roles, as their own data lists it.
    #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
    pub struct StewardRole {
        pub event_id: i64,
        pub event_title: String,
        pub event_starts_at: DateTime<Utc>,
        pub named_at: DateTime<Utc>,
    }
}

row! {
    /// A meeting outcome a person recorded as a steward, as their own data lists it. `outcome`
    /// and `absent` are as stored: `held`, or `no-show` with who was absent (`requester`,
    /// `invitee`, `both`).
    #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
    pub struct StewardReport {
        pub event_id: i64,
        pub event_title: String,
        pub request_id: i64,
        pub outcome: String,
        pub absent: Option<String>,
        pub reported_at: DateTime<Utc>,
    }
}

row! {
    /// That a person was told they are a steward of an event, as their own data lists it.
    #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
    pub struct StewardNotice {
        pub event_id: i64,
        pub event_title: String,
        pub told_at: DateTime<Utc>,
    }
}

row! {
    struct AuthorRow {
        request_id: i64,
        side: String,
        display_name: Option<String>,
    }
}

impl Store {
    /// Names `user_id` a steward of the event; false when they were one already (nothing
    /// changes then, the first naming is kept).
    pub async fn add_steward(&self, event_id: i64, user_id: i64, named_by: i64) -> Result<bool, StoreError> {
        Ok(self
            .pool()
            .execute(&Sql::with(
                "INSERT INTO event_stewards (event_id, user_id, named_by, named_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (event_id, user_id) DO NOTHING",
                vec![event_id.into(), user_id.into(), named_by.into(), Utc::now().into()],
            ))
            .await?
            == 1)
    }

    /// Records that `user_id` is being told they are a steward of the event; false when they
    /// were told before (the record outlives a removal), so that the mail goes once.
    pub async fn first_steward_notice(&self, event_id: i64, user_id: i64) -> Result<bool, StoreError> {
        Ok(self
            .pool()
            .execute(&Sql::with(
                "INSERT INTO event_steward_notices (event_id, user_id, told_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (event_id, user_id) DO NOTHING",
                vec![event_id.into(), user_id.into(), Utc::now().into()],
            ))
            .await?
            == 1)
    }

    /// False when `user_id` was not a steward of the event.
    pub async fn remove_steward(&self, event_id: i64, user_id: i64) -> Result<bool, StoreError> {
        Ok(self
            .pool()
            .execute(&Sql::with(
                "DELETE FROM event_stewards WHERE event_id = $1 AND user_id = $2",
                vec![event_id.into(), user_id.into()],
            ))
            .await?
            == 1)
    }

    /// The event's stewards, by name.
    pub async fn stewards(&self, event_id: i64) -> Result<Vec<Steward>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT u.id AS user_id, u.display_name, u.email, s.named_at, n.display_name AS named_by_name \
                 FROM event_stewards s JOIN users u ON u.id = s.user_id LEFT JOIN users n ON n.id = s.named_by \
                 WHERE s.event_id = $1 ORDER BY u.display_name, u.id",
                vec![event_id.into()],
            ))
            .await
    }

    /// Whether `user_id` is a steward of the event.
    pub async fn is_steward(&self, event_id: i64, user_id: i64) -> Result<bool, StoreError> {
        let found: Option<(i64,)> = self
            .pool()
            .fetch_optional(&Sql::with(
                "SELECT user_id FROM event_stewards WHERE event_id = $1 AND user_id = $2",
                vec![event_id.into(), user_id.into()],
            ))
            .await?;
        Ok(found.is_some())
    }

    /// The events a person is a steward of, the latest first.
    pub async fn steward_roles_of(&self, user_id: i64) -> Result<Vec<StewardRole>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT e.id AS event_id, e.title AS event_title, e.starts_at AS event_starts_at, s.named_at \
                 FROM event_stewards s JOIN events e ON e.id = s.event_id WHERE s.user_id = $1 \
                 ORDER BY e.starts_at DESC, e.id",
                vec![user_id.into()],
            ))
            .await
    }

    /// The events a person was told they are a steward of, removed since or not.
    pub async fn steward_notices_of(&self, user_id: i64) -> Result<Vec<StewardNotice>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT e.id AS event_id, e.title AS event_title, t.told_at FROM event_steward_notices t \
                 JOIN events e ON e.id = t.event_id WHERE t.user_id = $1 ORDER BY t.told_at DESC, e.id",
                vec![user_id.into()],
            ))
            .await
    }

    /// The meeting outcomes a person recorded as a steward (their word stays after a removal),
    /// the latest first.
    pub async fn steward_reports_by(&self, user_id: i64) -> Result<Vec<StewardReport>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT e.id AS event_id, e.title AS event_title, x.request_id, x.outcome, x.absent, x.reported_at \
                 FROM b2b_meeting_reports x JOIN meeting_requests m ON m.id = x.request_id \
                 JOIN events e ON e.id = m.event_id WHERE x.reported_by = $1 AND x.side = 'steward' \
                 ORDER BY x.reported_at DESC, x.request_id",
                vec![user_id.into()],
            ))
            .await
    }

    /// Who gave the word of the organiser and of the steward on each of the event's meetings:
    /// (request, side, their name), the name None once their account was erased.
    pub async fn meeting_report_authors(
        &self,
        event_id: i64,
    ) -> Result<Vec<(i64, crate::b2b_attendance::Side, Option<String>)>, StoreError> {
        let rows: Vec<AuthorRow> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT x.request_id, x.side, u.display_name FROM b2b_meeting_reports x \
                 JOIN meeting_requests m ON m.id = x.request_id LEFT JOIN users u ON u.id = x.reported_by \
                 WHERE m.event_id = $1 AND x.side IN ('organiser', 'steward') ORDER BY x.request_id, x.side",
                vec![event_id.into()],
            ))
            .await?;
        rows.into_iter()
            .map(|r| {
                Ok((
                    r.request_id,
                    crate::b2b_attendance::Side::parse(&r.side)?,
                    r.display_name,
                ))
            })
            .collect()
    }
}
