//! The account page: name and preferences, password, address.

use super::*;
use crate::audit::{Action, Actor};

#[derive(Template)]
#[template(path = "account/account.html")]
pub(super) struct AccountPage {
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
pub(super) struct Failed {
    form: &'static str,
    errors: Errors,
    pub(super) values: Vec<(&'static str, String)>,
}

impl Failed {
    pub(super) fn new(form: &'static str, field: &str, message: String) -> Self {
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

/// The account page again with what was refused next to its field (422).
pub(super) async fn refuse(state: &AppState, ctx: &Ctx, user: &User, failed: Failed) -> Result<Response, WebError> {
    account_page(state, ctx, user, StatusCode::UNPROCESSABLE_ENTITY, failed, "", None).await
}

pub(super) async fn account_page(
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
            .options_in_own_language()
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
        return refuse(&state, &ctx, me.user(), failed).await;
    };
    let zone = form.get("timezone").trim();
    let zone = if zone.is_empty() {
        None
    } else {
        match domain::event::parse_timezone(zone) {
            Ok(z) => Some(z.name()),
            Err(_) => {
                let failed = Failed::new("profile", "timezone", ctx.tr.t("event-error-timezone"));
                return refuse(&state, &ctx, me.user(), failed).await;
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
                return refuse(&state, &ctx, me.user(), failed).await;
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
    Actor::of(state, ctx, user)?
        .audit(Action::LoginFailed, &user.email, form)
        .await?;
    Ok(false)
}

/// Checks the current password of a signed-in person; the message goes to `form`'s field.
pub(super) async fn check_password(
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
        return refuse(&state, &ctx, user, failed).await;
    }
    let password = match Password::parse(form.get("new_password"), email.as_ref()) {
        Ok(p) => p,
        Err(e) => {
            let failed = Failed::new("password", "new_password", weak_password(&ctx.tr, e));
            return refuse(&state, &ctx, user, failed).await;
        }
    };
    let hash = state.passwords.hash(&password).await?;
    let revoke_tokens = form.checked("revoke_tokens");
    Actor::of(&state, &ctx, user)?
        .audited(Action::PasswordChanged, &user.email, "")
        .set_password_hash(user.id, &hash, revoke_tokens)
        .await?;
    state
        .store
        .delete_other_sessions(user.id, ctx.viewer()?.session_hash.as_deref())
        .await?;
    let forgot = state.settings.link("/password/forgot");
    crate::notify::send_or_fail(
        &state,
        &user.email,
        ctx.tr.locale,
        crate::notify::account::password_changed(&forgot),
    )
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
        Err(failed) => return refuse(&state, &ctx, user, failed).await,
    };
    if let Some(mut failed) = check_password(&state, &ctx, user, "email", form.get("current_password")).await? {
        failed.values.push(("new_email", typed));
        return refuse(&state, &ctx, user, failed).await;
    }
    let actor = Actor::of(&state, &ctx, user)?;
    mail_token(
        &state,
        &actor.audited(Action::EmailChangeRequested, &user.email, new.as_str()),
        &ctx.tr,
        user,
        new.as_str(),
        TokenPurpose::ChangeEmail,
        Some(&new),
    )
    .await?;
    // The old address learns of it, in case the session was not its owner's.
    let forgot = state.settings.link("/password/forgot");
    crate::notify::send_or_fail(
        &state,
        &user.email,
        ctx.tr.locale,
        crate::notify::account::email_change_notice(new.as_str(), &forgot),
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
    let Some((old, _)) = state.store.user_by_id(user_id).await? else {
        return invalid_link(&ctx);
    };
    // An address taken meanwhile answers 409 through the store's conflict.
    Actor::of(&state, &ctx, &old)?
        .audited(Action::EmailChanged, &old.email, new.as_str())
        .set_email(user_id, &new)
        .await?;
    // The link may be followed in a browser signed in as someone else, or in none: only a
    // session of this account survives.
    let keep = ctx
        .user()
        .filter(|u| u.id == user_id)
        .and(ctx.viewer()?.session_hash.as_deref());
    state.store.delete_other_sessions(user_id, keep).await?;
    // The old address hears of it once more, now that it no longer opens the account.
    crate::notify::send_or_fail(
        &state,
        &old.email,
        ctx.tr.locale,
        crate::notify::account::email_changed(new.as_str()),
    )
    .await?;
    Ok(Redirect::to("/account?done=email-changed").into_response())
}
