//! Export → import into an empty database gives the same directory, in both formats; bad
//! exchange files are refused with every problem named.

use clusterhub::export::{self, Format};
use clusterhub::import::{self, ImportError};

use crate::helpers::TestApp;

async fn round_trip(format: Format, ext: &str) {
    let source = TestApp::with_demo(250).await;
    let before = export::records(&source.db.store).await.expect("export");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(format!("directory.{ext}"));
    let mut f = std::fs::File::create(&path).expect("file");
    export::write(&before, format, &mut f).expect("write");

    let target = TestApp::spawn().await;
    let s = import::organisations::run(&target.db.store, &path, false)
        .await
        .expect("import");
    assert_eq!(s.organisations_created, 250);
    let after = export::records(&target.db.store).await.expect("export again");
    assert_eq!(before.len(), after.len());
    for (a, b) in before.iter().zip(&after) {
        assert_eq!(a, b, "{} differs after the round trip", a.name);
    }
    // Importing the same file again changes nothing.
    import::organisations::run(&target.db.store, &path, false)
        .await
        .expect("re-import");
    assert_eq!(export::records(&target.db.store).await.expect("export"), before);
}

#[tokio::test]
async fn json_export_round_trips() {
    round_trip(Format::Json, "json").await;
}

#[tokio::test]
async fn csv_export_round_trips() {
    round_trip(Format::Csv, "csv").await;
}

#[tokio::test]
async fn an_exchange_file_with_bad_rows_is_refused_whole() {
    let app = TestApp::spawn().await;
    let csv = "slug,name,kind,country,ecosystems,member_of,founded\n\
               good-one,Good One,company,DE,digital,,2001\n\
               bad-country,Bad Country,company,Atlantis,,,\n\
               ,,cluster,DK,warp-drive,,\n\
               bad-year,Bad Year,company,FR,,,eighteen\n\
               orphan,Orphan,company,FR,,no-such-cluster,\n";
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("orgs.csv");
    std::fs::write(&path, csv).expect("write");
    let err = import::organisations::run(&app.db.store, &path, false)
        .await
        .expect_err("refused");
    let ImportError::Invalid { errors, .. } = &err else {
        panic!("unexpected {err}")
    };
    let report: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(errors.len(), 3, "{report:#?}");
    assert!(report[0].starts_with("line 3: country"), "{report:#?}");
    assert!(
        report[1].starts_with("line 4:") && report[1].contains("name: is required") && report[1].contains("warp-drive"),
        "{report:#?}"
    );
    assert!(report[2].starts_with("line 5: founded"), "{report:#?}");
    assert_eq!(app.db.store.organisation_count().await.expect("count"), 0);

    // The relation to an unknown cluster is found in the write phase and also stores nothing.
    std::fs::write(
        &path,
        "slug,name,kind,country,member_of\norphan,Orphan,company,FR,no-such-cluster\n",
    )
    .expect("write");
    let err = import::organisations::run(&app.db.store, &path, false)
        .await
        .expect_err("refused");
    assert!(
        err.to_string()
            .contains("line 2: member_of: there is no organisation \"no-such-cluster\""),
        "{err}"
    );
    assert_eq!(app.db.store.organisation_count().await.expect("count"), 0);

    let s = import::organisations::run(&app.db.store, &path, true)
        .await
        .expect("skip invalid");
    assert_eq!(s.skipped.len(), 1);
    assert_eq!(app.db.store.organisation_count().await.expect("count"), 1);
}

/// Security finding 23: the command line's CSV export guards cells against spreadsheet formulas
/// with the same function as the web's downloads, and the guarded file imports unchanged.
#[tokio::test]
async fn csv_export_neutralises_formulas_and_still_round_trips() {
    let source = TestApp::spawn().await;
    crate::helpers::organisation_of(
        &source,
        "formula-works",
        "=HYPERLINK(\"http://evil.example\",\"open\")",
        domain::OrganisationType::Company,
        "DK",
    )
    .await;
    crate::helpers::organisation_of(&source, "at-sign", "@SUM(1+1)", domain::OrganisationType::Company, "DK").await;
    crate::helpers::organisation_of(
        &source,
        "apostrophe",
        "'Quoted Works",
        domain::OrganisationType::Company,
        "DK",
    )
    .await;
    let before = export::records(&source.db.store).await.expect("export");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("directory.csv");
    let mut f = std::fs::File::create(&path).expect("file");
    export::write(&before, Format::Csv, &mut f).expect("write");
    let text = std::fs::read_to_string(&path).expect("read");
    let mut cells = vec![];
    for record in csv::Reader::from_reader(text.as_bytes()).records() {
        cells.extend(record.expect("row").iter().map(str::to_owned).collect::<Vec<_>>());
    }
    for cell in &cells {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "a formula reaches the spreadsheet: {cell:?}"
        );
    }
    assert!(cells.iter().any(|c| c == "''Quoted Works"), "{cells:?}");

    let target = TestApp::spawn().await;
    import::organisations::run(&target.db.store, &path, false)
        .await
        .expect("import");
    assert_eq!(export::records(&target.db.store).await.expect("export again"), before);
}
