//! One error type for the web layer. Handlers return it with `?`; it becomes a response carrying
//! the error as an extension, and [`render_errors`] turns that into a JSON body under `/api` or a
//! translated HTML page elsewhere, so every error has one status, one stable code and one shape.

use std::any::Any;

use askama::Template;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use domain::FilterError;
use store::StoreError;

use crate::ctx::Ctx;
use crate::i18n::Tr;
use crate::views::Chrome;

#[derive(Debug, Clone)]
pub enum WebError {
    NotFound,
    OrganisationNotFound(String),
    ProjectNotFound(String),
    /// A place to search around that no organisation of the directory is in.
    PlaceNotFound(String),
    InvalidParameter(FilterError),
    /// A request body that failed validation; every field at fault is named.
    Invalid(domain::ValidationErrors),
    /// The API needs a valid personal token.
    Unauthorized,
    /// The token lacks the write scope.
    InsufficientScope,
    /// Signed in, but not allowed.
    Forbidden,
    /// A form without a valid CSRF token, or from another site.
    Csrf,
    /// A body over this many bytes.
    TooLarge(usize),
    /// A body that is not valid JSON; the detail says where it goes wrong.
    InvalidJson(String),
    /// A body of another media type than the one the route reads (named).
    UnsupportedMediaType(&'static str),
    /// The address takes other methods than this one.
    MethodNotAllowed(Method),
    /// A request the framework refused before a handler read it (an address it cannot decode,
    /// a query or body it cannot read), with its reason and the parameter it names, if any.
    Malformed {
        detail: String,
        parameter: Option<String>,
    },
    /// Throttled; retry after this many minutes.
    TooManyAttempts(i64),
    /// The change conflicts with what is stored (named by a message id).
    Conflict(&'static str),
    /// The mail server refused or could not be reached.
    MailFailed,
    Unavailable,
    Internal,
}

impl WebError {
    pub fn status(&self) -> StatusCode {
        match self {
            WebError::NotFound
            | WebError::OrganisationNotFound(_)
            | WebError::ProjectNotFound(_)
            | WebError::PlaceNotFound(_) => StatusCode::NOT_FOUND,
            WebError::InvalidParameter(_) | WebError::InvalidJson(_) | WebError::Malformed { .. } => {
                StatusCode::BAD_REQUEST
            }
            WebError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            WebError::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            WebError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            WebError::Unauthorized => StatusCode::UNAUTHORIZED,
            WebError::InsufficientScope | WebError::Forbidden | WebError::Csrf => StatusCode::FORBIDDEN,
            WebError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            WebError::TooManyAttempts(_) => StatusCode::TOO_MANY_REQUESTS,
            WebError::Conflict(_) => StatusCode::CONFLICT,
            WebError::Unavailable | WebError::MailFailed => StatusCode::SERVICE_UNAVAILABLE,
            WebError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Stable snake_case code for API clients.
    pub fn code(&self) -> &'static str {
        match self {
            WebError::NotFound => "not_found",
            WebError::OrganisationNotFound(_) => "organisation_not_found",
            WebError::ProjectNotFound(_) => "project_not_found",
            WebError::PlaceNotFound(_) => "place_not_found",
            WebError::InvalidParameter(_) => "invalid_parameter",
            WebError::Invalid(_) => "invalid",
            WebError::Unauthorized => "unauthorized",
            WebError::InsufficientScope => "insufficient_scope",
            WebError::Forbidden => "forbidden",
            WebError::Csrf => "csrf",
            WebError::TooLarge(_) => "too_large",
            WebError::InvalidJson(_) => "invalid_json",
            WebError::UnsupportedMediaType(_) => "unsupported_media_type",
            WebError::MethodNotAllowed(_) => "method_not_allowed",
            WebError::Malformed { .. } => "bad_request",
            WebError::TooManyAttempts(_) => "too_many_attempts",
            WebError::Conflict(_) => "conflict",
            WebError::MailFailed => "mail_failed",
            WebError::Unavailable => "unavailable",
            WebError::Internal => "internal",
        }
    }

    /// Heading and message in the reader's language.
    pub fn localized(&self, tr: &Tr) -> (String, String) {
        match self {
            WebError::NotFound => (tr.t("error-not-found-heading"), tr.t("error-not-found")),
            WebError::OrganisationNotFound(slug) => (
                tr.t("error-not-found-heading"),
                tr.t1(
                    "error-organisation-not-found",
                    "slug",
                    slug.chars().take(100).collect::<String>(),
                ),
            ),
            WebError::ProjectNotFound(id) => (
                tr.t("error-not-found-heading"),
                tr.t1("error-project-not-found", "id", id.chars().take(30).collect::<String>()),
            ),
            WebError::PlaceNotFound(place) => (
                tr.t("error-not-found-heading"),
                tr.t1(
                    "search-unknown-place",
                    "place",
                    place.chars().take(80).collect::<String>(),
                ),
            ),
            WebError::InvalidParameter(e) => (
                tr.t("error-bad-request-heading"),
                tr.t2(
                    "error-filter",
                    "parameter",
                    e.parameter.as_str(),
                    "message",
                    e.message.as_str(),
                ),
            ),
            WebError::Invalid(e) => (tr.t("error-bad-request-heading"), e.to_string()),
            WebError::Unauthorized => (tr.t("error-unauthorized-heading"), tr.t("error-unauthorized")),
            WebError::InsufficientScope => (tr.t("error-forbidden-heading"), tr.t("error-insufficient-scope")),
            WebError::Forbidden => (tr.t("error-forbidden-heading"), tr.t("error-forbidden")),
            WebError::Csrf => (tr.t("error-forbidden-heading"), tr.t("error-csrf")),
            WebError::TooLarge(n) => (
                tr.t("error-too-large-heading"),
                tr.t1("error-too-large", "kib", (*n / 1024) as i64),
            ),
            WebError::InvalidJson(detail) => (
                tr.t("error-bad-request-heading"),
                tr.t1("error-invalid-json", "detail", bounded(detail)),
            ),
            WebError::UnsupportedMediaType(expected) => (
                tr.t("error-bad-request-heading"),
                tr.t1("error-unsupported-media-type", "type", *expected),
            ),
            WebError::MethodNotAllowed(method) => (
                tr.t("error-method-not-allowed-heading"),
                tr.t1("error-method-not-allowed", "method", bounded(method.as_str())),
            ),
            WebError::Malformed { detail, .. } => (
                tr.t("error-bad-request-heading"),
                tr.t1("error-malformed", "detail", bounded(detail)),
            ),
            WebError::TooManyAttempts(m) => (tr.t("error-throttled-heading"), tr.t1("error-throttled", "minutes", *m)),
            WebError::Conflict(id) => (tr.t("error-conflict-heading"), tr.t(id)),
            WebError::MailFailed => (tr.t("error-unavailable-heading"), tr.t("error-mail")),
            WebError::Unavailable => (tr.t("error-unavailable-heading"), tr.t("error-unavailable")),
            WebError::Internal => (tr.t("error-internal-heading"), tr.t("error-internal")),
        }
    }

    fn json(&self) -> serde_json::Value {
        let tr = Tr::default();
        let (_, message) = self.localized(&tr);
        let mut error = serde_json::json!({ "code": self.code(), "message": message });
        if let WebError::InvalidParameter(e) = self {
            error["parameter"] = serde_json::Value::String(e.parameter.clone());
        }
        if let WebError::Malformed { parameter: Some(p), .. } = self {
            error["parameter"] = serde_json::Value::String(bounded(p));
        }
        if let WebError::PlaceNotFound(_) = self {
            error["parameter"] = serde_json::Value::String("near".into());
        }
        if let WebError::Invalid(e) = self {
            error["fields"] = serde_json::to_value(&e.0).unwrap_or_default();
        }
        serde_json::json!({ "error": error })
    }
}

impl From<FilterError> for WebError {
    fn from(e: FilterError) -> Self {
        WebError::InvalidParameter(e)
    }
}

impl From<StoreError> for WebError {
    fn from(e: StoreError) -> Self {
        match &e {
            StoreError::NotFound => WebError::NotFound,
            StoreError::LastPlatformAdmin => WebError::Conflict("account-error-last-admin"),
            StoreError::LastOrganisationAdmin => WebError::Conflict("members-error-last-admin"),
            // A clash a handler did not expect still answers 409 with what it clashed with.
            StoreError::Conflict(c) => WebError::Conflict(match c {
                store::Conflict::Email => "account-error-email-taken",
                store::Conflict::Acronym => "project-error-taken",
                store::Conflict::Application => "mission-error-applied",
                store::Conflict::Interest => "interest-twice",
                store::Conflict::Registration => "event-error-registered",
                store::Conflict::MeetingRequest => "b2b-error-requested",
                store::Conflict::Budget => "programme-error-budget",
                store::Conflict::PendingClaim => "claim-pending",
                store::Conflict::ServiceReference => "service-error-reference",
                store::Conflict::Evaluator | store::Conflict::SelfPartnership => "error-conflict",
            }),
            StoreError::Database(sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_)) => {
                tracing::warn!(error = %e, "database unavailable");
                WebError::Unavailable
            }
            _ => {
                tracing::error!(error = %e, "store error");
                WebError::Internal
            }
        }
    }
}

impl From<askama::Error> for WebError {
    fn from(e: askama::Error) -> Self {
        tracing::error!(error = %e, "template error");
        WebError::Internal
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let mut r = self.status().into_response();
        r.extensions_mut().insert(self);
        r
    }
}

#[derive(Template)]
#[template(path = "shared/error.html")]
struct ErrorPage {
    chrome: Chrome,
    heading: String,
    message: String,
}

/// Gives error responses their body: JSON for the API, a translated page for people. Errors the
/// framework answers itself before a handler runs (a body over the limit, an address or body it
/// cannot decode, a method the address does not take) come as plain text; they are given the
/// same shape as the handlers' errors here, so that the API keeps to its documented error.
pub async fn render_errors(req: Request, next: Next) -> Response {
    let is_api = req.uri().path().starts_with("/api/");
    let method = req.method().clone();
    let upload = crate::routes::logos::is_upload_path(req.uri().path());
    let mut ctx = Ctx::from_request(&req);
    let mut res = next.run(req).await;
    let err = match res.extensions_mut().remove::<WebError>() {
        Some(err) => err,
        None if from_framework(&res) => {
            let (parts, body) = res.into_parts();
            // The framework's reasons are a line or two; anything longer is not one of them.
            let text = axum::body::to_bytes(body, 2048)
                .await
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default();
            let limit = if upload {
                crate::auth::MAX_UPLOAD_BYTES
            } else {
                crate::auth::MAX_FORM_BYTES
            };
            let err = framework_error(parts.status, &text, method, limit);
            res = Response::from_parts(parts, Body::empty());
            err
        }
        None => return res,
    };
    ctx.viewer = res.extensions_mut().remove::<crate::auth::Viewer>();
    let status = res.status();
    let mut out = if is_api {
        (status, axum::Json(err.json())).into_response()
    } else {
        let (heading, message) = err.localized(&ctx.tr);
        let page = ErrorPage {
            chrome: ctx.chrome(""),
            heading,
            message,
        };
        match page.render() {
            Ok(html) => (status, Html(html)).into_response(),
            Err(e) => {
                tracing::error!(error = %e, "error page failed to render");
                (status, "error").into_response()
            }
        }
    };
    if let Some(allow) = res.headers().get(header::ALLOW) {
        out.headers_mut().insert(header::ALLOW, allow.clone());
    }
    // What the layers outside read from the answer (the route it matched, for the metrics).
    out.extensions_mut().extend(std::mem::take(res.extensions_mut()));
    match &err {
        WebError::Unavailable => {
            out.headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from_static("5"));
        }
        WebError::TooManyAttempts(m) => {
            out.headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from(m * 60));
        }
        WebError::Unauthorized => {
            out.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer realm=\"clusterhub\""),
            );
        }
        WebError::InsufficientScope => {
            out.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer error=\"insufficient_scope\", scope=\"write\""),
            );
        }
        _ => {}
    }
    out
}

/// An error answer with no error attached and a plain-text body (or none): one of the
/// framework's own refusals (extractor rejections, body limits, 405), not a handler's answer.
fn from_framework(res: &Response) -> bool {
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return false;
    }
    match res.headers().get(header::CONTENT_TYPE) {
        None => true,
        Some(v) => v.as_bytes().to_ascii_lowercase().starts_with(b"text/plain"),
    }
}

/// The error a framework refusal stands for; `text` is its plain-text reason.
fn framework_error(status: StatusCode, text: &str, method: Method, limit: usize) -> WebError {
    match status {
        StatusCode::PAYLOAD_TOO_LARGE => WebError::TooLarge(limit),
        StatusCode::METHOD_NOT_ALLOWED => WebError::MethodNotAllowed(method),
        StatusCode::NOT_FOUND => WebError::NotFound,
        StatusCode::UNSUPPORTED_MEDIA_TYPE => WebError::UnsupportedMediaType("application/json"),
        s if s.is_server_error() => WebError::Internal,
        _ => {
            let detail = text.trim();
            WebError::Malformed {
                parameter: named_parameter(detail),
                detail: if detail.is_empty() {
                    status.canonical_reason().unwrap_or("bad request").to_owned()
                } else {
                    detail.to_owned()
                },
            }
        }
    }
}

/// The parameter a framework reason names: axum writes "Invalid UTF-8 in `slug`", "Cannot
/// parse `id` with value `x` to a `u32`", and for a query "Failed to deserialize query string:
/// limit: invalid digit found in string".
fn named_parameter(detail: &str) -> Option<String> {
    let quoted = |after: &str| {
        let rest = &detail[detail.find(after)? + after.len()..];
        Some(rest[..rest.find('`')?].to_owned())
    };
    if let Some(p) = quoted("Invalid UTF-8 in `") {
        return Some(p);
    }
    if detail.contains("` with value `") {
        return quoted("Cannot parse `");
    }
    let rest = detail.split_once("query string: ")?.1;
    let (name, _) = rest.split_once(": ")?;
    let plain = !name.is_empty() && name.len() <= 40;
    (plain && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')).then(|| name.to_owned())
}

/// Caller-supplied text as a message shows it: at most 200 characters, without control
/// characters.
fn bounded(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).take(200).collect()
}

/// A handler panicked: log it and answer like any internal error.
pub fn panic_response(panic: Box<dyn Any + Send + 'static>) -> Response {
    let detail = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("unknown");
    tracing::error!(panic = detail, "handler panicked");
    WebError::Internal.into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn framework_reasons_name_their_parameter() {
        assert_eq!(
            named_parameter("Invalid URL: Invalid UTF-8 in `slug`").as_deref(),
            Some("slug")
        );
        assert_eq!(
            named_parameter("Invalid URL: Cannot parse `id` with value `x` to a `u32`").as_deref(),
            Some("id")
        );
        assert_eq!(
            named_parameter("Failed to deserialize query string: limit: invalid digit found in string").as_deref(),
            Some("limit")
        );
        assert_eq!(
            named_parameter("Failed to deserialize query string: invalid digit"),
            None
        );
        assert_eq!(named_parameter("Invalid URL: Cannot parse `x` to a `u32`"), None);
    }

    #[test]
    fn framework_refusals_keep_their_status() {
        for (status, code) in [
            (StatusCode::PAYLOAD_TOO_LARGE, "too_large"),
            (StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed"),
            (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type"),
            (StatusCode::BAD_REQUEST, "bad_request"),
        ] {
            let e = framework_error(status, "reason", Method::PUT, 1024);
            assert_eq!((e.status(), e.code()), (status, code));
        }
        let e = framework_error(StatusCode::BAD_REQUEST, "", Method::GET, 1024);
        assert!(e.json()["error"]["message"]
            .as_str()
            .is_some_and(|m| m.ends_with("Bad Request")));
    }

    #[test]
    fn caller_text_in_messages_is_bounded_and_without_control_characters() {
        let shown = bounded(&format!("a\nb\u{1b}[31m{}", "x".repeat(500)));
        assert!(shown.starts_with("ab[31m"));
        assert_eq!(shown.chars().count(), 200);
    }
}
