//! Business missions: the call for participation of a mission event, organisations'
//! applications, evaluators and their scores, and the organiser's decisions.

use chrono::{DateTime, Utc};
use domain::mission::{MissionApplicationState, MissionCall};
use domain::Day;

use crate::Conflict;
use crate::{corrupt, is_unique_violation};
use crate::{Sql, Store, StoreError};

#[derive(Debug, Clone, PartialEq)]
pub struct StoredCall {
    pub call: MissionCall,
    pub notified_at: Option<DateTime<Utc>>,
}

/// An application with the organisation that applies.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Application {
    pub id: i64,
    pub event_id: i64,
    pub organisation_id: i64,
    pub organisation_slug: String,
    pub organisation_name: String,
    pub organisation_country: String,
    pub user_id: Option<i64>,
    pub answers: Vec<String>,
    pub state: MissionApplicationState,
    pub created_at: DateTime<Utc>,
}

row! {
    struct ApplicationRow {
        id: i64,
        event_id: i64,
        organisation_id: i64,
        slug: String,
        name: String,
        country: String,
        user_id: Option<i64>,
        answers: String,
        state: String,
        created_at: DateTime<Utc>,
    }
}

const APPLICATION_SELECT: &str = "SELECT a.id, a.event_id, a.organisation_id, o.slug, o.name, o.country, a.user_id, \
     a.answers, a.state, a.created_at FROM mission_applications a JOIN organisations o ON o.id = a.organisation_id";

impl ApplicationRow {
    fn into_application(self) -> Result<Application, StoreError> {
        Ok(Application {
            id: self.id,
            event_id: self.event_id,
            organisation_id: self.organisation_id,
            organisation_slug: self.slug,
            organisation_name: self.name,
            organisation_country: self.country,
            user_id: self.user_id,
            answers: serde_json::from_str(&self.answers).map_err(|e| corrupt("mission_applications.answers", e))?,
            state: self
                .state
                .parse()
                .map_err(|e| corrupt("mission_applications.state", e))?,
            created_at: self.created_at,
        })
    }
}

/// What became of a decision on a mission application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decided {
    Done,
    /// Every place is taken.
    Full,
    /// The applicant withdrew first.
    Withdrawn,
}

impl Store {
    /// Creates or replaces the call of a mission event.
    pub async fn save_call(&self, event_id: i64, call: &MissionCall) -> Result<(), StoreError> {
        let questions = serde_json::to_string(&call.questions).map_err(|e| corrupt("mission_calls.questions", e))?;
        let criteria = serde_json::to_string(&call.criteria).map_err(|e| corrupt("mission_calls.criteria", e))?;
        let now = Utc::now();
        let mut tx = self.begin().await?;
        let n = tx
            .execute(&Sql::with(
                "UPDATE mission_calls SET questions = $1, criteria = $2, places = $3, deadline = $4, updated_at = $5 \
                 WHERE event_id = $6",
                vec![
                    questions.clone().into(),
                    criteria.clone().into(),
                    i64::from(call.places).into(),
                    call.deadline.to_string().into(),
                    now.into(),
                    event_id.into(),
                ],
            ))
            .await?;
        if n == 0 {
            tx.execute(&Sql::with(
                "INSERT INTO mission_calls (event_id, questions, criteria, places, deadline, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
                vec![
                    event_id.into(),
                    questions.into(),
                    criteria.into(),
                    i64::from(call.places).into(),
                    call.deadline.to_string().into(),
                    now.into(),
                ],
            ))
            .await?;
        }
        tx.commit().await
    }

    pub async fn call(&self, event_id: i64) -> Result<Option<StoredCall>, StoreError> {
        row! {
            struct Row {
                questions: String,
                criteria: String,
                places: i64,
                deadline: String,
                notified_at: Option<DateTime<Utc>>,
            }
        }
        let row: Option<Row> = self
            .pool()
            .fetch_optional(&Sql::with(
                "SELECT questions, criteria, places, deadline, notified_at FROM mission_calls WHERE event_id = $1",
                vec![event_id.into()],
            ))
            .await?;
        row.map(|r| {
            Ok(StoredCall {
                call: MissionCall {
                    questions: serde_json::from_str(&r.questions).map_err(|e| corrupt("mission_calls.questions", e))?,
                    criteria: serde_json::from_str(&r.criteria).map_err(|e| corrupt("mission_calls.criteria", e))?,
                    places: u32::try_from(r.places).map_err(|e| corrupt("mission_calls.places", e))?,
                    deadline: Day::parse(&r.deadline).map_err(|e| corrupt("mission_calls.deadline", e))?,
                },
                notified_at: r.notified_at,
            })
        })
        .transpose()
    }

    /// Records an organisation's application; `Conflict` when it applied already.
    pub async fn apply(
        &self,
        event_id: i64,
        organisation_id: i64,
        user_id: i64,
        answers: &[String],
    ) -> Result<i64, StoreError> {
        let json = serde_json::to_string(answers).map_err(|e| corrupt("mission_applications.answers", e))?;
        let now = Utc::now();
        let r = self
            .pool()
            .fetch_one::<(i64,)>(&Sql::with(
                "INSERT INTO mission_applications (event_id, organisation_id, user_id, answers, state, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, 'submitted', $5, $5) RETURNING id",
                vec![event_id.into(), organisation_id.into(), user_id.into(), json.into(), now.into()],
            ))
            .await;
        match r {
            Ok((id,)) => Ok(id),
            Err(e) if is_unique_violation(&e) => Err(StoreError::Conflict(Conflict::Application)),
            Err(e) => Err(e),
        }
    }

    pub async fn application(&self, id: i64) -> Result<Option<Application>, StoreError> {
        self.pool()
            .fetch_optional::<ApplicationRow>(&Sql::with(
                &format!("{APPLICATION_SELECT} WHERE a.id = $1"),
                vec![id.into()],
            ))
            .await?
            .map(ApplicationRow::into_application)
            .transpose()
    }

    /// An event's applications, oldest first.
    pub async fn applications(&self, event_id: i64) -> Result<Vec<Application>, StoreError> {
        self.pool()
            .fetch_all::<ApplicationRow>(&Sql::with(
                &format!("{APPLICATION_SELECT} WHERE a.event_id = $1 ORDER BY a.created_at, a.id"),
                vec![event_id.into()],
            ))
            .await?
            .into_iter()
            .map(ApplicationRow::into_application)
            .collect()
    }

    /// The applications a person submitted, for their personal data export.
    pub async fn applications_by_user(&self, user_id: i64) -> Result<Vec<Application>, StoreError> {
        self.pool()
            .fetch_all::<ApplicationRow>(&Sql::with(
                &format!("{APPLICATION_SELECT} WHERE a.user_id = $1 ORDER BY a.created_at, a.id"),
                vec![user_id.into()],
            ))
            .await?
            .into_iter()
            .map(ApplicationRow::into_application)
            .collect()
    }

    /// Records the organiser's decision on an application (selected or rejected, or back to
    /// submitted); false when it was withdrawn or is not of this event.
    /// Decides on one application, keeping the selected within `places`: the count and the
    /// change are one serialised step, so two organisers selecting at once cannot overfill the
    /// mission.
    pub async fn decide_within_places(
        &self,
        event_id: i64,
        application_id: i64,
        state: MissionApplicationState,
        places: u32,
    ) -> Result<Decided, StoreError> {
        let mut tx = self.begin().await?;
        tx.lock(&format!("mission-places:{event_id}")).await?;
        if state == MissionApplicationState::Selected {
            let (selected,): (i64,) = tx
                .fetch_one(&Sql::with(
                    "SELECT COUNT(*) FROM mission_applications WHERE event_id = $1 AND state = 'selected' AND id <> $2",
                    vec![event_id.into(), application_id.into()],
                ))
                .await?;
            if selected >= i64::from(places) {
                return Ok(Decided::Full);
            }
        }
        let changed = tx
            .execute(&Sql::with(
                "UPDATE mission_applications SET state = $1, updated_at = $2 WHERE id = $3 AND event_id = $4 \
                 AND state <> 'withdrawn'",
                vec![
                    state.as_str().into(),
                    Utc::now().into(),
                    application_id.into(),
                    event_id.into(),
                ],
            ))
            .await?;
        // Nothing changed: rolled back, so no audit entry waiting on this change is written.
        if changed == 0 {
            return Ok(Decided::Withdrawn);
        }
        tx.commit().await?;
        Ok(Decided::Done)
    }

    pub async fn decide(
        &self,
        event_id: i64,
        application_id: i64,
        state: MissionApplicationState,
    ) -> Result<bool, StoreError> {
        Ok(self
            .pool()
            .execute(&Sql::with(
                "UPDATE mission_applications SET state = $1, updated_at = $2 WHERE id = $3 AND event_id = $4 \
                 AND state <> 'withdrawn'",
                vec![
                    state.as_str().into(),
                    Utc::now().into(),
                    application_id.into(),
                    event_id.into(),
                ],
            ))
            .await?
            == 1)
    }

    /// Withdraws an application; false when it was withdrawn already.
    pub async fn withdraw_application(&self, application_id: i64) -> Result<bool, StoreError> {
        Ok(self
            .pool()
            .execute(&Sql::with(
                "UPDATE mission_applications SET state = 'withdrawn', updated_at = $1 WHERE id = $2 AND state <> 'withdrawn'",
                vec![Utc::now().into(), application_id.into()],
            ))
            .await?
            == 1)
    }

    pub async fn mark_notified(&self, event_id: i64) -> Result<(), StoreError> {
        self.pool()
            .execute(&Sql::with(
                "UPDATE mission_calls SET notified_at = $1 WHERE event_id = $2",
                vec![Utc::now().into(), event_id.into()],
            ))
            .await?;
        Ok(())
    }
}
