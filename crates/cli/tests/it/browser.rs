//! End-to-end: the pages as headless Chromium (Debian's `chromium`) builds them. Skipped, saying
//! so, where Chromium is not installed; `.ci/run` installs it.

use crate::helpers::TestApp;

/// The DOM Chromium builds for `url`, or None when there is no Chromium.
async fn dump_dom(url: &str) -> Option<String> {
    let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists());
    let Some(chromium) = chromium else {
        eprintln!("skipped: Chromium is not installed (apt-get install chromium)");
        return None;
    };
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
    for _ in 0..200 {
        let (_, body) = app.json("/api/v1/search?q=semiconductor&limit=1").await;
        if body["total"].as_u64().unwrap_or(0) > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let Some(dom) = dump_dom(&format!("{}/search?q=semiconductor&type=company", app.base)).await else {
        return;
    };
    assert!(dom.contains("<h1>Search organisations and projects</h1>"), "{dom}");
    assert!(dom.contains("<mark>"), "matches are highlighted");
    assert!(
        dom.contains("aria-current=\"true\""),
        "the chosen facet value is marked"
    );
    assert!(dom.contains(r#"<label for="q">"#) && dom.contains(r#"<label for="near">"#));
}
