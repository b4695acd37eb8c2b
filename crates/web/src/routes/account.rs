//! Accounts: registration with e-mail confirmation, login and logout, password reset, and the
//! account page (name, password, address, API tokens, personal data export, erasure).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, Utc};
use domain::{DisplayName, Email, Password, PlatformRole, TokenScope};
use serde::Deserialize;
use store::accounts::{ApiToken, Claim, Membership, TokenPurpose, User};
use store::StoreError;

use crate::auth::extract::SignedIn;
use crate::auth::{self, audit, hash_token, random_token, set_cookie, throttle};
use crate::ctx::Ctx;
use crate::forms::{safe_return, Errors, Field, Form, FormData, FormPage};
use crate::i18n::{Locale, Tr};
use crate::notify::Mail;
use crate::views::{render, Chrome};
use crate::{AppState, WebError};

const CONFIRM_HOURS: i64 = 48;
const RESET_MINUTES: i64 = 60;

/// Notices a page shows after a redirect (`?done=…`), by key; anything else is ignored.
const NOTICES: &[&str] = &[
    "confirmed",
    "code-expired",
    "two-factor-on",
    "two-factor-off",
    "password-reset",
    "password-changed",
    "password-changed-tokens",
    "email-sent",
    "email-changed",
    "profile-saved",
    "token-revoked",
    "logged-out",
    "account-erased",
    "claim-filed",
];

#[derive(Deserialize, Default)]
pub struct PageQuery {
    #[serde(default)]
    done: String,
    #[serde(default)]
    token: String,
    #[serde(default, rename = "return")]
    ret: String,
}

/// The translated notice for `?done=key`, when the key is known.
pub fn notice(tr: &Tr, done: &str) -> Option<String> {
    NOTICES.contains(&done).then(|| tr.t(format!("notice-{done}")))
}

fn form_page(ctx: &Ctx, active: &'static str, title: String, intro: Vec<String>, form: Form) -> FormPage {
    FormPage {
        chrome: ctx.chrome(active),
        title,
        intro,
        notice: None,
        form,
        links: vec![],
    }
}

fn with_status(status: StatusCode, page: &impl Template) -> Result<Response, WebError> {
    Ok((status, render(page)?).into_response())
}

/// A page that only says something (a link was sent, a link is no longer valid).
fn message_page(ctx: &Ctx, status: StatusCode, title: String, lines: Vec<String>) -> Result<Response, WebError> {
    #[derive(Template)]
    #[template(path = "message.html")]
    struct MessagePage {
        chrome: Chrome,
        title: String,
        lines: Vec<String>,
    }
    with_status(
        status,
        &MessagePage {
            chrome: ctx.chrome(""),
            title,
            lines,
        },
    )
}

/// Creates a one-time token and mails its link.
async fn mail_token(
    state: &AppState,
    tr: &Tr,
    user: &User,
    to: &str,
    purpose: TokenPurpose,
    new_email: Option<&Email>,
) -> Result<(), WebError> {
    let token = random_token();
    let (lifetime, path, kind) = match purpose {
        TokenPurpose::ConfirmEmail => (Duration::hours(CONFIRM_HOURS), "/confirm", "confirm"),
        TokenPurpose::ResetPassword => (Duration::minutes(RESET_MINUTES), "/password/reset", "reset"),
        TokenPurpose::ChangeEmail => (Duration::hours(CONFIRM_HOURS), "/account/email/confirm", "change-email"),
    };
    state
        .store
        .create_email_token(&hash_token(&token), user.id, purpose, new_email, Utc::now() + lifetime)
        .await?;
    let link = state.settings.link(&format!("{path}?token={token}"));
    // A new address has no account yet: the mail follows the account's language there too.
    let fallback = user
        .language
        .as_deref()
        .and_then(Locale::from_code)
        .unwrap_or(tr.locale);
    crate::notify::send_or_fail(state, to, fallback, |tr| {
        Mail::new(
            tr.t(format!("mail-{kind}-subject")),
            tr.tn(
                &format!("mail-{kind}-body"),
                vec![
                    ("name", user.display_name.as_str().into()),
                    ("link", link.as_str().into()),
                ],
            ),
        )
    })
    .await
}

// ---- registration ----

fn registration_form(ctx: &Ctx, name: &str, email: &str, errors: Errors) -> Form {
    let tr = &ctx.tr;
    Form::new("register", "/register", ctx.csrf(), tr.t("register-submit"))
        .field(
            Field::text("display_name", tr.t("account-display-name"))
                .value(name)
                .required()
                .autocomplete("name")
                .max(domain::account::MAX_DISPLAY_NAME),
        )
        .field(Field::email("email", tr.t("account-email")).value(email).required())
        .field(
            Field::password("password", tr.t("account-password"), "new-password")
                .required()
                .hint(tr.t1("account-password-hint", "min", domain::account::MIN_PASSWORD as i64)),
        )
        .errors(errors)
}

fn register_form_page(ctx: &Ctx, name: &str, email: &str, errors: Errors) -> FormPage {
    let mut page = form_page(
        ctx,
        "register",
        ctx.tr.t("register-title"),
        vec![ctx.tr.t("register-intro")],
        registration_form(ctx, name, email, errors),
    );
    page.links = vec![("/login".into(), ctx.tr.t("register-have-account"))];
    page
}

pub async fn register_form(ctx: Ctx) -> Result<Response, WebError> {
    if ctx.user().is_some() {
        return Ok(Redirect::to("/dashboard").into_response());
    }
    Ok(render(&register_form_page(&ctx, "", "", Errors::default()))?.into_response())
}

/// What the password field says when a password is refused.
fn weak_password(tr: &Tr, e: domain::account::WeakPassword) -> String {
    use domain::account::WeakPassword as W;
    match e {
        W::Common => tr.t("account-error-password-common"),
        W::Guessable => tr.t("account-error-password-guessable"),
        W::TooShort | W::TooLong | W::Repeated | W::IsEmail => {
            tr.t1("account-error-password", "min", domain::account::MIN_PASSWORD as i64)
        }
    }
}

pub async fn register(State(state): State<AppState>, ctx: Ctx, form: FormData) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let v = ctx.viewer()?.clone();
    let mut errors = Errors::default();
    let name = DisplayName::parse(form.get("display_name"))
        .map_err(|_| errors.add("display_name", tr.t("account-error-display-name")))
        .ok();
    let email = Email::parse(form.get("email"))
        .map_err(|_| errors.add("email", tr.t("account-error-email")))
        .ok();
    let password = Password::parse(form.get("password"), email.as_ref())
        .map_err(|e| errors.add("password", weak_password(&tr, e)))
        .ok();
    let (Some(name), Some(email), Some(password)) = (name, email, password) else {
        let page = register_form_page(&ctx, form.get("display_name"), form.get("email"), errors);
        return with_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    // Every registration sends a mail to the address given: anyone could otherwise make the
    // platform mail any address over and over. Counted before the password is hashed.
    let gate = throttle::attempt(
        &state,
        &throttle::REGISTER_PER_ADDRESS,
        email.as_str(),
        &throttle::REGISTER_PER_IP,
        &v.ip,
        false,
        "registration_throttled",
    )
    .await?;
    if let throttle::Gate::Refused { minutes } = gate {
        let mut errors = Errors::default();
        errors.add("", tr.t1("error-throttled", "minutes", minutes));
        let page = register_form_page(&ctx, form.get("display_name"), email.as_str(), errors);
        return with_status(StatusCode::TOO_MANY_REQUESTS, &page);
    }
    let hash = state.passwords.hash(&password).await?;
    match state
        .store
        .create_user(&email, name.as_str(), Some(&hash), PlatformRole::User)
        .await
    {
        Ok(user) => {
            // Mail to the new account, from anyone, is written in the language it registered in.
            state.store.set_language(user.id, tr.locale.code()).await?;
            audit(&state, &v, Some(&user), "register", email.as_str(), "").await?;
            mail_token(&state, &tr, &user, email.as_str(), TokenPurpose::ConfirmEmail, None).await?;
        }
        Err(StoreError::Conflict(store::Conflict::Email)) => {
            // The same answer as for a new address, so the form does not reveal who has an
            // account; the owner of the address learns what happened by mail.
            crate::notify::send_or_fail(&state, email.as_str(), tr.locale, |tr| {
                Mail::new(
                    tr.t("mail-exists-subject"),
                    tr.t1("mail-exists-body", "link", state.settings.link("/password/forgot")),
                )
            })
            .await?;
        }
        Err(e) => return Err(e.into()),
    }
    message_page(
        &ctx,
        StatusCode::OK,
        tr.t("register-sent-title"),
        vec![tr.t1("register-sent", "email", email.as_str())],
    )
}

fn invalid_link(ctx: &Ctx) -> Result<Response, WebError> {
    message_page(
        ctx,
        StatusCode::GONE,
        ctx.tr.t("link-invalid-title"),
        vec![ctx.tr.t("link-invalid")],
    )
}

/// Whether the link's token can still be used for `purpose` (the page that uses it is shown
/// only then).
async fn link_is_live(state: &AppState, token: &str, purpose: TokenPurpose) -> Result<bool, WebError> {
    Ok(state.store.email_token_is_live(&hash_token(token), purpose).await?)
}

/// The page a mailed link opens: one button that posts the link's token to `action` (a GET
/// never changes anything, so a mail scanner that follows links cannot use them up). Its texts
/// are the messages `{messages}-title`, `-intro` and `-submit`.
async fn token_button_page(
    state: &AppState,
    ctx: &Ctx,
    token: &str,
    purpose: TokenPurpose,
    action: &str,
    messages: &str,
) -> Result<Response, WebError> {
    if !link_is_live(state, token, purpose).await? {
        return invalid_link(ctx);
    }
    let tr = &ctx.tr;
    let page = form_page(
        ctx,
        "",
        tr.t(format!("{messages}-title")),
        vec![tr.t(format!("{messages}-intro"))],
        Form::new("token", action, ctx.csrf(), tr.t(format!("{messages}-submit"))).field(Field::hidden("token", token)),
    );
    Ok(render(&page)?.into_response())
}

pub async fn confirm_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<PageQuery>,
) -> Result<Response, WebError> {
    token_button_page(
        &state,
        &ctx,
        &q.token,
        TokenPurpose::ConfirmEmail,
        "/confirm",
        "confirm",
    )
    .await
}

pub async fn confirm(State(state): State<AppState>, ctx: Ctx, form: FormData) -> Result<Response, WebError> {
    let Some((user_id, _)) = state
        .store
        .use_email_token(&hash_token(form.get("token")), TokenPurpose::ConfirmEmail)
        .await?
    else {
        return invalid_link(&ctx);
    };
    state.store.confirm_email(user_id).await?;
    let user = state.store.user_by_id(user_id).await?.map(|(u, _)| u);
    audit(&state, ctx.viewer()?, user.as_ref(), "email_confirmed", "", "").await?;
    Ok(Redirect::to("/login?done=confirmed").into_response())
}

// ---- login and logout ----

fn login_fields(ctx: &Ctx, email: &str, ret: &str, errors: Errors) -> Form {
    let tr = &ctx.tr;
    Form::new("login", "/login", ctx.csrf(), tr.t("login-submit"))
        .field(Field::email("email", tr.t("account-email")).value(email).required())
        .field(Field::password("password", tr.t("account-password"), "current-password").required())
        .field(Field::hidden("return", ret))
        .errors(errors)
}

fn login_page(ctx: &Ctx, email: &str, ret: &str, errors: Errors, notice_key: &str) -> FormPage {
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
        ("/password/forgot".into(), tr.t("login-forgot")),
        ("/register".into(), tr.t("login-register")),
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
        "login_throttled",
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
                "login_failed",
                "",
            )
            .await?;
            return fail(StatusCode::UNAUTHORIZED, "", tr.t("login-failed"));
        }
    };
    if !user.email_confirmed {
        settle_login(&state, entry, Some(&user), &email, "login_unconfirmed", "").await?;
        mail_token(&state, &tr, &user, &user.email, TokenPurpose::ConfirmEmail, None).await?;
        return fail(StatusCode::FORBIDDEN, "", tr.t("login-unconfirmed"));
    }
    if user.two_factor {
        // The password was right; the session opens once the second factor is given too.
        settle_login(&state, entry, Some(&user), &email, "login_password", "code asked").await?;
        return crate::routes::two_factor::ask_for_code(&state, user.id, ret).await;
    }
    settle_login(&state, entry, Some(&user), &email, "login", "password").await?;
    auth::open_session(&state, &v, &headers, user.id, ret, tr.locale).await
}

/// Writes what became of a login attempt into the audit entry that counted it.
async fn settle_login(
    state: &AppState,
    entry: i64,
    user: Option<&User>,
    email: &Email,
    action: &str,
    detail: &str,
) -> Result<(), WebError> {
    let event = store::accounts::AuditEvent {
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
        state.store.delete_session(h).await?;
        audit(
            &state,
            v,
            ctx.user(),
            "logout",
            ctx.user().map(|u| u.email.as_str()).unwrap_or(""),
            "",
        )
        .await?;
    }
    let mut res = Redirect::to("/login?done=logged-out").into_response();
    res.headers_mut()
        .append(header::SET_COOKIE, set_cookie(&state, auth::Cookie::Session, "", 0));
    Ok(res)
}

// ---- password reset ----

fn forgot_page(ctx: &Ctx, email: &str, errors: Errors) -> FormPage {
    let tr = &ctx.tr;
    form_page(
        ctx,
        "login",
        tr.t("forgot-title"),
        vec![tr.t("forgot-intro")],
        Form::new("forgot", "/password/forgot", ctx.csrf(), tr.t("forgot-submit"))
            .field(Field::email("email", tr.t("account-email")).value(email).required())
            .errors(errors),
    )
}

pub async fn forgot_form(ctx: Ctx) -> Result<Response, WebError> {
    Ok(render(&forgot_page(&ctx, "", Errors::default()))?.into_response())
}

pub async fn forgot(State(state): State<AppState>, ctx: Ctx, form: FormData) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let v = ctx.viewer()?.clone();
    let Ok(email) = Email::parse(form.get("email")) else {
        let mut errors = Errors::default();
        errors.add("email", tr.t("account-error-email"));
        return with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &forgot_page(&ctx, form.get("email"), errors),
        );
    };
    let gate = throttle::attempt(
        &state,
        &throttle::RESET_PER_ACCOUNT,
        email.as_str(),
        &throttle::RESET_PER_IP,
        &v.ip,
        false,
        "password_reset_throttled",
    )
    .await?;
    if let throttle::Gate::Refused { minutes } = gate {
        let mut errors = Errors::default();
        errors.add("", tr.t1("error-throttled", "minutes", minutes));
        return with_status(
            StatusCode::TOO_MANY_REQUESTS,
            &forgot_page(&ctx, email.as_str(), errors),
        );
    }
    // The answer goes out before anything depends on whether the account exists: the lookup and
    // the mail happen afterwards, so the time taken tells nothing.
    let (background, address) = (state.clone(), email.clone());
    tokio::spawn(async move {
        let found = match background.store.user_by_email(&address).await {
            Ok(found) => found.map(|(u, _)| u),
            Err(e) => {
                tracing::error!(error = %e, "password reset lookup failed");
                return;
            }
        };
        if let Some(user) = found {
            if let Err(e) = mail_token(&background, &tr, &user, &user.email, TokenPurpose::ResetPassword, None).await {
                tracing::error!(error = ?e, "password reset mail failed");
            }
        }
    });
    message_page(
        &ctx,
        StatusCode::OK,
        tr.t("forgot-sent-title"),
        vec![tr.t1("forgot-sent", "email", email.as_str())],
    )
}

fn reset_page(ctx: &Ctx, token: &str, errors: Errors) -> FormPage {
    let tr = &ctx.tr;
    form_page(
        ctx,
        "login",
        tr.t("reset-title"),
        vec![tr.t("reset-intro")],
        Form::new("reset", "/password/reset", ctx.csrf(), tr.t("reset-submit"))
            .field(Field::hidden("token", token))
            .field(
                Field::password("password", tr.t("account-new-password"), "new-password")
                    .required()
                    .hint(tr.t1("account-password-hint", "min", domain::account::MIN_PASSWORD as i64)),
            )
            .errors(errors),
    )
}

pub async fn reset_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<PageQuery>,
) -> Result<Response, WebError> {
    if !link_is_live(&state, &q.token, TokenPurpose::ResetPassword).await? {
        return invalid_link(&ctx);
    }
    Ok(render(&reset_page(&ctx, &q.token, Errors::default()))?.into_response())
}

pub async fn reset(State(state): State<AppState>, ctx: Ctx, form: FormData) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let token = form.get("token");
    let password = match Password::parse(form.get("password"), None) {
        Ok(p) => p,
        Err(e) => {
            let mut errors = Errors::default();
            errors.add("password", weak_password(&tr, e));
            return with_status(StatusCode::UNPROCESSABLE_ENTITY, &reset_page(&ctx, token, errors));
        }
    };
    // A dead link costs no hashing: anyone may post here.
    if !link_is_live(&state, token, TokenPurpose::ResetPassword).await? {
        return invalid_link(&ctx);
    }
    let hash = state.passwords.hash(&password).await?;
    let Some((user_id, _)) = state
        .store
        .use_email_token(&hash_token(token), TokenPurpose::ResetPassword)
        .await?
    else {
        return invalid_link(&ctx);
    };
    // Whoever made the reset necessary may hold a session, a mailed link or an API token.
    state.store.set_password_hash(user_id, &hash, true).await?;
    state.store.delete_other_sessions(user_id, None).await?;
    // Following a link sent to the address proves the address, too.
    state.store.confirm_email(user_id).await?;
    let user = state.store.user_by_id(user_id).await?.map(|(u, _)| u);
    audit(&state, ctx.viewer()?, user.as_ref(), "password_reset", "", "").await?;
    Ok(Redirect::to("/login?done=password-reset").into_response())
}

// ---- the account page ----

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    chrome: Chrome,
    user: User,
    notice: Option<String>,
    /// A token just created, shown this once.
    new_token: Option<String>,
    forms: Vec<Form>,
    delete_form: Form,
    tokens: Vec<ApiToken>,
    memberships: Vec<Membership>,
    claims: Vec<Claim>,
}

impl AccountPage {
    fn role_label(&self, role: &str) -> String {
        self.chrome.tr.t(format!("org-role-{role}"))
    }
    fn date(&self, t: &chrono::DateTime<Utc>) -> String {
        self.chrome.moment(t)
    }
}

/// Which of the account page's forms failed, with its messages and what the person typed.
#[derive(Default)]
struct Failed {
    form: &'static str,
    errors: Errors,
    values: Vec<(&'static str, String)>,
}

impl Failed {
    fn new(form: &'static str, field: &str, message: String) -> Self {
        let mut errors = Errors::default();
        errors.add(field, message);
        Self {
            form,
            errors,
            values: vec![],
        }
    }
    fn value(&self, form: &str, field: &str) -> Option<String> {
        (self.form == form)
            .then(|| self.values.iter().find(|(f, _)| *f == field).map(|(_, v)| v.clone()))
            .flatten()
    }
}

async fn account_page(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    status: StatusCode,
    failed: Failed,
    notice_key: &str,
    new_token: Option<String>,
) -> Result<Response, WebError> {
    let tr = &ctx.tr;
    let csrf = ctx.csrf();
    let mut failed = failed;
    let typed_email = failed.value("email", "new_email").unwrap_or_default();
    let typed_token_name = failed.value("token", "name").unwrap_or_default();
    let mut errors_for = |form: &str| {
        if failed.form == form {
            std::mem::take(&mut failed.errors)
        } else {
            Errors::default()
        }
    };
    let profile = Form::new("profile", "/account/profile", csrf.clone(), tr.t("account-save"))
        .heading(tr.t("account-profile-heading"))
        .field(
            Field::text("display_name", tr.t("account-display-name"))
                .value(user.display_name.clone())
                .required()
                .autocomplete("name")
                .max(domain::account::MAX_DISPLAY_NAME),
        )
        .field(
            Field::select(
                "timezone",
                tr.t("account-timezone"),
                crate::views::time::zone_options(tr),
                user.timezone.as_deref().unwrap_or(""),
            )
            .hint(tr.t("account-timezone-hint")),
        )
        .field(
            Field::select(
                "language",
                tr.t("account-language"),
                Locale::ALL
                    .iter()
                    .map(|l| (l.code().to_owned(), l.native_name().to_owned()))
                    .collect(),
                // What mail really goes out in: English until a language is chosen.
                user.language.as_deref().unwrap_or(Locale::En.code()),
            )
            .hint(tr.t("account-language-hint")),
        )
        .errors(errors_for("profile"));
    let password = Form::new(
        "password",
        "/account/password",
        csrf.clone(),
        tr.t("account-change-password"),
    )
    .heading(tr.t("account-password-heading"))
    .field(Field::password("current_password", tr.t("account-current-password"), "current-password").required())
    .field(
        Field::password("new_password", tr.t("account-new-password"), "new-password")
            .required()
            .hint(tr.t1("account-password-hint", "min", domain::account::MIN_PASSWORD as i64)),
    )
    .field(Field::checkbox("revoke_tokens", tr.t("account-revoke-tokens"), false))
    .errors(errors_for("password"));
    let email = Form::new("email", "/account/email", csrf.clone(), tr.t("account-change-email"))
        .heading(tr.t("account-email-heading"))
        .field(
            Field::email("new_email", tr.t("account-new-email"))
                .value(typed_email)
                .required()
                .hint(tr.t1("account-email-hint", "email", user.email.as_str())),
        )
        .field(Field::password("current_password", tr.t("account-current-password"), "current-password").required())
        .errors(errors_for("email"));
    let scopes = TokenScope::ALL
        .iter()
        .map(|s| (s.as_str().to_owned(), tr.t(s.message_id())))
        .collect();
    let token = Form::new("token", "/account/tokens", csrf.clone(), tr.t("token-create"))
        .heading(tr.t("token-create-heading"))
        .field(
            Field::text("name", tr.t("token-name"))
                .value(typed_token_name)
                .required()
                .max(100)
                .hint(tr.t("token-name-hint")),
        )
        .field(Field::select("scope", tr.t("token-scope"), scopes, "read"))
        .errors(errors_for("token"));
    let delete_form = Form::new("delete", "/account/delete", csrf, tr.t("account-delete-submit"))
        .heading(tr.t("account-delete-heading"))
        .field(Field::password("current_password", tr.t("account-current-password"), "current-password").required())
        .field(Field::checkbox("confirm", tr.t("account-delete-confirm"), false))
        .danger()
        .errors(errors_for("delete"));
    let page = AccountPage {
        chrome: ctx.chrome("account"),
        user: user.clone(),
        notice: notice(tr, notice_key),
        new_token,
        // The template draws the token form with the token list.
        forms: vec![profile, password, email, token],
        delete_form,
        tokens: state.store.api_tokens_of(user.id).await?,
        memberships: state.store.memberships_of(user.id).await?,
        claims: state.store.claims_of(user.id).await?,
    };
    with_status(status, &page)
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Query(q): Query<PageQuery>,
) -> Result<Response, WebError> {
    account_page(
        &state,
        &ctx,
        me.user(),
        StatusCode::OK,
        Failed::default(),
        &q.done,
        None,
    )
    .await
}

pub async fn update_profile(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    form: FormData,
) -> Result<Response, WebError> {
    let Ok(name) = DisplayName::parse(form.get("display_name")) else {
        let failed = Failed::new("profile", "display_name", ctx.tr.t("account-error-display-name"));
        return account_page(
            &state,
            &ctx,
            me.user(),
            StatusCode::UNPROCESSABLE_ENTITY,
            failed,
            "",
            None,
        )
        .await;
    };
    let zone = form.get("timezone").trim();
    let zone = if zone.is_empty() {
        None
    } else {
        match domain::event::parse_timezone(zone) {
            Ok(z) => Some(z.name()),
            Err(_) => {
                let failed = Failed::new("profile", "timezone", ctx.tr.t("event-error-timezone"));
                return account_page(
                    &state,
                    &ctx,
                    me.user(),
                    StatusCode::UNPROCESSABLE_ENTITY,
                    failed,
                    "",
                    None,
                )
                .await;
            }
        }
    };
    // A form without the field (an older page) keeps the language as it is.
    let language = match form.get("language").trim() {
        "" => None,
        code => match Locale::from_code(code).filter(|l| l.code() == code) {
            Some(l) => Some(l),
            None => {
                let failed = Failed::new("profile", "language", ctx.tr.t("form-error-choice"));
                return account_page(
                    &state,
                    &ctx,
                    me.user(),
                    StatusCode::UNPROCESSABLE_ENTITY,
                    failed,
                    "",
                    None,
                )
                .await;
            }
        },
    };
    state.store.set_display_name(me.user().id, name.as_str()).await?;
    state.store.set_timezone(me.user().id, zone).await?;
    let mut res = Redirect::to("/account?done=profile-saved").into_response();
    if let Some(l) = language {
        state.store.set_language(me.user().id, l.code()).await?;
        // The pages follow at once, as the mail does.
        res.headers_mut()
            .insert(axum::http::header::SET_COOKIE, crate::ctx::language_cookie(l));
    }
    Ok(res)
}

/// Whether `given` is the signed-in person's current password; a wrong one is audited as a
/// failed login, naming the form it came from.
pub(crate) async fn current_password_matches(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    form: &str,
    given: &str,
) -> Result<bool, WebError> {
    let hash = state.store.user_by_id(user.id).await?.and_then(|(_, h)| h);
    if state.passwords.verify(given, hash.as_deref()).await? {
        return Ok(true);
    }
    audit(state, ctx.viewer()?, Some(user), "login_failed", &user.email, form).await?;
    Ok(false)
}

/// Checks the current password of a signed-in person; the message goes to `form`'s field.
async fn check_password(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    form: &'static str,
    given: &str,
) -> Result<Option<Failed>, WebError> {
    if current_password_matches(state, ctx, user, form, given).await? {
        return Ok(None);
    }
    Ok(Some(Failed::new(
        form,
        "current_password",
        ctx.tr.t("account-error-current-password"),
    )))
}

pub async fn change_password(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    form: FormData,
) -> Result<Response, WebError> {
    let user = me.user();
    let email = Email::parse(&user.email).ok();
    if let Some(failed) = check_password(&state, &ctx, user, "password", form.get("current_password")).await? {
        return account_page(&state, &ctx, user, StatusCode::UNPROCESSABLE_ENTITY, failed, "", None).await;
    }
    let password = match Password::parse(form.get("new_password"), email.as_ref()) {
        Ok(p) => p,
        Err(e) => {
            let failed = Failed::new("password", "new_password", weak_password(&ctx.tr, e));
            return account_page(&state, &ctx, user, StatusCode::UNPROCESSABLE_ENTITY, failed, "", None).await;
        }
    };
    let hash = state.passwords.hash(&password).await?;
    let revoke_tokens = form.checked("revoke_tokens");
    state.store.set_password_hash(user.id, &hash, revoke_tokens).await?;
    state
        .store
        .delete_other_sessions(user.id, ctx.viewer()?.session_hash.as_deref())
        .await?;
    audit(&state, ctx.viewer()?, Some(user), "password_changed", &user.email, "").await?;
    crate::notify::send_or_fail(&state, &user.email, ctx.tr.locale, |tr| {
        Mail::new(
            tr.t("mail-password-changed-subject"),
            tr.t1(
                "mail-password-changed-body",
                "link",
                state.settings.link("/password/forgot"),
            ),
        )
    })
    .await?;
    Ok(Redirect::to(if revoke_tokens {
        "/account?done=password-changed-tokens"
    } else {
        "/account?done=password-changed"
    })
    .into_response())
}

pub async fn change_email(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    form: FormData,
) -> Result<Response, WebError> {
    let user = me.user();
    let typed = form.get("new_email").to_owned();
    let fail = |field: &str, message: String| {
        let mut f = Failed::new("email", field, message);
        f.values.push(("new_email", typed.clone()));
        f
    };
    let new = match Email::parse(&typed) {
        Ok(e) if e.as_str() == user.email => Err(fail("new_email", ctx.tr.t("account-error-same-email"))),
        Ok(e) => Ok(e),
        Err(_) => Err(fail("new_email", ctx.tr.t("account-error-email"))),
    };
    let new = match new {
        Ok(e) => e,
        Err(failed) => {
            return account_page(&state, &ctx, user, StatusCode::UNPROCESSABLE_ENTITY, failed, "", None).await
        }
    };
    if let Some(mut failed) = check_password(&state, &ctx, user, "email", form.get("current_password")).await? {
        failed.values.push(("new_email", typed));
        return account_page(&state, &ctx, user, StatusCode::UNPROCESSABLE_ENTITY, failed, "", None).await;
    }
    mail_token(
        &state,
        &ctx.tr,
        user,
        new.as_str(),
        TokenPurpose::ChangeEmail,
        Some(&new),
    )
    .await?;
    // The old address learns of it, in case the session was not its owner's.
    crate::notify::send_or_fail(&state, &user.email, ctx.tr.locale, |tr| {
        Mail::new(
            tr.t("mail-email-change-notice-subject"),
            tr.t2(
                "mail-email-change-notice-body",
                "email",
                new.as_str(),
                "link",
                state.settings.link("/password/forgot"),
            ),
        )
    })
    .await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(user),
        "email_change_requested",
        &user.email,
        new.as_str(),
    )
    .await?;
    Ok(Redirect::to("/account?done=email-sent").into_response())
}

pub async fn confirm_email_change_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<PageQuery>,
) -> Result<Response, WebError> {
    token_button_page(
        &state,
        &ctx,
        &q.token,
        TokenPurpose::ChangeEmail,
        "/account/email/confirm",
        "change-email",
    )
    .await
}

pub async fn confirm_email_change(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, WebError> {
    let Some((user_id, Some(new))) = state
        .store
        .use_email_token(&hash_token(form.get("token")), TokenPurpose::ChangeEmail)
        .await?
    else {
        return invalid_link(&ctx);
    };
    let new = Email::parse(&new).map_err(|_| WebError::Internal)?;
    let old = state.store.user_by_id(user_id).await?.map(|(u, _)| u);
    // An address taken meanwhile answers 409 through the store's conflict.
    state.store.set_email(user_id, &new).await?;
    // The link may be followed in a browser signed in as someone else, or in none: only a
    // session of this account survives.
    let keep = ctx
        .user()
        .filter(|u| u.id == user_id)
        .and(ctx.viewer()?.session_hash.as_deref());
    state.store.delete_other_sessions(user_id, keep).await?;
    if let Some(old) = &old {
        // The old address hears of it once more, now that it no longer opens the account.
        crate::notify::send_or_fail(&state, &old.email, ctx.tr.locale, |tr| {
            Mail::new(
                tr.t("mail-email-changed-subject"),
                tr.t1("mail-email-changed-body", "email", new.as_str()),
            )
        })
        .await?;
    }
    audit(
        &state,
        ctx.viewer()?,
        old.as_ref(),
        "email_changed",
        old.as_ref().map(|u| u.email.as_str()).unwrap_or(""),
        new.as_str(),
    )
    .await?;
    Ok(Redirect::to("/account?done=email-changed").into_response())
}

/// Everything stored about the person, as a JSON download (GDPR articles 15 and 20).
pub async fn export(State(state): State<AppState>, ctx: Ctx, me: SignedIn) -> Result<Response, WebError> {
    let user = me.user();
    let data = state.store.personal_data(user.id).await?;
    let mut data = serde_json::to_value(&data).map_err(|_| WebError::Internal)?;
    data["events"] = event_data(&state, user.id).await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(user),
        "personal_data_exported",
        &user.email,
        "",
    )
    .await?;
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
/// requests, mission applications they submitted and scores they gave as an evaluator.
async fn event_data(state: &AppState, user_id: i64) -> Result<serde_json::Value, WebError> {
    let mut registrations = Vec::new();
    for (e, _) in state.store.events_of_user(user_id).await? {
        let Some(seat) = state.store.registration(e.id, user_id).await? else {
            continue;
        };
        let r = match seat {
            store::events::Seat::Confirmed(r) | store::events::Seat::Waitlisted { registration: r, .. } => r,
        };
        let requests = state.store.meeting_requests_of(r.id).await?;
        registrations.push(serde_json::json!({
            "event": {"id": e.id, "title": e.draft.title, "starts_at": e.starts_at},
            "registration": r,
            "meeting_requests": requests,
        }));
    }
    Ok(serde_json::json!({
        "registrations": registrations,
        "mission_applications": state.store.applications_by_user(user_id).await?,
        "mission_scores_given": state.store.scores_by_evaluator(user_id).await?,
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
        return account_page(&state, &ctx, user, StatusCode::UNPROCESSABLE_ENTITY, failed, "", None).await;
    }
    if !form.checked("confirm") {
        let failed = Failed::new("delete", "confirm", ctx.tr.t("account-error-delete-confirm"));
        return account_page(&state, &ctx, user, StatusCode::UNPROCESSABLE_ENTITY, failed, "", None).await;
    }
    let anonymised = format!("erased account #{}", user.id);
    if let Err(e) = state.store.erase_user(user.id, &anonymised).await {
        if matches!(e, store::StoreError::LastPlatformAdmin) {
            let failed = Failed::new("delete", "", ctx.tr.t("account-error-last-admin"));
            return account_page(&state, &ctx, user, StatusCode::CONFLICT, failed, "", None).await;
        }
        return Err(e.into());
    }
    state
        .store
        .audit(store::accounts::AuditEvent {
            actor: &anonymised,
            action: "account_erased",
            subject: &anonymised,
            ip: Some(&ctx.viewer()?.ip),
            ..Default::default()
        })
        .await?;
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
        return account_page(&state, &ctx, user, StatusCode::UNPROCESSABLE_ENTITY, failed, "", None).await;
    }
    let scope = scope.map_err(|_| WebError::Internal)?;
    let secret = format!("{TOKEN_PREFIX}{}", random_token());
    let prefix: String = secret.chars().take(12).collect();
    state
        .store
        .create_api_token(user.id, name, &hash_token(&secret), &prefix, scope)
        .await?;
    audit(&state, ctx.viewer()?, Some(user), "token_created", name, scope.as_str()).await?;
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
    if !state.store.revoke_api_token(user.id, id).await? {
        return Err(WebError::NotFound);
    }
    audit(&state, ctx.viewer()?, Some(user), "token_revoked", &id.to_string(), "").await?;
    Ok(Redirect::to("/account?done=token-revoked").into_response())
}
