//! Resetting a forgotten password.

use super::*;

pub(super) fn forgot_page(ctx: &Ctx, email: &str, errors: Errors) -> FormPage {
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
        Action::PasswordResetThrottled,
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
            if let Err(e) = mail_token(
                &background,
                &background.store,
                &tr,
                &user,
                &user.email,
                TokenPurpose::ResetPassword,
                None,
            )
            .await
            {
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

pub(super) fn reset_page(ctx: &Ctx, token: &str, errors: Errors) -> FormPage {
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
    let Some((user, _)) = state.store.user_by_id(user_id).await? else {
        return invalid_link(&ctx);
    };
    Actor::of(&state, &ctx, &user)?
        .audited(Action::PasswordReset, "", "")
        .set_password_hash(user_id, &hash, true)
        .await?;
    state.store.delete_other_sessions(user_id, None).await?;
    // Following a link sent to the address proves the address, too.
    state.store.confirm_email(user_id).await?;
    Ok(Redirect::to("/login?done=password-reset").into_response())
}
