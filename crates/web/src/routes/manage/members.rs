//! An organisation's members and the invitations it sends.

use super::*;
use crate::audit::{Action, Actor};

#[derive(Template)]
#[template(path = "manage/members.html")]
pub(super) struct MembersPage {
    chrome: Chrome,
    org: Organisation,
    members: Vec<OrgMember>,
    invitations: Vec<Invitation>,
    me: i64,
    invite: Form,
    notice: Option<String>,
}

impl MembersPage {
    fn role_label(&self, role: &str) -> String {
        self.chrome.tr.t(format!("org-role-{role}"))
    }
}

pub(super) async fn members_page(
    state: &AppState,
    ctx: &Ctx,
    me: &SignedIn,
    org: Organisation,
    email: &str,
    errors: Errors,
    notice: Option<String>,
) -> Result<MembersPage, WebError> {
    let tr = &ctx.tr;
    let roles = options(OrgRole::ALL, |r| r.to_string(), |r| tr.t(r.message_id()));
    let invite = Form::new(
        "invite",
        format!("/organisations/{}/members", org.slug),
        ctx.csrf(),
        tr.t("members-invite"),
    )
    .heading(tr.t("members-invite-heading"))
    .field(
        Field::email("email", tr.t("account-email"))
            .value(email)
            .required()
            .hint(tr.t("members-invite-hint")),
    )
    .field(Field::select("role", tr.t("account-role"), roles, "member"))
    .errors(errors);
    Ok(MembersPage {
        chrome: ctx.chrome("organisations"),
        members: state.store.org_members(org.id).await?,
        invitations: state.store.invitations_of(org.id).await?,
        me: me.user().id,
        org,
        invite,
        notice,
    })
}

pub async fn members(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    access::require_admin(&state, me.user(), org.id).await?;
    let page = members_page(&state, &ctx, &me, org, "", Errors::default(), None).await?;
    Ok(render(&page)?.into_response())
}

pub async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let org = organisation(&state, &slug).await?;
    access::require_admin(&state, me.user(), org.id).await?;
    let email = Email::parse(form.get("email"));
    let role = form.get("role").parse::<OrgRole>();
    let (Ok(email), Ok(role)) = (&email, role) else {
        let mut errors = Errors::default();
        if email.is_err() {
            errors.add("email", tr.t("account-error-email"));
        } else {
            errors.add("role", tr.t("form-error-choice"));
        }
        let page = members_page(&state, &ctx, &me, org, form.get("email"), errors, None).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
    };
    // Nobody is attached without consent: everyone invited receives an invitation and holds the
    // role only once they accept it while signed in. The answer is the same whether the address
    // has an account, and the lookup and the mail happen after it, so neither the words nor the
    // time taken tell the inviter who has one.
    Actor::of(&state, &ctx, me.user())?
        .audited(Action::MemberInvited, org.slug.as_str(), &format!("{email} as {role}"))
        .invite(org.id, email, role, me.user().id)
        .await?;
    let (background, address, name) = (state.clone(), email.clone(), org.profile.name.clone());
    let locale = tr.locale;
    tokio::spawn(async move {
        let has_account = match background.store.user_by_email(&address).await {
            Ok(found) => found.is_some_and(|(u, _)| u.email_confirmed),
            Err(e) => {
                tracing::error!(error = %e, "invitation lookup failed");
                return;
            }
        };
        let path = if has_account { "/invitations" } else { "/register" };
        if let Err(e) = send_invitation(&background, locale, address.as_str(), has_account, &name, role, path).await {
            tracing::error!(error = ?e, "invitation mail failed");
        }
    });
    let notice = tr.t2(
        "members-invited",
        "email",
        email.as_str(),
        "days",
        store::accounts::INVITATION_DAYS,
    );
    let page = members_page(&state, &ctx, &me, org, "", Errors::default(), Some(notice)).await?;
    Ok(render(&page)?.into_response())
}

/// The invitation, in the invitee's language when they have an account, else in the inviter's.
pub(super) async fn send_invitation(
    state: &AppState,
    inviter: Locale,
    to: &str,
    member: bool,
    org: &str,
    role: OrgRole,
    path: &str,
) -> Result<(), WebError> {
    let link = state.settings.link(path);
    crate::notify::send_or_fail(
        state,
        to,
        inviter,
        crate::notify::organisations::invited(member, org, role, &link),
    )
    .await
}

pub async fn remove_member(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((slug, user)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    access::require_admin(&state, me.user(), org.id).await?;
    let user = crate::routes::path_id(&user)?;
    let members = state.store.org_members(org.id).await?;
    let Some(target) = members.iter().find(|m| m.user_id == user) else {
        return Err(WebError::NotFound);
    };
    // The store refuses to remove the last admin (members-error-last-admin).
    let actor = Actor::of(&state, &ctx, me.user())?;
    actor
        .audited(Action::MemberRemoved, org.slug.as_str(), &target.email)
        .remove_org_role(user, org.id)
        .await?;
    Ok(Redirect::to(&format!("/organisations/{}/members", org.slug)).into_response())
}

pub async fn withdraw_invitation(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    access::require_admin(&state, me.user(), org.id).await?;
    let id = crate::routes::path_id(&id)?;
    let actor = Actor::of(&state, &ctx, me.user())?;
    if !actor
        .audited(Action::InvitationWithdrawn, org.slug.as_str(), &id.to_string())
        .withdraw_invitation(org.id, id)
        .await?
    {
        return Err(WebError::NotFound);
    }
    Ok(Redirect::to(&format!("/organisations/{}/members", org.slug)).into_response())
}
