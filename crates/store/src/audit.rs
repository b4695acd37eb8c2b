//! The audit log: who did what to which subject, when and from where. An entry that records a
//! change is written with it, in the same transaction ([`Store::audited`]): the log never
//! claims a change that did not happen, and no change happens without its entry. Steps that
//! change nothing else (a sign-in, an export, a refused attempt) are written alone
//! ([`Store::audit`]); limits on attempts are counted from the log ([`Store::audit_within`]).

use chrono::{DateTime, Utc};
pub use domain::audit::Action;

use crate::{Sql, Store, StoreError};

row! {
    /// One security-relevant event.
    #[derive(Debug, Clone, PartialEq, serde::Serialize)]
    pub struct AuditEntry {
        pub id: i64,
        pub at: DateTime<Utc>,
        pub actor_id: Option<i64>,
        pub actor: String,
        pub action: String,
        pub subject: String,
        pub detail: String,
        pub ip: Option<String>,
    }
}

/// What an audit entry records, before it is stored.
#[derive(Debug, Clone)]
pub struct AuditEvent<'a> {
    pub actor_id: Option<i64>,
    pub actor: &'a str,
    pub action: Action,
    pub subject: &'a str,
    pub detail: &'a str,
    pub ip: Option<&'a str>,
}

/// A limit the audit log enforces: fewer than `max` entries of `action` since `since`, counted
/// for a `subject`, from an `ip`, or for both together.
#[derive(Debug, Clone)]
pub struct AuditLimit<'a> {
    pub action: Action,
    pub subject: Option<&'a str>,
    pub ip: Option<&'a str>,
    pub max: i64,
    pub since: DateTime<Utc>,
}

impl AuditEvent<'_> {
    /// An entry of `action` with nobody named yet: callers fill in what they know.
    pub fn of(action: Action) -> Self {
        Self {
            actor_id: None,
            actor: "",
            action,
            subject: "",
            detail: "",
            ip: None,
        }
    }
}

impl Store {
    /// Records a step that changes nothing else (a sign-in, an export, a refused attempt).
    /// A step that changes something is recorded with the change: see [`Store::audited`].
    pub async fn audit(&self, e: AuditEvent<'_>) -> Result<(), StoreError> {
        self.pool().execute(&Pending::new(&e, false).statement()).await?;
        Ok(())
    }

    /// This store, with `e` waiting for the change it records: the first write made through the
    /// returned store (a statement, or a transaction when it commits) also writes `e`, in the
    /// same transaction. A change that fails or rolls back leaves no entry; one that writes
    /// nothing records nothing.
    pub fn audited(&self, e: AuditEvent<'_>) -> Store {
        self.with_pending(Pending::new(&e, false))
    }

    /// As [`Store::audited`], for a change that creates something: the entry's subject is the
    /// id of the first row the change inserts (`e.subject` is not used).
    pub fn audited_creation(&self, e: AuditEvent<'_>) -> Store {
        self.with_pending(Pending::new(&e, true))
    }

    /// Records `e` unless one of `limits` is used up (then gives the position of the first such
    /// limit); the counting and the writing are one step, serialised with every other entry of
    /// the same action, so a burst of concurrent requests cannot all pass the count before any
    /// of them is written. Gives the new entry's id.
    pub async fn audit_within(
        &self,
        e: AuditEvent<'_>,
        limits: &[AuditLimit<'_>],
    ) -> Result<Result<i64, usize>, StoreError> {
        let mut tx = self.begin().await?;
        tx.lock(&format!("audit:{}", e.action)).await?;
        for (i, l) in limits.iter().enumerate() {
            let mut sql = String::from("SELECT COUNT(*) FROM audit_log WHERE action = $1 AND at > $2");
            let mut args: Vec<crate::db::Arg> = vec![l.action.as_str().into(), l.since.into()];
            if let Some(subject) = l.subject {
                args.push(subject.into());
                sql.push_str(&format!(" AND subject = ${}", args.len()));
            }
            if let Some(ip) = l.ip {
                args.push(ip.into());
                sql.push_str(&format!(" AND ip = ${}", args.len()));
            }
            let (n,): (i64,) = tx.fetch_one(&Sql::with(&sql, args)).await?;
            if n >= l.max {
                return Ok(Err(i));
            }
        }
        let mut insert = Pending::new(&e, false).statement();
        insert.text.push_str(" RETURNING id");
        let (id,): (i64,) = tx.fetch_one(&insert).await?;
        tx.commit().await?;
        Ok(Ok(id))
    }

    /// Rewrites an entry recorded before its outcome was known (an attempt counted against a
    /// limit while it ran) with what happened.
    pub async fn settle_audit(&self, id: i64, e: AuditEvent<'_>) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "UPDATE audit_log SET actor_id = $1, actor = $2, action = $3, subject = $4, detail = $5 WHERE id = $6",
                vec![
                    e.actor_id.into(),
                    e.actor.into(),
                    e.action.as_str().into(),
                    e.subject.into(),
                    e.detail.into(),
                    id.into(),
                ],
            ))
            .await?;
        Ok(())
    }

    /// The newest entries first, optionally of one action.
    pub async fn audit_entries(
        &self,
        action: Option<Action>,
        limit: u32,
        offset: u32,
    ) -> Result<(Vec<AuditEntry>, i64), StoreError> {
        let filter = if action.is_some() {
            "WHERE action = $1"
        } else {
            "WHERE $1 = ''"
        };
        let a = action.map_or("", Action::as_str);
        let rows = self
            .pool()
            .fetch_all(&Sql::with(
                &format!(
                    "SELECT id, at, actor_id, actor, action, subject, detail, ip FROM audit_log {filter} \
                     ORDER BY id DESC LIMIT $2 OFFSET $3"
                ),
                vec![a.into(), i64::from(limit).into(), i64::from(offset).into()],
            ))
            .await?;
        let (total,): (i64,) = self
            .pool()
            .fetch_one(&Sql::with(
                &format!("SELECT COUNT(*) FROM audit_log {filter}"),
                vec![a.into()],
            ))
            .await?;
        Ok((rows, total))
    }

    /// How many `action` entries about `subject` (or, with `by_ip`, from that address) were
    /// recorded since `since`: what login and reset throttling count.
    pub async fn recent_audit_count(
        &self,
        action: Action,
        key: &str,
        by_ip: bool,
        since: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        let column = if by_ip { "ip" } else { "subject" };
        let (n,): (i64,) = self
            .pool()
            .fetch_one(&Sql::with(
                &format!("SELECT COUNT(*) FROM audit_log WHERE action = $1 AND {column} = $2 AND at > $3"),
                vec![action.as_str().into(), key.into(), since.into()],
            ))
            .await?;
        Ok(n)
    }
}

/// An entry waiting for the change it records (see [`Store::audited`]), owned so that it can
/// wait in the store handle the change is made through.
#[derive(Debug, Clone)]
pub(crate) struct Pending {
    at: DateTime<Utc>,
    actor_id: Option<i64>,
    actor: String,
    action: Action,
    /// `None`: the id of the first row the change inserts, once known.
    subject: Option<String>,
    detail: String,
    ip: Option<String>,
}

impl Pending {
    fn new(e: &AuditEvent<'_>, creation: bool) -> Self {
        Self {
            at: Utc::now(),
            actor_id: e.actor_id,
            actor: e.actor.to_owned(),
            action: e.action,
            subject: (!creation).then(|| e.subject.to_owned()),
            detail: e.detail.to_owned(),
            ip: e.ip.map(str::to_owned),
        }
    }

    /// Whether it still waits for the id of a row the change inserts.
    pub(crate) fn wants_created_id(&self) -> bool {
        self.subject.is_none()
    }

    pub(crate) fn created(&mut self, id: i64) {
        self.subject = Some(id.to_string());
    }

    /// The statement that writes the entry.
    pub(crate) fn statement(&self) -> Sql {
        Sql::with(
            "INSERT INTO audit_log (at, actor_id, actor, action, subject, detail, ip) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            vec![
                self.at.into(),
                self.actor_id.into(),
                self.actor.as_str().into(),
                self.action.as_str().into(),
                self.subject.clone().unwrap_or_default().into(),
                self.detail.as_str().into(),
                self.ip.clone().into(),
            ],
        )
    }
}
