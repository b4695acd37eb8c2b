//! Who is asking and may they: password hashing (argon2id), server-side sessions in the database,
//! CSRF protection of every form, API tokens, login throttling and the checks routes call.
//!
//! - Passwords: argon2id, m = 19 MiB, t = 2, p = 1 (the OWASP baseline), hashed on the blocking
//!   pool with at most two hashes at once per core so a login burst cannot exhaust memory.
//! - Sessions: a random 256-bit id in an HttpOnly, SameSite=Lax cookie (Secure when the public URL
//!   is https); the database keeps only its SHA-256, with the user, a CSRF token and an expiry.
//!   Logging in always starts a new session (the id is never carried over).
//! - CSRF: every non-GET request outside `/api/` must carry a `csrf` form field equal to the
//!   session's token (or, before login, to a random token in its own cookie), and, when the browser
//!   sends `Origin`, come from our own origin. The API takes no cookies, only bearer tokens.

pub mod extract;
pub mod proxy;
pub mod throttle;
pub mod two_factor;

use std::net::SocketAddr;
use std::sync::Arc;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::SaltString;
use argon2::{Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version};
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use store::accounts::Session;
use tokio::sync::Semaphore;

use crate::{AppState, WebError};

/// The two cookies the platform sets for itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cookie {
    /// The session of a signed-in person.
    Session,
    /// The CSRF token of a visitor who has no session yet.
    Csrf,
    /// A login waiting for its second factor (the password was right).
    SecondFactor,
}

impl Cookie {
    /// The cookie's name. Over https it carries the `__Host-` prefix, with which browsers keep it
    /// to this exact host, path `/` and Secure, so no sibling subdomain or plain-http page can set
    /// or shadow it; browsers refuse such cookies over plain http, where the bare name is used.
    pub fn name(self, settings: &crate::Settings) -> &'static str {
        match (self, settings.secure_cookies()) {
            (Cookie::Session, true) => "__Host-clusterhub_session",
            (Cookie::Session, false) => "clusterhub_session",
            (Cookie::Csrf, true) => "__Host-clusterhub_csrf",
            (Cookie::Csrf, false) => "clusterhub_csrf",
            (Cookie::SecondFactor, true) => "__Host-clusterhub_2fa",
            (Cookie::SecondFactor, false) => "clusterhub_2fa",
        }
    }
}
/// How long a session lasts after login.
pub const SESSION_DAYS: i64 = 14;
/// The largest form body read (a profile with descriptions in several languages fits easily).
pub const MAX_FORM_BYTES: usize = 512 * 1024;
/// The largest body of a form that uploads a file (a logo of at most [`MAX_LOGO_BYTES`] and the
/// form around it).
pub const MAX_UPLOAD_BYTES: usize = crate::routes::logos::MAX_LOGO_BYTES + 64 * 1024;

/// The argon2id parameters: memory in KiB, iterations, lanes.
pub const ARGON2_M_KIB: u32 = 19_456;
pub const ARGON2_T: u32 = 2;
pub const ARGON2_P: u32 = 1;

/// A fresh random secret: 32 bytes from the operating system, as 64 hex digits.
pub fn random_token() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex(&bytes)
}

/// What the database stores of a secret.
pub fn hash_token(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Compares secrets in time independent of where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Hashes and verifies passwords off the async threads, a bounded number at a time.
pub struct Passwords {
    argon2: Argon2<'static>,
    permits: Semaphore,
    /// A hash of nothing anyone knows, verified when an address has no account so that a login
    /// attempt takes as long whether or not the account exists.
    decoy: String,
}

impl Passwords {
    pub fn new() -> Self {
        let params = Params::new(ARGON2_M_KIB, ARGON2_T, ARGON2_P, None).unwrap_or_default();
        let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let decoy = argon2
            .hash_password(random_token().as_bytes(), &SaltString::generate(&mut OsRng))
            .map(|h| h.to_string())
            .unwrap_or_default();
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
        Self {
            argon2,
            permits: Semaphore::new(cores * 2),
            decoy,
        }
    }

    pub async fn hash(self: &Arc<Self>, password: &domain::Password) -> Result<String, WebError> {
        let _permit = self.permits.acquire().await.map_err(|_| WebError::Unavailable)?;
        let me = self.clone();
        let pw = password.expose().to_owned();
        tokio::task::spawn_blocking(move || {
            me.argon2
                .hash_password(pw.as_bytes(), &SaltString::generate(&mut OsRng))
                .map(|h| h.to_string())
        })
        .await
        .map_err(|_| WebError::Internal)?
        .map_err(|e| {
            tracing::error!(error = %e, "password hashing failed");
            WebError::Internal
        })
    }

    /// Whether `password` matches `hash`; an absent hash is checked against the decoy (and fails).
    pub async fn verify(self: &Arc<Self>, password: &str, hash: Option<&str>) -> Result<bool, WebError> {
        let _permit = self.permits.acquire().await.map_err(|_| WebError::Unavailable)?;
        let me = self.clone();
        let pw = password.to_owned();
        let (hash, real) = match hash {
            Some(h) => (h.to_owned(), true),
            None => (self.decoy.clone(), false),
        };
        tokio::task::spawn_blocking(move || {
            let ok = PasswordHash::new(&hash)
                .map(|parsed| me.argon2.verify_password(pw.as_bytes(), &parsed).is_ok())
                .unwrap_or(false);
            ok && real
        })
        .await
        .map_err(|_| WebError::Internal)
    }
}

impl Default for Passwords {
    fn default() -> Self {
        Self::new()
    }
}

/// Who the request comes from, as the middleware found out; every handler can read it.
#[derive(Clone)]
pub struct Viewer {
    pub session: Option<Arc<Session>>,
    /// The SHA-256 of the session id, to end this very session.
    pub session_hash: Option<String>,
    /// The token forms must carry.
    pub csrf: String,
    /// The client's address (from `X-Forwarded-For` as far as trusted proxies wrote it).
    pub ip: String,
}

impl std::fmt::Debug for Viewer {
    // Without the secrets: contexts are logged.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Viewer")
            .field("user", &self.user().map(|u| u.id))
            .field("ip", &self.ip)
            .finish_non_exhaustive()
    }
}

impl Viewer {
    pub fn user(&self) -> Option<&store::accounts::User> {
        self.session.as_deref().map(|s| &s.user)
    }
}

pub(crate) fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
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

/// One of our token cookies, when its value is shaped like our tokens (anything else is a
/// stranger's cookie and is not looked up).
pub fn token_cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    cookie(headers, name).filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// A `Set-Cookie` value for one of our cookies; `max_age` zero deletes it.
pub fn set_cookie(state: &AppState, cookie: Cookie, value: &str, max_age_secs: i64) -> HeaderValue {
    let secure = if state.settings.secure_cookies() {
        "; Secure"
    } else {
        ""
    };
    let name = cookie.name(&state.settings);
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

fn client_ip(req: &Request, trusted: &[proxy::Network]) -> String {
    let Some(peer) = req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip()) else {
        return "unknown".into();
    };
    let forwarded = req
        .headers()
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok());
    proxy::client(peer, forwarded, trusted).to_string()
}

/// Whether a POST to `path` reaches a form handler (API routes take tokens, not cookies; a path
/// no form posts to goes on to be answered 404 or 405).
fn is_form_path(path: &str) -> bool {
    static FORM_ROUTES: std::sync::LazyLock<Vec<Vec<&'static str>>> = std::sync::LazyLock::new(|| {
        let by_link = crate::router::by_link_routes();
        crate::mutating_routes()
            .into_iter()
            .filter(|(m, p)| *m == Method::POST && !p.starts_with("/api/") && !by_link.contains(p))
            .map(|(_, p)| p.split('/').collect())
            .collect()
    });
    let segments: Vec<&str> = path.split('/').collect();
    FORM_ROUTES.iter().any(|pattern| {
        pattern.len() == segments.len() && pattern.iter().zip(&segments).all(|(p, s)| p.starts_with('{') || p == s)
    })
}

/// Resolves the session, checks CSRF on state-changing form requests and hands a [`Viewer`] on.
pub async fn middleware(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let ip = client_ip(&req, &state.settings.trusted_proxies);
    let session_hash = token_cookie(req.headers(), Cookie::Session.name(&state.settings)).map(hash_token);
    let session = match &session_hash {
        Some(h) => match state.store.session(h).await {
            Ok(s) => s.map(Arc::new),
            Err(e) => return WebError::from(e).into_response(),
        },
        None => None,
    };
    let anonymous_token = token_cookie(req.headers(), Cookie::Csrf.name(&state.settings)).map(str::to_owned);
    let mut new_anonymous = None;
    let csrf = match (&session, anonymous_token) {
        (Some(s), _) => s.csrf_token.clone(),
        (None, Some(t)) => t,
        (None, None) => {
            let t = random_token();
            new_anonymous = Some(t.clone());
            t
        }
    };
    let viewer = Viewer {
        session_hash: session.as_ref().and(session_hash),
        session,
        csrf,
        ip,
    };

    let mut req = req;
    // Browsers send forms only as POST; other methods outside the API have no route and go on to
    // be answered 405 (and cannot be sent across sites without a CORS preflight anyway).
    if *req.method() == Method::POST && is_form_path(req.uri().path()) {
        if !same_origin(req.headers(), &state.settings.public_url) {
            return WebError::Csrf.into_response();
        }
        let multipart = req
            .headers()
            .get(header::CONTENT_TYPE)
            .is_some_and(|v| v.as_bytes().to_ascii_lowercase().starts_with(b"multipart/form-data"));
        // Only the routes that take a file take a larger body.
        let limit = if multipart && crate::routes::logos::is_upload_path(req.uri().path()) {
            MAX_UPLOAD_BYTES
        } else {
            MAX_FORM_BYTES
        };
        let (parts, body) = req.into_parts();
        let bytes = match axum::body::to_bytes(body, limit).await {
            Ok(b) => b,
            Err(_) => return WebError::TooLarge(limit).into_response(),
        };
        let sent = if multipart {
            multipart_field(&parts.headers, bytes.clone(), "csrf").await
        } else {
            form_field(&bytes, "csrf")
        };
        if !sent.is_some_and(|t| same_secret(&t, &viewer.csrf)) {
            return WebError::Csrf.into_response();
        }
        req = Request::from_parts(parts, Body::from(bytes));
    }
    // A page answered to a signed-in person (or an API token) may show their own data: no cache
    // on the way, nor the browser's back-forward store on a shared computer, may keep a copy.
    let personal = viewer.session.is_some() || req.headers().contains_key(header::AUTHORIZATION);
    req.extensions_mut().insert(viewer.clone());
    let mut res = next.run(req).await;
    if personal && !res.headers().contains_key(header::CACHE_CONTROL) {
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    }
    // Error pages are drawn further out, after this request's extensions are gone.
    res.extensions_mut().insert(viewer);
    if let Some(t) = new_anonymous {
        let html = res
            .headers()
            .get(header::CONTENT_TYPE)
            .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
        // Only pages carry forms; assets and the API need no token.
        if html && !res.headers().contains_key(header::SET_COOKIE) {
            res.headers_mut()
                .append(header::SET_COOKIE, set_cookie(&state, Cookie::Csrf, &t, 60 * 60 * 24));
        }
    }
    res
}

/// The first text field `name` of a `multipart/form-data` body (forms that upload a file), read
/// from the body already held (whose size the caller limited).
async fn multipart_field(headers: &axum::http::HeaderMap, body: axum::body::Bytes, name: &str) -> Option<String> {
    let content_type = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    let boundary = multer::parse_boundary(content_type).ok()?;
    let stream = futures_util::stream::once(async move { Ok::<_, std::convert::Infallible>(body) });
    let mut form = multer::Multipart::new(stream, boundary);
    while let Ok(Some(field)) = form.next_field().await {
        if field.name() == Some(name) {
            return field.text().await.ok();
        }
    }
    None
}

/// The first value of `name` in a URL-encoded form body.
fn form_field(body: &[u8], name: &str) -> Option<String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}

/// A browser that names the origin of a request must name ours (or the Host it asked, for
/// installations reached under several names on one machine).
fn same_origin(headers: &HeaderMap, public_url: &str) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    if origin.trim_end_matches('/') == public_url.trim_end_matches('/') {
        return true;
    }
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or("");
    origin
        .split_once("://")
        .is_some_and(|(_, rest)| !host.is_empty() && rest == host)
}

/// Opens a session for `user_id` (a new id at every login) and sends the browser on to `ret`
/// when it is a path of this site, to the dashboard otherwise.
pub async fn open_session(
    state: &AppState,
    v: &Viewer,
    headers: &HeaderMap,
    user_id: i64,
    ret: &str,
    locale: crate::i18n::Locale,
) -> Result<Response, WebError> {
    // An account from before languages were kept takes the one it signs in with, so mail to it
    // follows the reader's language from then on.
    state.store.set_language_if_unset(user_id, locale.code()).await?;
    // A new session id at every login: an id planted before login is worth nothing after it.
    if let Some(old) = &v.session_hash {
        state.store.delete_session(old).await?;
    }
    let id = random_token();
    // Shown to the person in their data export, so they can tell their sessions apart.
    let user_agent = headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok());
    state
        .store
        .create_session(
            &hash_token(&id),
            user_id,
            &random_token(),
            Some(&v.ip),
            user_agent,
            chrono::Utc::now() + chrono::Duration::days(SESSION_DAYS),
        )
        .await?;
    let to = crate::forms::safe_return(ret).unwrap_or_else(|| "/dashboard".into());
    let mut res = axum::response::Redirect::to(&to).into_response();
    let headers = res.headers_mut();
    headers.append(
        header::SET_COOKIE,
        set_cookie(state, Cookie::Session, &id, SESSION_DAYS * 24 * 3600),
    );
    headers.append(header::SET_COOKIE, set_cookie(state, Cookie::Csrf, "", 0));
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_hashed() {
        let a = random_token();
        assert_eq!(a.len(), 64);
        assert_ne!(a, random_token());
        assert_eq!(hash_token("x").len(), 64);
        assert_ne!(hash_token(&a), a);
        assert!(same_secret("abc", "abc") && !same_secret("abc", "abd") && !same_secret("abc", "ab"));
    }

    #[test]
    fn origins_are_checked() {
        let mut h = HeaderMap::new();
        assert!(same_origin(&h, "http://127.0.0.1:8080"));
        h.insert(header::ORIGIN, HeaderValue::from_static("https://evil.example"));
        h.insert(header::HOST, HeaderValue::from_static("127.0.0.1:8080"));
        assert!(!same_origin(&h, "http://127.0.0.1:8080"));
        h.insert(header::ORIGIN, HeaderValue::from_static("http://127.0.0.1:8080"));
        assert!(same_origin(&h, "https://hub.example.eu"));
    }

    #[test]
    fn form_fields_are_found() {
        assert_eq!(form_field(b"a=1&csrf=abc%20d", "csrf").as_deref(), Some("abc d"));
        assert_eq!(form_field(b"\xff\xfe", "csrf"), None);
    }

    #[tokio::test]
    async fn passwords_verify() {
        let p = Arc::new(Passwords::new());
        let pw = domain::Password::parse("correct horse battery", None).unwrap();
        let h = p.hash(&pw).await.unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(p.verify("correct horse battery", Some(&h)).await.unwrap());
        assert!(!p.verify("wrong horse battery", Some(&h)).await.unwrap());
        assert!(!p.verify("correct horse battery", None).await.unwrap());
        assert!(!p.verify("x", Some("not a hash")).await.unwrap());
    }
}
