//! Static assets, compiled into the binary.

use axum::http::header;
use axum::response::IntoResponse;

const STYLESHEET: &str = include_str!("../../static/app.css");
const SEARCH_SCRIPT: &str = include_str!("../../static/search.js");

/// Changes with the binary's version, so browsers may cache assets for long.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

pub async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        STYLESHEET,
    )
}

pub async fn search_script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        SEARCH_SCRIPT,
    )
}
