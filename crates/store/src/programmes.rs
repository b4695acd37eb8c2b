//! Cascade-funding programmes: definitions, applications (with the technology centre's
//! confirmation), evaluators and scores, awards and progress reports.
//!
//! An award first touches the programme's row (`UPDATE programmes SET id = id`), which on
//! PostgreSQL locks it until commit and on SQLite takes the database's write lock: concurrent
//! awards are served one after the other, each sums what is committed and refuses what would go
//! beyond the budget, so the budget is never exceeded.

use chrono::{DateTime, Utc};
use domain::programme::{check_award, ApplicationDraft, AwardRefusal, ProgrammeApplicationState, ProgrammeDraft};
use domain::Cents;

use crate::Conflict;
use crate::{corrupt, is_unique_violation};
use crate::{Sql, Store, StoreError, Tx};

/// A stored programme with its owner and the money awarded so far.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Programme {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation_slug: String,
    pub organisation_name: String,
    #[serde(flatten)]
    pub draft: ProgrammeDraft,
    /// The sum of the grants awarded.
    pub committed: Cents,
    pub awarded_count: i64,
    pub application_count: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Programme {
    pub fn remaining(&self) -> Cents {
        Cents(self.draft.budget.0 - self.committed.0)
    }
}

row! {
    struct ProgrammeRow {
        id: i64,
        organisation_id: i64,
        slug: String,
        name: String,
        details: String,
        committed: Option<i64>,
        awarded_count: i64,
        application_count: i64,
        created_at: DateTime<Utc>,
        updated_at: DateTime<Utc>,
    }
}

const PROGRAMME_SELECT: &str = "SELECT p.id, p.organisation_id, o.slug, o.name, p.details, \
     (SELECT CAST(SUM(a.awarded_cents) AS BIGINT) FROM programme_applications a WHERE a.programme_id = p.id AND a.state = 'awarded') AS committed, \
     (SELECT COUNT(*) FROM programme_applications a WHERE a.programme_id = p.id AND a.state = 'awarded') AS awarded_count, \
     (SELECT COUNT(*) FROM programme_applications a WHERE a.programme_id = p.id AND a.state <> 'withdrawn') AS application_count, \
     p.created_at, p.updated_at FROM programmes p JOIN organisations o ON o.id = p.organisation_id";

impl ProgrammeRow {
    fn into_programme(self) -> Result<Programme, StoreError> {
        Ok(Programme {
            id: self.id,
            organisation_id: self.organisation_id,
            organisation_slug: self.slug,
            organisation_name: self.name,
            draft: serde_json::from_str(&self.details).map_err(|e| corrupt("programmes.details", e))?,
            committed: Cents(self.committed.unwrap_or(0)),
            awarded_count: self.awarded_count,
            application_count: self.application_count,
            created_at: self.created_at,
            updated_at: self.updated_at,
        })
    }
}

/// An SME's application with the organisations it names.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ProgrammeApplication {
    pub id: i64,
    pub programme_id: i64,
    pub organisation_id: i64,
    pub organisation_slug: String,
    pub organisation_name: String,
    pub organisation_country: String,
    pub centre_id: i64,
    pub centre_slug: String,
    pub centre_name: String,
    pub user_id: Option<i64>,
    #[serde(flatten)]
    pub draft: ApplicationDraft,
    pub centre_confirmed_at: Option<DateTime<Utc>>,
    pub state: ProgrammeApplicationState,
    pub awarded: Option<Cents>,
    pub awarded_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

row! {
    struct ApplicationRow {
        id: i64,
        programme_id: i64,
        organisation_id: i64,
        slug: String,
        name: String,
        country: String,
        centre_id: i64,
        centre_slug: String,
        centre_name: String,
        user_id: Option<i64>,
        project_title: String,
        requested_cents: i64,
        details: String,
        centre_confirmed_at: Option<DateTime<Utc>>,
        state: String,
        awarded_cents: Option<i64>,
        awarded_at: Option<DateTime<Utc>>,
        created_at: DateTime<Utc>,
    }
}

/// What an application stores besides its title and amount.
#[derive(serde::Serialize, serde::Deserialize)]
struct ApplicationDetails {
    summary: String,
    answers: Vec<String>,
}

const APPLICATION_SELECT: &str = "SELECT a.id, a.programme_id, a.organisation_id, o.slug, o.name, o.country, \
     a.centre_id, c.slug AS centre_slug, c.name AS centre_name, a.user_id, a.project_title, a.requested_cents, a.details, \
     a.centre_confirmed_at, a.state, a.awarded_cents, a.awarded_at, a.created_at \
     FROM programme_applications a JOIN organisations o ON o.id = a.organisation_id \
     JOIN organisations c ON c.id = a.centre_id";

impl ApplicationRow {
    fn into_application(self) -> Result<ProgrammeApplication, StoreError> {
        let d: ApplicationDetails =
            serde_json::from_str(&self.details).map_err(|e| corrupt("programme_applications.details", e))?;
        Ok(ProgrammeApplication {
            id: self.id,
            programme_id: self.programme_id,
            organisation_id: self.organisation_id,
            organisation_slug: self.slug,
            organisation_name: self.name,
            organisation_country: self.country,
            centre_id: self.centre_id,
            centre_slug: self.centre_slug,
            centre_name: self.centre_name,
            user_id: self.user_id,
            draft: ApplicationDraft {
                project_title: self.project_title,
                summary: d.summary,
                requested: Cents(self.requested_cents),
                answers: d.answers,
            },
            centre_confirmed_at: self.centre_confirmed_at,
            state: self
                .state
                .parse()
                .map_err(|e| corrupt("programme_applications.state", e))?,
            awarded: self.awarded_cents.map(Cents),
            awarded_at: self.awarded_at,
            created_at: self.created_at,
        })
    }
}

row! {
    /// A funded project's progress report.
    #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
    pub struct Report {
        pub id: i64,
        pub application_id: i64,
        pub author: Option<String>,
        pub body: String,
        pub created_at: DateTime<Utc>,
    }
}

/// Why an award did not happen.
#[derive(Debug)]
pub enum AwardError {
    /// The amount or the money left does not allow it.
    Refused(AwardRefusal),
    /// The application is not waiting for a decision, or its centre has not confirmed.
    NotAwardable,
    Store(StoreError),
}

impl From<StoreError> for AwardError {
    fn from(e: StoreError) -> Self {
        Self::Store(e)
    }
}

fn details_json(p: &ProgrammeDraft) -> Result<String, StoreError> {
    serde_json::to_string(p).map_err(|e| corrupt("programmes.details", e))
}

impl Store {
    pub async fn create_programme(
        &self,
        organisation_id: i64,
        user_id: i64,
        p: &ProgrammeDraft,
    ) -> Result<i64, StoreError> {
        let now = Utc::now();
        let (id,): (i64,) = self
            .pool()
            .fetch_one(&Sql::with(
                "INSERT INTO programmes (organisation_id, title, currency, budget_cents, max_grant_cents, deadline_at, details, \
                 created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
                vec![
                    organisation_id.into(),
                    p.title.as_str().into(),
                    p.currency.as_str().into(),
                    p.budget.0.into(),
                    p.max_grant.0.into(),
                    p.deadline.at.into(),
                    details_json(p)?.into(),
                    user_id.into(),
                    now.into(),
                ],
            ))
            .await?;
        Ok(id)
    }

    async fn lock_programme(tx: &mut Tx, id: i64) -> Result<(), StoreError> {
        let n = tx
            .execute(&Sql::with(
                "UPDATE programmes SET id = id WHERE id = $1",
                vec![id.into()],
            ))
            .await?;
        if n == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    async fn committed(tx: &mut Tx, programme_id: i64) -> Result<Cents, StoreError> {
        let (sum,): (Option<i64>,) = tx
            .fetch_one(&Sql::with(
                "SELECT CAST(SUM(awarded_cents) AS BIGINT) FROM programme_applications WHERE programme_id = $1 AND state = 'awarded'",
                vec![programme_id.into()],
            ))
            .await?;
        Ok(Cents(sum.unwrap_or(0)))
    }

    /// Replaces a programme's definition; `Conflict("budget")` when the new budget is below what is
    /// already awarded.
    pub async fn update_programme(&self, id: i64, p: &ProgrammeDraft) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        Self::lock_programme(&mut tx, id).await?;
        if Self::committed(&mut tx, id).await? > p.budget {
            return Err(StoreError::Conflict(Conflict::Budget));
        }
        tx.execute(&Sql::with(
            "UPDATE programmes SET title = $1, currency = $2, budget_cents = $3, max_grant_cents = $4, deadline_at = $5, \
             details = $6, updated_at = $7 WHERE id = $8",
            vec![
                p.title.as_str().into(),
                p.currency.as_str().into(),
                p.budget.0.into(),
                p.max_grant.0.into(),
                p.deadline.at.into(),
                details_json(p)?.into(),
                Utc::now().into(),
                id.into(),
            ],
        ))
        .await?;
        tx.commit().await
    }

    pub async fn programme(&self, id: i64) -> Result<Option<Programme>, StoreError> {
        self.pool()
            .fetch_optional::<ProgrammeRow>(&Sql::with(
                &format!("{PROGRAMME_SELECT} WHERE p.id = $1"),
                vec![id.into()],
            ))
            .await?
            .map(ProgrammeRow::into_programme)
            .transpose()
    }

    /// Programmes, those still open first (closing soonest first), then the closed ones (latest
    /// first); with the total.
    pub async fn programmes(
        &self,
        now: DateTime<Utc>,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<Programme>, i64), StoreError> {
        let (total,): (i64,) = self
            .pool()
            .fetch_one(&Sql::new("SELECT COUNT(*) FROM programmes"))
            .await?;
        let items = self
            .pool()
            .fetch_all::<ProgrammeRow>(&Sql::with(
                &format!(
                    "{PROGRAMME_SELECT} ORDER BY CASE WHEN p.deadline_at >= $1 THEN 0 ELSE 1 END, \
                     CASE WHEN p.deadline_at >= $1 THEN p.deadline_at END, p.deadline_at DESC, p.id LIMIT $2 OFFSET $3"
                ),
                vec![now.into(), limit.into(), offset.into()],
            ))
            .await?
            .into_iter()
            .map(ProgrammeRow::into_programme)
            .collect::<Result<Vec<_>, _>>()?;
        Ok((items, total))
    }

    // --- applications ----------------------------------------------------------------------

    /// Records an SME's application; `Conflict` when the organisation applied already.
    pub async fn apply_to_programme(
        &self,
        programme_id: i64,
        organisation_id: i64,
        centre_id: i64,
        user_id: i64,
        a: &ApplicationDraft,
    ) -> Result<i64, StoreError> {
        let details = serde_json::to_string(&ApplicationDetails {
            summary: a.summary.clone(),
            answers: a.answers.clone(),
        })
        .map_err(|e| corrupt("programme_applications.details", e))?;
        let now = Utc::now();
        let r = self
            .pool()
            .fetch_one::<(i64,)>(&Sql::with(
                "INSERT INTO programme_applications (programme_id, organisation_id, centre_id, user_id, project_title, \
                 requested_cents, details, state, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, 'submitted', $8, $8) RETURNING id",
                vec![
                    programme_id.into(),
                    organisation_id.into(),
                    centre_id.into(),
                    user_id.into(),
                    a.project_title.as_str().into(),
                    a.requested.0.into(),
                    details.into(),
                    now.into(),
                ],
            ))
            .await;
        match r {
            Ok((id,)) => Ok(id),
            Err(e) if is_unique_violation(&e) => Err(StoreError::Conflict(Conflict::Application)),
            Err(e) => Err(e),
        }
    }

    pub async fn programme_application(&self, id: i64) -> Result<Option<ProgrammeApplication>, StoreError> {
        self.pool()
            .fetch_optional::<ApplicationRow>(&Sql::with(
                &format!("{APPLICATION_SELECT} WHERE a.id = $1"),
                vec![id.into()],
            ))
            .await?
            .map(ApplicationRow::into_application)
            .transpose()
    }

    /// A programme's applications, oldest first.
    pub async fn programme_applications(&self, programme_id: i64) -> Result<Vec<ProgrammeApplication>, StoreError> {
        self.pool()
            .fetch_all::<ApplicationRow>(&Sql::with(
                &format!("{APPLICATION_SELECT} WHERE a.programme_id = $1 ORDER BY a.created_at, a.id"),
                vec![programme_id.into()],
            ))
            .await?
            .into_iter()
            .map(ApplicationRow::into_application)
            .collect()
    }

    /// The technology centre confirms it takes part; false when it had already, or the
    /// application is no longer waiting.
    pub async fn confirm_centre(&self, application_id: i64, user_id: i64) -> Result<bool, StoreError> {
        let now = Utc::now();
        Ok(self
            .pool()
            .execute(&Sql::with(
                "UPDATE programme_applications SET centre_confirmed_at = $1, centre_confirmed_by = $2, updated_at = $1 \
                 WHERE id = $3 AND centre_confirmed_at IS NULL AND state = 'submitted'",
                vec![now.into(), user_id.into(), application_id.into()],
            ))
            .await?
            == 1)
    }

    /// Moves an application waiting for a decision to `state` (rejected or withdrawn); false
    /// when it was no longer waiting.
    pub async fn close_programme_application(
        &self,
        application_id: i64,
        state: ProgrammeApplicationState,
    ) -> Result<bool, StoreError> {
        Ok(self
            .pool()
            .execute(&Sql::with(
                "UPDATE programme_applications SET state = $1, updated_at = $2 WHERE id = $3 AND state = 'submitted'",
                vec![state.as_str().into(), Utc::now().into(), application_id.into()],
            ))
            .await?
            == 1)
    }

    /// Awards `amount` to an application whose centre confirmed, within the programme's budget
    /// and maximum grant, serialised against every other award of the programme. Answers the
    /// money left afterwards.
    pub async fn award(&self, programme_id: i64, application_id: i64, amount: Cents) -> Result<Cents, AwardError> {
        let mut tx = self.begin().await?;
        Self::lock_programme(&mut tx, programme_id).await?;
        let (details,): (String,) = tx
            .fetch_one(&Sql::with(
                "SELECT details FROM programmes WHERE id = $1",
                vec![programme_id.into()],
            ))
            .await?;
        let p: ProgrammeDraft = serde_json::from_str(&details).map_err(|e| corrupt("programmes.details", e))?;
        let committed = Self::committed(&mut tx, programme_id).await?;
        check_award(&p, committed, amount).map_err(AwardError::Refused)?;
        let now = Utc::now();
        let n = tx
            .execute(&Sql::with(
                "UPDATE programme_applications SET state = 'awarded', awarded_cents = $1, awarded_at = $2, updated_at = $2 \
                 WHERE id = $3 AND programme_id = $4 AND state = 'submitted' AND centre_confirmed_at IS NOT NULL",
                vec![amount.0.into(), now.into(), application_id.into(), programme_id.into()],
            ))
            .await?;
        if n != 1 {
            return Err(AwardError::NotAwardable);
        }
        tx.commit().await?;
        Ok(Cents(p.budget.0 - committed.0 - amount.0))
    }

    // --- progress reports ------------------------------------------------------------------

    pub async fn add_report(&self, application_id: i64, user_id: i64, body: &str) -> Result<i64, StoreError> {
        let (id,): (i64,) = self
            .pool()
            .fetch_one(&Sql::with(
                "INSERT INTO programme_reports (application_id, user_id, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
                vec![application_id.into(), user_id.into(), body.into(), Utc::now().into()],
            ))
            .await?;
        Ok(id)
    }

    /// The progress reports of a programme's funded projects, newest first.
    pub async fn programme_reports(&self, programme_id: i64) -> Result<Vec<Report>, StoreError> {
        self.pool()
            .fetch_all(&Sql::with(
                "SELECT r.id, r.application_id, u.display_name AS author, r.body, r.created_at FROM programme_reports r \
                 JOIN programme_applications a ON a.id = r.application_id LEFT JOIN users u ON u.id = r.user_id \
                 WHERE a.programme_id = $1 ORDER BY r.created_at DESC, r.id DESC",
                vec![programme_id.into()],
            ))
            .await
    }
}
