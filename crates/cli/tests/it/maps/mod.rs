//! Maps, region pages, statistics and collaboration networks: figures that agree with the
//! directory, filters read like the directory's, downloads, the API, framing only where embedding
//! is meant, and hostile input.

use crate::helpers::{shared_data, TestApp};

/// A demo directory with the GISCO boundaries imported when the open data is there.
async fn app_with_maps(n: usize) -> (TestApp, bool) {
    let app = TestApp::with_demo(n).await;
    let boundaries = match shared_data("geo") {
        Some(dir) => {
            clusterhub::import::boundaries::run(&app.db.store, &dir)
                .await
                .expect("boundaries import");
            true
        }
        None => false,
    };
    (app, boundaries)
}

fn header(r: &reqwest::Response, name: &str) -> Option<String> {
    r.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned)
}

#[tokio::test]
async fn the_map_counts_what_the_directory_lists_and_downloads_the_same_figures() {
    let (app, boundaries) = app_with_maps(150).await;
    let (_, all) = app.json("/api/v1/organisations?limit=1").await;
    let total = all["total"].as_i64().expect("total");
    let (status, map) = app.json("/api/v1/statistics/map").await;
    assert_eq!(status, 200);
    assert_eq!(map["total"].as_i64(), Some(total), "{map}");
    let (_, de) = app.json("/api/v1/organisations?country=DE&limit=1").await;
    let (_, de_map) = app.json("/api/v1/statistics/map?country=DE&level=nuts1").await;
    let placed: i64 = de_map["regions"]
        .as_array()
        .expect("regions")
        .iter()
        .map(|r| r["value"].as_i64().expect("value"))
        .sum();
    assert_eq!(
        placed + de_map["unplaced"].as_i64().expect("unplaced"),
        de["total"].as_i64().expect("total")
    );

    let (status, page) = app.text("/map?country=DE").await;
    assert_eq!(status, 200);
    if boundaries {
        assert!(page.contains("<svg") && page.contains("map-region"), "the map is drawn");
        assert!(page.contains("class=\"map-marker"), "a zoomed map shows organisations");
        assert!(page.contains("/regions/DE"), "regions link to their pages");
        assert!(page.contains("EuroGeographics"), "the boundaries are credited");
    } else {
        assert!(page.contains("clusterhub import boundaries"));
    }
    assert!(page.contains("<table"), "the figures are in a table too");
    // The directory links to its map and the map back, with the same filters.
    assert!(page.contains("/organisations?country=DE"));

    let r = app.get("/map.csv?measure=contribution&level=nuts2").await;
    assert_eq!(r.status(), 200);
    assert_eq!(header(&r, "content-type").as_deref(), Some("text/csv; charset=utf-8"));
    let csv = r.text().await.expect("csv");
    assert!(csv.starts_with("code,name,contribution (EUR)"), "{csv}");
    let r = app.get("/map.json?measure=projects").await;
    let body: serde_json::Value = r.json().await.expect("json");
    assert_eq!(body["measure"], "projects");
    let r = app.get("/map.svg?level=nuts1").await;
    assert_eq!(
        header(&r, "content-type").as_deref(),
        Some("image/svg+xml; charset=utf-8")
    );
    let svg = r.text().await.expect("svg");
    assert!(svg.contains("xmlns=\"http://www.w3.org/2000/svg\""));
}

#[tokio::test]
async fn wrong_map_parameters_are_named_and_the_rest_still_applies() {
    let (app, _) = app_with_maps(40).await;
    let (status, page) = app.text("/map?measure=%3Cscript%3E&country=DK").await;
    assert_eq!(status, 400);
    assert!(
        page.contains("&#60;script&#62;") && page.contains("“Show” was left out"),
        "the refused value is named, escaped"
    );
    assert!(page.contains("Denmark"), "the country filter still applies");
    let (status, body) = app.json("/api/v1/statistics/map?level=nuts9").await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["parameter"], "level", "{body}");
    let (status, body) = app.json("/api/v1/statistics/map?lang=xx").await;
    assert_eq!((status, body["error"]["parameter"].as_str()), (400, Some("lang")));
    for path in [
        "/regions/%3Cscript%3E",
        "/regions/ZZ9",
        "/regions/DE%00",
        "/statistics/nothing.csv",
        "/statistics/meetings.exe",
    ] {
        assert_eq!(app.get(path).await.status(), 404, "{path}");
    }
    let (status, _) = app.json("/api/v1/statistics/nothing").await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn only_embeddable_pages_may_be_framed() {
    let (app, _) = app_with_maps(40).await;
    let page = app.get("/map").await;
    assert_eq!(header(&page, "x-frame-options").as_deref(), Some("DENY"));
    assert!(header(&page, "content-security-policy").is_some_and(|c| c.contains("frame-ancestors 'none'")));
    let (_, orgs) = app.json("/api/v1/organisations?limit=1").await;
    let slug = orgs["items"][0]["slug"].as_str().expect("slug").to_owned();
    for path in [
        "/embed/map?level=nuts1".to_owned(),
        format!("/embed/organisations/{slug}/network"),
        "/embed/regions/DE/network".to_owned(),
        "/map.svg".to_owned(),
    ] {
        let r = app.get(&path).await;
        assert_eq!(r.status(), 200, "{path}");
        assert_eq!(header(&r, "x-frame-options"), None, "{path}");
        assert!(
            header(&r, "content-security-policy").is_some_and(|c| c.contains("frame-ancestors *")),
            "{path}"
        );
    }
    let embed = app.text("/embed/map").await.1;
    assert!(embed.contains("<base target=\"_top\">"), "links leave the frame");
}

#[tokio::test]
async fn statistics_come_as_charts_tables_downloads_and_api() {
    let (app, _) = app_with_maps(120).await;
    let (status, page) = app.text("/statistics").await;
    assert_eq!(status, 200);
    for figure in web::routes::maps::FIGURES {
        assert!(page.contains(&format!("/statistics/{figure}.csv")), "{figure}");
        let r = app.get(&format!("/statistics/{figure}.csv")).await;
        assert_eq!(r.status(), 200, "{figure}");
        let (status, body) = app.json(&format!("/api/v1/statistics/{figure}?lang=de")).await;
        assert_eq!(status, 200, "{figure}");
        assert_eq!(body["figure"], *figure);
    }
    let (_, all) = app.json("/api/v1/statistics").await;
    let by_type = &all["figures"]["organisations-by-type"]["rows"];
    let counted: i64 = by_type
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["value"].as_i64().expect("value"))
        .sum();
    assert_eq!(counted, 120);
    let (_, german) = app.json("/api/v1/statistics/organisations-by-type?lang=de").await;
    assert!(german["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .any(|r| r["label"] == "Cluster" || r["label"] == "Unternehmen"));
    assert_eq!(page.matches("<table").count(), web::routes::maps::FIGURES.len());
}

#[tokio::test]
async fn region_pages_and_networks_show_who_works_with_whom() {
    let (app, boundaries) = app_with_maps(200).await;
    // The region with the most projects.
    let (_, map) = app.json("/api/v1/statistics/map?measure=projects&level=nuts2").await;
    let top = map["regions"]
        .as_array()
        .expect("regions")
        .iter()
        .max_by_key(|r| r["value"].as_i64().unwrap_or(0))
        .expect("a region")["code"]
        .as_str()
        .expect("code")
        .to_owned();
    let (status, page) = app.text(&format!("/regions/{top}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Regions it works with most"), "{top}");
    assert!(page.contains(&format!("/regions/{top}/network")));
    if boundaries {
        assert!(page.contains("map-region"));
    }
    let (status, network) = app.text(&format!("/regions/{top}/network")).await;
    assert_eq!(status, 200);
    assert!(network.contains("Strongest links") && network.contains("<svg"));

    // An organisation with projects: its profile links to its region and its network.
    let (_, orgs) = app
        .json("/api/v1/organisations?type=research-education&limit=100")
        .await;
    let mut found = false;
    for o in orgs["items"].as_array().expect("items") {
        let slug = o["slug"].as_str().expect("slug");
        let (_, details) = app.json(&format!("/api/v1/organisations/{slug}")).await;
        if details["participations"].as_array().is_none_or(|p| p.is_empty()) || details["nuts_code"].is_null() {
            continue;
        }
        let (_, profile) = app.text(&format!("/organisations/{slug}")).await;
        assert!(profile.contains(&format!("/organisations/{slug}/network")));
        assert!(profile.contains("href=\"/regions/"));
        let (status, network) = app.text(&format!("/organisations/{slug}/network")).await;
        assert_eq!(status, 200);
        assert!(network.contains("net-node"), "the network is drawn");
        found = true;
        break;
    }
    assert!(found, "the demo has a research organisation in projects");
    assert_eq!(app.get("/organisations/nobody-here/network").await.status(), 404);
}

#[tokio::test]
async fn map_figures_follow_the_change_feed() {
    let (app, _) = app_with_maps(30).await;
    let (_, before) = app.json("/api/v1/statistics/map?country=MT").await;
    let before = before["total"].as_i64().expect("total");
    let draft = domain::OrganisationDraft::new(
        "Malta Maritime Cluster",
        domain::OrganisationType::Cluster,
        domain::CountryCode::parse("MT").expect("MT"),
    )
    .validate()
    .expect("valid");
    let mut tx = app.db.store.begin().await.expect("begin");
    store::organisations::save(
        &mut tx,
        store::organisations::OrgKey::New,
        store::organisations::SaveMode::Replace,
        &draft,
    )
    .await
    .expect("save");
    tx.commit().await.expect("commit");
    let mut after = before;
    for _ in 0..100 {
        let (_, body) = app.json("/api/v1/statistics/map?country=MT").await;
        after = body["total"].as_i64().expect("total");
        if after > before {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(after, before + 1, "the cached figures are dropped when the feed moves");
}
