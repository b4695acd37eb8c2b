//! Organisations apply to a mission.

use super::*;
use crate::audit::{Action, Actor};

#[derive(Template)]
#[template(path = "events/missions/apply.html")]
pub(super) struct ApplyPage {
    chrome: Chrome,
    e: Event,
    call_line: String,
    form: Form,
}

pub(super) fn call_line(tr: &Tr, call: &StoredCall) -> String {
    tr.t2(
        "mission-call-line",
        "places",
        i64::from(call.call.places),
        "deadline",
        tr.date(call.call.deadline.date()),
    )
}

pub(super) fn apply_form(
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
pub(super) async fn can_apply(
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
    let actor = Actor::of(&state, &ctx, me.user())?;
    actor
        .audited(Action::MissionApplied, &e.id.to_string(), &org.name)
        .apply(e.id, org.organisation_id, me.user().id, &answers)
        .await?;
    let link = state.settings.link(&format!("/events/{}", e.id));
    crate::notify::tell(
        &state,
        &me.user().email,
        ctx.tr.locale,
        crate::notify::events::mission_applied(&e.draft.title, &org.name, call.call.deadline.date(), &link),
    )
    .await;
    Ok(Redirect::to(&format!("/events/{}?done=applied", e.id)).into_response())
}
