//! Accounts: registration with e-mail confirmation, login and logout, password reset, and the
//! account page (name, password, address, API tokens, personal data export, erasure).

mod data;
mod login;
mod registration;
mod reset;
mod settings;
pub mod two_factor;

pub use data::*;
pub use login::*;
pub use registration::*;
pub use reset::*;
pub use settings::*;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, Utc};
use domain::{DisplayName, Email, Password, PlatformRole, TokenScope};
use serde::Deserialize;
use store::accounts::{ApiToken, Claim, Membership, TokenPurpose, User};
use store::StoreError;

use crate::audit::{Action, Actor};
use crate::auth::extract::SignedIn;
use crate::auth::{self, hash_token, random_token, set_cookie, throttle};
use crate::ctx::Ctx;
use crate::forms::{safe_return, Errors, Field, Form, FormData, FormPage};
use crate::i18n::{Locale, Tr};
use crate::views::{message_page, render, Chrome};
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

/// Creates a one-time token (through `store`: an audited one when the request is audited) and
/// mails its link.
async fn mail_token(
    state: &AppState,
    store: &store::Store,
    tr: &Tr,
    user: &User,
    to: &str,
    purpose: TokenPurpose,
    new_email: Option<&Email>,
) -> Result<(), WebError> {
    let token = random_token();
    use crate::notify::account;
    let (lifetime, path, mail): (_, _, for<'a> fn(&'a str, &'a str) -> crate::notify::Write<'a>) = match purpose {
        TokenPurpose::ConfirmEmail => (Duration::hours(CONFIRM_HOURS), "/confirm", account::confirm),
        TokenPurpose::ResetPassword => (Duration::minutes(RESET_MINUTES), "/password/reset", account::reset),
        TokenPurpose::ChangeEmail => (
            Duration::hours(CONFIRM_HOURS),
            "/account/email/confirm",
            account::change_email,
        ),
    };
    store
        .create_email_token(&hash_token(&token), user.id, purpose, new_email, Utc::now() + lifetime)
        .await?;
    let link = state.settings.link(&format!("{path}?token={token}"));
    // A new address has no account yet: the mail follows the account's language there too.
    let fallback = user
        .language
        .as_deref()
        .and_then(Locale::from_code)
        .unwrap_or(tr.locale);
    crate::notify::send_or_fail(state, to, fallback, mail(&user.display_name, &link)).await
}
