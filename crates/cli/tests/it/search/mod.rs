//! Search through the running application: the page, its fragments, the API, bad input, and
//! how fast writes reach the index of this node and of other nodes sharing the database.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use domain::{CountryCode, OrganisationDraft, OrganisationType};
use serde_json::Value;
use store::organisations::{save, OrgKey, SaveMode};
use store::Store;

use crate::helpers::TestApp;

/// Searches `base` until `q` finds an organisation named `name`; how long that took.
pub(crate) async fn wait_until_found(
    client: &reqwest::Client,
    base: &str,
    q: &str,
    name: &str,
    limit: Duration,
) -> Duration {
    let start = Instant::now();
    loop {
        let url = format!("{base}/api/v1/search?q={q}&limit=5");
        if let Ok(r) = client.get(&url).send().await {
            if let Ok(body) = r.json::<Value>().await {
                let hits = body["hits"].as_array().cloned().unwrap_or_default();
                if hits.iter().any(|h| h["title"] == name) {
                    return start.elapsed();
                }
            }
        }
        assert!(
            start.elapsed() < limit,
            "{name} was not found at {base} within {limit:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn add_organisation(store: &Store, name: &str, description: &str) {
    let mut d = OrganisationDraft::new(name, OrganisationType::Cluster, CountryCode::parse("DK").expect("DK"));
    d.descriptions
        .insert(domain::LanguageCode::parse("da").expect("da"), description.to_owned());
    let d = d.validate().expect("valid");
    let mut tx = store.begin().await.expect("tx");
    save(&mut tx, OrgKey::New, SaveMode::Replace, &d).await.expect("save");
    tx.commit().await.expect("commit");
}

async fn json(client: &reqwest::Client, url: &str) -> (u16, Value) {
    let r = client.get(url).send().await.expect("request");
    let status = r.status().as_u16();
    (status, r.json().await.expect("JSON"))
}

/// Waits until the index of `base` holds at least `n` documents.
async fn wait_for_documents(client: &reqwest::Client, base: &str, n: u64) {
    let start = Instant::now();
    loop {
        let (_, body) = json(client, &format!("{base}/api/v1/search?limit=1")).await;
        if body["total"].as_u64().unwrap_or(0) >= n {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the index of {base} did not fill"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn the_search_page_fragments_and_api_answer() {
    let app = TestApp::with_demo(120).await;
    let c = &app.client;
    wait_for_documents(c, &app.base, 120).await;

    let (status, body) = json(c, &format!("{}/api/v1/search?q=semiconductor", app.base)).await;
    assert_eq!(status, 200);
    assert!(body["total"].as_u64().unwrap_or(0) > 0, "{body}");
    let first = &body["hits"][0];
    assert!(
        first["snippet_html"].as_str().unwrap_or("").contains("<mark>"),
        "{first}"
    );
    assert!(body["facets"]["kind"].is_array());

    let (status, page) = app.text("/search?q=semiconductor").await;
    assert_eq!(status, 200);
    assert!(page.contains("id=\"search-results\"") && page.contains("<mark>"));
    assert!(page.contains("/static/search.js"));

    let (status, fragment) = app.text("/search?q=semicond&typing=1&fragment=results").await;
    assert_eq!(status, 200);
    assert!(!fragment.contains("<html") && fragment.contains("<mark>"), "{fragment}");
    let (_, suggest) = app.text("/search?q=clu&typing=1&fragment=suggest").await;
    assert!(
        suggest.contains("class=\"suggestions\"") && suggest.contains("<mark>"),
        "{suggest}"
    );

    let (_, de) = json(c, &format!("{}/api/v1/search?country=DE&limit=100", app.base)).await;
    let hits = de["hits"].as_array().expect("hits");
    assert!(!hits.is_empty());
    for h in hits {
        match h["kind"].as_str() {
            Some("organisation") => assert_eq!(h["meta"]["country"], "DE"),
            _ => assert!(h["meta"]["countries"]
                .as_array()
                .expect("countries")
                .contains(&Value::from("DE"))),
        }
    }
    // Counts of the facet in use ignore its own filter, so other countries stay offered.
    assert!(de["facets"]["country"].as_array().expect("countries").len() > 1);

    // Around a city of the directory.
    let (_, any) = json(c, &format!("{}/api/v1/organisations?limit=50", app.base)).await;
    let city = any["items"]
        .as_array()
        .expect("items")
        .iter()
        .find_map(|o| o["city"].as_str().filter(|_| o["coordinates"].is_object()))
        .expect("an organisation with a city and position")
        .to_owned();
    let (status, near) = json(c, &format!("{}/api/v1/search?near={city}&km=50&limit=100", app.base)).await;
    assert_eq!(status, 200, "{near}");
    let hits = near["hits"].as_array().expect("hits");
    assert!(!hits.is_empty());
    assert!(hits
        .iter()
        .all(|h| h["distance_km"].as_f64().is_some_and(|d| d <= 50.0)));

    let german = app.text_with("/search?q=Cluster", "cookie", "lang=de").await;
    assert!(german.contains("Treffer"), "the page speaks German");
}

#[tokio::test]
async fn bad_search_input_gets_answers_never_a_server_error() {
    let app = TestApp::with_demo(30).await;
    wait_for_documents(&app.client, &app.base, 30).await;
    let long = "Halbleiter ".repeat(1_000);
    let ok = [
        format!("q={long}"),
        "q=%22unbalanced".into(),
        "q=%00%1B%5B31m%7F".into(),
        "q=-".into(),
        "q=***%20(((%20]]]".into(),
        "q=%22%22".into(),
        "type=%3Cscript%3E".into(),
        "q=a&page=3".into(),
        "q=%FF%FE".into(),
    ];
    for query in &ok {
        for path in ["/search", "/api/v1/search"] {
            let r = app.get(&format!("{path}?{query}")).await;
            assert_eq!(
                r.status().as_u16(),
                200,
                "{path}?{}",
                query.chars().take(60).collect::<String>()
            );
        }
    }
    let (_, body) = app.json(&format!("/api/v1/search?q={long}")).await;
    assert_eq!(body["notices"][0]["code"], "truncated");
    // A country code no document has finds nothing and says so; one that is no code is refused.
    let (_, body) = app.json("/api/v1/search?country=AQ").await;
    assert_eq!(body["total"], 0);
    assert_eq!(body["notices"][0]["code"], "unknown_facet_value");
    let (_, page) = app.text("/search?type=%3Cscript%3E").await;
    assert!(!page.contains("<script>"), "a facet value is shown escaped");

    let bad = [
        ("km=abc&near=x", "km"),
        ("at=91,0", "at"),
        ("at=10", "at"),
        ("page=0", "page"),
        ("limit=1000", "limit"),
        ("offset=-1", "offset"),
        ("country=ZZ", "country"),
    ];
    for (query, parameter) in bad {
        let (status, body) = app.json(&format!("/api/v1/search?{query}")).await;
        assert_eq!(status, 400, "{query}: {body}");
        assert_eq!(body["error"]["parameter"], parameter, "{query}: {body}");
    }
    let (status, body) = app.json("/api/v1/search?near=Atlantis").await;
    assert_eq!(
        (status, body["error"]["parameter"].as_str()),
        (404, Some("near")),
        "{body}"
    );
    let (status, page) = app.text("/search?near=Atlantis").await;
    assert_eq!(status, 404);
    assert!(page.contains("Atlantis") && page.contains("</html>"));
}

#[tokio::test]
async fn a_write_is_searchable_on_the_node_that_made_it() {
    let app = TestApp::spawn().await;
    add_organisation(
        &app.db.store,
        "Nordisk Droneklynge",
        "Klyngen samler virksomheder i forsvarsindustrien og droneteknologi.",
    )
    .await;
    let took = wait_until_found(
        &app.client,
        &app.base,
        "droneklynge",
        "Nordisk Droneklynge",
        Duration::from_secs(15),
    )
    .await;
    println!("a write was searchable on its node after {} ms", took.as_millis());
    let (_, body) = app.json("/api/v1/search?q=forsvarsindustri&lang=da").await;
    assert_eq!(
        body["hits"][0]["title"], "Nordisk Droneklynge",
        "Danish stemming: {body}"
    );
}

/// A `clusterhub serve` process, stopped when dropped.
struct Node {
    child: Child,
    base: String,
}

impl Node {
    /// Starts a node and waits until it answers. The port is free when chosen but could be taken
    /// before the node binds it; a node that exits at once is started again on another.
    async fn start(database: &str, index_dir: &std::path::Path, client: &reqwest::Client) -> Node {
        let mut last_exit = None;
        for _ in 0..5 {
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .and_then(|l| l.local_addr())
                .expect("a free port")
                .port();
            let child = Command::new(env!("CARGO_BIN_EXE_clusterhub"))
                .args(["--database", database, "--index-dir"])
                .arg(index_dir)
                .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
                .env("CLUSTERHUB_LOG", "warn")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("start clusterhub serve");
            let mut node = Node {
                child,
                base: format!("http://127.0.0.1:{port}"),
            };
            let start = Instant::now();
            loop {
                if let Ok(Some(status)) = node.child.try_wait() {
                    last_exit = Some(status);
                    break;
                }
                if client
                    .get(format!("{}/readyz", node.base))
                    .send()
                    .await
                    .is_ok_and(|r| r.status().is_success())
                {
                    return node;
                }
                assert!(start.elapsed() < Duration::from_secs(60), "{} did not start", node.base);
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
        panic!("clusterhub serve kept exiting: {last_exit:?}");
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn nodes_sharing_a_database_find_each_others_writes() {
    let db = store::testing::TestDb::new().await.expect("test database");
    clusterhub::demo::seed(&db.store, 20, 7).await.expect("demo");
    let dirs = tempfile::tempdir().expect("tempdir");
    let (dir_a, dir_b) = (dirs.path().join("a"), dirs.path().join("b"));
    let client = reqwest::Client::new();
    let a = Node::start(&db.url, &dir_a, &client).await;
    let mut b = Node::start(&db.url, &dir_b, &client).await;
    wait_for_documents(&client, &a.base, 20).await;
    wait_for_documents(&client, &b.base, 20).await;

    add_organisation(
        &db.store,
        "Kattegat Offshore Klynge",
        "Klyngen samler havvindindustrien.",
    )
    .await;
    let on_a = wait_until_found(
        &client,
        &a.base,
        "kattegat",
        "Kattegat Offshore Klynge",
        Duration::from_secs(15),
    )
    .await;
    let on_b = wait_until_found(
        &client,
        &b.base,
        "kattegat",
        "Kattegat Offshore Klynge",
        Duration::from_secs(15),
    )
    .await;
    println!(
        "a write reached node A after {} ms and node B after {} ms",
        on_a.as_millis(),
        on_b.as_millis()
    );

    // A node that was down catches up from where its index stopped.
    drop(b);
    add_organisation(&db.store, "Limfjord Food Cluster", "Fødevareklyngen ved Limfjorden.").await;
    b = Node::start(&db.url, &dir_b, &client).await;
    wait_until_found(
        &client,
        &b.base,
        "limfjord",
        "Limfjord Food Cluster",
        Duration::from_secs(15),
    )
    .await;
    drop(a);
    drop(b);
}
