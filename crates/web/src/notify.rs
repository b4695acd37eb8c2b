//! Mail to people, each written in the language its recipient reads: the one their account
//! chose (English for an account that never chose), whoever's action sends it, and for an address
//! without an account the language of the page that sends it. Callers hand over how to write the
//! mail in a given language; this module finds the language and sends it.

use std::collections::HashMap;

use crate::i18n::{Locale, Tr};
use crate::{AppState, WebError};

/// A mail's subject and plain-text body.
pub struct Mail {
    pub subject: String,
    pub body: String,
}

impl Mail {
    pub fn new(subject: impl Into<String>, body: impl Into<String>) -> Self {
        Mail {
            subject: subject.into(),
            body: body.into(),
        }
    }
}

/// The language mail to `email` is written in. `fallback` is used for an address that has no
/// account (an invitation to a newcomer); a lookup that fails falls back too, so the mail still
/// goes out. An account that never chose a language reads English, unless `unset` says
/// otherwise (the page language of the person who asked for the mail themself).
async fn language(state: &AppState, email: &str, fallback: Locale, unset: Locale) -> Locale {
    match state.store.language_of(email).await {
        Ok(Some(chosen)) => chosen.as_deref().and_then(Locale::from_code).unwrap_or(unset),
        Ok(None) => fallback,
        Err(e) => {
            tracing::warn!(error = %e, "the recipient's language could not be read");
            fallback
        }
    }
}

/// Informs `to`: what was done stands whether or not the mail leaves, so a failure is logged.
pub async fn tell(state: &AppState, to: &str, fallback: Locale, write: impl Fn(&Tr) -> Mail) {
    let tr = Tr::new(language(state, to, fallback, Locale::En).await);
    let mail = write(&tr);
    state.settings.mailer.notify(to, &mail.subject, mail.body).await;
}

/// Informs each of `to`, each in their language; a mail is written once per language.
pub async fn tell_each(
    state: &AppState,
    to: impl IntoIterator<Item = String>,
    fallback: Locale,
    write: impl Fn(&Tr) -> Mail,
) {
    let mut written: HashMap<Locale, Mail> = HashMap::new();
    for address in to {
        let locale = language(state, &address, fallback, Locale::En).await;
        let mail = written.entry(locale).or_insert_with(|| write(&Tr::new(locale)));
        state
            .settings
            .mailer
            .notify(&address, &mail.subject, mail.body.clone())
            .await;
    }
}

/// Sends a mail the person must receive for what they asked to work (a confirmation or reset
/// link): a failure becomes the page that says mail could not be sent. `asked_in` is the
/// language of the page they asked on: it writes the mail when their account never chose one,
/// and for an address without an account.
pub async fn send_or_fail(
    state: &AppState,
    to: &str,
    asked_in: Locale,
    write: impl Fn(&Tr) -> Mail,
) -> Result<(), WebError> {
    let tr = Tr::new(language(state, to, asked_in, asked_in).await);
    let mail = write(&tr);
    state.settings.mailer.send_or_fail(to, &mail.subject, mail.body).await
}

/// Who of an organisation hears of something that concerns it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Its admins (who organise its events and programmes).
    Admins,
    /// Everyone of it (who keep its marketplace entries and answer interest in them).
    Members,
}

/// Informs the people of an organisation, each in their language.
pub async fn tell_organisation(
    state: &AppState,
    organisation_id: i64,
    audience: Audience,
    write: impl Fn(&Tr) -> Mail,
) -> Result<(), WebError> {
    let to = state
        .store
        .org_members(organisation_id)
        .await?
        .into_iter()
        .filter(|m| audience == Audience::Members || m.role == domain::OrgRole::Admin.as_str())
        .map(|m| m.email);
    tell_each(state, to, Locale::En, write).await;
    Ok(())
}
