//! Imports of the real CORDIS and NUTS data, and of files with bad rows.

use std::io::Write;

use clusterhub::import::{self, ImportError};
use domain::DirectoryFilter;

use crate::helpers::{shared_data, TestApp};

fn filter(pairs: &[(&str, &str)]) -> DirectoryFilter {
    DirectoryFilter::from_pairs(pairs.iter().copied()).expect("filter")
}

#[tokio::test]
async fn the_cordis_subset_and_the_cluster_list_import_completely() {
    let (Some(orgs), Some(clusters)) = (
        shared_data("cordis/he_organizations_subset.csv"),
        shared_data("clusters/cordis_he_cluster_organisations.csv"),
    ) else {
        return;
    };
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let s = import::cordis::run(store, &orgs, false).await.expect("import");
    assert_eq!(s.organisations_created, 3204);
    assert_eq!(s.projects, 463);
    assert_eq!(store.organisation_count().await.expect("count"), 3204);
    assert_eq!(store.project_count().await.expect("count"), 463);
    // CORDIS country codes become ISO codes.
    assert!(
        store
            .list_organisations(&filter(&[("country", "GR")]))
            .await
            .expect("list")
            .total
            > 0
    );
    assert!(
        store
            .list_organisations(&filter(&[("country", "GB")]))
            .await
            .expect("list")
            .total
            > 0
    );

    let s = import::cordis::run(store, &clusters, false)
        .await
        .expect("import clusters");
    assert_eq!(s.organisations_created + s.organisations_updated, 84);
    let listed = store
        .list_organisations(&filter(&[("type", "cluster"), ("limit", "100")]))
        .await
        .expect("list");
    assert_eq!(listed.total, 84);
    assert!(listed.items.iter().all(|o| o.profile.coordinates.is_some()));

    // Importing the same file again updates, it does not duplicate.
    let again = import::cordis::run(store, &orgs, false).await.expect("re-import");
    assert_eq!((again.organisations_created, again.organisations_updated), (0, 3204));
    assert_eq!(
        store.organisation_count().await.expect("count"),
        3204 + s.organisations_created as i64
    );
    // A cluster stays a cluster when the participants file is imported again.
    assert_eq!(
        store
            .list_organisations(&filter(&[("type", "cluster")]))
            .await
            .expect("list")
            .total,
        84
    );

    // A coordinator's page shows the project with its role and contribution.
    let (_, api) = app.json("/api/v1/projects?q=GanESS").await;
    let id = api["items"][0]["id"].as_i64().expect("GanESS is imported");
    let (_, project) = app.json(&format!("/api/v1/projects/{id}")).await;
    assert_eq!(project["participants"][0]["role"], "coordinator");
    assert_eq!(project["participants"][0]["ec_contribution"], 149_620_500);
    assert_eq!(
        project["cordis_url"],
        format!("https://cordis.europa.eu/project/id/101039048")
    );
}

#[tokio::test]
async fn nuts_regions_import_and_name_regions_on_profiles() {
    let Some(nuts) = shared_data("nuts/nuts2024_all_levels_from_gisco.csv") else {
        return;
    };
    let app = TestApp::with_demo(20).await;
    let s = import::nuts::run(&app.db.store, &nuts, false).await.expect("import");
    assert_eq!(s.regions, 1798);
    assert_eq!(
        app.db.store.region_name("DED2").await.expect("query").as_deref(),
        Some("Dresden")
    );
    assert_eq!(
        app.db.store.region_name("EL30").await.expect("query").as_deref(),
        Some("Attiki")
    );
}

fn temp_file(name: &str, content: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(name);
    std::fs::File::create(&path)
        .and_then(|mut f| f.write_all(content.as_bytes()))
        .expect("write");
    (dir, path)
}

#[tokio::test]
async fn a_cordis_file_with_bad_rows_stores_nothing_and_names_every_row() {
    let Some(orgs) = shared_data("cordis/he_organizations_subset.csv") else {
        return;
    };
    let real = std::fs::read_to_string(orgs).expect("read");
    let mut lines: Vec<String> = real.lines().take(6).map(str::to_owned).collect();
    // line 7: unknown country; line 8: a role CORDIS does not have; line 9: a field short.
    let good = lines[1].clone();
    lines.push(good.replacen(";ES;", ";Atlantis;", 1));
    lines.push(good.replacen(";coordinator;", ";overlord;", 1));
    lines.push(good.rsplitn(3, ';').nth(2).expect("fields").to_owned());
    let (_dir, path) = temp_file("bad.csv", &(lines.join("\n") + "\n"));
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let err = import::cordis::run(store, &path, false)
        .await
        .expect_err("bad rows fail the import");
    let ImportError::Invalid { errors, .. } = &err else {
        panic!("unexpected {err}")
    };
    let where_: Vec<&str> = errors.iter().map(|e| e.location.as_str()).collect();
    assert_eq!(where_, ["line 7", "line 8", "line 9"]);
    assert!(
        errors[0].message.contains("country") && errors[0].message.contains("Atlantis"),
        "{errors:?}"
    );
    assert!(errors[1].message.contains("role"));
    assert!(errors[2].message.contains("fields"));
    assert!(err.to_string().contains("nothing was imported"));
    assert_eq!(store.organisation_count().await.expect("count"), 0);
    assert!(store.changes_since(0, 1).await.expect("feed").is_empty());

    let s = import::cordis::run(store, &path, true).await.expect("skip invalid");
    assert_eq!(s.skipped.len(), 3);
    assert_eq!(store.organisation_count().await.expect("count"), 5);
}

#[tokio::test]
async fn files_that_are_not_data_are_refused_clearly() {
    let app = TestApp::spawn().await;
    let (_d1, not_csv) = temp_file("x.csv", "hello;world\n1;2\n");
    let err = import::cordis::run(&app.db.store, &not_csv, false)
        .await
        .expect_err("refused");
    assert!(err.to_string().contains("missing columns"), "{err}");
    let (_d2, binary) = temp_file("y.csv", "");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x41]).expect("write");
    let err = import::organisations::run(&app.db.store, &binary, false)
        .await
        .expect_err("refused");
    assert!(err.to_string().contains("not UTF-8"), "{err}");
    let (_d3, json) = temp_file("z.json", "{\"name\": 1}");
    let err = import::organisations::run(&app.db.store, &json, false)
        .await
        .expect_err("refused");
    assert!(err.to_string().contains("JSON array"), "{err}");
    let missing = std::path::Path::new("/nonexistent/file.csv");
    assert!(import::cordis::run(&app.db.store, missing, false).await.is_err());
}

#[tokio::test]
async fn cordis_topics_and_fields_of_science_describe_projects_and_make_them_findable() {
    let (Some(orgs), Some(topics), Some(fields)) = (
        shared_data("cordis/he_organizations_subset.csv"),
        shared_data("cordis/he_project_topics.csv"),
        shared_data("cordis/he_project_euroscivoc_subset.csv"),
    ) else {
        return;
    };
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    import::cordis::run(store, &orgs, false).await.expect("import");
    let s = import::cordis_topics::run(store, &topics, false).await.expect("topics");
    assert!(s.projects_described >= 400, "{s}");
    assert!(
        s.projects_unknown > 0,
        "the topic list covers projects not imported: {s}"
    );
    let s = import::cordis_topics::run(store, &fields, false).await.expect("fields");
    assert!(s.projects_described > 0, "{s}");

    let projects = store.projects_after(0, 1_000).await.expect("projects");
    let p = projects
        .iter()
        .find(|p| p.draft.cordis_id.as_deref() == Some("101157528"))
        .expect("project 101157528");
    assert!(
        p.keywords.iter().any(|k| k == "biochemical engineering"),
        "{:?}",
        p.keywords
    );
    let (status, page) = app.text(&format!("/projects/{}", p.id)).await;
    assert_eq!(status, 200);
    assert!(page.contains("Fields of science") && page.contains("biochemical engineering"));

    // The project is found by what it is about.
    let href = format!("/projects/{}", p.id);
    let found = app
        .search_until("q=biochemical%20engineering&kind=project&limit=50", |b| {
            b["hits"]
                .as_array()
                .is_some_and(|h| h.iter().any(|h| h["url"] == href.as_str()))
        })
        .await
        .is_some();
    assert!(found, "search finds the project by its field of science");

    // A bad row stops the whole file and is named.
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("topics.csv");
    std::fs::write(
        &bad,
        "projectID,topic,title\n101157528,HORIZON-X,A title\nabc,HORIZON-Y,\n",
    )
    .expect("write");
    let err = import::cordis_topics::run(store, &bad, false)
        .await
        .expect_err("refused")
        .to_string();
    assert!(
        err.contains("line 3") && err.contains("projectID") && err.contains("title: is required"),
        "{err}"
    );
    let again = store.projects_after(0, 1_000).await.expect("projects");
    let same = again.iter().find(|x| x.id == p.id).expect("project");
    assert_eq!(same.topics, p.topics, "nothing of the bad file was stored");
}

#[tokio::test]
async fn the_real_funding_calls_import_completely_and_update_on_reimport() {
    let Some(file) = shared_data("funding_calls/ft_calls_open_2024-10-26.csv") else {
        return;
    };
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let s = import::calls::run(store, &file, false).await.expect("import");
    eprintln!("{s}");
    assert!(s.skipped.is_empty(), "no row rejected: {:?}", s.skipped);
    assert_eq!((s.calls_created, s.calls_two_deadlines, s.calls_cascade), (304, 10, 89));
    assert_eq!(store.call_count().await.expect("count"), 304);
    let synergy = store
        .call_by_reference("47060148HORIZONERCSynergyGrants1720656000000")
        .await
        .expect("read")
        .expect("there");
    assert_eq!(synergy.call.identifier, "ERC-2025-SyG");
    assert_eq!(synergy.call.programme, "ERC");
    assert_eq!(synergy.call.budget_max, Some(domain::Cents(1_400_000_000)));
    // 17:00 in Brussels on 6 November 2024 (winter time) is 16:00 UTC.
    assert_eq!(synergy.call.deadlines[0].at.to_rfc3339(), "2024-11-06T16:00:00+00:00");
    assert!(synergy.call.description_html.contains("<p>") && !synergy.call.description_html.contains("<script"));
    let again = import::calls::run(store, &file, false).await.expect("re-import");
    assert_eq!(
        (again.calls_created, again.calls_updated),
        (0, 304),
        "updated, not doubled"
    );
    assert_eq!(store.call_count().await.expect("count"), 304);
}

#[tokio::test]
async fn a_calls_file_with_a_bad_row_stores_nothing_and_names_it() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("calls.csv");
    let mut f = std::fs::File::create(&path).expect("file");
    writeln!(
        f,
        "identifier,title,start_date,deadline,deadline2,budget_min,budget_max,reference,description"
    )
    .expect("write");
    writeln!(
        f,
        "SMP-COSME-2021-CLUSTER-01,Euroclusters,2027-03-01T00:00:00,2027-03-26T17:00:00,,0,60000,ref-1,\"<p>ok</p>\""
    )
    .expect("write");
    writeln!(
        f,
        "HORIZON-CL4-2027-01,Second,2027-03-01T00:00:00,next spring,,0,lots,ref-2,\"<p>multi\nline</p>\""
    )
    .expect("write");
    drop(f);
    let err = import::calls::run(&app.db.store, &path, false)
        .await
        .expect_err("refused");
    let text = err.to_string();
    assert!(
        text.contains("line 3") && text.contains("deadline") && text.contains("budget_max"),
        "{text}"
    );
    assert_eq!(app.db.store.call_count().await.expect("count"), 0, "all or nothing");
    let s = import::calls::run(&app.db.store, &path, true).await.expect("skipping");
    assert_eq!((s.calls_created, s.skipped.len()), (1, 1));
}

#[tokio::test]
async fn press_releases_import_all_or_nothing_with_their_dates_and_mentions() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    crate::agent::organisation(&app, "nordic-space", "Nordic Space Cluster").await;
    crate::agent::organisation(&app, "laser-centre", "Laser Centre").await;
    let dir = tempfile::tempdir().expect("tempdir");
    let write = |name: &str, content: &[u8]| std::fs::write(dir.path().join(name), content).expect("write");
    write(
        "01-appointed.html",
        br#"<html><body><nav><a href="/">Home</a></nav><p>Skip to content</p>
        <h1>Nordic Space Cluster becomes the national cluster for space</h1>
        <p>Submitted by Nordic Space Cluster on 23 November 2021</p>
        <p>The ministry appointed Nordic Space Cluster, which gathers 150 members in Denmark.</p>
        <p>Laser Centre joins as a partner for test beds and certification of small satellites.</p>
        <p>Share this article</p></body></html>"#,
    );
    write(
        "02-mikrozuschuesse.md",
        "# Mikrozuschüsse für KMU\n\nAm 22. und 23.01.2018 stellten die Technologiezentren ihr Programm vor.\n\nKMU erhalten Zugang zu Pilotlinien für Photonik und künstliche Intelligenz, mit Zuschüssen bis 10.000 Euro.\n"
            .as_bytes(),
    );
    write("03-broken.txt", &[0xff, 0xfe, 0x41]);
    write("04-notes.pdf", b"%PDF");
    let folder = dir.path();

    // A file that cannot be read refuses the folder, named with its reason; nothing is stored.
    let err = import::news::run(store, folder, "nordic-space", true, false)
        .await
        .expect_err("refused");
    let ImportError::InvalidFiles { errors, .. } = &err else {
        panic!("unexpected {err}")
    };
    assert_eq!(
        errors.len(),
        1,
        "only text, Markdown and HTML files are read: {errors:?}"
    );
    assert!(errors[0].location.ends_with("03-broken.txt") && errors[0].message.contains("UTF-8"));
    assert!(err.to_string().contains("nothing was imported"));
    assert!(store.news_of(1).await.expect("news").is_empty());
    assert!(import::news::run(store, folder, "no-such-cluster", true, true)
        .await
        .is_err());

    let s = import::news::run(store, folder, "nordic-space", true, true)
        .await
        .expect("the readable files");
    assert_eq!((s.news, s.skipped.len()), (2, 1));
    let (items, total) = store
        .published_news(&store::news::NewsFilter {
            limit: 10,
            ..Default::default()
        })
        .await
        .expect("list");
    assert_eq!(total, 2);
    let appointed = items
        .iter()
        .find(|n| n.draft.title.contains("national cluster"))
        .expect("imported");
    assert_eq!(appointed.draft.language.as_str(), "en");
    assert_eq!(
        appointed.published_at.map(|t| t.date_naive().to_string()).as_deref(),
        Some("2021-11-23"),
        "dated as its text says"
    );
    assert!(!appointed.draft.body.contains("Share this") && !appointed.draft.body.contains("Skip to"));
    let german = items
        .iter()
        .find(|n| n.draft.language.as_str() == "de")
        .expect("German item");
    assert_eq!(
        german.published_at.map(|t| t.date_naive().to_string()).as_deref(),
        Some("2018-01-23")
    );
    // Published directly, its mentions are confirmed: the partner's page lists it.
    let mentioning = store
        .news_mentioning("organisation", "laser-centre", 5)
        .await
        .expect("mentions");
    assert_eq!(mentioning.len(), 1);
    let keys: Vec<String> = store
        .news_mentions(german.id)
        .await
        .expect("mentions")
        .into_iter()
        .map(|m| m.key)
        .collect();
    assert!(keys.contains(&"ket-photonics".to_owned()) && keys.contains(&"cta-artificial-intelligence".to_owned()));

    // Imported again: nothing twice.
    let again = import::news::run(store, folder, "nordic-space", true, true)
        .await
        .expect("again");
    assert_eq!((again.news, again.already_there.len()), (0, 2));
}
