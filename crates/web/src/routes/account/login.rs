//! Signing in and out.

use super::*;
use crate::views::Link;

pub(super) fn login_fields(ctx: &Ctx, email: &str, ret: &str, errors: Errors) -> Form {
    let tr = &ctx.tr;
    Form::new("login", "/login", ctx.csrf(), tr.t("login-submit"))
        .field(Field::email("email", tr.t("account-email")).value(email).required())
        .field(Field::password("password", tr.t("account-password"), "current-password").required())
        .field(Field::hidden("return", ret))
        .errors(errors)
}

pub(super) fn login_page(ctx: &Ctx, email: &str, ret: &str, errors: Errors, notice_key: &str) -> FormPage {
    let tr = &ctx.tr;
    let mut page = form_page(
        ctx,
        "login",
        tr.t("login-title"),
        vec![],
        login_fields(ctx, email, ret, errors),
    );
    page.notice = notice(tr, notice_key);
    page.links = vec![
        Link::new("/password/forgot", tr.t("login-forgot")),
        Link::new("/register", tr.t("login-register")),
    ];
    page
}

pub async fn login_form(ctx: Ctx, Query(q): Query<PageQuery>) -> Result<Response, WebError> {
    if ctx.user().is_some() {
        return Ok(Redirect::to(&safe_return(&q.ret).unwrap_or_else(|| "/dashboard".into())).into_response());
    }
    Ok(render(&login_page(&ctx, "", &q.ret, Errors::default(), &q.done))?.into_response())
}

pub async fn login(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: axum::http::HeaderMap,
    form: FormData,
) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let v = ctx.viewer()?.clone();
    let ret = form.get("return");
    let fail = |status: StatusCode, field: &str, message: String| {
        let mut errors = Errors::default();
        errors.add(field, message);
        with_status(status, &login_page(&ctx, form.get("email"), ret, errors, ""))
    };
    let Ok(email) = Email::parse(form.get("email")) else {
        return fail(StatusCode::UNPROCESSABLE_ENTITY, "email", tr.t("account-error-email"));
    };
    // Counted before the password is checked, so a burst of guesses cannot outrun the count.
    let gate = throttle::attempt(
        &state,
        &throttle::LOGIN_PER_ACCOUNT,
        email.as_str(),
        &throttle::LOGIN_PER_IP,
        &v.ip,
        true,
        Action::LoginThrottled,
    )
    .await?;
    let entry = match gate {
        throttle::Gate::Refused { minutes } => {
            return fail(
                StatusCode::TOO_MANY_REQUESTS,
                "",
                tr.t1("error-throttled", "minutes", minutes),
            );
        }
        throttle::Gate::Go { entry, delayed } => {
            if delayed {
                tokio::time::sleep(throttle::LOCKED_ACCOUNT_DELAY).await;
            }
            entry
        }
    };
    let found = state.store.user_by_email(&email).await?;
    let hash = found.as_ref().and_then(|(_, h)| h.as_deref());
    let ok = state.passwords.verify(form.get("password"), hash).await?;
    let user = match (found, ok) {
        (Some((user, _)), true) => user,
        (found, _) => {
            settle_login(
                &state,
                entry,
                found.as_ref().map(|(u, _)| u),
                &email,
                Action::LoginFailed,
                "",
            )
            .await?;
            return fail(StatusCode::UNAUTHORIZED, "", tr.t("login-failed"));
        }
    };
    if !user.email_confirmed {
        settle_login(&state, entry, Some(&user), &email, Action::LoginUnconfirmed, "").await?;
        mail_token(
            &state,
            &state.store,
            &tr,
            &user,
            &user.email,
            TokenPurpose::ConfirmEmail,
            None,
        )
        .await?;
        return fail(StatusCode::FORBIDDEN, "", tr.t("login-unconfirmed"));
    }
    if user.two_factor {
        // The password was right; the session opens once the second factor is given too.
        settle_login(&state, entry, Some(&user), &email, Action::LoginPassword, "code asked").await?;
        return crate::routes::account::two_factor::ask_for_code(&state, user.id, ret).await;
    }
    settle_login(&state, entry, Some(&user), &email, Action::Login, "password").await?;
    auth::open_session(&state, &v, &headers, user.id, ret, tr.locale).await
}

/// Writes what became of a login attempt into the audit entry that counted it.
pub(super) async fn settle_login(
    state: &AppState,
    entry: i64,
    user: Option<&User>,
    email: &Email,
    action: Action,
    detail: &str,
) -> Result<(), WebError> {
    let event = store::audit::AuditEvent {
        actor_id: user.map(|u| u.id),
        actor: user.map(|u| u.email.as_str()).unwrap_or("-"),
        action,
        subject: email.as_str(),
        detail,
        ip: None,
    };
    Ok(state.store.settle_audit(entry, event).await?)
}

pub async fn logout(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let v = ctx.viewer()?;
    if let Some(h) = &v.session_hash {
        let who = ctx.user().map(|u| u.email.as_str()).unwrap_or("");
        Actor::anyone(&state, &ctx)?
            .audited(Action::Logout, who, "")
            .delete_session(h)
            .await?;
    }
    let mut res = Redirect::to("/login?done=logged-out").into_response();
    res.headers_mut()
        .append(header::SET_COOKIE, set_cookie(&state, auth::Cookie::Session, "", 0));
    Ok(res)
}
