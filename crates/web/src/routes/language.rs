//! Switching the interface language: remembers the choice in a cookie and returns to the page.

use axum::extract::RawQuery;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::ctx::LANG_COOKIE;
use crate::i18n::Locale;
use crate::routes::query_pairs;

/// Only same-site paths are followed, so the switcher cannot be used as an open redirect.
fn safe_return(r: Option<&str>) -> &str {
    match r {
        Some(p) if p.starts_with('/') && !p.starts_with("//") && !p.starts_with("/\\") && !p.contains(['\r', '\n']) => {
            p
        }
        _ => "/",
    }
}

pub async fn switch(RawQuery(q): RawQuery) -> Response {
    let pairs = query_pairs(q.as_deref());
    let get = |k: &str| pairs.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
    let target = safe_return(get("return")).to_owned();
    let location = HeaderValue::from_str(&target).unwrap_or(HeaderValue::from_static("/"));
    let mut res = (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response();
    if let Some(locale) = get("lang").and_then(Locale::from_code) {
        let cookie = format!(
            "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
            locale.code()
        );
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            res.headers_mut().insert(header::SET_COOKIE, v);
        }
    }
    res
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(
            super::safe_return(Some("/organisations?country=DE")),
            "/organisations?country=DE"
        );
        assert_eq!(super::safe_return(Some("//evil.example")), "/");
        assert_eq!(super::safe_return(Some("https://evil.example")), "/");
        assert_eq!(super::safe_return(Some("/\\evil.example")), "/");
        assert_eq!(super::safe_return(None), "/");
    }
}
