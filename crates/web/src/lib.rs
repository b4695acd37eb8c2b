//! The HTTP layer: server-rendered HTML pages that need no JavaScript, the JSON API under
//! `/api/v1` described by the OpenAPI document at `/api/openapi.json`, health and readiness probes,
//! security headers and error pages. Every user-visible string goes through [`i18n`].

pub mod cache;
pub mod ctx;
pub mod error;
pub mod i18n;
pub mod openapi;
pub mod routes;
pub mod views;

use std::time::Duration;

use axum::http::{header, HeaderName, HeaderValue};
use axum::routing::get;
use axum::Router;
use store::Store;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use error::WebError;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub cache: std::sync::Arc<cache::ReadCache>,
    /// The node's search index; its own task keeps it current (see `search::sync`).
    pub search: std::sync::Arc<search::SearchIndex>,
}

impl AppState {
    /// State for a server; starts following the change feed (needs a Tokio runtime).
    pub fn new(store: Store, search: std::sync::Arc<search::SearchIndex>) -> Self {
        let cache = std::sync::Arc::new(cache::ReadCache::default());
        cache::follow(store.clone(), cache.clone());
        Self { store, cache, search }
    }

    /// State whose read cache stays empty: every request goes to the database. For measuring.
    pub fn without_cache(store: Store, search: std::sync::Arc<search::SearchIndex>) -> Self {
        Self {
            store,
            cache: std::sync::Arc::new(cache::ReadCache::default()),
            search,
        }
    }
}

/// The whole application: pages, API, probes, static assets, with its middleware.
pub fn app(state: AppState) -> Router {
    let csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
               object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    Router::new()
        .route("/", get(routes::home::page))
        .route("/organisations", get(routes::organisations::directory))
        .route("/organisations/{slug}", get(routes::organisations::profile))
        .route("/search", get(routes::search::page))
        .route("/projects", get(routes::projects::list))
        .route("/projects/{id}", get(routes::projects::page))
        .route("/language", get(routes::language::switch))
        .route("/api", get(routes::api::docs_page))
        .route("/api/openapi.json", get(routes::api::openapi))
        .route("/api/v1/organisations", get(routes::api::organisations::list))
        .route("/api/v1/organisations/{slug}", get(routes::api::organisations::get))
        .route("/api/v1/search", get(routes::api::search::search))
        .route("/api/v1/projects", get(routes::api::projects::list))
        .route("/api/v1/projects/{id}", get(routes::api::projects::get))
        .route("/healthz", get(routes::health::live))
        .route("/readyz", get(routes::health::ready))
        .route("/static/app.css", get(routes::assets::stylesheet))
        .route("/static/search.js", get(routes::assets::search_script))
        .fallback(routes::not_found)
        .layer(CatchPanicLayer::custom(error::panic_response))
        .layer(axum::middleware::from_fn(error::render_errors))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(csp),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("geolocation=(), camera=(), microphone=()"),
        ))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
