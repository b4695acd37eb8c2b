//! Switching the interface language: remembers the choice in a cookie and returns to the page.

use axum::extract::RawQuery;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::forms::query_pairs;
use crate::forms::safe_return;
use crate::i18n::Locale;

pub async fn switch(RawQuery(q): RawQuery) -> Response {
    let pairs = query_pairs(q.as_deref());
    let get = |k: &str| pairs.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
    // Only same-site paths are followed, so the switcher cannot be used as an open redirect.
    let target = get("return").and_then(safe_return).unwrap_or_else(|| "/".into());
    let location = HeaderValue::from_str(&target).unwrap_or(HeaderValue::from_static("/"));
    let mut res = (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response();
    if let Some(locale) = get("lang").and_then(Locale::from_code) {
        res.headers_mut()
            .insert(header::SET_COOKIE, crate::ctx::language_cookie(locale));
    }
    res
}
