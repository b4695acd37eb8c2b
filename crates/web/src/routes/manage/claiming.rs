//! Proposing a new organisation and claiming one.

use super::*;
use crate::audit::{Action, Actor};
use crate::views::Link;

pub(super) fn message_field(tr: &Tr, value: &str) -> Field {
    Field::textarea("message", tr.t("claim-message"))
        .value(value)
        .required()
        .hint(tr.t("claim-message-hint"))
        .max(MAX_CLAIM_MESSAGE)
}

pub(super) fn read_message(tr: &Tr, form: &FormData, errors: &mut Errors) -> String {
    let m = form.get("message").trim().to_owned();
    if m.is_empty() {
        errors.add("message", tr.t("claim-error-message"));
    } else if m.chars().count() > MAX_CLAIM_MESSAGE {
        errors.add("message", tr.t1("form-error-too-long", "max", MAX_CLAIM_MESSAGE as i64));
    }
    m
}

pub(super) fn propose_page(ctx: &Ctx, input: &ProfileInput, message: &str, errors: Errors) -> FormPage {
    let tr = &ctx.tr;
    FormPage {
        chrome: ctx.chrome("account"),
        title: tr.t("propose-title"),
        intro: vec![tr.t("propose-intro")],
        notice: None,
        form: Form::new("profile", "/organisations/new", ctx.csrf(), tr.t("propose-submit"))
            .field(message_field(tr, message))
            .fields(profile_fields(tr, input))
            .errors(errors),
        links: vec![],
    }
}

/// `?name=` fills in the name: a news item's writers or a moderator propose an organisation the
/// text names and the directory does not have.
pub async fn new_form(
    ctx: Ctx,
    _me: SignedIn,
    axum::extract::RawQuery(raw): axum::extract::RawQuery,
) -> Result<Response, WebError> {
    let name = crate::forms::query_pairs(raw.as_deref())
        .into_iter()
        .find(|(k, _)| k == "name")
        .map(|(_, v)| v.chars().filter(|c| !c.is_control()).take(200).collect::<String>())
        .unwrap_or_default();
    let input = ProfileInput {
        name,
        ..ProfileInput::default()
    };
    Ok(render(&propose_page(&ctx, &input, "", Errors::default()))?.into_response())
}

pub async fn propose(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    form: FormData,
) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let (input, mut errors) = read_profile(&tr, &form, None);
    let message = read_message(&tr, &form, &mut errors);
    let draft = input.validate();
    let draft = match draft {
        Ok(d) if errors.is_empty() => d,
        other => {
            if let Err(v) = other {
                add_validation_errors(&tr, &mut errors, v);
            }
            let page = propose_page(&ctx, &input, &message, errors);
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
        }
    };
    Actor::of(&state, &ctx, me.user())?
        .creating(Action::ClaimFiled, &format!("new: {}", draft.name))
        .create_claim(me.user().id, None, Some(&draft), &message)
        .await?;
    tell_moderators(&state, &draft.name).await?;
    Ok(Redirect::to("/account?done=claim-filed").into_response())
}

pub(super) fn claim_page(ctx: &Ctx, org: &Organisation, message: &str, errors: Errors) -> FormPage {
    let tr = &ctx.tr;
    FormPage {
        chrome: ctx.chrome("organisations"),
        title: tr.t1("claim-title", "name", org.profile.name.as_str()),
        intro: vec![tr.t("claim-intro")],
        notice: None,
        form: Form::new(
            "claim",
            format!("/organisations/{}/claim", org.slug),
            ctx.csrf(),
            tr.t("claim-submit"),
        )
        .field(message_field(tr, message))
        .errors(errors),
        links: vec![Link::new(format!("/organisations/{}", org.slug), tr.t("claim-back"))],
    }
}

/// Sends the person to the profile's edit form when they already administer it, or says that
/// their claim is waiting.
pub(super) async fn claim_state(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    org: &Organisation,
) -> Result<Option<Response>, WebError> {
    if access::own_admin(state, me.user(), org.id).await? {
        return Ok(Some(
            Redirect::to(&format!("/organisations/{}/edit", org.slug)).into_response(),
        ));
    }
    if state.store.has_pending_claim(me.user().id, org.id).await? {
        let mut page = claim_page(ctx, org, "", Errors::default());
        page.notice = Some(ctx.tr.t("claim-pending"));
        return Ok(Some((StatusCode::CONFLICT, render(&page)?).into_response()));
    }
    Ok(None)
}

pub async fn claim_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    if let Some(r) = claim_state(&state, &ctx, &me, &org).await? {
        return Ok(r);
    }
    Ok(render(&claim_page(&ctx, &org, "", Errors::default()))?.into_response())
}

pub async fn claim(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    if let Some(r) = claim_state(&state, &ctx, &me, &org).await? {
        return Ok(r);
    }
    let mut errors = Errors::default();
    let message = read_message(&ctx.tr, &form, &mut errors);
    if !errors.is_empty() {
        let page = claim_page(&ctx, &org, &message, errors);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
    }
    let actor = Actor::of(&state, &ctx, me.user())?;
    match actor
        .creating(Action::ClaimFiled, org.slug.as_str())
        .create_claim(me.user().id, Some(org.id), None, &message)
        .await
    {
        Ok(_) => {}
        // Another request of the same person filed it a moment ago.
        Err(store::StoreError::Conflict(store::Conflict::PendingClaim)) => {
            let mut page = claim_page(&ctx, &org, "", Errors::default());
            page.notice = Some(ctx.tr.t("claim-pending"));
            return Ok((StatusCode::CONFLICT, render(&page)?).into_response());
        }
        Err(e) => return Err(e.into()),
    };
    tell_moderators(&state, &org.profile.name).await?;
    Ok(Redirect::to("/account?done=claim-filed").into_response())
}

/// Mails the moderators, each in their language, that a claim waits; a mail that fails is
/// logged, the claim stands.
pub(super) async fn tell_moderators(state: &AppState, organisation: &str) -> Result<(), WebError> {
    let link = state.settings.link("/moderation/claims");
    crate::notify::tell_moderators(state, crate::notify::organisations::claim_waiting(organisation, &link)).await
}
