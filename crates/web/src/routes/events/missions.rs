//! Business missions: the organiser opens a call for participation (questions, weighted criteria,
//! places, deadline) and names evaluators; organisations apply; evaluators score each application
//! against the criteria, seeing the others' scores only once they have given their own and never
//! scoring their own organisation; the organiser ranks, selects up to the places and tells every
//! applicant the outcome.

use std::collections::HashSet;

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::mission::{validate_call, MissionApplicationState as MS};
use domain::{EventKind, EventState};
use store::accounts::User;
use store::evaluation::{Round, Score};
use store::events::Event;
use store::missions::{Application, StoredCall};

use crate::access;
use crate::auth::audit;
use crate::auth::extract::SignedIn;
use crate::ctx::Ctx;
use crate::evaluation;
use crate::forms::{Errors, Field, Form, FormData};
use crate::i18n::Tr;
use crate::routes::events::load;
use crate::routes::{bad_parameter, done_param, path_id};
use crate::views::time::today;
use crate::views::{render, Chrome};
use crate::{AppState, WebError};
use domain::Code;

async fn mission(state: &AppState, id: &str) -> Result<Event, WebError> {
    let e = load(state, id).await?;
    if e.draft.kind != EventKind::Mission {
        return Err(WebError::NotFound);
    }
    Ok(e)
}

async fn call_of(state: &AppState, e: &Event) -> Result<StoredCall, WebError> {
    state
        .store
        .call(e.id)
        .await?
        .ok_or(WebError::Conflict("mission-error-no-call"))
}

// ---- the organiser's call ----

#[derive(Template)]
#[template(path = "mission_call.html")]
struct CallPage {
    chrome: Chrome,
    e: Event,
    notice: Option<String>,
    form: Form,
    evaluators: Vec<store::evaluation::Evaluator>,
    evaluator_error: Option<String>,
}

fn call_form(tr: &Tr, ctx: &Ctx, e: &Event, values: [String; 4], errors: Errors) -> Form {
    Form::new(
        "call",
        format!("/events/{}/call", e.id),
        ctx.csrf(),
        tr.t("mission-save-call"),
    )
    .heading(tr.t("mission-call"))
    .field(
        Field::textarea("questions", tr.t("mission-questions"))
            .value(values[0].clone())
            .required()
            .hint(tr.t("mission-questions-hint")),
    )
    .field(
        Field::textarea("criteria", tr.t("mission-criteria"))
            .value(values[1].clone())
            .required()
            .hint(tr.t("mission-criteria-hint")),
    )
    .field(
        Field::number("places", tr.t("mission-places"))
            .value(values[2].clone())
            .required(),
    )
    .field(
        Field::date("deadline", tr.t("mission-deadline"))
            .value(values[3].clone())
            .required(),
    )
    .errors(errors)
}

async fn call_page(
    state: &AppState,
    ctx: &Ctx,
    e: Event,
    notice: Option<String>,
    form: Option<Form>,
    evaluator_error: Option<String>,
) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let form = match form {
        Some(f) => f,
        None => {
            let values = match state.store.call(e.id).await? {
                Some(c) => [
                    c.call.questions.join("\n"),
                    c.call.criteria_lines(),
                    c.call.places.to_string(),
                    c.call.deadline.to_string(),
                ],
                None => [String::new(), String::new(), String::new(), String::new()],
            };
            call_form(&tr, ctx, &e, values, Errors::default())
        }
    };
    let invalid = form.fields.iter().any(|f| f.error.is_some()) || evaluator_error.is_some();
    let page = CallPage {
        chrome: ctx.chrome("events"),
        evaluators: state.store.evaluators(Round::Mission(e.id)).await?,
        notice,
        form,
        evaluator_error,
        e,
    };
    crate::views::render_form_page(&page, invalid)
}

pub async fn call(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let e = mission(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("call") => Some(ctx.tr.t("mission-done-call")),
        Some("evaluators") => Some(ctx.tr.t("mission-done-evaluators")),
        _ => None,
    };
    call_page(&state, &ctx, e, notice, None, None).await
}

pub async fn save_call(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = mission(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    let existing = state.store.call(e.id).await?;
    if existing.as_ref().is_some_and(|c| c.notified_at.is_some()) {
        return Err(WebError::Conflict("mission-error-decided"));
    }
    let values = [
        form.get("questions"),
        form.get("criteria"),
        form.get("places"),
        form.get("deadline"),
    ]
    .map(str::to_owned);
    let tr = ctx.tr;
    let call = match validate_call(&values[0], &values[1], &values[2], &values[3], today()) {
        Ok(c) => c,
        Err(v) => {
            let mut errors = Errors::default();
            for f in v.0 {
                let id = match (f.field.as_str(), f.code) {
                    ("questions", _) => "mission-error-questions",
                    ("criteria", _) => "mission-error-criteria",
                    ("places", _) => "mission-error-places",
                    (_, Code::Past) => "event-error-starts-past",
                    _ => "opportunity-error-date",
                };
                errors.add(&f.field, tr.t(id));
            }
            let form = call_form(&tr, &ctx, &e, values, errors);
            return call_page(&state, &ctx, e, None, Some(form), None).await;
        }
    };
    // Questions and criteria are fixed once answered and scored: changing them would reinterpret
    // what was given.
    if let Some(old) = &existing {
        let applied = !state.store.applications(e.id).await?.is_empty();
        let scored = !state.store.scores(Round::Mission(e.id)).await?.is_empty();
        if (applied && old.call.questions != call.questions) || (scored && old.call.criteria != call.criteria) {
            return Err(WebError::Conflict("mission-error-fixed"));
        }
    }
    state.store.save_call(e.id, &call).await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "mission_call_saved",
        &e.id.to_string(),
        &e.draft.title,
    )
    .await?;
    Ok(Redirect::to(&format!("/events/{}/call?done=call", e.id)).into_response())
}

pub async fn add_evaluator(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = mission(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    let call = evaluation::Call {
        round: Round::Mission(e.id),
        title: &e.draft.title,
    };
    if !evaluation::add_evaluator(&state, &ctx, me.user(), &call, &form).await? {
        return call_page(&state, &ctx, e, None, None, Some(ctx.tr.t("mission-error-evaluator"))).await;
    }
    Ok(Redirect::to(&format!("/events/{}/call?done=evaluators", e.id)).into_response())
}

pub async fn remove_evaluator(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((id, user)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let e = mission(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    let call = evaluation::Call {
        round: Round::Mission(e.id),
        title: &e.draft.title,
    };
    evaluation::remove_evaluator(&state, &ctx, me.user(), &call, &user).await?;
    Ok(Redirect::to(&format!("/events/{}/call?done=evaluators", e.id)).into_response())
}

// ---- applying ----

#[derive(Template)]
#[template(path = "mission_apply.html")]
struct ApplyPage {
    chrome: Chrome,
    e: Event,
    call_line: String,
    form: Form,
}

fn call_line(tr: &Tr, call: &StoredCall) -> String {
    tr.t2(
        "mission-call-line",
        "places",
        i64::from(call.call.places),
        "deadline",
        tr.date(call.call.deadline.date()),
    )
}

fn apply_form(
    tr: &Tr,
    ctx: &Ctx,
    e: &Event,
    call: &StoredCall,
    orgs: &[store::accounts::Membership],
    form: Option<&FormData>,
    errors: Errors,
) -> Form {
    Form::new(
        "apply",
        format!("/events/{}/apply", e.id),
        ctx.csrf(),
        tr.t("mission-submit-application"),
    )
    .field(Field::select(
        "organisation",
        tr.t("mission-applying-for"),
        orgs.iter().map(|m| (m.slug.clone(), m.name.clone())).collect(),
        form.map(|f| f.get("organisation")).unwrap_or(""),
    ))
    .fields(crate::evaluation::answer_fields(&call.call.questions, form))
    .errors(errors)
}

/// The organisations the person can apply for, and whether the call is open.
async fn can_apply(
    state: &AppState,
    e: &Event,
    user: &User,
) -> Result<(StoredCall, Vec<store::accounts::Membership>), WebError> {
    let call = call_of(state, e).await?;
    if e.state != EventState::Published || call.call.deadline < today() || call.notified_at.is_some() {
        return Err(WebError::Conflict("mission-error-closed"));
    }
    let orgs = state.store.memberships_of(user.id).await?;
    if orgs.is_empty() {
        return Err(WebError::Conflict("mission-error-no-organisation"));
    }
    Ok((call, orgs))
}

pub async fn apply_form_page(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = mission(&state, &id).await?;
    let (call, orgs) = can_apply(&state, &e, me.user()).await?;
    let form = apply_form(&ctx.tr, &ctx, &e, &call, &orgs, None, Errors::default());
    Ok(render(&ApplyPage {
        chrome: ctx.chrome("events"),
        e,
        call_line: call_line(&ctx.tr, &call),
        form,
    })?
    .into_response())
}

pub async fn apply(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = mission(&state, &id).await?;
    let (call, orgs) = can_apply(&state, &e, me.user()).await?;
    let org = orgs
        .iter()
        .find(|m| m.slug == form.get("organisation"))
        .ok_or_else(|| bad_parameter("organisation", "is not an organisation you belong to"))?;
    let answers = crate::evaluation::read_answers(&call.call.questions, &form);
    let answers = match call.call.validate_answers(&answers) {
        Ok(a) => a,
        Err(v) => {
            let mut errors = Errors::default();
            for f in v.0 {
                errors.add(&f.field, ctx.tr.t("mission-error-answer"));
            }
            let form = apply_form(&ctx.tr, &ctx, &e, &call, &orgs, Some(&form), errors);
            let page = ApplyPage {
                chrome: ctx.chrome("events"),
                e,
                call_line: call_line(&ctx.tr, &call),
                form,
            };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
        }
    };
    // Applied already answers 409 through the store's conflict.
    state
        .store
        .apply(e.id, org.organisation_id, me.user().id, &answers)
        .await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "mission_applied",
        &e.id.to_string(),
        &org.name,
    )
    .await?;
    crate::notify::tell(&state, &me.user().email, ctx.tr.locale, |tr| {
        crate::notify::Mail::new(
            tr.t1("mail-mission-applied-subject", "title", e.draft.title.as_str()),
            tr.tn(
                "mail-mission-applied-body",
                vec![
                    ("organisation", org.name.as_str().into()),
                    ("title", e.draft.title.as_str().into()),
                    ("deadline", tr.date(call.call.deadline.date()).into()),
                    ("link", state.settings.link(&format!("/events/{}", e.id)).into()),
                ],
            ),
        )
    })
    .await;
    Ok(Redirect::to(&format!("/events/{}?done=applied", e.id)).into_response())
}

// ---- evaluating and ranking ----

pub struct RankRow {
    pub id: i64,
    /// None while the reader may not see the ranking (see `scoring::as_seen`).
    pub rank: Option<usize>,
    pub organisation: String,
    pub organisation_slug: String,
    pub country: String,
    pub score: Option<String>,
    pub evaluations: usize,
    pub state: String,
    pub state_code: String,
    /// For an evaluator: whether they scored it, or may not (conflict of interest).
    pub mine: Option<&'static str>,
}

#[derive(Template)]
#[template(path = "mission_applications.html")]
struct ApplicationsPage {
    chrome: Chrome,
    e: Event,
    call: StoredCall,
    notice: Option<String>,
    rows: Vec<RankRow>,
    organiser: bool,
    evaluator: bool,
    call_line: String,
    decision_text: String,
    select_top: String,
}

/// Applications in ranking order (weighted score, best first; unscored last), with their scores.
fn ranked(call: &StoredCall, apps: Vec<Application>, scores: &[Score]) -> Vec<(Application, Option<f64>, usize)> {
    crate::evaluation::ranked(
        &call.call.criteria,
        apps,
        |a| a.id,
        |a| a.state != MS::Withdrawn,
        scores.iter().map(|s| (s.application_id, s.scores.clone())),
    )
}

pub async fn applications(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let e = mission(&state, &id).await?;
    let (organiser, evaluator) =
        access::organiser_or_evaluator(&state, me.user(), e.organisation_id, Round::Mission(e.id)).await?;
    let call = call_of(&state, &e).await?;
    let tr = ctx.tr;
    let scores = state.store.scores(Round::Mission(e.id)).await?;
    let mine: HashSet<i64> = scores
        .iter()
        .filter(|s| s.evaluator_id == Some(me.user().id))
        .map(|s| s.application_id)
        .collect();
    let own = access::own_organisations(&state, me.user()).await?;
    let list = ranked(&call, state.store.applications(e.id).await?, &scores);
    let selected = list.iter().filter(|(a, _, _)| a.state == MS::Selected).count();
    let undecided = list.iter().filter(|(a, _, _)| a.state == MS::Submitted).count();
    let rows = crate::evaluation::as_seen(
        list,
        |a| a.id,
        evaluator && !organiser,
        |a| own.contains(&a.organisation_id),
        |a| mine.contains(&a.id),
    )
    .into_iter()
    .map(|(a, w, n, rank)| {
        let conflict = evaluator && own.contains(&a.organisation_id);
        // An evaluator sees a score only once they gave their own for that application.
        let visible = !evaluator || mine.contains(&a.id);
        RankRow {
            id: a.id,
            rank,
            score: w.filter(|_| visible && !conflict).map(|w| format!("{w:.2}")),
            evaluations: n,
            country: tr.country(&a.organisation_country),
            state: tr.t(a.state.message_id()),
            mine: evaluator.then_some(if conflict {
                "mission-conflict"
            } else if mine.contains(&a.id) {
                "mission-scored"
            } else {
                "mission-to-score"
            }),
            organisation: a.organisation_name,
            organisation_slug: a.organisation_slug,
            state_code: a.state.as_str().to_owned(),
        }
    })
    .collect();
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("scored") => Some(tr.t("mission-done-scored")),
        Some("decided") => Some(tr.t("mission-done-decided")),
        Some("notified") => Some(tr.t("mission-done-notified")),
        _ => None,
    };
    let page = ApplicationsPage {
        chrome: ctx.chrome("events"),
        call_line: call_line(&tr, &call),
        decision_text: tr.tn(
            "mission-decision-state",
            vec![
                ("selected", (selected as i64).into()),
                ("places", i64::from(call.call.places).into()),
                ("undecided", (undecided as i64).into()),
            ],
        ),
        select_top: tr.t1("mission-select-top", "places", i64::from(call.call.places)),
        e,
        call,
        notice,
        rows,
        organiser,
        evaluator,
    };
    Ok(render(&page)?.into_response())
}

#[derive(Template)]
#[template(path = "mission_application.html")]
struct ApplicationPage {
    chrome: Chrome,
    e: Event,
    call: StoredCall,
    a: Application,
    answers: Vec<(String, String)>,
    form: Option<Form>,
    conflict: bool,
    /// Others' scores, once the viewer may see them: (evaluator, scores by criterion, comment).
    scores: Option<Vec<(String, Vec<u8>, String)>>,
}

async fn load_application(state: &AppState, id: &str) -> Result<(Application, Event), WebError> {
    let a = state.store.application(path_id(id)?).await?.ok_or(WebError::NotFound)?;
    let e = state.store.event(a.event_id).await?.ok_or(WebError::NotFound)?;
    Ok((a, e))
}

async fn application_page(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    a: Application,
    e: Event,
    posted: Option<(&FormData, Errors)>,
) -> Result<Response, WebError> {
    let (organiser, evaluator) =
        access::organiser_or_evaluator(state, me.user(), e.organisation_id, Round::Mission(e.id)).await?;
    let call = call_of(state, &e).await?;
    let conflict = evaluator
        && access::own_organisations(state, me.user())
            .await?
            .contains(&a.organisation_id);
    if conflict && !organiser {
        return Err(WebError::Forbidden);
    }
    let tr = ctx.tr;
    let scores: Vec<Score> = state
        .store
        .scores(Round::Mission(e.id))
        .await?
        .into_iter()
        .filter(|s| s.application_id == a.id)
        .collect();
    let own = scores.iter().find(|s| s.evaluator_id == Some(me.user().id));
    let may_see = !conflict && (!evaluator || own.is_some());
    let invalid = posted.as_ref().is_some_and(|(_, e)| !e.is_empty());
    let form = (evaluator && !conflict && call.notified_at.is_none()).then(|| {
        let (f, errors) = match posted {
            Some((f, errors)) => (Some(f), errors),
            None => (None, Errors::default()),
        };
        crate::evaluation::score_form(
            &tr,
            ctx,
            format!("/applications/{}/score", a.id),
            &call.call.criteria,
            own.map(|s| (s.scores.as_slice(), s.comment.as_str())),
            f,
            errors,
        )
    });
    let page = ApplicationPage {
        chrome: ctx.chrome("events"),
        answers: call
            .call
            .questions
            .iter()
            .cloned()
            .zip(a.answers.iter().cloned())
            .collect(),
        scores: may_see.then(|| {
            scores
                .iter()
                .map(|s| {
                    let name = s.evaluator_name.clone().unwrap_or_else(|| tr.t("evaluator-erased"));
                    (name, s.scores.clone(), s.comment.clone())
                })
                .collect()
        }),
        form,
        conflict,
        call,
        a,
        e,
    };
    crate::views::render_form_page(&page, invalid)
}

pub async fn application(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let (a, e) = load_application(&state, &id).await?;
    application_page(&state, &ctx, &me, a, e, None).await
}

pub async fn score(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let (a, e) = load_application(&state, &id).await?;
    if !access::may_score(&state, Round::Mission(e.id), me.user(), &[a.organisation_id]).await? {
        return Err(WebError::Forbidden);
    }
    let call = call_of(&state, &e).await?;
    if call.notified_at.is_some() {
        return Err(WebError::Conflict("mission-error-decided"));
    }
    let scored = match crate::evaluation::read_scores(&ctx.tr, &call.call.criteria, &form) {
        Ok(x) => x,
        Err(errors) => return application_page(&state, &ctx, &me, a, e, Some((&form, errors))).await,
    };
    let round = evaluation::Call {
        round: Round::Mission(e.id),
        title: &e.draft.title,
    };
    evaluation::record_score(&state, &ctx, me.user(), &round, a.id, &a.organisation_name, scored).await?;
    // Back to the ranking, as for programmes, which says the score is saved and shows what is left.
    Ok(Redirect::to(&format!("/events/{}/applications?done=scored", e.id)).into_response())
}

pub async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let (a, e) = load_application(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    access::not_own_application(&state, me.user(), a.user_id, a.organisation_id).await?;
    let decision = match form.get("decision").parse::<MS>() {
        Ok(d @ (MS::Selected | MS::Rejected | MS::Submitted)) => d,
        _ => return Err(bad_parameter("decision", "must be selected, rejected or submitted")),
    };
    let call = call_of(&state, &e).await?;
    if call.notified_at.is_some() {
        return Err(WebError::Conflict("mission-error-decided"));
    }
    match state
        .store
        .decide_within_places(e.id, a.id, decision, call.call.places)
        .await?
    {
        store::missions::Decided::Done => {}
        store::missions::Decided::Full => return Err(WebError::Conflict("mission-error-full")),
        store::missions::Decided::Withdrawn => return Err(WebError::Conflict("mission-error-withdrawn")),
    }
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        &format!("mission_{decision}"),
        &a.id.to_string(),
        &a.organisation_name,
    )
    .await?;
    Ok(Redirect::to(&format!("/events/{}/applications?done=decided", e.id)).into_response())
}

/// Selects the best-ranked applications up to the places and declines the others.
pub async fn select_top(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = mission(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    let call = call_of(&state, &e).await?;
    if call.notified_at.is_some() {
        return Err(WebError::Conflict("mission-error-decided"));
    }
    let list = ranked(
        &call,
        state.store.applications(e.id).await?,
        &state.store.scores(Round::Mission(e.id)).await?,
    );
    for (i, (a, _, _)) in list.iter().enumerate() {
        let decision = if i < call.call.places as usize {
            MS::Selected
        } else {
            MS::Rejected
        };
        state.store.decide(e.id, a.id, decision).await?;
    }
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "mission_selected_top",
        &e.id.to_string(),
        &call.call.places.to_string(),
    )
    .await?;
    Ok(Redirect::to(&format!("/events/{}/applications?done=decided", e.id)).into_response())
}

/// Tells every applicant the outcome, once every application is decided; decisions are final
/// from then on.
pub async fn notify(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = mission(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    let call = call_of(&state, &e).await?;
    if call.notified_at.is_some() {
        return Err(WebError::Conflict("mission-error-decided"));
    }
    let apps: Vec<Application> = state
        .store
        .applications(e.id)
        .await?
        .into_iter()
        .filter(|a| a.state != MS::Withdrawn)
        .collect();
    if apps.iter().any(|a| a.state == MS::Submitted) {
        return Err(WebError::Conflict("mission-error-undecided"));
    }
    state.store.mark_notified(e.id).await?;
    let link = state.settings.link(&format!("/events/{}", e.id));
    for a in &apps {
        let Some(user) = a.user_id else { continue };
        let Some((u, _)) = state.store.user_by_id(user).await? else {
            continue;
        };
        let (subject, body) = if a.state == MS::Selected {
            ("mail-mission-selected-subject", "mail-mission-selected-body")
        } else {
            ("mail-mission-rejected-subject", "mail-mission-rejected-body")
        };
        crate::notify::tell(&state, &u.email, ctx.tr.locale, |tr| {
            crate::notify::Mail::new(
                tr.t1(subject, "title", e.draft.title.as_str()),
                tr.tn(
                    body,
                    vec![
                        ("organisation", a.organisation_name.as_str().into()),
                        ("title", e.draft.title.as_str().into()),
                        ("link", link.as_str().into()),
                    ],
                ),
            )
        })
        .await;
    }
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "mission_notified",
        &e.id.to_string(),
        &apps.len().to_string(),
    )
    .await?;
    Ok(Redirect::to(&format!("/events/{}/applications?done=notified", e.id)).into_response())
}

/// An applicant's people withdraw its application, until the outcome is told.
pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let (a, e) = load_application(&state, &id).await?;
    if !access::own_organisations(&state, me.user())
        .await?
        .contains(&a.organisation_id)
    {
        return Err(WebError::Forbidden);
    }
    if call_of(&state, &e).await?.notified_at.is_some() {
        return Err(WebError::Conflict("mission-error-decided"));
    }
    if !state.store.withdraw_application(a.id).await? {
        return Err(WebError::Conflict("mission-error-withdrawn"));
    }
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "mission_withdrawn",
        &a.id.to_string(),
        &a.organisation_name,
    )
    .await?;
    Ok(Redirect::to(&format!("/events/{}?done=withdrawn", e.id)).into_response())
}

/// What an event page says of a mission's call, for the viewer.
pub struct CallSummary {
    pub line: String,
    pub open: bool,
    /// The viewer's organisations' applications: id, organisation, state shown, may withdraw.
    pub applied: Vec<(i64, String, String, bool)>,
    pub evaluator: bool,
}

pub async fn summary(
    state: &AppState,
    tr: &Tr,
    e: &Event,
    user: Option<&User>,
) -> Result<Option<CallSummary>, WebError> {
    if e.draft.kind != EventKind::Mission {
        return Ok(None);
    }
    let Some(call) = state.store.call(e.id).await? else {
        return Ok(None);
    };
    let (applied, evaluator) = match user {
        Some(u) => {
            let own = access::own_organisations(state, u).await?;
            let applied = state
                .store
                .applications(e.id)
                .await?
                .into_iter()
                .filter(|a| own.contains(&a.organisation_id))
                .map(|a| {
                    // Decisions are told at once, when the organiser notifies everyone.
                    let shown = if call.notified_at.is_some() || a.state == MS::Withdrawn {
                        a.state
                    } else {
                        MS::Submitted
                    };
                    let may_withdraw = call.notified_at.is_none() && a.state != MS::Withdrawn;
                    (a.id, a.organisation_name, tr.t(shown.message_id()), may_withdraw)
                })
                .collect();
            (applied, access::evaluates(state, Round::Mission(e.id), u).await?)
        }
        None => (Vec::new(), false),
    };
    Ok(Some(CallSummary {
        line: call_line(tr, &call),
        open: e.state == EventState::Published && call.call.deadline >= today() && call.notified_at.is_none(),
        applied,
        evaluator,
    }))
}
