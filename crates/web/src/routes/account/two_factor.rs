//! Two-factor authentication as people meet it: the second step of signing in (a code from an
//! authenticator app or a recovery code), and `/account/two-factor` to turn it on with a QR code,
//! renew the recovery codes or turn it off. Platform admins and moderators must have it on (the
//! `Moderator` and `PlatformAdmin` extractors send them here first); for everyone else it is a
//! choice.

use crate::audit::{Action, Actor};
use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, Utc};
use store::accounts::User;

use crate::auth::extract::SignedIn;
use crate::auth::two_factor::{self, Authenticator};
use crate::auth::{hash_token, random_token, set_cookie, token_cookie, Cookie};
use crate::ctx::Ctx;
use crate::forms::{Errors, Field, Form, FormData, FormPage};
use crate::views::Link;
use crate::views::{render, Chrome};
use crate::{AppState, WebError};

/// How long the code may take after a correct password.
const CODE_MINUTES: i64 = 5;
/// Wrong codes one login may try before it starts again from the password.
const CODE_ATTEMPTS: i64 = 5;

/// After a correct password: remembers the login for [`CODE_MINUTES`] and asks for the code.
pub(crate) async fn ask_for_code(state: &AppState, user_id: i64, ret: &str) -> Result<Response, WebError> {
    let challenge = random_token();
    state
        .store
        .create_login_challenge(
            &hash_token(&challenge),
            user_id,
            ret,
            Utc::now() + Duration::minutes(CODE_MINUTES),
        )
        .await?;
    let mut res = Redirect::to("/login/code").into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(state, Cookie::SecondFactor, &challenge, CODE_MINUTES * 60),
    );
    Ok(res)
}

fn code_page(ctx: &Ctx, errors: Errors) -> FormPage {
    let tr = &ctx.tr;
    FormPage {
        chrome: ctx.chrome("login"),
        title: tr.t("login-code-title"),
        intro: vec![tr.t("login-code-intro")],
        notice: None,
        form: Form::new("code", "/login/code", ctx.csrf(), tr.t("login-code-submit"))
            .field(
                Field::text("code", tr.t("login-code"))
                    .autocomplete("one-time-code")
                    .hint(tr.t("login-code-hint"))
                    .max(40)
                    .required(),
            )
            .errors(errors),
        links: vec![Link::new("/login", tr.t("login-code-start-again"))],
    }
}

/// `GET /login/code`.
pub async fn code_form(State(state): State<AppState>, ctx: Ctx, headers: HeaderMap) -> Result<Response, WebError> {
    if token_cookie(&headers, Cookie::SecondFactor.name(&state.settings)).is_none() {
        return Ok(Redirect::to("/login?done=code-expired").into_response());
    }
    Ok(render(&code_page(&ctx, Errors::default()))?.into_response())
}

/// `POST /login/code`: the second factor; a right code (or unused recovery code) opens the
/// session, five wrong ones send the person back to the password.
pub async fn code(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    form: FormData,
) -> Result<Response, WebError> {
    let expired = || Ok(Redirect::to("/login?done=code-expired").into_response());
    let Some(challenge) = token_cookie(&headers, Cookie::SecondFactor.name(&state.settings)) else {
        return expired();
    };
    let challenge = hash_token(challenge);
    let Some((user_id, ret, attempts)) = state.store.attempt_login_challenge(&challenge).await? else {
        return expired();
    };
    if attempts > CODE_ATTEMPTS {
        state.store.delete_login_challenge(&challenge).await?;
        return expired();
    }
    let Some((user, _)) = state.store.user_by_id(user_id).await? else {
        return expired();
    };
    let viewer = ctx.viewer()?.clone();
    let Some(how) = second_factor(&state, &user, form.get("code")).await? else {
        Actor::of(&state, &ctx, &user)?
            .audit(Action::LoginCodeFailed, &user.email, "")
            .await?;
        let mut errors = Errors::default();
        errors.add("code", ctx.tr.t("login-code-wrong"));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&code_page(&ctx, errors))?).into_response());
    };
    state.store.delete_login_challenge(&challenge).await?;
    // Recorded whatever the deletion found: a sign-in is logged even when a second request
    // removed the challenge first.
    Actor::of(&state, &ctx, &user)?
        .audit(Action::Login, &user.email, how)
        .await?;
    let mut res = crate::auth::open_session(&state, &viewer, &headers, user.id, &ret, ctx.tr.locale).await?;
    res.headers_mut()
        .append(header::SET_COOKIE, set_cookie(&state, Cookie::SecondFactor, "", 0));
    Ok(res)
}

/// Checks a code from the authenticator app (its time step used up) or a recovery code (used
/// up); says which it was, or None when it is neither.
async fn second_factor(state: &AppState, user: &User, typed: &str) -> Result<Option<&'static str>, WebError> {
    let Some((secret, _)) = state.store.totp(user.id).await? else {
        return Ok(None);
    };
    if let Some(step) = Authenticator::new(&secret, &user.email).and_then(|a| a.verify(typed, two_factor::now())) {
        return Ok(state
            .store
            .use_totp_step(user.id, step)
            .await?
            .then_some("password and authenticator code"));
    }
    Ok(state
        .store
        .use_recovery_code(user.id, &two_factor::recovery_hash(typed))
        .await?
        .then_some("password and recovery code"))
}

// ---- /account/two-factor ----

#[derive(Template)]
#[template(path = "account/two_factor.html")]
struct TwoFactorPage {
    chrome: Chrome,
    notice: Option<String>,
    /// Off: the secret to enrol, its QR code (base64 PNG) and the form.
    enrol: Option<(String, String, Form)>,
    /// On: recovery codes left, and the forms to renew them and to turn it off.
    on: Option<(i64, Form, Option<Form>)>,
    /// Recovery codes just made, shown this once.
    codes: Vec<String>,
}

fn password_and_code(ctx: &Ctx, id: &'static str, action: &str, submit: String, errors: Errors) -> Form {
    let tr = &ctx.tr;
    Form::new(id, action, ctx.csrf(), submit)
        .field(Field::password("current_password", tr.t("account-current-password"), "current-password").required())
        .field(
            Field::text("code", tr.t("login-code"))
                .autocomplete("one-time-code")
                .hint(tr.t("two-factor-code-hint"))
                .max(40)
                .required(),
        )
        .errors(errors)
}

/// What `/account/two-factor` shows besides its forms.
#[derive(Default)]
struct Shown {
    status: StatusCode,
    notice: Option<String>,
    errors: Errors,
    /// The secret being enrolled, kept when the confirmation failed.
    secret: Option<String>,
    /// Recovery codes just made.
    codes: Vec<String>,
}

async fn page(state: &AppState, ctx: &Ctx, user: &User, shown: Shown) -> Result<Response, WebError> {
    let tr = &ctx.tr;
    let Shown {
        status,
        notice,
        errors,
        secret,
        codes,
    } = shown;
    let (enrol, on) = if user.two_factor {
        let left = state.store.recovery_codes_left(user.id).await?;
        let renew = password_and_code(
            ctx,
            "two-factor-codes",
            "/account/two-factor/recovery-codes",
            tr.t("two-factor-renew"),
            errors.clone(),
        )
        .heading(tr.t("two-factor-renew-heading"));
        // Platform admins and moderators keep it on.
        let off = (!user.role.moderates()).then(|| {
            password_and_code(
                ctx,
                "two-factor-off",
                "/account/two-factor/off",
                tr.t("two-factor-turn-off"),
                errors,
            )
            .heading(tr.t("two-factor-off-heading"))
            .danger()
        });
        (None, Some((left, renew, off)))
    } else {
        let secret = secret.unwrap_or_else(Authenticator::new_secret);
        let qr = Authenticator::new(&secret, &user.email)
            .and_then(|a| a.qr_png_base64())
            .ok_or(WebError::Internal)?;
        let form = password_and_code(
            ctx,
            "two-factor-on",
            "/account/two-factor",
            tr.t("two-factor-turn-on"),
            errors,
        )
        .field(Field::hidden("secret", secret.clone()));
        (Some((secret, qr, form)), None)
    };
    let body = render(&TwoFactorPage {
        chrome: ctx.chrome("account"),
        notice,
        enrol,
        on,
        codes,
    })?;
    // The secret and the recovery codes are on this page: no cache may keep it.
    Ok((status, [(header::CACHE_CONTROL, "no-store")], body).into_response())
}

/// `GET /account/two-factor`.
pub async fn settings(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    axum::extract::RawQuery(raw): axum::extract::RawQuery,
) -> Result<Response, WebError> {
    let notice = match crate::forms::done_param(raw.as_deref()).as_deref() {
        Some("required") => Some(ctx.tr.t("two-factor-required")),
        _ => None,
    };
    page(
        &state,
        &ctx,
        me.user(),
        Shown {
            notice,
            ..Shown::default()
        },
    )
    .await
}

/// The password and a code of the authenticator with `secret`: the step of the code, or the
/// errors to show.
async fn confirm(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    form: &FormData,
    secret: &str,
) -> Result<Result<i64, Errors>, WebError> {
    let mut errors = Errors::default();
    let given = form.get("current_password");
    if !crate::routes::account::current_password_matches(state, ctx, user, "two-factor", given).await? {
        errors.add("current_password", ctx.tr.t("account-error-current-password"));
    }
    let step = Authenticator::new(secret, &user.email).and_then(|a| a.verify(form.get("code"), two_factor::now()));
    if step.is_none() {
        errors.add("code", ctx.tr.t("login-code-wrong"));
    }
    Ok(match step {
        Some(step) if errors.is_empty() => Ok(step),
        _ => Err(errors),
    })
}

/// Ten new recovery codes: (shown once, their hashes for the store).
fn fresh_codes() -> (Vec<String>, Vec<String>) {
    let codes = two_factor::recovery_codes();
    let hashes = codes.iter().map(|c| two_factor::recovery_hash(c)).collect();
    (codes, hashes)
}

/// `POST /account/two-factor`: turns it on once the password and a code of the new secret match.
pub async fn turn_on(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    form: FormData,
) -> Result<Response, WebError> {
    let user = me.user();
    if user.two_factor {
        return Err(WebError::Conflict("two-factor-already-on"));
    }
    let secret = form.get("secret").trim().to_owned();
    if Authenticator::new(&secret, &user.email).is_none() {
        return Err(crate::routes::bad_parameter("secret", "is not a secret this page made"));
    }
    let step = match confirm(&state, &ctx, user, &form, &secret).await? {
        Ok(step) => step,
        Err(errors) => {
            let shown = Shown {
                status: StatusCode::UNPROCESSABLE_ENTITY,
                errors,
                secret: Some(secret),
                ..Shown::default()
            };
            return page(&state, &ctx, user, shown).await;
        }
    };
    let (codes, hashes) = fresh_codes();
    Actor::of(&state, &ctx, user)?
        .audited(Action::TwoFactorOn, &user.email, "")
        .enable_totp(user.id, &secret, step, &hashes)
        .await?;
    let mut now_on = user.clone();
    now_on.two_factor = true;
    let notice = Some(ctx.tr.t("two-factor-done-on"));
    page(
        &state,
        &ctx,
        &now_on,
        Shown {
            notice,
            codes,
            ..Shown::default()
        },
    )
    .await
}

/// The password and a current code of the person's own authenticator (or a recovery code).
async fn confirm_current(state: &AppState, ctx: &Ctx, user: &User, form: &FormData) -> Result<Errors, WebError> {
    let mut errors = Errors::default();
    let given = form.get("current_password");
    if !crate::routes::account::current_password_matches(state, ctx, user, "two-factor", given).await? {
        errors.add("current_password", ctx.tr.t("account-error-current-password"));
        return Ok(errors);
    }
    if second_factor(state, user, form.get("code")).await?.is_none() {
        errors.add("code", ctx.tr.t("login-code-wrong"));
    }
    Ok(errors)
}

/// `POST /account/two-factor/recovery-codes`: ten new codes; the old ones stop working.
pub async fn renew_codes(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    form: FormData,
) -> Result<Response, WebError> {
    let user = me.user();
    if !user.two_factor {
        return Err(WebError::Conflict("two-factor-not-on"));
    }
    let errors = confirm_current(&state, &ctx, user, &form).await?;
    if !errors.is_empty() {
        let shown = Shown {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            errors,
            ..Shown::default()
        };
        return page(&state, &ctx, user, shown).await;
    }
    let (codes, hashes) = fresh_codes();
    let actor = Actor::of(&state, &ctx, user)?;
    actor
        .audited(Action::RecoveryCodesRenewed, &user.email, "")
        .replace_recovery_codes(user.id, &hashes)
        .await?;
    let notice = Some(ctx.tr.t("two-factor-done-renewed"));
    page(
        &state,
        &ctx,
        user,
        Shown {
            notice,
            codes,
            ..Shown::default()
        },
    )
    .await
}

/// `POST /account/two-factor/off`: for people who may go without it (not admins or moderators).
pub async fn turn_off(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    form: FormData,
) -> Result<Response, WebError> {
    let user = me.user();
    if !user.two_factor {
        return Err(WebError::Conflict("two-factor-not-on"));
    }
    if user.role.moderates() {
        return Err(WebError::Conflict("two-factor-required-role"));
    }
    let errors = confirm_current(&state, &ctx, user, &form).await?;
    if !errors.is_empty() {
        let shown = Shown {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            errors,
            ..Shown::default()
        };
        return page(&state, &ctx, user, shown).await;
    }
    Actor::of(&state, &ctx, user)?
        .audited(Action::TwoFactorOff, &user.email, "")
        .disable_totp(user.id)
        .await?;
    Ok(Redirect::to("/account?done=two-factor-off").into_response())
}
