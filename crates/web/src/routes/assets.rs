//! Static assets, compiled into the binary.

use axum::http::header;
use axum::response::IntoResponse;

const STYLESHEET: &str = include_str!("../../static/app.css");
const SEARCH_SCRIPT: &str = include_str!("../../static/search.js");
const FAVICON: &str = include_str!("../../static/favicon.svg");
/// The same picture as a 32×32 PNG in an ICO container, for browsers that ask `/favicon.ico`
/// whatever the page says.
const FAVICON_ICO: &[u8] = include_bytes!("../../static/favicon.ico");

/// A digest of the assets' content: it changes whenever an asset does (not only with the
/// binary's version), so browsers may cache them for long and still never keep a stale one.
pub fn version() -> &'static str {
    static VERSION: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        use sha2::{Digest, Sha256};
        let digest = Sha256::new()
            .chain_update(STYLESHEET)
            .chain_update(SEARCH_SCRIPT)
            .chain_update(FAVICON)
            .finalize();
        digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
    });
    &VERSION
}

pub async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        STYLESHEET,
    )
}

pub async fn favicon() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        FAVICON,
    )
}

pub async fn favicon_ico() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "image/x-icon"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        FAVICON_ICO,
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
