//! Registering and confirming the address.

use super::*;
use crate::views::Link;

pub(super) fn registration_form(ctx: &Ctx, name: &str, email: &str, errors: Errors) -> Form {
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

pub(super) fn register_form_page(ctx: &Ctx, name: &str, email: &str, errors: Errors) -> FormPage {
    let mut page = form_page(
        ctx,
        "register",
        ctx.tr.t("register-title"),
        vec![ctx.tr.t("register-intro")],
        registration_form(ctx, name, email, errors),
    );
    page.links = vec![Link::new("/login", ctx.tr.t("register-have-account"))];
    page
}

pub async fn register_form(ctx: Ctx) -> Result<Response, WebError> {
    if ctx.user().is_some() {
        return Ok(Redirect::to("/dashboard").into_response());
    }
    Ok(render(&register_form_page(&ctx, "", "", Errors::default()))?.into_response())
}

/// What the password field says when a password is refused.
pub(super) fn weak_password(tr: &Tr, e: domain::account::WeakPassword) -> String {
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
        Action::RegistrationThrottled,
    )
    .await?;
    if let throttle::Gate::Refused { minutes } = gate {
        let mut errors = Errors::default();
        errors.add("", tr.t1("error-throttled", "minutes", minutes));
        let page = register_form_page(&ctx, form.get("display_name"), email.as_str(), errors);
        return with_status(StatusCode::TOO_MANY_REQUESTS, &page);
    }
    let hash = state.passwords.hash(&password).await?;
    // Mail to the new account, from anyone, is written in the language it registered in.
    let language = Some(tr.locale.code());
    // The entry names the new account by its address; it has no session yet.
    let entry = store::audit::AuditEvent {
        actor: email.as_str(),
        subject: email.as_str(),
        ip: Some(&v.ip),
        ..store::audit::AuditEvent::of(Action::Register)
    };
    match state
        .store
        .audited(entry)
        .create_user_reading(&email, name.as_str(), Some(&hash), PlatformRole::User, language)
        .await
    {
        Ok(user) => {
            mail_token(
                &state,
                &state.store,
                &tr,
                &user,
                email.as_str(),
                TokenPurpose::ConfirmEmail,
                None,
            )
            .await?;
        }
        Err(StoreError::Conflict(store::Conflict::Email)) => {
            // The same answer as for a new address, so the form does not reveal who has an
            // account; the owner of the address learns what happened by mail.
            crate::notify::send_or_fail(
                &state,
                email.as_str(),
                tr.locale,
                crate::notify::account::exists(&state.settings.link("/password/forgot")),
            )
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

pub(super) fn invalid_link(ctx: &Ctx) -> Result<Response, WebError> {
    message_page(
        ctx,
        StatusCode::GONE,
        ctx.tr.t("link-invalid-title"),
        vec![ctx.tr.t("link-invalid")],
    )
}

/// Whether the link's token can still be used for `purpose` (the page that uses it is shown
/// only then).
pub(super) async fn link_is_live(state: &AppState, token: &str, purpose: TokenPurpose) -> Result<bool, WebError> {
    Ok(state.store.email_token_is_live(&hash_token(token), purpose).await?)
}

/// The page a mailed link opens: one button that posts the link's token to `action` (a GET
/// never changes anything, so a mail scanner that follows links cannot use them up). Its texts
/// are the messages `{messages}-title`, `-intro` and `-submit`.
pub(super) async fn token_button_page(
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
    let Some((user, _)) = state.store.user_by_id(user_id).await? else {
        return invalid_link(&ctx);
    };
    Actor::of(&state, &ctx, &user)?
        .audited(Action::EmailConfirmed, "", "")
        .confirm_email(user_id)
        .await?;
    Ok(Redirect::to("/login?done=confirmed").into_response())
}
