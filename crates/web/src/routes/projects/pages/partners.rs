//! Partners: invitations by the consortium, answers by the invited organisation, removal.

use super::*;
use crate::audit::{Action, Actor};

pub async fn add_partner(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(raw): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let p = editable(&state, &me, &raw).await?;
    let Some(org) = named_organisation(&state, form.get("organisation")).await? else {
        return Err(WebError::Invalid(ValidationErrors(vec![domain::FieldError::new(
            "organisation",
            Code::Invalid,
            ctx.tr.t("project-error-partner"),
        )])));
    };
    let role = ParticipationRole::parse(form.get("role")).map_err(|m| bad_parameter("role", m))?;
    // An organisation joins a consortium by its own admins' consent: the editor's own
    // organisations join at once, any other is invited and joins when one of its admins accepts.
    if access::own_admin(&state, me.user(), org.id).await? {
        let actor = Actor::of(&state, &ctx, me.user())?;
        actor
            .audited(Action::ProjectPartnerAdded, &p.id.to_string(), org.slug.as_str())
            .add_partner(p.id, org.id, role)
            .await?;
        return Ok(Redirect::to(&format!("/projects/{}?done=partners", p.id)).into_response());
    }
    let actor = Actor::of(&state, &ctx, me.user())?;
    actor
        .audited(Action::ProjectPartnerInvited, &p.id.to_string(), org.slug.as_str())
        .invite_partner(p.id, org.id, role, me.user().id)
        .await?;
    let link = state.settings.link(&format!("/projects/{}#partner-invitations", p.id));
    // The invited organisation consents through its admins, each told in their language.
    crate::notify::tell_organisation(
        &state,
        org.id,
        crate::notify::Audience::Admins,
        crate::notify::projects::partner_invited(&org.profile.name, &p.draft.acronym, &link),
    )
    .await?;
    Ok(Redirect::to(&format!("/projects/{}?done=partner-invited", p.id)).into_response())
}

/// `POST /projects/{id}/partners/{slug}/accept`: an admin of the invited organisation agrees
/// that it takes part.
pub async fn accept_partner(
    state: State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    path: Path<(String, String)>,
) -> Result<Response, WebError> {
    answer_partner(state, ctx, me, path, true).await
}

/// `POST /projects/{id}/partners/{slug}/decline`: the invitation goes; nothing else changes.
pub async fn decline_partner(
    state: State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    path: Path<(String, String)>,
) -> Result<Response, WebError> {
    answer_partner(state, ctx, me, path, false).await
}

pub(super) async fn answer_partner(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((raw, slug)): Path<(String, String)>,
    accept: bool,
) -> Result<Response, WebError> {
    let p = load(&state, &raw).await?;
    let org = crate::routes::organisation(&state, &slug).await?;
    // Only the invited organisation's own admins answer for it.
    if !access::own_admin(&state, me.user(), org.id).await? {
        return Err(WebError::Forbidden);
    }
    let action = if accept {
        Action::ProjectPartnerAccepted
    } else {
        Action::ProjectPartnerDeclined
    };
    let actor = Actor::of(&state, &ctx, me.user())?;
    let store = actor.audited(action, &p.id.to_string(), org.slug.as_str());
    if !store.answer_partner_invitation(p.id, org.id, accept).await? {
        return Err(WebError::NotFound);
    }
    let done = if accept { "partner-accepted" } else { "partner-declined" };
    Ok(Redirect::to(&format!("/projects/{}?done={done}", p.id)).into_response())
}

pub async fn remove_partner(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((raw, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let p = editable(&state, &me, &raw).await?;
    let org = crate::routes::organisation(&state, &slug).await?;
    let actor = Actor::of(&state, &ctx, me.user())?;
    // Nothing to remove records nothing.
    actor
        .audited(Action::ProjectPartnerRemoved, &p.id.to_string(), &slug)
        .remove_partner(p.id, org.id)
        .await?;
    Ok(Redirect::to(&format!("/projects/{}?done=partners", p.id)).into_response())
}

/// A project the person may add to (news, events, unlinking), as a partner's admin or an
/// editor, with their rights.
pub(super) async fn contributable(
    state: &AppState,
    me: &SignedIn,
    raw: &str,
) -> Result<(Project, ProjectRights), WebError> {
    let p = load(state, raw).await?;
    let r = access::project_rights(state, Some(me.user()), p.id).await?;
    if r.partners.is_empty() && !r.edit {
        return Err(WebError::Forbidden);
    }
    Ok((p, r))
}

/// The partner a person posts for: one of the partner organisations they administer.
pub(super) fn posting_partner<'a>(rights: &'a ProjectRights, form: &FormData) -> Result<&'a Membership, WebError> {
    if rights.partners.is_empty() {
        return Err(WebError::Forbidden);
    }
    rights
        .partners
        .iter()
        .find(|m| m.slug == form.get("organisation"))
        .ok_or_else(|| bad_parameter("organisation", "is not a partner organisation you administer"))
}
