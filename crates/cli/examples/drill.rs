//! Operations drills against the release binary, on loopback only, each bounded in time; they
//! print their figures (docs/BENCHMARKS.md keeps them). The scripts in `ops/drills/` run them.
//!
//! - `kill9 ROUNDS`: writers keep saving profiles through the API while the server is killed
//!   with SIGKILL at a random moment, ROUNDS times; after each restart every acknowledged write
//!   must be in the database, and the search index must find the newest text of each writer.
//! - `drain`: requests arrive steadily (reads and writes) while the server gets SIGTERM:
//!   `/readyz` must say 503 at once, every request sent before the signal must be answered, and
//!   the process must end within its grace period.
//!
//! - `restore`: a backup is taken while the server runs, 100 profile texts are written after it,
//!   the backup is restored: none of the 100 may be found by search afterwards (the index on disk
//!   was newer than the restored database), and 50 texts written after the restore must be.
//!
//! The server binary is `$CLUSTERHUB_BIN` (default: `$CARGO_TARGET_DIR/release/clusterhub`); the
//! database is SQLite in a fresh folder, or `$DRILL_DATABASE_URL` (a PostgreSQL database the
//! drill may fill; each run takes a schema of its own).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use rand::{Rng, SeedableRng};

const WRITERS: usize = 8;

fn binary() -> PathBuf {
    std::env::var_os("CLUSTERHUB_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| PathBuf::from("target"), PathBuf::from);
            target.join("release/clusterhub")
        })
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(18_080)
}

/// Where a drill keeps its installation.
struct Installation {
    dir: PathBuf,
    database: String,
    /// The PostgreSQL schema to drop at the end.
    schema: Option<(String, String)>,
}

impl Installation {
    async fn new(dir: &Path) -> anyhow::Result<Self> {
        match std::env::var("DRILL_DATABASE_URL") {
            Ok(url) if !url.is_empty() => {
                let schema = format!("drill_{}", std::process::id());
                let admin = store::Store::connect(&url).await?;
                admin
                    .pool()
                    .execute(&store::Sql::new(&format!("CREATE SCHEMA {schema}")))
                    .await?;
                admin.close().await;
                let sep = if url.contains('?') { '&' } else { '?' };
                Ok(Self {
                    dir: dir.to_owned(),
                    database: format!("{url}{sep}options=-csearch_path%3D{schema}"),
                    schema: Some((url, schema)),
                })
            }
            _ => Ok(Self {
                dir: dir.to_owned(),
                database: format!("sqlite:{}", dir.join("clusterhub.db").display()),
                schema: None,
            }),
        }
    }

    fn backend(&self) -> &'static str {
        if self.schema.is_some() {
            "PostgreSQL"
        } else {
            "SQLite"
        }
    }

    async fn store(&self) -> anyhow::Result<store::Store> {
        Ok(store::Store::connect(&self.database).await?)
    }

    fn start(&self, port: u16, demo: bool, grace: u64) -> anyhow::Result<Child> {
        let mut cmd = Command::new(binary());
        cmd.arg("--data-dir")
            .arg(&self.dir)
            .arg("--database")
            .arg(&self.database)
            .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
            .args(["--shutdown-grace", &grace.to_string()])
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(self.dir.join("server.log"))?);
        if demo {
            cmd.args(["--demo", "--demo-organisations", "300"]);
        }
        cmd.spawn().with_context(|| {
            format!(
                "cannot start {} (build it with cargo build --release)",
                binary().display()
            )
        })
    }

    async fn finish(self) {
        if let Some((url, schema)) = self.schema {
            if let Ok(admin) = store::Store::connect(&url).await {
                let _ = admin
                    .pool()
                    .execute(&store::Sql::new(&format!("DROP SCHEMA {schema} CASCADE")))
                    .await;
            }
        }
    }
}

async fn wait_ready(http: &reqwest::Client, base: &str, within: Duration) -> anyhow::Result<Duration> {
    let started = Instant::now();
    while started.elapsed() < within {
        if let Ok(r) = http.get(format!("{base}/readyz")).send().await {
            if r.status().is_success() {
                return Ok(started.elapsed());
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    bail!("{base} was not ready within {within:?}")
}

/// Waits until this node's search index has taken in every change (from `/metrics`).
async fn wait_search_current(http: &reqwest::Client, base: &str) -> anyhow::Result<Duration> {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(60) {
        let text = http.get(format!("{base}/metrics")).send().await?.text().await?;
        if text.contains("clusterhub_feed_lag_changes{copy=\"search_index\"} 0\n") {
            return Ok(started.elapsed());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    bail!("the search index did not catch up within a minute")
}

/// A write token of the demo platform admin, made in the database.
async fn admin_token(store: &store::Store) -> anyhow::Result<String> {
    let email = domain::Email::parse("admin@demo.clusterhub.eu").map_err(anyhow::Error::msg)?;
    let (admin, _) = store.user_by_email(&email).await?.context("no demo admin")?;
    let token = format!("chub_{}", web::auth::random_token());
    store
        .create_api_token(
            admin.id,
            "drill",
            &web::auth::hash_token(&token),
            &token[..12],
            domain::TokenScope::Write,
        )
        .await?;
    Ok(token)
}

/// The organisations the writers edit, one each, with their profile as the API gives it.
async fn writer_profiles(http: &reqwest::Client, base: &str) -> anyhow::Result<Vec<(String, serde_json::Value)>> {
    let list: serde_json::Value = http
        .get(format!("{base}/api/v1/organisations?limit={WRITERS}"))
        .send()
        .await?
        .json()
        .await?;
    let mut out = vec![];
    for item in list["items"].as_array().context("no items")? {
        let slug = item["slug"].as_str().context("no slug")?.to_owned();
        let profile: serde_json::Value = http
            .get(format!("{base}/api/v1/organisations/{slug}"))
            .send()
            .await?
            .json()
            .await?;
        // What a profile save needs (the API refuses fields it does not take).
        let body = serde_json::json!({
            "name": profile["name"],
            "kind": profile["kind"],
            "country": profile["country"],
        });
        out.push((slug, body));
    }
    Ok(out)
}

/// The body of a profile save whose English description carries `marker`.
fn edit(profile: &serde_json::Value, marker: &str) -> serde_json::Value {
    let mut body = profile.clone();
    body["descriptions"] = serde_json::json!({ "en": format!("Drill text {marker}: what this organisation offers.") });
    body
}

/// One writer of the kill -9 drill: it saves the profile of `slug` again and again.
#[derive(Clone)]
struct Writer {
    http: reqwest::Client,
    base: String,
    token: String,
    slug: String,
    profile: serde_json::Value,
    number: usize,
    /// The newest sequence number the server acknowledged.
    acknowledged: Arc<AtomicU64>,
}

/// Saves profiles until `stop`; records the newest acknowledged sequence number of its writer.
async fn write_until(w: Writer, stop: Arc<AtomicBool>) -> u64 {
    let Writer {
        http,
        base,
        token,
        slug,
        profile,
        number: writer,
        acknowledged,
    } = w;
    let mut sent = 0;
    let mut seq = acknowledged.load(Ordering::Acquire);
    while !stop.load(Ordering::Acquire) {
        seq += 1;
        sent += 1;
        let marker = format!("w{writer}s{seq}");
        let r = http
            .put(format!("{base}/api/v1/organisations/{slug}"))
            .bearer_auth(&token)
            .json(&edit(&profile, &marker))
            .send()
            .await;
        match r {
            Ok(r) if r.status().is_success() => acknowledged.store(seq, Ordering::Release),
            Ok(r) => {
                eprintln!("writer {writer}: {} {}", r.status(), r.text().await.unwrap_or_default());
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            // The server is gone (killed): wait for the round to end.
            Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
        }
    }
    sent
}

/// The sequence number the stored description of `slug` carries.
async fn stored_seq(store: &store::Store, slug: &str, writer: usize) -> anyhow::Result<u64> {
    let o = store.organisation_by_slug(slug).await?.context("organisation gone")?;
    let text = o.profile.descriptions.values().next().cloned().unwrap_or_default();
    let prefix = format!("w{writer}s");
    Ok(text
        .split_once(&prefix)
        .and_then(|(_, rest)| rest.split(':').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0))
}

async fn kill9(rounds: usize) -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let inst = Installation::new(dir.path()).await?;
    let http = reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?;
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut server = inst.start(port, true, 20)?;
    let first = wait_ready(&http, &base, Duration::from_secs(600)).await?;
    println!(
        "{} demo seeded and ready in {:.1} s",
        inst.backend(),
        first.as_secs_f64()
    );
    let store = inst.store().await?;
    let token = admin_token(&store).await?;
    let profiles = writer_profiles(&http, &base).await?;
    let acknowledged: Vec<Arc<AtomicU64>> = (0..profiles.len()).map(|_| Arc::default()).collect();
    let mut rng = rand::rngs::StdRng::seed_from_u64(21);
    let (mut total_acked, mut lost, mut search_misses, mut restarts) = (0u64, 0u64, 0usize, vec![]);
    for round in 1..=rounds {
        let stop = Arc::new(AtomicBool::new(false));
        let before: u64 = acknowledged.iter().map(|a| a.load(Ordering::Acquire)).sum();
        let writers: Vec<_> = profiles
            .iter()
            .enumerate()
            .map(|(i, (slug, profile))| {
                tokio::spawn(write_until(
                    Writer {
                        http: http.clone(),
                        base: base.clone(),
                        token: token.clone(),
                        slug: slug.clone(),
                        profile: profile.clone(),
                        number: i,
                        acknowledged: acknowledged[i].clone(),
                    },
                    stop.clone(),
                ))
            })
            .collect();
        tokio::time::sleep(Duration::from_millis(rng.gen_range(1_000..3_000))).await;
        server.kill()?;
        let _ = server.wait();
        stop.store(true, Ordering::Release);
        for w in writers {
            w.await?;
        }
        let after: u64 = acknowledged.iter().map(|a| a.load(Ordering::Acquire)).sum();
        total_acked += after - before;
        server = inst.start(port, false, 20)?;
        let ready = wait_ready(&http, &base, Duration::from_secs(120)).await?;
        restarts.push(ready.as_secs_f64());
        // Every acknowledged write is stored: each writer's stored text is its newest
        // acknowledged one or one sent later (answered after the kill, or never).
        for (i, (slug, _)) in profiles.iter().enumerate() {
            let stored = stored_seq(&store, slug, i).await?;
            let acked = acknowledged[i].load(Ordering::Acquire);
            if stored < acked {
                lost += acked - stored;
                eprintln!("round {round}: writer {i} acknowledged {acked}, stored {stored}");
            }
            // Continue from what is stored, so the next round's numbers are new.
            acknowledged[i].store(stored.max(acked), Ordering::Release);
        }
        wait_search_current(&http, &base).await?;
        for (i, _) in profiles.iter().enumerate() {
            let seq = acknowledged[i].load(Ordering::Acquire);
            if seq == 0 {
                continue;
            }
            let found: serde_json::Value = http
                .get(format!("{base}/api/v1/search?q=w{i}s{seq}"))
                .send()
                .await?
                .json()
                .await?;
            if found["total"].as_u64().unwrap_or(0) == 0 {
                search_misses += 1;
                eprintln!("round {round}: the search does not find w{i}s{seq}");
            }
        }
    }
    let _ = server.kill();
    let _ = server.wait();
    store.close().await;
    restarts.sort_by(f64::total_cmp);
    println!(
        "{}: {rounds} kill -9 rounds, {total_acked} acknowledged writes, {lost} lost, {search_misses} of {} newest texts not found by search after restart; restart to ready median {:.2} s, max {:.2} s",
        inst.backend(),
        rounds * profiles.len(),
        restarts[restarts.len() / 2],
        restarts.last().copied().unwrap_or(0.0)
    );
    inst.finish().await;
    if lost > 0 || search_misses > 0 {
        bail!("acknowledged writes were lost or not searchable");
    }
    Ok(())
}

async fn drain() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let inst = Installation::new(dir.path()).await?;
    let http = reqwest::Client::builder().timeout(Duration::from_secs(30)).build()?;
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let grace = 5;
    let server = inst.start(port, true, grace)?;
    wait_ready(&http, &base, Duration::from_secs(600)).await?;
    let store = inst.store().await?;
    let token = admin_token(&store).await?;
    let profiles = writer_profiles(&http, &base).await?;
    // A slow client holding half its headers, which must not hold the stop.
    let mut slow = tokio::net::TcpStream::connect(("127.0.0.1", port)).await?;
    tokio::io::AsyncWriteExt::write_all(&mut slow, b"GET / HTTP/1.1\r\nHost: x\r\n").await?;
    // Requests every few milliseconds, each on a connection of its own; SIGTERM halfway.
    let sent_before = Arc::new(AtomicU64::new(0));
    let signalled = Arc::new(AtomicBool::new(false));
    let mut requests = vec![];
    let started = Instant::now();
    let pid = server.id();
    let mut signal_at = None;
    let mut server = server;
    for i in 0..142 {
        if i == 71 {
            Command::new("kill").args(["-TERM", &pid.to_string()]).status()?;
            signalled.store(true, Ordering::Release);
            signal_at = Some(Instant::now());
            // Ready no more, at once.
            let r = http.get(format!("{base}/readyz")).send().await;
            println!(
                "readyz right after SIGTERM: {}",
                r.map(|r| r.status().to_string())
                    .unwrap_or_else(|e| format!("no answer ({e})"))
            );
        }
        let before_signal = !signalled.load(Ordering::Acquire);
        if before_signal {
            sent_before.fetch_add(1, Ordering::AcqRel);
        }
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .pool_max_idle_per_host(0)
            .build()?;
        let (slug, profile) = profiles[i % profiles.len()].clone();
        let (base, token) = (base.clone(), token.clone());
        requests.push(tokio::spawn(async move {
            let r = if i % 3 == 0 {
                client
                    .put(format!("{base}/api/v1/organisations/{slug}"))
                    .bearer_auth(&token)
                    .json(&edit(&profile, &format!("drain{i}")))
                    .send()
                    .await
            } else {
                client.get(format!("{base}/organisations/{slug}")).send().await
            };
            (before_signal, i % 3 == 0, r.map(|r| r.status().as_u16()).ok())
        }));
        tokio::time::sleep(Duration::from_millis(3)).await;
    }
    let (mut answered_before, mut unanswered_before, mut writes_unanswered, mut refused_after) = (0, 0, 0, 0);
    for r in requests {
        match r.await? {
            (true, _, Some(_)) => answered_before += 1,
            (true, write, None) => {
                unanswered_before += 1;
                if write {
                    writes_unanswered += 1;
                }
            }
            (false, _, None) => refused_after += 1,
            (false, _, Some(_)) => {}
        }
    }
    let exited = tokio::task::spawn_blocking(move || server.wait()).await??;
    let stop_took = signal_at.map(|t| t.elapsed()).unwrap_or_default();
    drop(slow);
    println!(
        "{}: {} requests before SIGTERM: {answered_before} answered, {unanswered_before} not ({writes_unanswered} of them writes); {refused_after} sent after it were refused; the process ended {:.2} s after the signal ({exited}), grace {grace} s, with a half-sent request open; drill took {:.1} s",
        inst.backend(),
        sent_before.load(Ordering::Acquire),
        stop_took.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
    store.close().await;
    inst.finish().await;
    if unanswered_before > 0 || stop_took > Duration::from_secs(grace + 5) {
        bail!("requests sent before the signal went unanswered, or the stop took too long");
    }
    Ok(())
}

/// Saves a profile text with `marker` through the API; whether it was acknowledged.
async fn save_text(
    http: &reqwest::Client,
    base: &str,
    token: &str,
    slug: &str,
    profile: &serde_json::Value,
    marker: &str,
) -> bool {
    http.put(format!("{base}/api/v1/organisations/{slug}"))
        .bearer_auth(token)
        .json(&edit(profile, marker))
        .send()
        .await
        .is_ok_and(|r| r.status().is_success())
}

/// Saves `n` texts marked `{prefix}{i}x` over the profiles in turn and waits until search has
/// them; gives each profile's newest marker (a profile keeps only its last text, so those are
/// what search can find).
async fn write_round(
    http: &reqwest::Client,
    base: &str,
    token: &str,
    profiles: &[(String, serde_json::Value)],
    prefix: &str,
    n: usize,
) -> anyhow::Result<Vec<String>> {
    let markers: Vec<String> = (0..n).map(|i| format!("{prefix}{i}x")).collect();
    for (i, m) in markers.iter().enumerate() {
        let (slug, profile) = &profiles[i % profiles.len()];
        if !save_text(http, base, token, slug, profile, m).await {
            bail!("the write of {m} was refused");
        }
    }
    wait_search_current(http, base).await?;
    Ok(markers[n.saturating_sub(profiles.len())..].to_vec())
}

/// How many of `markers` the search finds.
async fn found(http: &reqwest::Client, base: &str, markers: &[String]) -> anyhow::Result<usize> {
    let mut n = 0;
    for m in markers {
        let r: serde_json::Value = http
            .get(format!("{base}/api/v1/search?q={m}"))
            .send()
            .await?
            .json()
            .await?;
        if r["total"].as_u64().unwrap_or(0) > 0 {
            n += 1;
        }
    }
    Ok(n)
}

fn cli(inst: &Installation, args: &[&str]) -> anyhow::Result<Duration> {
    let started = Instant::now();
    let out = Command::new(binary())
        .arg("--data-dir")
        .arg(&inst.dir)
        .arg("--database")
        .arg(&inst.database)
        .args(args)
        .output()?;
    if !out.status.success() {
        bail!("clusterhub {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
    Ok(started.elapsed())
}

async fn restore() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let inst = Installation::new(dir.path()).await?;
    let http = reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?;
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut server = inst.start(port, true, 20)?;
    wait_ready(&http, &base, Duration::from_secs(600)).await?;
    let store = inst.store().await?;
    let token = admin_token(&store).await?;
    let profiles = writer_profiles(&http, &base).await?;
    let file = dir.path().join("backup.jsonl.gz");
    let file_arg = file.display().to_string();
    let took_backup = cli(&inst, &["backup", &file_arg])?;
    let newest = write_round(&http, &base, &token, &profiles, "gone", 100).await?;
    let before = found(&http, &base, &newest).await?;
    Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()?;
    let _ = server.wait();
    store.close().await;
    let took_restore = cli(&inst, &["restore", "--replace", &file_arg])?;
    server = inst.start(port, false, 20)?;
    wait_ready(&http, &base, Duration::from_secs(120)).await?;
    let rebuilt = wait_search_current(&http, &base).await?;
    let still = found(&http, &base, &newest).await?;
    let store = inst.store().await?;
    let token = admin_token(&store).await?;
    let newest_new = write_round(&http, &base, &token, &profiles, "fresh", 50).await?;
    let found_new = found(&http, &base, &newest_new).await?;
    let _ = server.kill();
    let _ = server.wait();
    store.close().await;
    println!(
        "{}: backup {:.2} s ({} KiB), restore {:.2} s; texts written after the backup found before the restore {before}/{n}, after it {still}/{n}; texts written after the restore found {found_new}/{m} (the index on disk was rebuilt at start, current {:.2} s after ready)",
        inst.backend(),
        took_backup.as_secs_f64(),
        std::fs::metadata(&file).map(|m| m.len() / 1024).unwrap_or(0),
        took_restore.as_secs_f64(),
        rebuilt.as_secs_f64(),
        n = newest.len(),
        m = newest_new.len(),
    );
    inst.finish().await;
    if before != newest.len() || still > 0 || found_new != newest_new.len() {
        bail!("search does not follow the restored database");
    }
    Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("kill9") => kill9(args.get(1).and_then(|n| n.parse().ok()).unwrap_or(10)).await,
        Some("drain") => drain().await,
        Some("restore") => restore().await,
        _ => bail!("usage: drill kill9 [ROUNDS] | drill drain | drill restore"),
    }
}
