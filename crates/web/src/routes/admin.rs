//! Moderation (claims on organisation profiles) and platform administration (people, their
//! roles, and the audit log).

use askama::Template;
use axum::extract::{Path, Query, RawQuery, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::PlatformRole;
use serde::Deserialize;
use store::accounts::{Claim, User};
use store::audit::AuditEntry;

use crate::audit::{Action, Actor};
use crate::auth::extract::{Moderator, PlatformAdmin};
use crate::ctx::Ctx;
use crate::forms::FormData;
use crate::routes::path_id;
use crate::views::{pagination, render, url, Chrome, PageLink};
use crate::{AppState, WebError};

const PAGE: u32 = 50;

#[derive(Template)]
#[template(path = "admin/claims.html")]
struct ClaimsPage {
    chrome: Chrome,
    notice: Option<String>,
    claims: Vec<Claim>,
}

impl ClaimsPage {
    fn date(&self, t: &chrono::DateTime<chrono::Utc>) -> String {
        self.chrome.moment(t)
    }
}

pub async fn claims(
    State(state): State<AppState>,
    ctx: Ctx,
    _m: Moderator,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let notice = match crate::forms::done_param(raw.as_deref()).as_deref() {
        Some("approved") => Some(ctx.tr.t("claims-done-approved")),
        Some("rejected") => Some(ctx.tr.t("claims-done-rejected")),
        _ => None,
    };
    Ok(render(&ClaimsPage {
        chrome: ctx.chrome("moderation"),
        notice,
        claims: state.store.pending_claims().await?,
    })?
    .into_response())
}

pub async fn approve_claim(
    State(state): State<AppState>,
    ctx: Ctx,
    Moderator(m): Moderator,
    Path(claim): Path<String>,
) -> Result<Response, WebError> {
    let claim = path_id(&claim)?;
    let found = state.store.claim(claim).await?.ok_or(WebError::NotFound)?;
    crate::access::not_own_request(&state, &m.user, Some(found.user_id), None).await?;
    let actor = Actor::of(&state, &ctx, &m.user)?;
    let slug = actor
        .audited(Action::ClaimApproved, &claim_subject(&found), &found.user_email)
        .approve_claim(claim, m.user.id)
        .await?;
    let link = state.settings.link(&format!("/organisations/{slug}/edit"));
    // The decision stands if the mail fails; the claimant also sees it on their account page.
    crate::notify::tell(
        &state,
        &found.user_email,
        ctx.tr.locale,
        crate::notify::organisations::claim_approved(&link),
    )
    .await;
    Ok(Redirect::to("/moderation/claims?done=approved").into_response())
}

/// What a claim's audit entries name: the profile claimed, or the one it asks to create.
fn claim_subject(c: &Claim) -> String {
    c.organisation
        .as_ref()
        .map(|(slug, _)| slug.clone())
        .or_else(|| c.draft.as_ref().map(|d| format!("new: {}", d.name)))
        .unwrap_or_default()
}

pub async fn reject_claim(
    State(state): State<AppState>,
    ctx: Ctx,
    Moderator(m): Moderator,
    Path(claim): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let claim = path_id(&claim)?;
    let found = state.store.claim(claim).await?.ok_or(WebError::NotFound)?;
    crate::access::not_own_request(&state, &m.user, Some(found.user_id), None).await?;
    let reason: String = form.get("reason").trim().chars().take(500).collect();
    let actor = Actor::of(&state, &ctx, &m.user)?;
    actor
        .audited(Action::ClaimRejected, &claim_subject(&found), &reason)
        .reject_claim(claim, m.user.id, &reason)
        .await?;
    crate::notify::tell(
        &state,
        &found.user_email,
        ctx.tr.locale,
        crate::notify::organisations::claim_rejected(&reason),
    )
    .await;
    Ok(Redirect::to("/moderation/claims?done=rejected").into_response())
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    offset: String,
}

impl ListQuery {
    fn offset(&self) -> u32 {
        self.offset.parse().unwrap_or(0).min(1_000_000)
    }
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    chrome: Chrome,
    q: String,
    users: Vec<User>,
    total: i64,
    pages: Vec<PageLink>,
    me: i64,
}

impl UsersPage {
    fn roles(&self) -> &'static [PlatformRole] {
        PlatformRole::ALL
    }
    fn date(&self, t: &chrono::DateTime<chrono::Utc>) -> String {
        self.chrome.tr.date(t.date_naive())
    }
}

pub async fn users(
    State(state): State<AppState>,
    ctx: Ctx,
    PlatformAdmin(a): PlatformAdmin,
    Query(q): Query<ListQuery>,
) -> Result<Response, WebError> {
    let needle: String = q.q.chars().take(100).collect();
    let (users, total) = state.store.list_users(&needle, PAGE, q.offset()).await?;
    let pages = pagination(&ctx.tr, total, PAGE, q.offset(), |o| {
        url("/admin/users", &[("q", needle.clone()), ("offset", o.to_string())])
    });
    Ok(render(&UsersPage {
        chrome: ctx.chrome("admin"),
        q: needle,
        users,
        total,
        pages,
        me: a.user.id,
    })?
    .into_response())
}

pub async fn set_role(
    State(state): State<AppState>,
    ctx: Ctx,
    PlatformAdmin(a): PlatformAdmin,
    Path(user): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let user = path_id(&user)?;
    let role: PlatformRole = form.get("role").parse().map_err(|_| {
        WebError::InvalidParameter(domain::FilterError {
            parameter: "role".into(),
            message: format!(
                "must be one of {}",
                PlatformRole::ALL
                    .iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        })
    })?;
    let (target, _) = state.store.user_by_id(user).await?.ok_or(WebError::NotFound)?;
    // The store refuses to demote the last admin (account-error-last-admin).
    let actor = Actor::of(&state, &ctx, &a.user)?;
    actor
        .audited(
            Action::RoleChanged,
            &target.email,
            &format!("{} → {}", target.role, role),
        )
        .set_platform_role(user, role)
        .await?;
    Ok(Redirect::to("/admin/users").into_response())
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    chrome: Chrome,
    action: String,
    actions: &'static [Action],
    entries: Vec<AuditEntry>,
    total: i64,
    pages: Vec<PageLink>,
}

impl AuditPage {
    /// To the second: the log is read to reconstruct what happened in which order.
    fn date(&self, t: &chrono::DateTime<chrono::Utc>) -> String {
        format!("{} {} UTC", self.chrome.tr.date(t.date_naive()), t.format("%H:%M:%S"))
    }
}

pub async fn audit_log(
    State(state): State<AppState>,
    ctx: Ctx,
    _a: PlatformAdmin,
    Query(q): Query<ListQuery>,
) -> Result<Response, WebError> {
    // An unknown action (an old link, a hand-written address) lists everything.
    let action = q.action.parse::<Action>().ok();
    let (entries, total) = state.store.audit_entries(action, PAGE, q.offset()).await?;
    let a = action.map_or("", Action::as_str).to_owned();
    let pages = pagination(&ctx.tr, total, PAGE, q.offset(), |o| {
        url("/admin/audit", &[("action", a.clone()), ("offset", o.to_string())])
    });
    Ok(render(&AuditPage {
        chrome: ctx.chrome("admin"),
        action: a,
        actions: Action::ALL,
        entries,
        total,
        pages,
    })?
    .into_response())
}
