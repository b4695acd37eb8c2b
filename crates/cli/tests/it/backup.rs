//! `clusterhub backup` and `restore`: every table of the full demo comes back equal on each back
//! end and across them; backups run beside a serving, writing server and read one snapshot;
//! damaged files and databases with data are refused and leave the target as it was.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use serde_json::Value;
use store::backup::read_canonical;
use store::testing::TestDb;
use store::{Backend, Sql, Store};

use crate::helpers::TestApp;

/// Rows in tables the demo leaves empty: sessions, tokens, claims, feeds, saved searches,
/// calendar keys, logos (blobs) and the audit log, through the store as the pages write them.
async fn fill_what_the_demo_leaves_empty(store: &Store) {
    use store::audit::{Action, AuditEvent};
    let user = ids(store, "SELECT id FROM users ORDER BY id").await[0];
    let organisation = ids(store, "SELECT id FROM organisations ORDER BY id").await[0];
    let later = chrono::Utc::now() + chrono::Duration::days(1);
    store
        .create_session(
            "session-hash",
            user,
            "csrf",
            Some("127.0.0.1"),
            Some("a browser"),
            later,
        )
        .await
        .expect("session");
    store
        .create_api_token(user, "drill", "token-hash", "chub_abc", domain::TokenScope::Write)
        .await
        .expect("token");
    store
        .create_email_token(
            "mail-hash",
            user,
            store::accounts::TokenPurpose::ResetPassword,
            None,
            later,
        )
        .await
        .expect("mail token");
    store
        .create_claim(user, Some(organisation), None, "It is ours")
        .await
        .expect("claim");
    store
        .add_feed(organisation, "https://example.eu/feed.xml", user, chrono::Utc::now())
        .await
        .expect("feed");
    store
        .save_search(
            user,
            "clusters",
            store::opportunities::WatchKind::Search,
            "q=cluster",
            "unsub-hash",
            &["a".to_owned()],
        )
        .await
        .expect("saved search");
    store
        .set_calendar_key(user, "calendar-key")
        .await
        .expect("calendar key");
    store
        .set_logo(organisation, vec![137, 80, 78, 71, 0, 255, b'"', b'\\'])
        .await
        .expect("logo");
    store
        .audit(AuditEvent {
            actor_id: Some(user),
            actor: "someone@example.eu",
            subject: "someone@example.eu",
            ip: Some("127.0.0.1"),
            ..AuditEvent::of(Action::Login)
        })
        .await
        .expect("audit");
}

type Tables = BTreeMap<String, Vec<Vec<Value>>>;

/// The rows of every table but the database's identity (which a restore renews).
fn contents(path: &Path) -> Tables {
    let (_, mut tables) = read_canonical(path).expect("the backup reads");
    tables.remove("database_identity");
    tables
}

fn assert_same(restored: &Tables, original: &Tables, how: &str) {
    assert_eq!(
        restored.keys().collect::<Vec<_>>(),
        original.keys().collect::<Vec<_>>(),
        "{how}: tables"
    );
    for (table, rows) in original {
        let back = &restored[table];
        assert_eq!(back.len(), rows.len(), "{how}: rows of {table}");
        for (i, (a, b)) in back.iter().zip(rows).enumerate() {
            assert_eq!(a, b, "{how}: table {table}, row {i}");
        }
    }
}

/// A migrated SQLite database of its own, whatever TEST_DATABASE_URL says.
async fn sqlite_store(dir: &Path) -> Store {
    let store = Store::connect(&format!("sqlite:{}", dir.join("other.db").display()))
        .await
        .expect("sqlite");
    store.migrate().await.expect("migrate");
    store
}

async fn backup(store: &Store, path: &Path) -> Tables {
    store.backup(path).await.expect("backup");
    contents(path)
}

#[tokio::test]
async fn every_table_of_the_full_demo_comes_back_equal_on_each_back_end() {
    let app = TestApp::spawn().await;
    clusterhub::demo::seed_all(&app.db.store, 120).await.expect("demo");
    fill_what_the_demo_leaves_empty(&app.db.store).await;
    let dir = tempfile::tempdir().expect("dir");
    let original_file = dir.path().join("demo.chbackup");
    let original = backup(&app.db.store, &original_file).await;

    // Every table of the schema is in it, and the demo fills most of them.
    let schema: BTreeSet<String> = app
        .db
        .store
        .schema_columns()
        .await
        .expect("schema")
        .into_iter()
        .map(|(t, _)| t)
        .filter(|t| t != "database_identity" && t != "sqlite_sequence")
        .collect();
    assert_eq!(original.keys().cloned().collect::<BTreeSet<_>>(), schema);
    let empty: Vec<&String> = original.iter().filter(|(_, r)| r.is_empty()).map(|(t, _)| t).collect();
    eprintln!(
        "{} tables, {} rows; empty in the demo: {empty:?}",
        original.len(),
        original.values().map(Vec::len).sum::<usize>()
    );
    assert!(
        empty.len() * 3 < original.len(),
        "the demo leaves too many tables empty: {empty:?}"
    );

    // Into the same back end.
    let same = TestDb::new().await.expect("db");
    same.store.restore(&original_file, false).await.expect("restore");
    let again = backup(&same.store, &dir.path().join("same.chbackup")).await;
    assert_same(&again, &original, "same back end");

    if app.db.backend() == Backend::Postgres {
        // PostgreSQL → SQLite → PostgreSQL: the way back and forth between one machine and many.
        let sqlite = sqlite_store(dir.path()).await;
        sqlite
            .restore(&original_file, false)
            .await
            .expect("restore into SQLite");
        let on_sqlite_file = dir.path().join("sqlite.chbackup");
        let on_sqlite = backup(&sqlite, &on_sqlite_file).await;
        assert_same(&on_sqlite, &original, "PostgreSQL to SQLite");
        let pg = TestDb::new().await.expect("db");
        pg.store
            .restore(&on_sqlite_file, false)
            .await
            .expect("restore into PostgreSQL");
        let back = backup(&pg.store, &dir.path().join("back.chbackup")).await;
        assert_same(&back, &original, "SQLite to PostgreSQL");
    }
}

/// `clusterhub …` against `url`, as an operator runs it.
async fn run(url: &str, args: &[&str]) -> (bool, String) {
    let data = tempfile::tempdir().expect("dir");
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_clusterhub"))
        .arg("--database")
        .arg(url)
        .arg("--data-dir")
        .arg(data.path())
        .args(args)
        .env("CLUSTERHUB_LOG", "warn")
        .output()
        .await
        .expect("clusterhub runs");
    (out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned())
}

async fn ids(store: &Store, sql: &str) -> Vec<i64> {
    store
        .pool()
        .fetch_all::<(i64,)>(&Sql::new(sql))
        .await
        .expect("ids")
        .into_iter()
        .map(|(id,)| id)
        .collect()
}

#[tokio::test]
async fn a_backup_runs_beside_the_serving_writing_server_and_reads_one_snapshot() {
    let app = TestApp::with_demo(300).await;
    let store = app.db.store.clone();
    let before = store.latest_change_id().await.expect("feed");
    let organisations = ids(&store, "SELECT id FROM organisations ORDER BY id").await;
    let stop = Arc::new(AtomicBool::new(false));

    // Logos, one organisation after another, each with its change in one transaction.
    let writer = {
        let (store, stop) = (store.clone(), stop.clone());
        let organisations = organisations.clone();
        tokio::spawn(async move {
            let mut written = Vec::new();
            for id in organisations {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                store.set_logo(id, vec![137, 80, 78, 71, id as u8]).await.expect("logo");
                written.push(id);
            }
            written
        })
    };
    let pages = Arc::new(AtomicUsize::new(0));
    let reader = {
        let (client, base, stop, pages) = (app.client.clone(), app.base.clone(), stop.clone(), pages.clone());
        tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                let r = client.get(format!("{base}/organisations")).send().await.expect("page");
                assert_eq!(r.status(), 200);
                pages.fetch_add(1, Ordering::Relaxed);
            }
        })
    };
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("online.chbackup");
    let file_arg = file.display().to_string();
    let (ok, said) = run(&app.db.url, &["backup", &file_arg]).await;
    stop.store(true, Ordering::Relaxed);
    let written = writer.await.expect("writer");
    reader.await.expect("reader");
    assert!(ok, "{said}");
    assert!(
        said.contains("backed up") && said.contains("tables") && said.contains("rows"),
        "{said}"
    );
    assert!(pages.load(Ordering::Relaxed) > 0);
    assert!(!written.is_empty());

    let target = TestDb::new().await.expect("db");
    let (ok, said) = run(&target.url, &["restore", &file_arg]).await;
    assert!(ok, "{said}");
    assert!(said.contains("restored"), "{said}");
    // The logos the snapshot holds are the first ones written, and each has its change.
    let logos = ids(&target.store, "SELECT organisation_id FROM organisation_logos").await;
    let logos: BTreeSet<i64> = logos.into_iter().collect();
    let changed: BTreeSet<i64> = ids(
        &target.store,
        &format!("SELECT entity_id FROM change_feed WHERE entity = 'organisation' AND id > {before}"),
    )
    .await
    .into_iter()
    .collect();
    assert_eq!(logos, changed);
    assert_eq!(logos, written[..logos.len()].iter().copied().collect());
    let max = ids(
        &target.store,
        "SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) FROM change_feed",
    )
    .await[0];
    assert_eq!(target.store.position().await.expect("position").change, max);
    eprintln!(
        "{} of {} logos written during the backup are in it; {} pages served meanwhile",
        logos.len(),
        written.len(),
        pages.load(Ordering::Relaxed)
    );
}

async fn organisation_count(store: &Store) -> i64 {
    store.organisation_count().await.expect("count")
}

#[tokio::test]
async fn restore_refuses_a_database_with_data_and_a_damaged_file_and_leaves_it_as_it_was() {
    let app = TestApp::with_demo(40).await;
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("demo.chbackup");
    let file_arg = file.display().to_string();
    let (ok, said) = run(&app.db.url, &["backup", &file_arg]).await;
    assert!(ok, "{said}");

    let target = TestDb::new().await.expect("db");
    clusterhub::demo::seed(&target.store, 7, 1).await.expect("other data");
    let identity = target.store.position().await.expect("position").identity;

    let (ok, said) = run(&target.url, &["restore", &file_arg]).await;
    assert!(!ok);
    assert!(said.contains("holds data") && said.contains("--replace"), "{said}");

    let bytes = std::fs::read(&file).expect("read");
    let truncated = dir.path().join("truncated.chbackup");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).expect("write");
    let truncated_arg = truncated.display().to_string();
    let (ok, said) = run(&target.url, &["restore", "--replace", &truncated_arg]).await;
    assert!(!ok);
    assert!(said.contains("truncated") && said.contains("unchanged"), "{said}");

    let (ok, said) = run(&target.url, &["restore", "--replace", "/nowhere/at/all.chbackup"]).await;
    assert!(!ok);
    assert!(said.contains("no backup file"), "{said}");

    assert_eq!(organisation_count(&target.store).await, 7);
    assert_eq!(target.store.position().await.expect("position").identity, identity);

    let (ok, said) = run(&target.url, &["restore", "--replace", &file_arg]).await;
    assert!(ok, "{said}");
    assert_eq!(organisation_count(&target.store).await, 40);
    assert_ne!(target.store.position().await.expect("position").identity, identity);
}
