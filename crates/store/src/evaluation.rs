//! Evaluation, the same for every call whose applications evaluators score (a business mission's
//! call, a cascade-funding programme): the evaluators an organiser names, and the scores each
//! gives. A [`Round`] names the call; the tables behind the two kinds have the same columns.

use chrono::{DateTime, Utc};

use crate::Conflict;
use crate::{corrupt, is_unique_violation, Sql, Store, StoreError};

/// The call whose applications are evaluated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Round {
    /// A business mission's call, by its event.
    Mission(i64),
    /// A cascade-funding programme.
    Programme(i64),
}

struct Tables {
    evaluators: &'static str,
    /// For the error that names a stored value that does not read back.
    scores_column: &'static str,
    key: &'static str,
    scores: &'static str,
    applications: &'static str,
}

impl Round {
    pub fn id(self) -> i64 {
        match self {
            Round::Mission(id) | Round::Programme(id) => id,
        }
    }

    fn tables(self) -> Tables {
        match self {
            Round::Mission(_) => Tables {
                evaluators: "mission_evaluators",
                scores_column: "mission_scores.scores",
                key: "event_id",
                scores: "mission_scores",
                applications: "mission_applications",
            },
            Round::Programme(_) => Tables {
                evaluators: "programme_evaluators",
                scores_column: "programme_scores.scores",
                key: "programme_id",
                scores: "programme_scores",
                applications: "programme_applications",
            },
        }
    }
}

row! {
    /// Someone an organiser named to score a call's applications.
    #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
    pub struct Evaluator {
        pub user_id: i64,
        pub display_name: String,
        pub email: String,
    }
}

/// One evaluator's scores of one application.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Score {
    pub application_id: i64,
    /// None once the evaluator's account was erased: the scores stay, anonymised, because
    /// decisions rest on them.
    pub evaluator_id: Option<i64>,
    pub evaluator_name: Option<String>,
    pub scores: Vec<u8>,
    pub comment: String,
    pub submitted_at: DateTime<Utc>,
}

row! {
    struct ScoreRow {
        application_id: i64,
        evaluator_id: Option<i64>,
        display_name: Option<String>,
        scores: String,
        comment: String,
        submitted_at: DateTime<Utc>,
    }
}

impl ScoreRow {
    fn into_score(self, column: &'static str) -> Result<Score, StoreError> {
        Ok(Score {
            application_id: self.application_id,
            evaluator_id: self.evaluator_id,
            evaluator_name: self.display_name,
            scores: serde_json::from_str(&self.scores).map_err(|e| corrupt(column, e))?,
            comment: self.comment,
            submitted_at: self.submitted_at,
        })
    }
}

fn score_select(table: &str) -> String {
    format!(
        "SELECT s.application_id, s.evaluator_id, u.display_name, s.scores, s.comment, s.submitted_at \
         FROM {table} s LEFT JOIN users u ON u.id = s.evaluator_id"
    )
}

impl Store {
    /// Names `user_id` an evaluator of the round; `Conflict` when they are one already.
    pub async fn add_evaluator(&self, round: Round, user_id: i64) -> Result<(), StoreError> {
        let t = round.tables();
        let r = self
            .pool()
            .execute(&Sql::with(
                &format!("INSERT INTO {} ({}, user_id) VALUES ($1, $2)", t.evaluators, t.key),
                vec![round.id().into(), user_id.into()],
            ))
            .await;
        match r {
            Ok(_) => Ok(()),
            Err(e) if is_unique_violation(&e) => Err(StoreError::Conflict(Conflict::Evaluator)),
            Err(e) => Err(e),
        }
    }

    /// False when `user_id` was not an evaluator of the round.
    pub async fn remove_evaluator(&self, round: Round, user_id: i64) -> Result<bool, StoreError> {
        let t = round.tables();
        Ok(self
            .pool()
            .execute(&Sql::with(
                &format!("DELETE FROM {} WHERE {} = $1 AND user_id = $2", t.evaluators, t.key),
                vec![round.id().into(), user_id.into()],
            ))
            .await?
            == 1)
    }

    pub async fn evaluators(&self, round: Round) -> Result<Vec<Evaluator>, StoreError> {
        let t = round.tables();
        self.pool()
            .fetch_all(&Sql::with(
                &format!(
                    "SELECT u.id AS user_id, u.display_name, u.email FROM {} e JOIN users u ON u.id = e.user_id \
                     WHERE e.{} = $1 ORDER BY u.display_name, u.id",
                    t.evaluators, t.key
                ),
                vec![round.id().into()],
            ))
            .await
    }

    /// Stores (or replaces) an evaluator's scores of one of the round's applications.
    pub async fn score(
        &self,
        round: Round,
        application_id: i64,
        evaluator_id: i64,
        scores: &[u8],
        comment: &str,
    ) -> Result<(), StoreError> {
        let table = round.tables().scores;
        let json = serde_json::to_string(scores).map_err(|e| corrupt("scores", e))?;
        let mut tx = self.begin().await?;
        tx.execute(&Sql::with(
            &format!("DELETE FROM {table} WHERE application_id = $1 AND evaluator_id = $2"),
            vec![application_id.into(), evaluator_id.into()],
        ))
        .await?;
        tx.execute(&Sql::with(
            &format!(
                "INSERT INTO {table} (application_id, evaluator_id, scores, comment, submitted_at) VALUES ($1, $2, $3, $4, $5)"
            ),
            vec![
                application_id.into(),
                evaluator_id.into(),
                json.into(),
                comment.into(),
                Utc::now().into(),
            ],
        ))
        .await?;
        tx.commit().await
    }

    /// Every score given in the round, by application.
    pub async fn scores(&self, round: Round) -> Result<Vec<Score>, StoreError> {
        let t = round.tables();
        self.pool()
            .fetch_all::<ScoreRow>(&Sql::with(
                &format!(
                    "{} JOIN {} a ON a.id = s.application_id WHERE a.{} = $1 \
                     ORDER BY s.application_id, u.display_name IS NULL, u.display_name",
                    score_select(t.scores),
                    t.applications,
                    t.key
                ),
                vec![round.id().into()],
            ))
            .await?
            .into_iter()
            .map(|r| r.into_score(t.scores_column))
            .collect()
    }

    /// The scores a person gave as an evaluator of business missions, for their personal data
    /// export.
    pub async fn scores_by_evaluator(&self, user_id: i64) -> Result<Vec<Score>, StoreError> {
        let t = Round::Mission(0).tables();
        self.pool()
            .fetch_all::<ScoreRow>(&Sql::with(
                &format!(
                    "{} WHERE s.evaluator_id = $1 ORDER BY s.submitted_at",
                    score_select(t.scores)
                ),
                vec![user_id.into()],
            ))
            .await?
            .into_iter()
            .map(|r| r.into_score(t.scores_column))
            .collect()
    }
}
