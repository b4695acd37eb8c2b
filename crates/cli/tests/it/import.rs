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

// ---- Every real variant of the files the imports read (issue 21, item 5). ----

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/imports")
        .join(name)
}

fn fixture_text(name: &str) -> String {
    std::fs::read_to_string(fixture(name)).expect("fixture")
}

/// `text` (a CSV file) written again with `delimiter`, its columns in reverse order, CRLF line
/// ends if asked and a byte order mark if asked.
fn variant(text: &str, delimiter: u8, reverse: bool, crlf: bool, bom: bool) -> String {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(if text.lines().next().unwrap_or("").contains(';') {
            b';'
        } else {
            b','
        })
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(if crlf {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .from_writer(vec![]);
    for record in reader.records() {
        let record = record.expect("fixture record");
        let mut cells: Vec<String> = record
            .iter()
            .map(|c| if crlf { c.replace('\n', "\r\n") } else { c.to_owned() })
            .collect();
        if reverse {
            cells.reverse();
        }
        writer.write_record(&cells).expect("write");
    }
    let out = String::from_utf8(writer.into_inner().expect("flush")).expect("utf-8");
    if bom {
        format!("\u{feff}{out}")
    } else {
        out
    }
}

/// The same file with its line ends made CRLF (inside quoted fields too).
fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\r\n")
}

#[test]
fn every_variant_of_a_file_reads_the_same() {
    let dir = tempfile::tempdir().expect("dir");
    let mut n = 0;
    let mut each = |name: &str, check: &mut dyn FnMut(&std::path::Path, &str)| {
        let text = fixture_text(name);
        for delimiter in [b',', b';'] {
            for reverse in [false, true] {
                for crlf in [false, true] {
                    for bom in [false, true] {
                        n += 1;
                        let path = dir.path().join(format!("{n}-{name}"));
                        std::fs::write(&path, variant(&text, delimiter, reverse, crlf, bom)).expect("write");
                        let what = format!(
                            "{name} with {} reverse={reverse} crlf={crlf} bom={bom}",
                            delimiter as char
                        );
                        check(&path, &what);
                    }
                }
            }
        }
    };
    let (calls, errors) = import::calls::read(&fixture("calls.csv")).expect("calls");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(calls.len(), 3);
    each("calls.csv", &mut |path, what| {
        let (got, errors) = import::calls::read(path).expect(what);
        assert!(errors.is_empty(), "{what}: {errors:?}");
        assert_eq!(got, calls, "{what}");
    });
    for name in ["organization.csv", "project.csv", "participants.csv"] {
        let (data, errors) = import::cordis::read(&fixture(name)).expect(name);
        assert!(errors.is_empty(), "{name}: {errors:?}");
        let facts = |d: &import::cordis::CordisData| {
            format!(
                "{:?} {:?} {:?} {:?} {:?} {:?}",
                d.organisations,
                d.projects,
                d.participations,
                d.project_facts,
                d.unidentified,
                d.unidentified_participations
            )
        };
        let expected = facts(&data);
        each(name, &mut |path, what| {
            let (got, errors) = import::cordis::read(path).expect(what);
            assert!(errors.is_empty(), "{what}: {errors:?}");
            assert_eq!(facts(&got), expected, "{what}");
        });
    }
}

#[test]
fn line_numbers_name_where_a_record_starts_with_lf_and_crlf() {
    // Line 2 is good, the record of lines 3–4 has a multi-line description and a bad budget,
    // line 5 has a NUL byte in its title, line 6 is short.
    let text = "identifier,title,deadline,budget_max,description\n\
                HORIZON-A-01,Good,2027-01-01T17:00:00,10,<p>ok</p>\n\
                HORIZON-B-01,Bad budget,2027-01-01T17:00:00,lots,\"<p>two\nlines</p>\"\n\
                HORIZON-C-01,Nul\0here,2027-01-01T17:00:00,10,<p>x</p>\n\
                HORIZON-D-01,Short\n";
    let dir = tempfile::tempdir().expect("dir");
    for (name, text) in [("lf.csv", text.to_owned()), ("crlf.csv", crlf(text))] {
        let path = dir.path().join(name);
        std::fs::write(&path, &text).expect("write");
        let (calls, errors) = import::calls::read(&path).expect("read");
        assert_eq!(calls.len(), 1, "{name}");
        let located: Vec<(&str, &str)> = errors
            .iter()
            .map(|e| (e.location.as_str(), e.message.as_str()))
            .collect();
        assert_eq!(located.len(), 3, "{name}: {located:?}");
        assert_eq!(located[0].0, "line 3", "{name}: {located:?}");
        assert!(located[0].1.contains("budget_max"), "{name}: {located:?}");
        assert_eq!(located[1].0, "line 5", "{name}: {located:?}");
        assert!(
            located[1].1.contains("title") && located[1].1.contains("U+0000"),
            "{name}: {located:?}"
        );
        assert_eq!(located[2].0, "line 6", "{name}: {located:?}");
        assert!(located[2].1.contains("fields"), "{name}: {located:?}");
    }
}

#[tokio::test]
async fn calls_without_references_or_deadlines_import_and_update_by_identifier() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let dir = tempfile::tempdir().expect("dir");
    // The portal's export as a spreadsheet saves it: byte order mark, semicolons, CRLF.
    let path = dir.path().join("calls.csv");
    std::fs::write(&path, variant(&fixture_text("calls.csv"), b';', false, true, true)).expect("write");
    let s = import::calls::run(store, &path, false).await.expect("import");
    assert_eq!(
        (s.calls_created, s.calls_two_deadlines, s.calls_without_deadline),
        (3, 1, 1),
        "{s}"
    );
    assert!(s.to_string().contains("1 without a deadline yet"), "{s}");
    let forthcoming = store
        .call_by_reference("HORIZON-CL4-2028-HUMAN-01-07")
        .await
        .expect("read")
        .expect("keyed by its identifier");
    assert!(forthcoming.call.deadlines.is_empty());
    let now = chrono::Utc::now();
    assert_eq!(forthcoming.call.status(now), domain::funding::CallStatus::Forthcoming);
    let listed = |status| store::funding::CallFilter {
        now,
        status: Some(status),
        programmes: vec![],
        cascade: None,
        closing_within_days: None,
        limit: 50,
        offset: 0,
    };
    let (calls, total) = store
        .calls(&listed(domain::funding::CallStatus::Forthcoming))
        .await
        .expect("forthcoming");
    assert!(
        calls
            .iter()
            .any(|c| c.call.identifier == "HORIZON-CL4-2028-HUMAN-01-07"),
        "{total}"
    );
    let (open, _) = store
        .calls(&listed(domain::funding::CallStatus::Open))
        .await
        .expect("open");
    assert!(open.iter().all(|c| !c.call.deadlines.is_empty()));
    // Every call lists, the one without a deadline too, on the page and in the API.
    assert_eq!(app.text("/funding").await.0, 200);
    assert_eq!(app.text("/funding?status=forthcoming").await.0, 200);
    let (status, page) = app.text(&format!("/funding/{}", forthcoming.id)).await;
    assert_eq!(status, 200);
    assert!(page.contains("AI in small factories"));
    let (status, api) = app.json("/api/v1/calls?status=forthcoming").await;
    assert_eq!(status, 200, "{api}");

    // Again, in another column order: updated by identifier, not doubled.
    std::fs::write(&path, variant(&fixture_text("calls.csv"), b',', true, false, false)).expect("write");
    let again = import::calls::run(store, &path, false).await.expect("again");
    assert_eq!((again.calls_created, again.calls_updated), (0, 3), "{again}");
    assert_eq!(store.call_count().await.expect("count"), 3);

    // A later export with the portal's references takes over the calls keyed by identifier.
    let with_reference = "identifier,title,deadline,reference,description\n\
        SMP-COSME-2027-CLUSTER-01,Euroclusters for SME internationalisation,2027-03-26T17:00:00,\
        51000001SMPCOSME2027CLUSTER011700000000000,<p>x</p>\n";
    std::fs::write(&path, with_reference).expect("write");
    let third = import::calls::run(store, &path, false).await.expect("with references");
    assert_eq!((third.calls_created, third.calls_updated), (0, 1), "{third}");
    assert_eq!(store.call_count().await.expect("count"), 3);
    let taken = store
        .call_by_reference("51000001SMPCOSME2027CLUSTER011700000000000")
        .await
        .expect("read")
        .expect("reference taken over");
    assert_eq!(taken.call.reference, "51000001SMPCOSME2027CLUSTER011700000000000");
    // …and an export without references updates it again without losing the reference.
    std::fs::write(&path, fixture_text("calls.csv")).expect("write");
    let fourth = import::calls::run(store, &path, false).await.expect("without again");
    assert_eq!((fourth.calls_created, fourth.calls_updated), (0, 3), "{fourth}");
    let kept = store
        .call_by_reference("51000001SMPCOSME2027CLUSTER011700000000000")
        .await
        .expect("read")
        .expect("reference kept");
    assert_eq!(kept.call.reference, "51000001SMPCOSME2027CLUSTER011700000000000");
}

#[tokio::test]
async fn control_characters_are_refused_by_line_and_skipped_on_request() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("calls.csv");
    // A NUL byte in a description (PostgreSQL refuses it in text) and a bell in a title.
    let text = fixture_text("calls.csv")
        .replace("<p>Pilot lines.</p>", "<p>Pilot\0lines.</p>")
        .replace("Forthcoming: AI", "Forthcoming:\u{7} AI");
    std::fs::write(&path, crlf(&text)).expect("write");
    let err = import::calls::run(store, &path, false).await.expect_err("refused");
    let ImportError::Invalid { errors, .. } = &err else {
        panic!("unexpected {err}")
    };
    let located: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(located.len(), 2, "{located:?}");
    assert!(
        located[0].starts_with("line 4: description") && located[0].contains("U+0000"),
        "{located:?}"
    );
    assert!(
        located[1].starts_with("line 5: title") && located[1].contains("U+0007"),
        "{located:?}"
    );
    assert_eq!(store.call_count().await.expect("count"), 0, "all or nothing");
    assert!(store.changes_since(0, 1).await.expect("feed").is_empty());
    let s = import::calls::run(store, &path, true).await.expect("skipping");
    assert_eq!((s.calls_created, s.skipped.len()), (1, 2), "{s}");
    assert!(s.to_string().contains("line 4"), "{s}");

    // The same check guards every import: a CORDIS file with a NUL byte.
    let orgs = fixture_text("organization.csv").replace("Storgatan 1;41101", "Storgatan\0 1;41101");
    std::fs::write(&path, orgs).expect("write");
    let err = import::cordis::run(store, &path, false)
        .await
        .expect_err("refused")
        .to_string();
    assert!(err.contains("line 2: street") && err.contains("U+0000"), "{err}");
}

#[tokio::test]
async fn empty_files_and_missing_columns_say_what_was_expected_and_fail_the_command() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let dir = tempfile::tempdir().expect("dir");
    let file = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).expect("write");
        p
    };
    let empty = file("empty.csv", "");
    let bom_only = file("bom.csv", "\u{feff}\r\n");
    let header_only = file("header.csv", "identifier,title,deadline\r\n");
    let err = import::calls::run(store, &empty, false)
        .await
        .expect_err("empty")
        .to_string();
    assert!(
        err.contains("empty") && err.contains("identifier, title, deadline"),
        "{err}"
    );
    let err = import::calls::run(store, &bom_only, false)
        .await
        .expect_err("empty")
        .to_string();
    assert!(err.contains("empty"), "{err}");
    let err = import::calls::run(store, &header_only, false)
        .await
        .expect_err("no rows")
        .to_string();
    assert!(err.contains("no rows"), "{err}");
    for (what, err) in [
        (
            "cordis",
            import::cordis::run(store, &empty, false).await.expect_err("empty"),
        ),
        (
            "cordis-topics",
            import::cordis_topics::run(store, &empty, false)
                .await
                .expect_err("empty"),
        ),
        (
            "nuts",
            import::nuts::run(store, &empty, false).await.expect_err("empty"),
        ),
        (
            "services",
            import::services::run(store, &empty, false).await.expect_err("empty"),
        ),
    ] {
        let err = err.to_string();
        assert!(err.contains("empty") && err.contains("columns"), "{what}: {err}");
    }
    let err = import::cordis::run(store, &empty, false)
        .await
        .expect_err("empty")
        .to_string();
    assert!(err.contains("project.csv") && err.contains("organization.csv"), "{err}");

    // Missing columns are named, and so are the columns found.
    let renamed = file("renamed.csv", "Topic ID;Name;Closing date\nA;B;C\n");
    let err = import::calls::run(store, &renamed, false)
        .await
        .expect_err("refused")
        .to_string();
    assert!(
        err.contains("identifier, title, deadline are missing")
            && err.contains("found the columns Topic ID, Name, Closing date"),
        "{err}"
    );
    // A column is found by its name whatever its case and spacing.
    let spaced = file(
        "spaced.csv",
        "IDENTIFIER; Title ;Deadline\nHORIZON-X-01;X;2027-01-01T17:00:00\n",
    );
    let s = import::calls::run(store, &spaced, false).await.expect("found by name");
    assert_eq!(s.calls_created, 1);

    // The command exits non-zero, saying why.
    for path in [&empty, &header_only, &renamed] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_clusterhub"))
            .args(["--database", &app.db.url, "--data-dir"])
            .arg(dir.path())
            .args(["import", "calls"])
            .arg(path)
            .env("CLUSTERHUB_LOG", "warn")
            .output()
            .expect("run clusterhub import");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{}: {stderr}", path.display());
        assert!(stderr.contains("identifier"), "{}: {stderr}", path.display());
    }
}

#[tokio::test]
async fn cordis_project_csv_completes_projects_and_creates_missing_ones() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    let s = import::cordis::run(store, &fixture("organization.csv"), false)
        .await
        .expect("organisations");
    assert_eq!(
        (s.organisations_created, s.projects, s.participations),
        (3, 2, 4),
        "{s}"
    );
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("project.csv");
    std::fs::write(&path, crlf(&format!("\u{feff}{}", fixture_text("project.csv")))).expect("write");
    let s = import::cordis::run(store, &path, false).await.expect("projects");
    assert_eq!((s.projects_created, s.projects_updated), (1, 2), "{s}");
    assert!(s.to_string().contains("3 projects (1 new, 2 completed)"), "{s}");
    assert_eq!(store.project_count().await.expect("count"), 3);

    let projects = store.projects_after(0, 100).await.expect("projects");
    let aurora = projects
        .iter()
        .find(|p| p.draft.cordis_id.as_deref() == Some("101900001"))
        .expect("AURORA");
    assert_eq!(
        aurora.draft.title.as_deref(),
        Some("Light sources for clean production lines")
    );
    assert_eq!(aurora.draft.programme.as_deref(), Some("Horizon Europe"));
    let d = &aurora.details;
    assert_eq!(d.starts.map(|x| x.to_string()).as_deref(), Some("2023-03-01"));
    assert_eq!(d.ends.map(|x| x.to_string()).as_deref(), Some("2026-02-28"));
    assert_eq!(d.budget, Some(domain::Cents(125_000_000)));
    let summary = d.summary.as_deref().expect("objective as summary");
    assert!(
        summary.contains("one in Sweden") && summary.contains("\"zero-defect\"") && summary.contains('\n'),
        "{summary:?}"
    );
    assert_eq!(aurora.topics.len(), 1);
    assert_eq!(aurora.topics[0].code, "HORIZON-CL4-2022-TWIN-TRANSITION-01-02");
    let funding = store.project_funding(aurora.id).await.expect("read").expect("there");
    assert_eq!(funding.status.as_deref(), Some("SIGNED"));
    assert_eq!(funding.ec_contribution, Some(domain::Cents(75_000_050)));
    assert_eq!(funding.call.as_deref(), Some("HORIZON-CL4-2022-TWIN-TRANSITION-01"));
    assert_eq!(funding.funding_scheme.as_deref(), Some("HORIZON-IA"));
    let baltic = projects
        .iter()
        .find(|p| p.draft.cordis_id.as_deref() == Some("101900002"))
        .expect("BALTIC-AI");
    let funding = store.project_funding(baltic.id).await.expect("read").expect("there");
    assert_eq!(
        funding.call.as_deref(),
        Some("HORIZON-CL4-2021-HUMAN-01"),
        "master call without sub-call"
    );

    // The page shows title, dates and summary; the consortium is still there.
    let (status, page) = app.text(&format!("/projects/{}", aurora.id)).await;
    assert_eq!(status, 200);
    assert!(page.contains("Light sources for clean production lines") && page.contains("one in Sweden"));
    let (_, api) = app.json(&format!("/api/v1/projects/{}", aurora.id)).await;
    assert_eq!(api["participants"].as_array().map(Vec::len), Some(2), "{api}");

    // Importing organization.csv again keeps what project.csv said.
    import::cordis::run(store, &fixture("organization.csv"), false)
        .await
        .expect("again");
    let again = store.project(aurora.id).await.expect("read").expect("there");
    assert_eq!(again.draft.title, aurora.draft.title);
    assert_eq!(again.details, aurora.details);

    // A bad row is named by the line it starts on.
    let bad = fixture_text("project.csv").replace("2022-09-01;2024-08-31", "2022-09-01;31/08/2024");
    std::fs::write(&path, crlf(&bad)).expect("write");
    let err = import::cordis::run(store, &path, false)
        .await
        .expect_err("refused")
        .to_string();
    assert!(err.contains("line 4: endDate"), "{err}");
}

#[tokio::test]
async fn participant_lists_without_organisation_ids_match_by_name_and_country() {
    let app = TestApp::spawn().await;
    let store = &app.db.store;
    import::cordis::run(store, &fixture("organization.csv"), false)
        .await
        .expect("organisations");
    import::cordis::run(store, &fixture("project.csv"), false)
        .await
        .expect("projects");
    let s = import::cordis::run(store, &fixture("participants.csv"), false)
        .await
        .expect("participants");
    // Nordic Photonics (SE) and Société Lumière (FR) are stored; the cluster is new, and the
    // Tallinn centre in Finland is another organisation than the one in Estonia.
    assert_eq!((s.organisations_matched, s.organisations_created), (2, 2), "{s}");
    assert_eq!(s.participations, 5, "{s}");
    let text = s.to_string();
    assert!(text.contains("2 matched by name and country, 2 created"), "{text}");
    assert_eq!(store.organisation_count().await.expect("count"), 5);
    let projects = store.projects_after(0, 100).await.expect("projects");
    let circular = projects
        .iter()
        .find(|p| p.draft.cordis_id.as_deref() == Some("101900003"))
        .expect("project");
    assert_eq!(
        circular.draft.acronym, "CIRCULAR-CLUSTERS",
        "the list keeps the acronym"
    );
    let (_, api) = app.json(&format!("/api/v1/projects/{}", circular.id)).await;
    let names: Vec<&str> = api["participants"]
        .as_array()
        .expect("participants")
        .iter()
        .filter_map(|p| p["organisation_name"].as_str())
        .collect();
    assert!(
        names.contains(&"NORDIC PHOTONICS INSTITUTE AB") && names.contains(&"Société Lumière SAS"),
        "{names:?}"
    );
    assert_eq!(names.len(), 4, "{names:?}");

    // Again: everything is matched now.
    let again = import::cordis::run(store, &fixture("participants.csv"), false)
        .await
        .expect("again");
    assert_eq!(
        (again.organisations_matched, again.organisations_created),
        (4, 0),
        "{again}"
    );
    assert_eq!(store.organisation_count().await.expect("count"), 5);

    // A list whose projects are not stored creates them under their id until project.csv names them.
    let fresh = TestApp::spawn().await;
    let s = import::cordis::run(&fresh.db.store, &fixture("participants.csv"), false)
        .await
        .expect("alone");
    assert_eq!(
        (s.organisations_matched, s.organisations_created, s.projects),
        (0, 4, 2),
        "{s}"
    );
    import::cordis::run(&fresh.db.store, &fixture("project.csv"), false)
        .await
        .expect("then projects");
    let named = fresh.db.store.projects_after(0, 100).await.expect("projects");
    assert!(named.iter().any(|p| p.draft.acronym == "CIRCULAR-CLUSTERS"));
}

#[tokio::test]
async fn the_real_files_import_in_every_variant() {
    let (Some(orgs), Some(calls)) = (
        shared_data("cordis/he_organizations_subset.csv"),
        shared_data("funding_calls/ft_calls_open_2024-10-26.csv"),
    ) else {
        return;
    };
    let dir = tempfile::tempdir().expect("dir");
    // The real export, resaved with semicolons, CRLF, a byte order mark and columns reversed,
    // reads to the same calls.
    let started = std::time::Instant::now();
    let (expected, errors) = import::calls::read(&calls).expect("calls");
    assert!(errors.is_empty(), "{errors:?}");
    let text = std::fs::read_to_string(&calls).expect("read");
    let path = dir.path().join("calls.csv");
    std::fs::write(&path, variant(&text, b';', true, true, true)).expect("write");
    let (got, errors) = import::calls::read(&path).expect("variant");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(got, expected);
    // Without the reference column the calls are keyed by identifier: the cascade calls of a
    // topic share it, so all but the first of each are named as repeated.
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().expect("header").iter().map(str::to_owned).collect();
    let keep: Vec<usize> = (0..header.len()).filter(|i| header[*i] != "reference").collect();
    let mut writer = csv::Writer::from_writer(vec![]);
    writer
        .write_record(keep.iter().map(|i| header[*i].as_str()))
        .expect("header");
    for r in reader.records() {
        let r = r.expect("record");
        writer.write_record(keep.iter().map(|i| &r[*i])).expect("row");
    }
    std::fs::write(&path, writer.into_inner().expect("flush")).expect("write");
    let (by_identifier, repeated) = import::calls::read(&path).expect("without reference");
    assert_eq!(by_identifier.len() + repeated.len(), 304);
    assert!(
        repeated.iter().all(|e| e.message.contains("identifier")),
        "{repeated:?}"
    );
    eprintln!(
        "the real calls export: {} calls, {} without reference by identifier, in {:.2} s",
        expected.len(),
        by_identifier.len(),
        started.elapsed().as_secs_f64()
    );

    // The real organization.csv with CRLF and commas reads to the same data.
    let (data, errors) = import::cordis::read(&orgs).expect("cordis");
    assert!(errors.is_empty(), "{errors:?}");
    let text = std::fs::read_to_string(&orgs).expect("read");
    let path = dir.path().join("organization.csv");
    std::fs::write(&path, variant(&text, b',', true, true, false)).expect("write");
    let (got, errors) = import::cordis::read(&path).expect("variant");
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        (got.organisations.len(), got.projects.len(), got.participations.len()),
        (data.organisations.len(), data.projects.len(), data.participations.len())
    );
    assert_eq!(format!("{:?}", got.organisations), format!("{:?}", data.organisations));
}
