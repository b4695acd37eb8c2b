//! What a page needs to know about the request it answers: the reader's language and the
//! address it was asked at (for language links that return to the same page).

use std::convert::Infallible;

use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, Uri};

use crate::i18n::{Locale, Tr};
use crate::views::{Chrome, LanguageLink};

/// The language cookie's name.
pub const LANG_COOKIE: &str = "lang";

#[derive(Debug, Clone)]
pub struct Ctx {
    pub tr: Tr,
    /// Path and query of this request.
    pub here: String,
}

fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (k, v) = pair.trim().split_once('=')?;
            (k == name).then_some(v)
        })
}

impl Ctx {
    fn new(headers: &HeaderMap, uri: &Uri) -> Self {
        let locale = cookie(headers, LANG_COOKIE)
            .and_then(Locale::from_code)
            .or_else(|| {
                headers
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok())
                    .and_then(Locale::from_accept_language)
            })
            .unwrap_or_default();
        let here = uri
            .path_and_query()
            .map(|pq| pq.as_str().to_owned())
            .unwrap_or_else(|| "/".into());
        Self {
            tr: Tr::new(locale),
            here,
        }
    }

    pub fn from_request(req: &Request) -> Self {
        Self::new(req.headers(), req.uri())
    }

    /// The page frame; `active` names the navigation entry to mark as current.
    pub fn chrome(&self, active: &'static str) -> Chrome {
        let ret: String = serde_urlencoded::to_string([("return", self.here.as_str())]).unwrap_or_default();
        Chrome {
            tr: self.tr,
            active,
            asset_version: crate::routes::assets::VERSION,
            languages: Locale::ALL
                .iter()
                .map(|l| LanguageLink {
                    code: l.code(),
                    name: l.native_name(),
                    href: format!("/language?lang={}&{ret}", l.code()),
                    current: *l == self.tr.locale,
                })
                .collect(),
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Self::new(&parts.headers, &parts.uri))
    }
}
