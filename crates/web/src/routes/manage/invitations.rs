//! Invitations, as the invited person answers them.

use super::*;

#[derive(Template)]
#[template(path = "manage/invitations.html")]
pub(super) struct InvitationsPage {
    chrome: Chrome,
    invitations: Vec<InvitationLine>,
    notice: Option<String>,
}

pub(super) struct InvitationLine {
    id: i64,
    organisation_slug: String,
    organisation_name: String,
    /// "Aarhus Space Cluster invites you as admin".
    text: String,
    /// Who invited, and when.
    detail: String,
}

/// `GET /invitations`: what organisations invited the signed-in person to, to accept or decline.
pub async fn invitations(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    axum::extract::RawQuery(raw): axum::extract::RawQuery,
) -> Result<Response, WebError> {
    let notice = match crate::forms::done_param(raw.as_deref()).as_deref() {
        Some("accepted") => Some(ctx.tr.t("invitations-accepted")),
        Some("declined") => Some(ctx.tr.t("invitations-declined")),
        _ => None,
    };
    let tr = ctx.tr;
    let zone = crate::views::reader_zone(Some(me.user()));
    let invitations = state
        .store
        .invitations_for(me.user().id)
        .await?
        .into_iter()
        .map(|i| {
            let role = i
                .role
                .parse::<OrgRole>()
                .map(|r| tr.t(r.message_id()))
                .unwrap_or_default();
            let date = tr.date(match zone {
                Some(z) => i.created_at.with_timezone(&z).date_naive(),
                None => i.created_at.date_naive(),
            });
            InvitationLine {
                id: i.id,
                text: tr.t2(
                    "invitations-line",
                    "organisation",
                    i.organisation_name.as_str(),
                    "role",
                    role,
                ),
                detail: match &i.invited_by {
                    Some(by) => tr.t2("invitations-by", "name", by.as_str(), "date", date),
                    None => tr.t1("invitations-on", "date", date),
                },
                organisation_slug: i.organisation_slug,
                organisation_name: i.organisation_name,
            }
        })
        .collect();
    let page = InvitationsPage {
        chrome: ctx.chrome("account"),
        invitations,
        notice,
    };
    Ok(render(&page)?.into_response())
}

/// `POST /invitations/{id}/accept`: the invited person takes the role.
pub async fn accept_invitation(
    state: State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    id: Path<String>,
) -> Result<Response, WebError> {
    answer_invitation(state, ctx, me, id, true).await
}

/// `POST /invitations/{id}/decline`: the invitation goes, nothing else changes.
pub async fn decline_invitation(
    state: State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    id: Path<String>,
) -> Result<Response, WebError> {
    answer_invitation(state, ctx, me, id, false).await
}

pub(super) async fn answer_invitation(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    accept: bool,
) -> Result<Response, WebError> {
    let id = crate::routes::path_id(&id)?;
    // Only invitations to the person's own confirmed address are found: anyone else's answer 404.
    let Some(invitation) = state
        .store
        .invitations_for(me.user().id)
        .await?
        .into_iter()
        .find(|i| i.id == id)
    else {
        return Err(WebError::NotFound);
    };
    let action = if accept {
        Action::InvitationAccepted
    } else {
        Action::InvitationDeclined
    };
    let actor = Actor::of(&state, &ctx, me.user())?;
    let store = actor.audited(action, &invitation.organisation_slug, &id.to_string());
    if store.answer_invitation(me.user().id, id, accept).await?.is_none() {
        return Err(WebError::NotFound);
    }
    let done = if accept { "accepted" } else { "declined" };
    Ok(Redirect::to(&format!("/invitations?done={done}")).into_response())
}
