//! End-to-end: the pages as headless Chromium (Debian's `chromium`) builds them. Skipped, saying
//! so, where Chromium is not installed; `.ci/run` installs it.

use crate::helpers::TestApp;

/// Debian's Chromium, or None (saying the test is skipped) where it is not installed.
fn chromium() -> Option<&'static str> {
    let found = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists());
    if found.is_none() {
        eprintln!("skipped: Chromium is not installed (apt-get install chromium)");
    }
    found
}

/// The DOM Chromium builds for `url`, or None when there is no Chromium.
async fn dump_dom(url: &str) -> Option<String> {
    let chromium = chromium()?;
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
    assert!(dom.contains("<h1>Search organisations and projects</h1>"), "{dom}");
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

/// Chromium driven over the DevTools protocol: for what a DOM dump cannot show, such as typing.
struct Browser {
    child: tokio::process::Child,
    _profile: tempfile::TempDir,
    ws: tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>,
    next_id: u64,
}

impl Browser {
    async fn launch() -> Option<Browser> {
        use tokio::io::AsyncBufReadExt;
        let chromium = chromium()?;
        let profile = tempfile::tempdir().expect("profile dir");
        let mut child = tokio::process::Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stderr(std::process::Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("chromium starts");
        let mut lines = tokio::io::BufReader::new(child.stderr.take().expect("stderr")).lines();
        let port = tokio::time::timeout(std::time::Duration::from_secs(30), async {
            while let Ok(Some(line)) = lines.next_line().await {
                if let Some(rest) = line.split("ws://127.0.0.1:").nth(1) {
                    return rest.split('/').next().map(str::to_owned);
                }
            }
            None
        })
        .await
        .ok()
        .flatten()
        .expect("chromium announces its DevTools port");
        // Keep draining stderr so Chromium never blocks on it.
        tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
        let targets: serde_json::Value = reqwest::get(format!("http://127.0.0.1:{port}/json/list"))
            .await
            .expect("targets")
            .json()
            .await
            .expect("targets JSON");
        let page = targets
            .as_array()
            .and_then(|t| t.iter().find(|t| t["type"] == "page"))
            .and_then(|t| t["webSocketDebuggerUrl"].as_str())
            .expect("a page target")
            .to_owned();
        let (ws, _) = tokio_tungstenite::connect_async(page.as_str())
            .await
            .expect("DevTools socket");
        Some(Browser {
            child,
            _profile: profile,
            ws,
            next_id: 0,
        })
    }

    async fn call(&mut self, method: &str, params: serde_json::Value) -> serde_json::Value {
        use futures_util::{SinkExt, StreamExt};
        self.next_id += 1;
        let id = self.next_id;
        let msg = serde_json::json!({ "id": id, "method": method, "params": params }).to_string();
        self.ws.send(msg.into()).await.expect("send");
        loop {
            let frame = self.ws.next().await.expect("an answer").expect("frame");
            let Ok(text) = frame.to_text() else { continue };
            let v: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
            if v["id"] == id {
                return v;
            }
        }
    }

    async fn eval(&mut self, expression: &str) -> serde_json::Value {
        let v = self
            .call(
                "Runtime.evaluate",
                serde_json::json!({ "expression": expression, "returnByValue": true }),
            )
            .await;
        v["result"]["result"]["value"].clone()
    }

    /// Evaluates `expression` until it is true (the page updates on its own time).
    async fn wait_for(&mut self, expression: &str) {
        for _ in 0..200 {
            if self.eval(expression).await == serde_json::Value::Bool(true) {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("the page never satisfied: {expression}");
    }

    async fn open(&mut self, url: &str) {
        self.call("Page.navigate", serde_json::json!({ "url": url })).await;
        self.wait_for("document.readyState === 'complete' && location.href !== 'about:blank'")
            .await;
    }

    /// Types `text` into the element `id` as a user would, one input event per character.
    async fn type_into(&mut self, id: &str, text: &str) {
        for (i, _) in text.char_indices().skip(1).chain([(text.len(), ' ')]) {
            let value = serde_json::to_string(&text[..i]).unwrap_or_default();
            self.eval(&format!(
                "(() => {{ const e = document.getElementById('{id}'); e.focus(); e.value = {value}; \
                 e.dispatchEvent(new Event('input', {{ bubbles: true }})); return true; }})()"
            ))
            .await;
        }
    }

    async fn key(&mut self, key: &str) {
        self.eval(&format!(
            "document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {{ key: '{key}', bubbles: true }}))"
        ))
        .await;
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
    }
}

#[tokio::test]
async fn results_follow_typing_and_suggestions_work_with_the_keyboard() {
    let app = TestApp::with_demo(120).await;
    app.search_until("q=semiconductor&limit=1", |b| b["total"].as_u64().unwrap_or(0) > 0)
        .await;
    let Some(mut b) = Browser::launch().await else {
        return;
    };

    // The search page: results and the address follow the query box, the count is announced.
    b.open(&format!("{}/search", app.base)).await;
    b.type_into("q", "semicond").await;
    b.wait_for("location.search === '?q=semicond'").await;
    b.wait_for("!!document.querySelector('#search-results .hit mark')")
        .await;
    b.wait_for(
        "document.getElementById('search-status').textContent === document.getElementById('search-count').textContent",
    )
    .await;

    // Any other page: suggestions under the header's box, reached with the arrow keys, closed
    // with Escape, focus back in the box.
    b.open(&format!("{}/organisations", app.base)).await;
    b.type_into("site-q", "semicon").await;
    b.wait_for("!document.getElementById('site-q-suggestions').hidden && document.querySelectorAll('.suggestions a').length > 1")
        .await;
    assert_eq!(
        b.eval("document.getElementById('site-q').getAttribute('aria-expanded')")
            .await,
        "true"
    );
    b.key("ArrowDown").await;
    b.wait_for("document.activeElement === document.querySelector('.suggestions a')")
        .await;
    b.key("ArrowDown").await;
    b.wait_for("document.activeElement === document.querySelectorAll('.suggestions a')[1]")
        .await;
    b.key("Escape").await;
    b.wait_for("document.getElementById('site-q-suggestions').hidden && document.activeElement.id === 'site-q'")
        .await;
}
