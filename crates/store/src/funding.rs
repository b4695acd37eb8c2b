//! Funding opportunities: calls for proposals and cascade calls. Saving is an upsert by the
//! portal's reference, so importing a newer export updates the calls instead of doubling them.

use chrono::{DateTime, Utc};
use domain::funding::FundingCall;

use crate::change_feed::{self, Op};
use crate::corrupt;
use crate::{Sql, Store, StoreError, Tx};

/// A stored call.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StoredCall {
    pub id: i64,
    #[serde(flatten)]
    pub call: FundingCall,
    pub updated_at: DateTime<Utc>,
}

row! {
    struct CallRow {
        id: i64,
        details: String,
        updated_at: DateTime<Utc>,
    }
}

impl CallRow {
    fn into_call(self) -> Result<StoredCall, StoreError> {
        Ok(StoredCall {
            id: self.id,
            call: serde_json::from_str(&self.details).map_err(|e| corrupt("funding_calls.details", e))?,
            updated_at: self.updated_at,
        })
    }
}

/// Saves calls in the caller's transaction (an import writes all or nothing): new
/// references are inserted, known ones updated. A call whose reference is its identifier (read
/// from an export without references) updates the one call of that identifier that is not a
/// cascade call, and a call with a reference takes over one stored that way. Answers how many
/// were created and updated.
pub async fn save_calls(tx: &mut Tx, calls: &[FundingCall]) -> Result<(usize, usize), StoreError> {
    let now = Utc::now();
    let (mut created, mut updated) = (0, 0);
    for c in calls {
        // A forthcoming topic may have no cut-off yet.
        let first = c.deadlines.iter().map(|d| d.at).min();
        let last = c.deadlines.iter().map(|d| d.at).max();
        let mut existing: Option<(i64,)> = tx
            .fetch_optional(&Sql::with(
                "SELECT id FROM funding_calls WHERE reference = $1",
                vec![c.reference.as_str().into()],
            ))
            .await?;
        if existing.is_none() {
            let other: Vec<(i64,)> = if c.reference == c.identifier {
                tx.fetch_all(&Sql::with(
                    "SELECT id FROM funding_calls WHERE identifier = $1 AND is_cascade = $2 LIMIT 2",
                    vec![c.identifier.as_str().into(), false.into()],
                ))
                .await?
            } else {
                tx.fetch_all(&Sql::with(
                    "SELECT id FROM funding_calls WHERE identifier = $1 AND reference = identifier",
                    vec![c.identifier.as_str().into()],
                ))
                .await?
            };
            if let [one] = other.as_slice() {
                existing = Some(*one);
            }
        }
        // An export without references never replaces the portal's reference of a stored call.
        let mut call = std::borrow::Cow::Borrowed(c);
        if let (Some((id,)), true) = (existing, c.reference == c.identifier) {
            let (stored,): (String,) = tx
                .fetch_one(&Sql::with(
                    "SELECT reference FROM funding_calls WHERE id = $1",
                    vec![id.into()],
                ))
                .await?;
            call.to_mut().reference = stored;
        }
        let c = call.as_ref();
        let details = serde_json::to_string(c).map_err(|e| corrupt("funding_calls.details", e))?;
        let args = vec![
            c.identifier.as_str().into(),
            c.programme.as_str().into(),
            c.title.as_str().into(),
            c.cascade.into(),
            c.opens.into(),
            first.into(),
            last.into(),
            details.into(),
            now.into(),
        ];
        let id = match existing {
            Some((id,)) => {
                let mut a = args;
                a.push(c.reference.as_str().into());
                a.push(id.into());
                tx.execute(&Sql::with(
                    "UPDATE funding_calls SET identifier = $1, programme = $2, title = $3, is_cascade = $4, \
                     opens_at = $5, first_deadline_at = $6, last_deadline_at = $7, details = $8, updated_at = $9, \
                     reference = $10 WHERE id = $11",
                    a,
                ))
                .await?;
                updated += 1;
                id
            }
            None => {
                let mut a = args;
                a.push(c.reference.as_str().into());
                let (id,): (i64,) = tx
                    .fetch_one(&Sql::with(
                        "INSERT INTO funding_calls (identifier, programme, title, is_cascade, opens_at, first_deadline_at, \
                         last_deadline_at, details, created_at, updated_at, reference) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10) RETURNING id",
                        a,
                    ))
                    .await?;
                created += 1;
                id
            }
        };
        write_deadlines(tx, id, c).await?;
        change_feed::record(tx, "call", id, Op::Upsert).await?;
    }
    Ok((created, updated))
}

/// Replaces the rows of `call_deadlines` of call `id` with its cut-offs.
async fn write_deadlines(tx: &mut Tx, id: i64, c: &FundingCall) -> Result<(), StoreError> {
    tx.execute(&Sql::with(
        "DELETE FROM call_deadlines WHERE call_id = $1",
        vec![id.into()],
    ))
    .await?;
    let mut at: Vec<DateTime<Utc>> = c.deadlines.iter().map(|d| d.at).collect();
    at.sort_unstable();
    at.dedup();
    if at.is_empty() {
        return Ok(());
    }
    let mut sql = Sql::new("INSERT INTO call_deadlines (call_id, deadline_at) VALUES ");
    for (i, t) in at.into_iter().enumerate() {
        if i > 0 {
            sql.push(", ");
        }
        sql.push("(").bind(id).push(", ").bind(t).push(")");
    }
    tx.execute(&sql).await?;
    Ok(())
}

impl Store {
    /// Fills the cut-off rows of calls saved before they were kept (run at start, after the
    /// migrations; a no-op once every call has them).
    pub async fn index_unindexed_call_deadlines(&self) -> Result<usize, StoreError> {
        let rows: Vec<(i64, String)> = self
            .pool()
            .fetch_all(&Sql::new(
                "SELECT id, details FROM funding_calls c \
                 WHERE NOT EXISTS (SELECT 1 FROM call_deadlines d WHERE d.call_id = c.id) ORDER BY id",
            ))
            .await?;
        let mut tx = self.begin().await?;
        for (id, details) in &rows {
            let c: FundingCall = serde_json::from_str(details).map_err(|e| corrupt("funding_calls.details", e))?;
            write_deadlines(&mut tx, *id, &c).await?;
        }
        tx.commit().await?;
        Ok(rows.len())
    }
}

/// Which calls to list, as of `now`.
#[derive(Debug, Clone)]
pub struct CallFilter {
    pub now: DateTime<Utc>,
    /// None: every call.
    pub status: Option<domain::funding::CallStatus>,
    pub programmes: Vec<String>,
    pub cascade: Option<bool>,
    /// Open calls whose next cut-off is within this many days.
    pub closing_within_days: Option<i64>,
    pub limit: i64,
    pub offset: i64,
}

const CALL_SELECT: &str = "SELECT id, details, updated_at FROM funding_calls";

impl Store {
    /// Calls matching the filter and how many in all: open and forthcoming ones by their last
    /// cut-off, soonest first; closed ones most recently closed first.
    pub async fn calls(&self, f: &CallFilter) -> Result<(Vec<StoredCall>, i64), StoreError> {
        use domain::funding::CallStatus;
        let filtered = |select: &str| {
            let mut sql = Sql::new(select);
            sql.push(" WHERE 1 = 1");
            match f.status {
                Some(CallStatus::Open) => {
                    sql.push(" AND (opens_at IS NULL OR opens_at <= ").bind(f.now);
                    sql.push(") AND last_deadline_at >= ").bind(f.now);
                }
                Some(CallStatus::Forthcoming) => {
                    // Not open yet, or without a cut-off yet (see `FundingCall::status`).
                    sql.push(" AND (opens_at > ").bind(f.now);
                    sql.push(" OR last_deadline_at IS NULL)");
                }
                Some(CallStatus::Closed) => {
                    sql.push(" AND last_deadline_at < ").bind(f.now);
                }
                None => {}
            }
            if let Some(days) = f.closing_within_days {
                // The next cut-off is near (a later one may follow).
                sql.push(" AND EXISTS (SELECT 1 FROM call_deadlines d WHERE d.call_id = funding_calls.id AND d.deadline_at >= ")
                    .bind(f.now)
                    .push(" AND d.deadline_at <= ")
                    .bind(f.now + chrono::Duration::days(days))
                    .push(")");
            }
            if !f.programmes.is_empty() {
                sql.push(" AND programme IN ")
                    .bind_list(f.programmes.iter().map(String::as_str));
            }
            if let Some(c) = f.cascade {
                sql.push(" AND is_cascade = ").bind(c);
            }
            sql
        };
        let (total,): (i64,) = self
            .pool()
            .fetch_one(&filtered("SELECT COUNT(*) FROM funding_calls"))
            .await?;
        let mut list = filtered(CALL_SELECT);
        if f.status == Some(CallStatus::Closed) {
            list.push(" ORDER BY last_deadline_at DESC, id");
        } else {
            // By the next cut-off; calls past their last one (listing every call) come after.
            list.push(
                " ORDER BY (SELECT MIN(d.deadline_at) FROM call_deadlines d \
                 WHERE d.call_id = funding_calls.id AND d.deadline_at >= ",
            )
            .bind(f.now)
            .push(") IS NULL, (SELECT MIN(d.deadline_at) FROM call_deadlines d WHERE d.call_id = funding_calls.id AND d.deadline_at >= ")
            .bind(f.now)
            .push("), last_deadline_at IS NULL, last_deadline_at DESC, id");
        }
        list.push(" LIMIT ").bind(f.limit).push(" OFFSET ").bind(f.offset);
        let calls = self
            .pool()
            .fetch_all::<CallRow>(&list)
            .await?
            .into_iter()
            .map(CallRow::into_call)
            .collect::<Result<Vec<_>, _>>()?;
        Ok((calls, total))
    }

    /// The programmes calls belong to, with how many calls each.
    pub async fn call_programmes(&self) -> Result<Vec<(String, i64)>, StoreError> {
        self.pool()
            .fetch_all(&Sql::new(
                "SELECT programme, COUNT(*) FROM funding_calls GROUP BY programme ORDER BY programme",
            ))
            .await
    }

    pub async fn funding_call(&self, id: i64) -> Result<Option<StoredCall>, StoreError> {
        self.pool()
            .fetch_optional::<CallRow>(&Sql::with(&format!("{CALL_SELECT} WHERE id = $1"), vec![id.into()]))
            .await?
            .map(CallRow::into_call)
            .transpose()
    }

    /// Calls by id, for the search index.
    pub async fn calls_by_ids(&self, ids: &[i64]) -> Result<Vec<StoredCall>, StoreError> {
        if ids.is_empty() {
            return Ok(vec![]);
        }
        let mut sql = Sql::new(CALL_SELECT);
        sql.push(" WHERE id IN ").bind_list(ids.iter().copied());
        self.pool()
            .fetch_all::<CallRow>(&sql)
            .await?
            .into_iter()
            .map(CallRow::into_call)
            .collect()
    }

    /// Up to `limit` calls with ids above `after`, in id order.
    pub async fn calls_after(&self, after: i64, limit: i64) -> Result<Vec<StoredCall>, StoreError> {
        self.pool()
            .fetch_all::<CallRow>(&Sql::with(
                &format!("{CALL_SELECT} WHERE id > $1 ORDER BY id LIMIT $2"),
                vec![after.into(), limit.into()],
            ))
            .await?
            .into_iter()
            .map(CallRow::into_call)
            .collect()
    }

    pub async fn call_by_reference(&self, reference: &str) -> Result<Option<StoredCall>, StoreError> {
        self.pool()
            .fetch_optional::<CallRow>(&Sql::with(
                "SELECT id, details, updated_at FROM funding_calls WHERE reference = $1",
                vec![reference.into()],
            ))
            .await?
            .map(CallRow::into_call)
            .transpose()
    }

    /// How many calls are stored.
    pub async fn call_count(&self) -> Result<i64, StoreError> {
        let (n,): (i64,) = self
            .pool()
            .fetch_one(&Sql::new("SELECT COUNT(*) FROM funding_calls"))
            .await?;
        Ok(n)
    }

    // --- following calls -------------------------------------------------------------------

    /// Follows a call (or changes how many days ahead its reminders come).
    pub async fn follow_call(&self, user_id: i64, call_id: i64, remind_days: i64) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "INSERT INTO call_follows (user_id, call_id, remind_days, created_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (user_id, call_id) DO UPDATE SET remind_days = excluded.remind_days",
                vec![user_id.into(), call_id.into(), remind_days.into(), Utc::now().into()],
            ))
            .await?;
        Ok(())
    }

    pub async fn unfollow_call(&self, user_id: i64, call_id: i64) -> Result<bool, StoreError> {
        Ok(self
            .pool()
            .execute(&Sql::with(
                "DELETE FROM call_follows WHERE user_id = $1 AND call_id = $2",
                vec![user_id.into(), call_id.into()],
            ))
            .await?
            == 1)
    }

    /// How many days ahead a person is reminded of a call they follow; `None` when they do not.
    pub async fn following_call(&self, user_id: i64, call_id: i64) -> Result<Option<i64>, StoreError> {
        Ok(self
            .pool()
            .fetch_optional::<(i64,)>(&Sql::with(
                "SELECT remind_days FROM call_follows WHERE user_id = $1 AND call_id = $2",
                vec![user_id.into(), call_id.into()],
            ))
            .await?
            .map(|(d,)| d))
    }

    /// The calls a person follows, with the days ahead of each reminder, by last cut-off.
    pub async fn followed_calls(&self, user_id: i64) -> Result<Vec<(StoredCall, i64)>, StoreError> {
        row! {
            struct Row {
                id: i64,
                details: String,
                updated_at: DateTime<Utc>,
                remind_days: i64,
            }
        }
        self.pool()
            .fetch_all::<Row>(&Sql::with(
                "SELECT c.id, c.details, c.updated_at, f.remind_days FROM call_follows f \
                 JOIN funding_calls c ON c.id = f.call_id WHERE f.user_id = $1 ORDER BY c.last_deadline_at IS NULL, c.last_deadline_at, c.id",
                vec![user_id.into()],
            ))
            .await?
            .into_iter()
            .map(|r| {
                let call = CallRow {
                    id: r.id,
                    details: r.details,
                    updated_at: r.updated_at,
                }
                .into_call()?;
                Ok((call, r.remind_days))
            })
            .collect()
    }

    /// The reminders due at `now`: for every follow, each cut-off still ahead that is at most
    /// its `remind_days` away and not yet reminded of.
    pub async fn due_call_reminders(&self, now: DateTime<Utc>) -> Result<Vec<CallReminder>, StoreError> {
        row! {
            struct Row {
                user_id: i64,
                email: String,
                timezone: Option<String>,
                remind_days: i64,
                id: i64,
                details: String,
                updated_at: DateTime<Utc>,
            }
        }
        let rows: Vec<Row> = self
            .pool()
            .fetch_all(&Sql::with(
                "SELECT f.user_id, u.email, u.timezone, f.remind_days, c.id, c.details, c.updated_at FROM call_follows f \
                 JOIN users u ON u.id = f.user_id JOIN funding_calls c ON c.id = f.call_id \
                 WHERE c.last_deadline_at > $1 ORDER BY c.id, f.user_id LIMIT 20000",
                vec![now.into()],
            ))
            .await?;
        let sent: std::collections::HashSet<(i64, i64, DateTime<Utc>)> = self
            .pool()
            .fetch_all::<(i64, i64, DateTime<Utc>)>(&Sql::with(
                "SELECT r.user_id, r.call_id, r.deadline_at FROM call_reminders r \
                 JOIN funding_calls c ON c.id = r.call_id WHERE c.last_deadline_at > $1",
                vec![now.into()],
            ))
            .await?
            .into_iter()
            .collect();
        let mut out = Vec::new();
        for r in rows {
            let call = CallRow {
                id: r.id,
                details: r.details,
                updated_at: r.updated_at,
            }
            .into_call()?;
            for d in &call.call.deadlines {
                let due = d.at > now && d.at - chrono::Duration::days(r.remind_days) <= now;
                if due && !sent.contains(&(r.user_id, call.id, d.at)) {
                    out.push(CallReminder {
                        user_id: r.user_id,
                        email: r.email.clone(),
                        timezone: r.timezone.clone(),
                        call: call.clone(),
                        deadline: d.clone(),
                    });
                }
            }
        }
        Ok(out)
    }

    /// Claims a reminder before it is mailed; false when it was sent already (by another node).
    pub async fn mark_call_reminded(
        &self,
        user_id: i64,
        call_id: i64,
        deadline_at: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let r = self
            .pool()
            .execute(&Sql::with(
                "INSERT INTO call_reminders (user_id, call_id, deadline_at, sent_at) VALUES ($1, $2, $3, $4)",
                vec![user_id.into(), call_id.into(), deadline_at.into(), Utc::now().into()],
            ))
            .await;
        match r {
            Ok(_) => Ok(true),
            Err(e) if crate::is_unique_violation(&e) => Ok(false),
            Err(e) => Err(e),
        }
    }

    // --- the calendar of followed deadlines ------------------------------------------------

    pub async fn calendar_key(&self, user_id: i64) -> Result<Option<String>, StoreError> {
        Ok(self
            .pool()
            .fetch_optional::<(String,)>(&Sql::with(
                "SELECT calendar_key FROM calendar_keys WHERE user_id = $1",
                vec![user_id.into()],
            ))
            .await?
            .map(|(k,)| k))
    }

    /// Sets (or replaces, which retires the old address) a person's calendar key.
    pub async fn set_calendar_key(&self, user_id: i64, key: &str) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "INSERT INTO calendar_keys (user_id, calendar_key, created_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (user_id) DO UPDATE SET calendar_key = excluded.calendar_key, created_at = excluded.created_at",
                vec![user_id.into(), key.into(), Utc::now().into()],
            ))
            .await?;
        Ok(())
    }

    pub async fn user_of_calendar_key(&self, key: &str) -> Result<Option<i64>, StoreError> {
        Ok(self
            .pool()
            .fetch_optional::<(i64,)>(&Sql::with(
                "SELECT user_id FROM calendar_keys WHERE calendar_key = $1",
                vec![key.into()],
            ))
            .await?
            .map(|(k,)| k))
    }
}

/// A deadline reminder to send.
#[derive(Debug, Clone, PartialEq)]
pub struct CallReminder {
    pub user_id: i64,
    pub email: String,
    pub timezone: Option<String>,
    pub call: StoredCall,
    pub deadline: domain::funding::Deadline,
}
