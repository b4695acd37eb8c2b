//! The harness itself: it refuses to click what a person could not click, reports what a
//! person could hardly see, and stops at an error page, so that a journey passing means people
//! can do what it does.

use super::harness::{Journey, Viewport};
use crate::helpers::TestApp;

/// A page with one thing of each kind a person cannot click, and a button drawn white on white.
const PAGE: &str = r#"<!doctype html><html lang="en"><head><title>Refusals</title></head><body><main>
<h1>Refusals</h1>
<p><button>Visible</button></p>
<p><button style="display:none">Not displayed</button></p>
<p><button style="position:absolute; left:-9999px">Far away</button></p>
<p><button style="width:0; height:0; padding:0; border:0; overflow:hidden">Zero size</button></p>
<details><summary>Folded</summary><button>Folded away</button></details>
<div style="position:relative"><button>Covered</button><div style="position:absolute; inset:0; background:#eee">a banner</div></div>
<div style="background:#fff; padding:1rem"><button style="background:none; border:0; color:#fff">White on white</button></div>
</main></body></html>"#;

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn clicks_are_refused_where_a_person_could_not_click() {
    let Some(j) = Journey::start("harness-refusals", Viewport::Desktop).await else {
        return;
    };
    let page = j.person("visitor", "http://127.0.0.1").await;
    page.goto(&format!("data:text/html;charset=utf-8,{}", urlencode(PAGE)))
        .await;
    for (text, why) in [
        ("Not displayed", "has no size"),
        ("Far away", "lies outside the window"),
        ("Zero size", "has no size"),
        ("Folded away", "is not drawn"),
        ("Covered", "is covered by div \"a banner\""),
    ] {
        let said = page.why_not_clickable("button", text).await;
        assert!(
            said.as_deref().is_some_and(|m| m.contains(why)),
            "clicking “{text}” must be refused because it {why}; the harness said: {said:?}"
        );
    }
    assert_eq!(page.why_not_clickable("button", "Visible").await, None);
    let _ = j.take_problems();
    // White on white can be clicked, but is reported as hard to see.
    page.click_text("button", "White on white").await;
    let problems = j.take_problems();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("can hardly be seen") && p.contains("White on white")),
        "a button drawn white on white is reported: {problems:?}"
    );

    // A page answering with an error stops the journey, naming the status and the address.
    let app = TestApp::spawn().await;
    let page = j.person("visitor", &app.base).await;
    let task = tokio::spawn(async move { page.goto("/api/v1/organisations?country=XX").await });
    let said = match task.await {
        Ok(()) => None,
        Err(e) => e.into_panic().downcast::<String>().ok().map(|s| *s),
    };
    assert!(
        said.as_deref()
            .is_some_and(|m| m.contains("the server answered 400") && m.contains("country=XX")),
        "an error page fails the journey: {said:?}"
    );
    let _ = j.take_problems();
    j.finish();
}
