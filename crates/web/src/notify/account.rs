//! Mail about a person's own account: links that prove the address or reset the password, and
//! notices that something changed.

use super::{Mail, Write};

/// The link that confirms a new account's address.
pub fn confirm<'a>(name: &'a str, link: &'a str) -> Write<'a> {
    token("mail-confirm", name, link)
}

/// The link that sets a new password.
pub fn reset<'a>(name: &'a str, link: &'a str) -> Write<'a> {
    token("mail-reset", name, link)
}

/// The link, sent to the new address, that confirms a change of address.
pub fn change_email<'a>(name: &'a str, link: &'a str) -> Write<'a> {
    token("mail-change-email", name, link)
}

fn token<'a>(mail: &'static str, name: &'a str, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t(format!("{mail}-subject")),
            tr.tn(
                &format!("{mail}-body"),
                vec![("name", name.into()), ("link", link.into())],
            ),
        )
    })
}

/// Someone registered with an address that has an account already; `link` resets its password.
pub fn exists(link: &str) -> Write<'_> {
    Box::new(move |tr| Mail::new(tr.t("mail-exists-subject"), tr.t1("mail-exists-body", "link", link)))
}

/// The password was changed; `link` is where to reset it if that was not its owner.
pub fn password_changed(link: &str) -> Write<'_> {
    Box::new(move |tr| {
        Mail::new(
            tr.t("mail-password-changed-subject"),
            tr.t1("mail-password-changed-body", "link", link),
        )
    })
}

/// To the old address: a change to `email` was asked for.
pub fn email_change_notice<'a>(email: &'a str, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t("mail-email-change-notice-subject"),
            tr.t2("mail-email-change-notice-body", "email", email, "link", link),
        )
    })
}

/// To the old address: the account now uses `email`.
pub fn email_changed(email: &str) -> Write<'_> {
    Box::new(move |tr| {
        Mail::new(
            tr.t("mail-email-changed-subject"),
            tr.t1("mail-email-changed-body", "email", email),
        )
    })
}
