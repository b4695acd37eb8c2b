//! What a page needs to know about the request it answers: the reader's language and the
//! address it was asked at (for language links that return to the same page).

use std::convert::Infallible;

use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, Uri};

use crate::auth::Viewer;
use crate::i18n::{Locale, Tr};
use crate::views::{Chrome, LanguageLink, UserChip};

/// The language cookie's name.
pub const LANG_COOKIE: &str = "lang";

/// The cookie that keeps the interface in `locale` for a year.
pub fn language_cookie(locale: Locale) -> HeaderValue {
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
        locale.code()
    );
    HeaderValue::from_str(&cookie).unwrap_or(HeaderValue::from_static(""))
}

#[derive(Debug, Clone)]
pub struct Ctx {
    pub tr: Tr,
    /// Path and query of this request.
    pub here: String,
    /// Who asks (set by the auth middleware; absent only on pages drawn outside it).
    pub viewer: Option<Viewer>,
}

impl Ctx {
    /// The reader's language: the one they picked with the language switcher (a cookie), else
    /// the one their account chose, else their browser's, else English.
    fn new(headers: &HeaderMap, uri: &Uri, viewer: Option<Viewer>) -> Self {
        let chosen = viewer
            .as_ref()
            .and_then(Viewer::user)
            .and_then(|u| u.language.as_deref())
            .and_then(Locale::from_code);
        let locale = crate::auth::cookie(headers, LANG_COOKIE)
            .and_then(Locale::from_code)
            .or(chosen)
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
            viewer,
        }
    }

    pub fn from_request(req: &Request) -> Self {
        Self::new(req.headers(), req.uri(), req.extensions().get::<Viewer>().cloned())
    }

    /// Who asks; every routed request has one (the auth middleware sets it).
    pub fn viewer(&self) -> Result<&Viewer, crate::WebError> {
        self.viewer.as_ref().ok_or(crate::WebError::Internal)
    }

    /// The token this request's forms must carry.
    pub fn csrf(&self) -> String {
        self.viewer.as_ref().map(|v| v.csrf.clone()).unwrap_or_default()
    }

    pub fn user(&self) -> Option<&store::accounts::User> {
        self.viewer.as_ref().and_then(Viewer::user)
    }

    /// The page frame; `active` names the navigation entry to mark as current.
    pub fn chrome(&self, active: &'static str) -> Chrome {
        let ret: String = serde_urlencoded::to_string([("return", self.here.as_str())]).unwrap_or_default();
        Chrome {
            tr: self.tr,
            active,
            csrf: self.csrf(),
            user: self.user().map(|u| UserChip {
                name: u.display_name.clone(),
                moderates: u.role.moderates(),
                admin: u.role == domain::PlatformRole::Admin,
            }),
            login_href: format!("/login?{ret}"),
            zone: crate::views::reader_zone(self.user()),
            asset_version: crate::routes::assets::version(),
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
        Ok(Self::new(
            &parts.headers,
            &parts.uri,
            parts.extensions.get::<Viewer>().cloned(),
        ))
    }
}
