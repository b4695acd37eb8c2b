//! The organiser's call: questions, criteria, places, deadline, and its evaluators.

use super::*;
use crate::audit::{Action, Actor};

#[derive(Template)]
#[template(path = "events/missions/call.html")]
pub(super) struct CallPage {
    chrome: Chrome,
    e: Event,
    notice: Option<String>,
    form: Form,
    evaluators: Vec<store::evaluation::Evaluator>,
    evaluator_error: Option<String>,
}

pub(super) fn call_form(tr: &Tr, ctx: &Ctx, e: &Event, values: [String; 4], errors: Errors) -> Form {
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

pub(super) async fn call_page(
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
    let actor = Actor::of(&state, &ctx, me.user())?;
    actor
        .audited(Action::MissionCallSaved, &e.id.to_string(), &e.draft.title)
        .save_call(e.id, &call)
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
