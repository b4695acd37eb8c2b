//! Personal data: export and erasure, and API tokens.

use super::*;
use crate::audit::{Action, Actor};

/// Everything stored about the person, as a JSON download (GDPR articles 15 and 20).
pub async fn export(State(state): State<AppState>, ctx: Ctx, me: SignedIn) -> Result<Response, WebError> {
    let user = me.user();
    let actor = Actor::of(&state, &ctx, user)?;
    // Reading changes nothing: the export is recorded on its own.
    let data = state.store.personal_data(user.id).await?;
    actor.audit(Action::PersonalDataExported, &user.email, "").await?;
    let mut data = serde_json::to_value(&data).map_err(|_| WebError::Internal)?;
    data["events"] = event_data(&state, user.id).await?;
    data["service_requests"] =
        serde_json::to_value(state.store.service_requests_by_user(user.id).await?).map_err(|_| WebError::Internal)?;
    let body = serde_json::to_string_pretty(&data).map_err(|_| WebError::Internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"clusterhub-personal-data-{}.json\"", user.id),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response())
}

/// What a person did at events: registrations with their B2B profile, availability and meeting
/// requests, mission applications they submitted and scores they gave as an evaluator, the B2B
/// events they are (or were told they are) a table steward of, and the meeting outcomes they
/// recorded as one.
pub(super) async fn event_data(state: &AppState, user_id: i64) -> Result<serde_json::Value, WebError> {
    let mut registrations = Vec::new();
    for (e, _) in state.store.events_of_user(user_id).await? {
        let Some(seat) = state.store.registration(e.id, user_id).await? else {
            continue;
        };
        let r = match seat {
            store::events::Seat::Confirmed(r) | store::events::Seat::Waitlisted { registration: r, .. } => r,
        };
        let requests = state.store.meeting_requests_of(r.id).await?;
        // One's own answers about what came of meetings, and the reminders one was sent.
        let (outcomes, reminders) = state.store.follow_up_of(r.id).await?;
        // The marks one made on other participants (must meet, would like to, no thanks).
        let preferences = state.store.preferences_of(r.id).await?;
        // The day itself: check-in and out, what each side said of one's meetings, the group
        // meetings one was in and the limits the organiser set for one.
        let reports = state.store.meeting_reports_of(r.id).await?;
        let groups = state.store.group_meetings_of(e.id, r.id).await?;
        let limits = state
            .store
            .meeting_limits(e.id)
            .await?
            .into_iter()
            .find(|(id, _)| *id == r.id)
            .map(|(_, l)| l);
        registrations.push(serde_json::json!({
            "check_in": state.store.presence_of(r.id).await?,
            "meeting_reports": reports,
            "group_meetings": groups,
            "meeting_limits": limits,
            "event": {"id": e.id, "title": e.draft.title, "starts_at": e.starts_at},
            "registration": r,
            "meeting_requests": requests,
            "meeting_outcomes": outcomes,
            "meeting_reminders": reminders,
            "meeting_preferences": preferences,
        }));
    }
    Ok(serde_json::json!({
        "registrations": registrations,
        "mission_applications": state.store.applications_by_user(user_id).await?,
        "mission_scores_given": state.store.scores_by_evaluator(user_id).await?,
        "steward_roles": state.store.steward_roles_of(user_id).await?,
        "steward_notices": state.store.steward_notices_of(user_id).await?,
        "steward_meeting_reports": state.store.steward_reports_by(user_id).await?,
    }))
}

/// Erases the account (GDPR article 17); organisation profiles it edited stay.
pub async fn erase(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    form: FormData,
) -> Result<Response, WebError> {
    let user = me.user();
    if let Some(failed) = check_password(&state, &ctx, user, "delete", form.get("current_password")).await? {
        return refuse(&state, &ctx, user, failed).await;
    }
    if !form.checked("confirm") {
        let failed = Failed::new("delete", "confirm", ctx.tr.t("account-error-delete-confirm"));
        return refuse(&state, &ctx, user, failed).await;
    }
    let anonymised = format!("erased account #{}", user.id);
    let erasure = state.store.audited(store::audit::AuditEvent {
        actor: &anonymised,
        subject: &anonymised,
        ip: Some(&ctx.viewer()?.ip),
        ..store::audit::AuditEvent::of(Action::AccountErased)
    });
    if let Err(e) = erasure.erase_user(user.id, &anonymised).await {
        if matches!(e, store::StoreError::LastPlatformAdmin) {
            let failed = Failed::new("delete", "", ctx.tr.t("account-error-last-admin"));
            return account_page(&state, &ctx, user, StatusCode::CONFLICT, failed, "", None).await;
        }
        return Err(e.into());
    }
    let mut res = Redirect::to("/login?done=account-erased").into_response();
    res.headers_mut()
        .append(header::SET_COOKIE, set_cookie(&state, auth::Cookie::Session, "", 0));
    Ok(res)
}

/// Prefix of every personal API token, so a leaked one is easy to recognise (and to scan for).
pub const TOKEN_PREFIX: &str = "chub_";

pub async fn create_token(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    form: FormData,
) -> Result<Response, WebError> {
    let user = me.user();
    let name = form.get("name").trim();
    let scope = form.get("scope").parse::<TokenScope>();
    let invalid_name = name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control);
    if invalid_name || scope.is_err() {
        let mut failed = if invalid_name {
            Failed::new("token", "name", ctx.tr.t("token-error-name"))
        } else {
            Failed::new("token", "scope", ctx.tr.t("token-error-scope"))
        };
        failed.values.push(("name", name.to_owned()));
        return refuse(&state, &ctx, user, failed).await;
    }
    let scope = scope.map_err(|_| WebError::Internal)?;
    let secret = format!("{TOKEN_PREFIX}{}", random_token());
    let prefix: String = secret.chars().take(12).collect();
    Actor::of(&state, &ctx, user)?
        .audited(Action::TokenCreated, name, scope.as_str())
        .create_api_token(user.id, name, &hash_token(&secret), &prefix, scope)
        .await?;
    let mut res = account_page(
        &state,
        &ctx,
        user,
        StatusCode::CREATED,
        Failed::default(),
        "",
        Some(secret),
    )
    .await?;
    res.headers_mut()
        .insert(header::CACHE_CONTROL, header::HeaderValue::from_static("no-store"));
    Ok(res)
}

pub async fn revoke_token(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let user = me.user();
    let id = crate::routes::path_id(&id)?;
    let actor = Actor::of(&state, &ctx, user)?;
    let store = actor.audited(Action::TokenRevoked, &id.to_string(), "");
    if !store.revoke_api_token(user.id, id).await? {
        return Err(WebError::NotFound);
    }
    Ok(Redirect::to("/account?done=token-revoked").into_response())
}
