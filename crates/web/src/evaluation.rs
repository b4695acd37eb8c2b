//! Evaluation, written once for every call with questions and weighted criteria (business
//! missions and cascade-funding programmes): the answer fields, the evaluators an organiser names
//! and removes, the evaluator's form, reading and recording what they scored, and the ranking
//! (blind until an evaluator has scored, without the applications they have a conflict with).
//! Who may take a step is `access.rs`'s rule (`evaluates`, `may_score`); the handlers check it
//! before they call here.

use std::collections::HashMap;

use domain::mission::{Criterion, MAX_ANSWER, MAX_CRITERIA, MAX_QUESTIONS};

use store::accounts::User;
use store::evaluation::{Round, Score};

use crate::audit::{Action, Actor};
use crate::ctx::Ctx;
use crate::forms::{Errors, Field, Form, FormData};
use crate::i18n::Tr;
use crate::views::Fact;
use crate::{AppState, WebError};

const NAMES: [&str; MAX_CRITERIA] = [
    "score-0", "score-1", "score-2", "score-3", "score-4", "score-5", "score-6", "score-7", "score-8", "score-9",
    "score-10", "score-11",
];
pub const MAX_COMMENT: usize = 2_000;
// Field names are static: answers are numbered, up to the domain's limit of questions.
const ANSWERS: [&str; MAX_QUESTIONS] = [
    "answer-0",
    "answer-1",
    "answer-2",
    "answer-3",
    "answer-4",
    "answer-5",
    "answer-6",
    "answer-7",
    "answer-8",
    "answer-9",
    "answer-10",
    "answer-11",
    "answer-12",
    "answer-13",
    "answer-14",
    "answer-15",
    "answer-16",
    "answer-17",
    "answer-18",
    "answer-19",
];

/// A required text area per question, filled with what was posted.
pub fn answer_fields(questions: &[String], posted: Option<&FormData>) -> Vec<Field> {
    questions
        .iter()
        .zip(ANSWERS)
        .map(|(q, name)| {
            Field::textarea(name, q.clone())
                .value(posted.map(|f| f.get(name)).unwrap_or(""))
                .required()
                .max(MAX_ANSWER)
        })
        .collect()
}

/// The answers posted, one per question (empty when missing).
pub fn read_answers(questions: &[String], form: &FormData) -> Vec<String> {
    (0..questions.len())
        .map(|i| form.get(&format!("answer-{i}")).to_owned())
        .collect()
}

/// The evaluator's form: a score 0–10 per criterion and a comment, filled with what they posted
/// or, failing that, what they gave before.
pub fn score_form(
    tr: &Tr,
    ctx: &Ctx,
    action: String,
    criteria: &[Criterion],
    given: Option<(&[u8], &str)>,
    posted: Option<&FormData>,
    errors: Errors,
) -> Form {
    let mut f = Form::new("score", action, ctx.csrf(), tr.t("mission-save-score")).heading(tr.t("mission-your-score"));
    for (i, c) in criteria.iter().enumerate().take(NAMES.len()) {
        let value = match (posted, given) {
            (Some(p), _) => p.get(NAMES[i]).to_owned(),
            (None, Some((scores, _))) => scores.get(i).map(|n| n.to_string()).unwrap_or_default(),
            _ => String::new(),
        };
        f = f.field(
            Field::number(
                NAMES[i],
                tr.t2(
                    "mission-criterion",
                    "name",
                    c.name.as_str(),
                    "weight",
                    i64::from(c.weight),
                ),
            )
            .value(value)
            .required()
            .hint(tr.t("mission-score-hint")),
        );
    }
    let comment = match (posted, given) {
        (Some(p), _) => p.get("comment").to_owned(),
        (None, Some((_, c))) => c.to_owned(),
        _ => String::new(),
    };
    f.field(
        Field::textarea("comment", tr.t("mission-comment"))
            .value(comment)
            .max(MAX_COMMENT),
    )
    .errors(errors)
}

/// The scores and comment an evaluator posted, or each fault next to its field.
pub fn read_scores(tr: &Tr, criteria: &[Criterion], form: &FormData) -> Result<(Vec<u8>, String), Errors> {
    let given: Vec<String> = (0..criteria.len())
        .map(|i| form.get(&format!("score-{i}")).to_owned())
        .collect();
    let comment = form.get("comment").trim().to_owned();
    let mut errors = Errors::default();
    if comment.chars().count() > MAX_COMMENT {
        errors.add("comment", tr.t1("form-error-too-long", "max", MAX_COMMENT as i64));
    }
    match domain::mission::validate_scores(criteria, &given) {
        Ok(s) if errors.is_empty() => Ok((s, comment)),
        Ok(_) => Err(errors),
        Err(v) => {
            for f in v.0 {
                errors.add(&f.field, tr.t("mission-error-score"));
            }
            Err(errors)
        }
    }
}

/// An application in a ranking: its weighted score, how many evaluators gave one, and the rank
/// its reader sees (none while the order must not tell, or for one they may not score).
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked<A> {
    pub item: A,
    pub score: Option<f64>,
    pub evaluations: usize,
    pub rank: Option<usize>,
}

/// Applications in ranking order (weighted score, best first; unscored last; ties by id), each
/// with its score and how many evaluators gave one; those `counted` rejects are left out.
pub fn ranked<A>(
    criteria: &[Criterion],
    applications: Vec<A>,
    id: impl Fn(&A) -> i64,
    counted: impl Fn(&A) -> bool,
    scores: impl IntoIterator<Item = (i64, Vec<u8>)>,
) -> Vec<Ranked<A>> {
    let mut by_app: HashMap<i64, Vec<Vec<u8>>> = HashMap::new();
    for (a, s) in scores {
        by_app.entry(a).or_default().push(s);
    }
    let mut out: Vec<Ranked<A>> = applications
        .into_iter()
        .filter(|a| counted(a))
        .map(|item| {
            let given = by_app.remove(&id(&item)).unwrap_or_default();
            Ranked {
                score: domain::mission::weighted(criteria, &given),
                evaluations: given.len(),
                rank: None,
                item,
            }
        })
        .collect();
    out.sort_by(|x, y| {
        y.score
            .unwrap_or(-1.0)
            .total_cmp(&x.score.unwrap_or(-1.0))
            .then(id(&x.item).cmp(&id(&y.item)))
    });
    out
}

/// A ranking as one reader may see it, each row with the rank it shows. Owners and organisers see
/// the ranking. An evaluator (`evaluator_only`) who has not yet scored every application they
/// may score sees the applications in the order they came in, which nobody's scores decide, and
/// no ranks: hidden scores must not leak through the order. Once they have, they see the
/// ranking, with the applications they may not score (`conflict`) last and never ranked.
pub fn as_seen<A>(
    list: Vec<Ranked<A>>,
    id: impl Fn(&A) -> i64,
    evaluator_only: bool,
    conflict: impl Fn(&A) -> bool,
    scored: impl Fn(&A) -> bool,
) -> Vec<Ranked<A>> {
    let numbered = |(i, r): (usize, Ranked<A>), show: bool| Ranked {
        rank: show.then_some(i + 1),
        ..r
    };
    if !evaluator_only {
        return list.into_iter().enumerate().map(|x| numbered(x, true)).collect();
    }
    let blind = list.iter().any(|r| !conflict(&r.item) && !scored(&r.item));
    let (mut open, mut conflicted): (Vec<_>, Vec<_>) = list.into_iter().partition(|r| !conflict(&r.item));
    if blind {
        open.sort_by_key(|r| id(&r.item));
    }
    conflicted.sort_by_key(|r| id(&r.item));
    let mut out: Vec<_> = open.into_iter().enumerate().map(|x| numbered(x, !blind)).collect();
    out.extend(conflicted.into_iter().map(|r| Ranked { rank: None, ..r }));
    out
}

/// What a row of a ranking shows its reader: the score, to those who may see it (an evaluator
/// sees one only once they gave their own, and never for an application they may not score),
/// and, to an evaluator, where they stand with it (a message id).
pub struct Standing {
    pub score: Option<String>,
    pub mine: Option<&'static str>,
}

pub fn standing(evaluator: bool, conflict: bool, scored: bool, score: Option<f64>) -> Standing {
    let visible = (!evaluator || scored) && !conflict;
    Standing {
        score: score.filter(|_| visible).map(|w| format!("{w:.2}")),
        mine: evaluator.then_some(if conflict {
            "mission-conflict"
        } else if scored {
            "mission-scored"
        } else {
            "mission-to-score"
        }),
    }
}

/// A call being evaluated, with what its mails and links need.
pub struct Call<'a> {
    pub round: Round,
    pub title: &'a str,
}

impl Call<'_> {
    /// Names the mails (`mail-{kind}-evaluator-subject`).
    pub fn kind(&self) -> &'static str {
        match self.round {
            Round::Mission(_) => "mission",
            Round::Programme(_) => "programme",
        }
    }

    /// The audit actions of its evaluation: an evaluator added, removed, a score given.
    fn audit(&self) -> [Action; 3] {
        match self.round {
            Round::Mission(_) => [
                Action::MissionEvaluatorAdded,
                Action::MissionEvaluatorRemoved,
                Action::MissionScored,
            ],
            Round::Programme(_) => [
                Action::ProgrammeEvaluatorAdded,
                Action::ProgrammeEvaluatorRemoved,
                Action::ProgrammeScored,
            ],
        }
    }

    /// Where its applications are ranked.
    pub fn applications_path(&self) -> String {
        match self.round {
            Round::Mission(id) => format!("/events/{id}/applications"),
            Round::Programme(id) => format!("/programmes/{id}/applications"),
        }
    }
}

/// The organiser names an evaluator by the e-mail address of their account; false when there is
/// no such account. Naming someone twice changes nothing; a new evaluator is told where the
/// applications are, in their language.
pub async fn add_evaluator(
    state: &AppState,
    ctx: &Ctx,
    organiser: &User,
    call: &Call<'_>,
    form: &FormData,
) -> Result<bool, WebError> {
    let user = match domain::Email::parse(form.get("email")) {
        Ok(email) => state.store.user_by_email(&email).await?.map(|(u, _)| u),
        Err(_) => None,
    };
    let Some(user) = user else {
        return Ok(false);
    };
    let actor = Actor::of(state, ctx, organiser)?;
    let store = actor.audited(call.audit()[0], &call.round.id().to_string(), &user.email);
    match store.add_evaluator(call.round, user.id).await {
        Ok(()) => {}
        Err(store::StoreError::Conflict(store::Conflict::Evaluator)) => return Ok(true),
        Err(e) => return Err(e.into()),
    }
    let kind = call.kind();
    let link = state.settings.link(&call.applications_path());
    crate::notify::tell(
        state,
        &user.email,
        ctx.tr.locale,
        crate::notify::moderation::evaluator_added(kind, call.title, &link),
    )
    .await;
    Ok(true)
}

/// The organiser removes an evaluator (`raw_user` from the path); not found when they were not one.
/// The scores they gave stay: decisions may rest on them.
pub async fn remove_evaluator(
    state: &AppState,
    ctx: &Ctx,
    organiser: &User,
    call: &Call<'_>,
    raw_user: &str,
) -> Result<(), WebError> {
    let user_id = crate::routes::path_id(raw_user)?;
    let actor = Actor::of(state, ctx, organiser)?;
    let store = actor.audited(call.audit()[1], &call.round.id().to_string(), raw_user);
    if !store.remove_evaluator(call.round, user_id).await? {
        return Err(WebError::NotFound);
    }
    Ok(())
}

/// Records an evaluator's scores of an application (replacing what they gave before).
pub async fn record_score(
    state: &AppState,
    ctx: &Ctx,
    evaluator: &User,
    call: &Call<'_>,
    application_id: i64,
    applicant: &str,
    (scores, comment): (Vec<u8>, String),
) -> Result<(), WebError> {
    Actor::of(state, ctx, evaluator)?
        .audited(call.audit()[2], &application_id.to_string(), applicant)
        .score(call.round, application_id, evaluator.id, &scores, &comment)
        .await?;
    Ok(())
}

/// One evaluator's scores of an application, as others who may see them read them.
pub struct ScoresGiven {
    pub evaluator: String,
    /// By criterion, in the call's order.
    pub scores: Vec<u8>,
    pub comment: String,
}

/// The scores of an application, named by their evaluators (whose erased accounts read as such).
pub fn scores_given(tr: &Tr, scores: &[Score]) -> Vec<ScoresGiven> {
    scores
        .iter()
        .map(|s| ScoresGiven {
            evaluator: s.evaluator_name.clone().unwrap_or_else(|| tr.t("evaluator-erased")),
            scores: s.scores.clone(),
            comment: s.comment.clone(),
        })
        .collect()
}

/// The call's questions, each with the applicant's answer.
pub fn answered(questions: &[String], answers: &[String]) -> Vec<Fact> {
    questions
        .iter()
        .zip(answers)
        .map(|(q, a)| Fact::new(q.as_str(), a.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Applications 1–4 with hidden weighted scores; the evaluator may not score 3.
    fn rows(scores: [Option<f64>; 4]) -> Vec<Ranked<i64>> {
        let mut v: Vec<_> = (1..=4)
            .zip(scores)
            .map(|(item, score)| Ranked {
                item,
                score,
                evaluations: 1,
                rank: None,
            })
            .collect();
        v.sort_by(|x, y| {
            y.score
                .unwrap_or(-1.0)
                .total_cmp(&x.score.unwrap_or(-1.0))
                .then(x.item.cmp(&y.item))
        });
        v
    }

    fn seen(scores: [Option<f64>; 4], scored: &[i64]) -> Vec<(i64, Option<usize>)> {
        as_seen(rows(scores), |a| *a, true, |a| *a == 3, |a| scored.contains(a))
            .into_iter()
            .map(|r| (r.item, r.rank))
            .collect()
    }

    #[test]
    fn an_evaluator_sees_an_order_no_scores_decide_until_they_scored_everything() {
        let a = seen([Some(9.0), Some(1.0), Some(5.0), None], &[1]);
        let b = seen([Some(1.0), None, Some(9.0), Some(7.0)], &[1]);
        assert_eq!(a, b, "the order does not depend on what others scored");
        assert_eq!(a, [(1, None), (2, None), (4, None), (3, None)]);
        // Once everything they may score is scored: the ranking, the conflicted one never ranked.
        let done = seen([Some(9.0), Some(1.0), Some(5.0), Some(3.0)], &[1, 2, 4]);
        assert_eq!(done, [(1, Some(1)), (4, Some(2)), (2, Some(3)), (3, None)]);
        // Organisers see the ranking as it is.
        let all: Vec<_> = as_seen(
            rows([Some(1.0), Some(2.0), None, None]),
            |a| *a,
            false,
            |_| false,
            |_| false,
        )
        .into_iter()
        .map(|r| (r.item, r.rank))
        .collect();
        assert_eq!(all, [(2, Some(1)), (1, Some(2)), (3, Some(3)), (4, Some(4))]);
    }
}
