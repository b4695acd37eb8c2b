//! The HTTP layer: server-rendered HTML pages that need no JavaScript, the JSON API under
//! `/api/v1` described by the OpenAPI document at `/api/openapi.json`, health and readiness probes,
//! security headers and error pages. Every user-visible string goes through [`i18n`].

// The OpenAPI document is one `json!` literal, deeper than the default limit.
#![recursion_limit = "256"]

pub mod access;
pub mod audit;
pub mod auth;
pub mod cache;
pub mod ctx;
pub mod digest;
pub mod error;
pub mod evaluation;
pub mod feeds_in;
pub mod forms;
pub mod i18n;
pub mod jobs;
pub mod mail;
pub mod matchmaking;
pub mod mentions;
pub mod metrics;
pub mod moderation;
pub mod notify;
pub mod openapi;
pub mod pages;
pub mod router;
pub mod routes;
pub mod state;
pub mod views;

pub use error::WebError;
pub use router::{app, mutating_routes, reading_routes};
pub use state::{AppState, Settings};
