//! The pages as headless Chromium builds them (its `--dump-dom`): what the HTML turns into once
//! parsed and scripted, for checks on the DOM itself.

use super::harness::{chromium, slot};
use crate::helpers::TestApp;

/// The DOM Chromium builds for `url`, or None when there is no Chromium.
async fn dump_dom(url: &str) -> Option<String> {
    let chromium = chromium()?;
    let _slot = slot().await;
    let profile = tempfile::tempdir().expect("profile dir");
    let out = tokio::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=3000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(url)
        .output()
        .await
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[tokio::test]
async fn the_directory_and_a_profile_render_in_a_real_browser() {
    let app = TestApp::with_demo(120).await;
    let Some(dom) = dump_dom(&format!("{}/organisations?type=cluster", app.base)).await else {
        return;
    };
    assert!(dom.contains("<h1>Organisation directory</h1>"), "{dom}");
    assert!(dom.contains(r##"<a class="skip-link" href="#main">"##));
    assert!(dom.contains(r#"value="cluster" checked"#));
    let first = dom
        .split("href=\"/organisations/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a profile link");
    let Some(profile) = dump_dom(&format!("{}/organisations/{first}", app.base)).await else {
        return;
    };
    assert!(profile.contains("Key facts"));
    // Every form control on the directory has a label.
    for id in ["f-q", "f-nuts", "f-country", "f-nace", "f-sme", "f-sort"] {
        assert!(dom.contains(&format!(r#"<label for="{id}">"#)), "{id} has a label");
    }
}

#[tokio::test]
async fn the_search_page_renders_in_a_real_browser() {
    let app = TestApp::with_demo(120).await;
    // The index fills from the change feed in the background.
    app.search_until("q=semiconductor&limit=1", |b| b["total"].as_u64().unwrap_or(0) > 0)
        .await;
    let Some(dom) = dump_dom(&format!("{}/search?q=semiconductor&type=company", app.base)).await else {
        return;
    };
    assert!(dom.contains("<h1>Search the platform</h1>"), "{dom}");
    assert!(dom.contains("<mark>"), "matches are highlighted");
    assert!(
        dom.contains("aria-current=\"true\""),
        "the chosen facet value is marked"
    );
    assert!(dom.contains(r#"<label for="q">"#) && dom.contains(r#"<label for="near">"#));
}

#[tokio::test]
async fn the_calendar_and_an_event_render_in_a_real_browser() {
    let app = TestApp::with_demo(120).await;
    clusterhub::demo::seed_accounts(&app.db.store).await.expect("accounts");
    clusterhub::demo::seed_events(&app.db.store, 42).await.expect("events");
    let Some(dom) = dump_dom(&format!("{}/events", app.base)).await else {
        return;
    };
    assert!(dom.contains("<h1>Events</h1>"), "{dom}");
    for id in ["ev-country", "ev-tech", "ev-att", "ev-from", "ev-to"] {
        assert!(dom.contains(&format!(r#"<label for="{id}">"#)), "{id} has a label");
    }
    let first = dom
        .split("href=\"/events/")
        .filter_map(|s| s.split('"').next())
        .find(|s| s.chars().all(|c| c.is_ascii_digit()))
        .expect("an event link")
        .to_owned();
    let Some(event) = dump_dom(&format!("{}/events/{first}", app.base)).await else {
        return;
    };
    assert!(
        event.contains(r#"<script type="application/ld+json">"#),
        "schema.org data"
    );
    assert!(event.contains("/event.ics"), "a calendar file");
    let Some(month) = dump_dom(&format!("{}/events?view=month", app.base)).await else {
        return;
    };
    assert!(month.contains(r#"<table class="month">"#) && month.contains("<th scope=\"col\">Mon</th>"));
}

#[tokio::test]
async fn funding_programmes_and_calls_render_in_a_real_browser() {
    let app = TestApp::with_demo(120).await;
    let store = &app.db.store;
    clusterhub::demo::seed_accounts(store).await.expect("accounts");
    clusterhub::demo::seed_calls(store, 42).await.expect("calls");
    clusterhub::demo::seed_programmes(store, 42).await.expect("programme");
    let Some(list) = dump_dom(&format!("{}/programmes", app.base)).await else {
        return;
    };
    assert!(list.contains("<h1>Funding programmes</h1>"), "{list}");
    let Some(page) = dump_dom(&format!("{}/programmes/1", app.base)).await else {
        return;
    };
    assert!(page.contains("Smart manufacturing pilots"));
    assert!(
        page.contains(r#"<label for="budget-meter">"#) && page.contains("<meter"),
        "the budget meter has a label"
    );
    assert!(page.contains("Funded projects") && page.contains("Progress of"));
    let Some(calls) = dump_dom(&format!("{}/funding", app.base)).await else {
        return;
    };
    for id in ["fc-status", "fc-programme", "fc-cascade"] {
        assert!(calls.contains(&format!(r#"<label for="{id}">"#)), "{id} has a label");
    }
}
