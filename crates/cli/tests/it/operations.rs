//! What an operator relies on: copies of the database (the search index, the read cache) that
//! never outlive the database they were made from, readiness that turns off when the server is
//! asked to stop, and metrics for this machine only.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use domain::{CountryCode, OrganisationDraft, OrganisationType};
use search::{Indexer, SearchIndex};
use store::organisations::{save, OrgKey, SaveMode};
use store::Store;

use crate::helpers::TestApp;

async fn add_organisation(store: &Store, name: &str) {
    let d = OrganisationDraft::new(name, OrganisationType::Cluster, CountryCode::parse("DK").expect("DK"))
        .validate()
        .expect("valid");
    let mut tx = store.begin().await.expect("tx");
    save(&mut tx, OrgKey::New, SaveMode::Replace, &d).await.expect("save");
    tx.commit().await.expect("commit");
}

async fn indexed(store: &Store, index: &Arc<SearchIndex>) -> u64 {
    Indexer::new(store.clone(), index.clone(), Arc::new(web::i18n::SearchVocabulary))
        .catch_up()
        .await
        .expect("catch up");
    index.num_docs()
}

/// The index on disk follows one database: pointed at another one (a restore into a new
/// database, a data folder reused), or at its own database after a restore (a new identity), it
/// is rebuilt instead of keeping what is gone and missing what is new.
#[tokio::test]
async fn a_search_index_made_from_another_database_or_before_a_restore_is_rebuilt() {
    let a = store::testing::TestDb::new().await.expect("database a");
    let b = store::testing::TestDb::new().await.expect("database b");
    clusterhub::demo::seed(&a.store, 20, 7).await.expect("demo a");
    clusterhub::demo::seed(&b.store, 20, 7).await.expect("demo b");
    let dir = tempfile::tempdir().expect("tempdir");

    let index = Arc::new(SearchIndex::open(dir.path()).expect("index"));
    let of_a = indexed(&a.store, &index).await;
    add_organisation(&a.store, "Kattegat Offshore Klynge").await;
    assert_eq!(indexed(&a.store, &index).await, of_a + 1);
    drop(index);

    // The same folder under database b, whose feed is at about the same position.
    let index = Arc::new(SearchIndex::open(dir.path()).expect("index"));
    let of_b = indexed(&b.store, &index).await;
    let fresh = Arc::new(SearchIndex::in_memory().expect("index"));
    assert_eq!(of_b, indexed(&b.store, &fresh).await, "rebuilt from b alone");
    assert_eq!(of_b, of_a, "a's added organisation is gone");
    add_organisation(&b.store, "Limfjord Food Cluster").await;
    assert_eq!(indexed(&b.store, &index).await, of_b + 1, "b's writes are followed");

    // Database b restored (a new identity): rebuilt again, though the feed went on.
    let before = index.commit_state().expect("built");
    b.store.renew_identity().await.expect("renew");
    indexed(&b.store, &index).await;
    let after = index.commit_state().expect("built");
    assert_ne!(before.identity, after.identity);
    assert_eq!(after.identity, b.store.position().await.expect("position").identity);
}

/// SIGTERM turns readiness off at once (`serve` sets the flag before it stops accepting), so a
/// load balancer sends no new requests while the open ones finish.
#[tokio::test]
async fn readiness_turns_off_when_the_server_is_asked_to_stop() {
    let app = TestApp::spawn().await;
    let (status, body) = app.json("/readyz").await;
    assert_eq!((status, body["status"].as_str()), (200, Some("ready")));
    app.state.draining.store(true, Ordering::Release);
    let (status, body) = app.json("/readyz").await;
    assert_eq!((status, body["status"].as_str()), (503, Some("draining")));
    // Liveness stays: the process is healthy, only on its way out.
    assert_eq!(app.get("/healthz").await.status(), 200);
}

#[tokio::test]
async fn metrics_count_requests_by_route_for_this_machine_only() {
    let app = TestApp::with_demo(10).await;
    let (_, list) = app.json("/api/v1/organisations?limit=1").await;
    let slug = list["items"][0]["slug"].as_str().expect("slug").to_owned();
    for _ in 0..3 {
        assert_eq!(app.get(&format!("/organisations/{slug}")).await.status(), 200);
    }
    assert_eq!(app.get("/no-such-page").await.status(), 404);
    let r = app.get("/metrics").await;
    assert_eq!(r.status(), 200);
    assert!(r
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/plain; version=0.0.4")));
    let text = r.text().await.expect("text");
    let profile = "clusterhub_http_request_duration_seconds_count{route=\"/organisations/{slug}\",method=\"GET\",status=\"200\"} ";
    let count: u64 = text
        .lines()
        .find_map(|l| l.strip_prefix(profile))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no profile count in\n{text}"));
    assert!(count >= 3, "{count}");
    assert!(
        text.contains("route=\"unmatched\",method=\"GET\",status=\"404\""),
        "unknown paths are one series, not one per path"
    );
    assert!(!text.contains("no-such-page"));
    assert!(text.contains("clusterhub_feed_lag_changes{copy=\"search_index\"}"));

    // Through a proxy for someone outside, they are not there.
    let proxied = TestApp::spawn_behind_proxy().await;
    let r = proxied
        .client
        .get(format!("{}/metrics", proxied.base))
        .header("x-forwarded-for", "203.0.113.9")
        .send()
        .await
        .expect("request");
    assert_eq!(r.status(), 404);
}

/// `serve --demo` stopped halfway leaves its mark; the next start seeds the whole demo again
/// rather than keeping a partial one for good.
#[tokio::test]
async fn an_interrupted_demo_seeding_is_done_again_from_the_start() {
    use store::demo_seed::DemoSeed;
    let db = store::testing::TestDb::new().await.expect("database");
    // Killed after the directory and part of the rest.
    db.store.set_demo_seed(DemoSeed::Seeding).await.expect("mark");
    clusterhub::demo::seed(&db.store, 7, 42).await.expect("directory");
    add_organisation(&db.store, "Leftover From The First Try").await;
    let identity = db.store.position().await.expect("position").identity;

    clusterhub::demo::seed_all(&db.store, 80).await.expect("demo");
    assert_eq!(db.store.demo_seed().await.expect("state"), Some(DemoSeed::Complete));
    // The same as a demo seeded in one go.
    let whole = store::testing::TestDb::new().await.expect("database");
    clusterhub::demo::seed_all(&whole.store, 80).await.expect("demo");
    for table in [
        "organisations",
        "users",
        "events",
        "registrations",
        "opportunities",
        "funding_calls",
        "news",
    ] {
        let count = |s: &Store| {
            let s = s.clone();
            let sql = format!("SELECT CAST(COUNT(*) AS BIGINT) FROM {table}");
            async move {
                let (n,): (i64,) = s.pool().fetch_one(&store::Sql::new(&sql)).await.expect("count");
                n
            }
        };
        assert_eq!(count(&db.store).await, count(&whole.store).await, "{table}");
    }
    assert_eq!(db.store.organisation_count().await.expect("count"), 80);
    assert_ne!(
        db.store.position().await.expect("position").identity,
        identity,
        "copies of the partial demo are rebuilt"
    );

    // A finished demo is left as it is at the next start.
    let before = db.store.position().await.expect("position");
    clusterhub::demo::seed_all(&db.store, 80).await.expect("again");
    assert_eq!(db.store.position().await.expect("position"), before);
    assert_eq!(db.store.organisation_count().await.expect("count"), 80);
}

/// A cached profile shows what changed in the organisations it lists as soon as this node wrote
/// it (and after the feed is read, when another node or a CLI did), while changes to other
/// organisations leave it cached.
#[tokio::test]
async fn a_cached_profile_follows_the_organisations_it_lists_and_no_others() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let cluster = crate::helpers::organisation_of(
        &app,
        "nordic-cluster",
        "Nordic Cluster",
        OrganisationType::Cluster,
        "DK",
    )
    .await;
    let token = crate::api::write_token(&app, "member-sme").await;
    let member = store
        .organisation_by_slug("member-sme")
        .await
        .expect("read")
        .expect("member")
        .id;
    crate::agent::organisation(&app, "bystander", "Bystander").await;
    let page = || async {
        app.client
            .get(format!("{}/organisations/nordic-cluster", app.base))
            .send()
            .await
            .expect("request")
            .text()
            .await
            .expect("page")
    };
    let cache = &app.state.cache;
    cache.catch_up(store).await.expect("feed");
    assert!(!page().await.contains("member-sme"));

    // Joined by an import elsewhere: shown once the feed is read.
    let mut tx = store.begin().await.expect("tx");
    store::organisations::set_memberships(&mut tx, member, &[cluster])
        .await
        .expect("member");
    tx.commit().await.expect("commit");
    cache.catch_up(store).await.expect("feed");
    assert!(page().await.contains("member-sme"), "a new member is listed");

    // Renamed through this node: the cluster's page shows the new name on the next request.
    rename(&app, &token, "member-sme", "Member Renamed").await;
    assert!(
        page().await.contains("Member Renamed"),
        "a listed organisation's change shows at once"
    );

    // What the cluster page shows is kept while an organisation it does not list changes: a
    // change written behind the feed's back stays unseen until the cluster itself changes.
    store
        .pool()
        .execute(&store::Sql::with(
            "UPDATE organisations SET city = 'Hidden Town' WHERE id = $1",
            vec![cluster.into()],
        ))
        .await
        .expect("update");
    let bystander = store
        .organisation_by_slug("bystander")
        .await
        .expect("read")
        .expect("bystander")
        .id;
    changed(store, bystander).await;
    cache.catch_up(store).await.expect("feed");
    assert!(!page().await.contains("Hidden Town"), "still the cached page");
    changed(store, cluster).await;
    cache.catch_up(store).await.expect("feed");
    assert!(page().await.contains("Hidden Town"), "its own change drops it");
}

/// Renames a Danish company through this node's API with a write token of its admin.
async fn rename(app: &TestApp, token: &str, slug: &str, name: &str) {
    let saved = app
        .client
        .put(format!("{}/api/v1/organisations/{slug}", app.base))
        .bearer_auth(token)
        .json(&serde_json::json!({ "name": name, "kind": "company", "country": "DK" }))
        .send()
        .await
        .expect("put");
    assert_eq!(saved.status(), 200, "{}", saved.text().await.unwrap_or_default());
}

/// Writes to the change feed that an organisation changed, as a write elsewhere would.
async fn changed(store: &Store, organisation: i64) {
    let mut tx = store.begin().await.expect("tx");
    store::change_feed::record(&mut tx, "organisation", organisation, store::change_feed::Op::Upsert)
        .await
        .expect("feed");
    tx.commit().await.expect("commit");
}

/// Pages kept for visitors who are not signed in (`web::pages`): a visitor is never shown what
/// was drawn for a signed-in reader, nor a page in another language, and a kept page goes as
/// soon as what it shows changes.
#[tokio::test]
async fn a_page_kept_for_visitors_shows_nothing_of_a_reader_and_follows_the_data() {
    use crate::agent::{Agent, PASSWORD};
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    crate::agent::organisation(&app, "alpha-dk", "Alpha Robotics").await;
    let token = crate::api::write_token(&app, "beta-dk").await;
    crate::agent::account(&app, "reader@example.org", domain::PlatformRole::User).await;
    app.state.cache.catch_up(store).await.expect("feed");
    let path = "/organisations?country=DK";

    let mut visitor = Agent::new(&app);
    let first = visitor.get(path).await;
    assert_eq!(first.status, 200);
    assert!(first.body.contains("Alpha Robotics"));
    assert!(!first.body.contains("action=\"/logout\""));

    // A signed-in reader gets their own page (with their form token), never a visitor's.
    let mut reader = Agent::new(&app);
    reader.login("reader@example.org", PASSWORD).await;
    let theirs = reader.get(path).await;
    assert!(theirs.body.contains("action=\"/logout\""), "the reader's own page");
    assert!(!reader.csrf.is_empty() && theirs.body.contains(&reader.csrf));
    // …and what they were shown is never handed to a visitor.
    let again = Agent::new(&app).get(path).await;
    assert_eq!(again.body, first.body, "the visitors' page");
    assert!(!again.body.contains(&reader.csrf));
    assert!(!again.body.contains("action=\"/logout\""));
    // A visitor gets the form token cookie of their own, kept page or not.
    assert!(again.set_cookies.iter().any(|c| c.starts_with("clusterhub_csrf=")));

    // Another language is another page.
    let german = app.text_with(path, "accept-language", "de").await;
    assert!(german.contains("<html lang=\"de\">"));
    assert!(again.body.contains("<html lang=\"en\">"));

    // A change written through this node shows to the next visitor at once, on the directory
    // and on the profile.
    let profile = "/organisations/beta-dk";
    assert!(!Agent::new(&app).get(profile).await.body.contains("Beta Renamed"));
    rename(&app, &token, "beta-dk", "Beta Renamed").await;
    assert!(Agent::new(&app).get(path).await.body.contains("Beta Renamed"));
    assert!(Agent::new(&app).get(profile).await.body.contains("Beta Renamed"));
}

/// The matching index is built again for changes of what it holds (organisations, projects,
/// opportunities), and only follows the feed past changes of anything else (news, events,
/// services): rebuilding 100,000 organisations for every imported news item cost seconds of CPU
/// and the memory of a second index each time.
#[tokio::test]
async fn the_matching_index_lays_changes_over_or_builds_again_only_for_what_it_holds() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let alpha_token = crate::api::write_token(&app, "alpha-dk").await;
    let beta_token = crate::api::write_token(&app, "beta-dk").await;
    let matchmaker = &app.state.matchmaker;
    // The snapshot once it reflects the feed's newest change.
    let reflecting = || async move {
        let change = store.position().await.expect("position").change;
        for _ in 0..300 {
            if let Some(s) = matchmaker.snapshot().filter(|s| s.seen() == change) {
                return (s, change);
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("the matching index did not reach change {change}");
    };
    let (built, _) = reflecting().await;

    let mut tx = store.begin().await.expect("tx");
    store::change_feed::record(&mut tx, "news", 1, store::change_feed::Op::Upsert)
        .await
        .expect("feed");
    store::change_feed::record(&mut tx, "event", 1, store::change_feed::Op::Upsert)
        .await
        .expect("feed");
    tx.commit().await.expect("commit");
    let (after_news, news) = reflecting().await;
    assert!(Arc::ptr_eq(&built, &after_news), "the same index, following the feed");
    assert!(after_news.version < news);

    // Two profiles saved: read again and laid over the index, which shows them at once.
    let describe = |token: &str, slug: &str, name: &str, text: &str| {
        app.client
            .put(format!("{}/api/v1/organisations/{slug}", app.base))
            .bearer_auth(token)
            .json(&serde_json::json!({
                "name": name, "kind": "company", "country": "DK", "descriptions": { "en": text }
            }))
            .send()
    };
    for (token, slug, name, text) in [
        (
            &beta_token,
            "beta-dk",
            "Beta Implants",
            "Laser welding of titanium implants for orthopaedics.",
        ),
        (
            &alpha_token,
            "alpha-dk",
            "Alpha Robotics",
            "Robots for laser welding of titanium.",
        ),
    ] {
        let saved = describe(token, slug, name, text).await.expect("put");
        assert_eq!(saved.status(), 200, "{}", saved.text().await.unwrap_or_default());
    }
    let (laid, saves) = reflecting().await;
    assert_eq!(
        (laid.version, laid.index.layered()),
        (saves, 2),
        "laid over, not built again"
    );
    assert!(!Arc::ptr_eq(&built, &laid));
    // A limit asked for the first time is ranked on the snapshot as it is now.
    let (status, list) = app.json("/api/v1/organisations/alpha-dk/recommendations?limit=3").await;
    assert_eq!(status, 200, "{list}");
    let first = &list["items"][0];
    assert_eq!(
        (first["name"].as_str(), first["href"].as_str()),
        (Some("Beta Implants"), Some("/organisations/beta-dk")),
        "{list}"
    );

    // A project changes its participants' tags, words and partners: built again.
    let alpha = store
        .organisation_by_slug("alpha-dk")
        .await
        .expect("alpha")
        .expect("alpha")
        .id;
    let beta = store
        .organisation_by_slug("beta-dk")
        .await
        .expect("beta")
        .expect("beta")
        .id;
    crate::helpers::project(&app, "WELD", "Welding of implants", alpha, &[beta]).await;
    let (rebuilt, change) = reflecting().await;
    assert_eq!((rebuilt.version, rebuilt.index.layered()), (change, 0), "built again");
    assert_eq!(
        rebuilt.index.partners_of(matching::Key::Organisation(alpha)),
        [matching::Key::Organisation(beta)]
    );

    // A partner's profile saved again is laid over the index that knows the partnership.
    let saved = describe(&beta_token, "beta-dk", "Beta Medical", "Titanium implants.")
        .await
        .expect("put");
    assert_eq!(saved.status(), 200);
    let (laid, _) = reflecting().await;
    assert_eq!(laid.index.layered(), 1);
    assert_eq!(
        laid.index.partners_of(matching::Key::Organisation(alpha)),
        [matching::Key::Organisation(beta)]
    );
}
