//! Request handlers, one module per resource; `api` holds the JSON API.

pub mod account;
pub mod admin;
pub mod alerts;
pub mod api;
pub mod assets;
pub mod dashboard;
pub mod events;
pub mod funding;
pub mod health;
pub mod home;
pub mod language;
pub mod logos;
pub mod manage;
pub mod opportunities;
pub mod organisations;
pub mod programmes;
pub mod projects;
pub mod search;

use crate::i18n::Locale;
use crate::notify::Mail;
use crate::WebError;

/// Anything not routed.
pub async fn not_found() -> WebError {
    WebError::NotFound
}

/// A request parameter (query or form) that is not what it must be.
pub fn bad_parameter(parameter: impl Into<String>, message: impl Into<String>) -> WebError {
    WebError::InvalidParameter(domain::FilterError {
        parameter: parameter.into(),
        message: message.into(),
    })
}

/// The `done` parameter a redirect after a change carries, naming what was done.
pub fn done_param(raw: Option<&str>) -> Option<String> {
    query_pairs(raw).into_iter().find(|(k, _)| k == "done").map(|(_, v)| v)
}

/// Mails every moderator, in their language, that something (`title`) waits for review at `queue`.
pub async fn tell_moderators(
    state: &crate::AppState,
    subject_id: &str,
    body_id: &str,
    title: &str,
    queue: &str,
) -> Result<(), WebError> {
    let link = state.settings.link(queue);
    crate::notify::tell_each(state, state.store.moderator_emails().await?, Locale::En, |tr| {
        Mail::new(tr.t(subject_id), tr.t2(body_id, "title", title, "link", link.as_str()))
    })
    .await;
    Ok(())
}

/// The reason a moderator gives when returning something to its owners: required, at most
/// 1,000 characters.
pub fn return_reason(ctx: &crate::ctx::Ctx, form: &crate::forms::FormData) -> Result<String, WebError> {
    let reason = form.get("reason").trim().to_owned();
    if reason.is_empty() || reason.chars().count() > 1_000 {
        return Err(WebError::Invalid(domain::ValidationErrors(vec![
            domain::FieldError::new("reason", domain::Code::Invalid, ctx.tr.t("opportunity-error-reason")),
        ])));
    }
    Ok(reason)
}

/// A numeric id from the path; anything that is not one names nothing, so it is not found.
pub fn path_id(raw: &str) -> Result<i64, WebError> {
    raw.parse().map_err(|_| WebError::NotFound)
}

/// Query pairs of a raw query string; malformed encodings are decoded leniently, never rejected.
/// A parameter sent empty (or blank) is left out, as if not sent: it is what a form sends for
/// "any", and client libraries send unset parameters the same way, so pages and API alike read
/// an empty value as "any" without each handler saying so.
pub fn query_pairs(raw: Option<&str>) -> Vec<(String, String)> {
    let mut pairs = raw.map(urlencoded_pairs).unwrap_or_default();
    pairs.retain(|(_, v)| !v.trim().is_empty());
    pairs
}

/// Every pair of `application/x-www-form-urlencoded` text (empty values too: a form field
/// cleared on purpose), decoded leniently; at most 200.
pub fn urlencoded_pairs(text: &str) -> Vec<(String, String)> {
    text.split('&')
        .filter(|p| !p.is_empty())
        .take(200)
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_strings_decode_leniently() {
        assert_eq!(
            query_pairs(Some("q=caf%C3%A9+lab&country=DE&&x&sme=&limit=+")),
            [("q".into(), "café lab".into()), ("country".into(), "DE".into())],
            "empty values are as if not sent"
        );
        assert_eq!(query_pairs(Some("q=%ZZ%")), [("q".into(), "%ZZ%".into())]);
        assert_eq!(query_pairs(Some("q=%FF")), [("q".into(), "\u{FFFD}".into())]);
        assert_eq!(query_pairs(Some("q=%4")), [("q".into(), "%4".into())]);
    }
}
