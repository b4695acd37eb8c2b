//! Search as you type, with real key presses: results and the address follow the query box, and
//! the header's suggestions are reached with the arrow keys and closed with Escape.

use super::harness::{Journey, Viewport};
use crate::helpers::TestApp;

#[tokio::test]
async fn results_follow_typing_and_suggestions_work_with_the_keyboard() {
    let Some(j) = Journey::start("search-as-you-type", Viewport::Desktop).await else {
        return;
    };
    let app = TestApp::with_demo(120).await;
    app.search_until("q=semiconductor&limit=1", |b| b["total"].as_u64().unwrap_or(0) > 0)
        .await;
    let b = j.person("visitor", &app.base).await;

    // The search page: results and the address follow the query box, the count is announced.
    b.goto("/search").await;
    b.click("#q").await;
    b.type_text("semicond").await;
    b.wait_until("location.search === '?q=semicond'", "the address following the query")
        .await;
    b.wait_until(
        "!!document.querySelector('#search-results .hit mark')",
        "highlighted results",
    )
    .await;
    b.wait_until(
        "document.getElementById('search-status').textContent === document.getElementById('search-count').textContent",
        "the count announced",
    )
    .await;
    b.screenshot("results-as-you-type").await;

    // Any other page: suggestions under the header's box, reached with the arrow keys, closed
    // with Escape, focus back in the box.
    b.goto("/organisations").await;
    b.click("#site-q").await;
    b.type_text("semicon").await;
    b.wait_until(
        "!document.getElementById('site-q-suggestions').hidden && document.querySelectorAll('.suggestions a').length > 1",
        "suggestions",
    )
    .await;
    b.expect(
        b.eval("document.getElementById('site-q').getAttribute('aria-expanded')")
            .await
            == "true",
        "the box says its suggestions are open",
    )
    .await;
    b.screenshot("suggestions").await;
    b.axe().await;
    b.press("ArrowDown").await;
    b.wait_until(
        "document.activeElement === document.querySelector('.suggestions a')",
        "the first suggestion focused",
    )
    .await;
    b.press("ArrowDown").await;
    b.wait_until(
        "document.activeElement === document.querySelectorAll('.suggestions a')[1]",
        "the second suggestion focused",
    )
    .await;
    b.press("Escape").await;
    b.wait_until(
        "document.getElementById('site-q-suggestions').hidden && document.activeElement.id === 'site-q'",
        "the suggestions closed and the focus back in the box",
    )
    .await;
    j.finish();
}
