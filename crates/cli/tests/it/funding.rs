//! Funding calls over HTTP: the list (open by default, closing soon first), its filters, a call's
//! page with its cut-offs in Brussels time and the reader's, and the calls in the search.

use domain::PlatformRole;

use crate::accounts::{account, Agent, PASSWORD};
use crate::helpers::{shared_data, TestApp};

#[tokio::test]
async fn calls_are_listed_by_status_filtered_and_found() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let made = clusterhub::demo::seed_calls(store, 42).await.expect("demo calls");
    assert!(made > 20);
    let (status, open) = app.text("/funding").await;
    assert_eq!(status, 200);
    assert!(
        open.contains("Closing within 30 days"),
        "open calls closing soon come first"
    );
    assert!(
        open.contains("badge state-open") && !open.contains("badge state-closed"),
        "open ones by default"
    );
    let (_, closed) = app.text("/funding?status=closed").await;
    assert!(closed.contains("badge state-closed") && !closed.contains("badge state-open"));
    let (_, cascade) = app.text("/funding?status=all&cascade=yes").await;
    assert!(cascade.contains("Cascade call") && !cascade.contains("EIC Accelerator"));
    let (_, eic) = app.text("/funding?status=all&programme=horizon").await;
    assert!(eic.contains("EIC Accelerator") && !eic.contains("Cybersecurity uptake"));
    for bad in ["?status=soon", "?programme=<script>", "?cascade=maybe", "?offset=-3"] {
        let (status, _) = app.text(&format!("/funding{bad}")).await;
        assert_eq!(status, 400, "{bad}");
    }

    // A call's page: cut-offs in Brussels time, and in the reader's zone when it differs.
    let id = open
        .split("href=\"/funding/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a call")
        .to_owned();
    let (_, page) = app.text(&format!("/funding/{id}")).await;
    assert!(page.contains("17:00 (Europe/Brussels)"));
    assert!(page.contains("<strong>"), "the sanitised description is shown as HTML");
    let user = account(&app, "reader@example.fi", PlatformRole::User).await;
    store.set_timezone(user, Some("Europe/Helsinki")).await.expect("zone");
    let mut reader = Agent::new(&app);
    reader.login("reader@example.fi", PASSWORD).await;
    let seen = reader.get(&format!("/funding/{id}")).await;
    assert!(
        seen.body.contains("18:00 (Europe/Helsinki)"),
        "Brussels 17:00 is 18:00 in Helsinki"
    );
    assert_eq!(app.text("/funding/999999").await.0, 404);

    let found = app
        .search_until("q=innovation+vouchers+biotech&kind=call", |b| {
            b["total"].as_u64().unwrap_or(0) > 0
        })
        .await
        .expect("calls are in the search");
    assert!(found["hits"][0]["url"].as_str().expect("url").starts_with("/funding/"));
}

#[tokio::test]
async fn imported_portal_calls_are_listed_as_closed_with_their_cut_offs() {
    let Some(file) = shared_data("funding_calls/ft_calls_open_2024-10-26.csv") else {
        return;
    };
    let app = TestApp::spawn().await;
    clusterhub::import::calls::run(&app.db.store, &file, false)
        .await
        .expect("import");
    // The export is of 2024: every call has closed since.
    let (_, open) = app.text("/funding").await;
    assert!(open.contains("No call matches these filters."));
    let (_, erc) = app.text("/funding?status=closed&programme=ERC").await;
    assert!(erc.contains("ERC SYNERGY GRANTS"), "titles as the portal writes them");
    assert!(erc.contains("2024-11-06 17:00 (Europe/Brussels)"));
    let (_, cascade) = app.text("/funding?status=all&cascade=yes").await;
    assert!(cascade.contains("89 calls"));
}
