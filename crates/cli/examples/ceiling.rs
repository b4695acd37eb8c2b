//! The ceiling for the directory benchmark: a bare axum handler that returns a constant HTML page
//! of a given size, with no database, templates or middleware. `bench/directory.sh` reports
//! clusterhub's figures as ratios to this one, measured in the same run.
//!
//! Usage: `ceiling ADDR BYTES`

use axum::response::Html;
use axum::routing::get;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let addr = args.next().unwrap_or_else(|| "127.0.0.1:8090".into());
    let size: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(30_000);
    let mut page = String::from("<!DOCTYPE html><html lang=\"en\"><head><title>ceiling</title></head><body><main>");
    while page.len() < size.saturating_sub(22) {
        page.push_str("<p>constant ceiling page</p>");
    }
    page.push_str("</main></body></html>");
    let page: &'static str = Box::leak(page.into_boxed_str());
    let app = axum::Router::new().fallback(get(move || async move { Html(page) }));
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    axum::serve(listener, app).await?;
    Ok(())
}
