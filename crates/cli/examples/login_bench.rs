//! Login throughput with the argon2id parameters in force (`web::auth::ARGON2_*`): the whole
//! login as a browser does it over HTTP (the login form for its CSRF token, then the POST that
//! verifies the password, writes the session and the audit entry), from concurrent clients, against
//! the app on a SQLite file. For reference it also times bare argon2id verifications on one and on
//! all cores, in the same run, so the HTTP figure can be read as a share of the hashing ceiling.
//!
//! Usage: `cargo run --release -p clusterhub --example login_bench -- [SECONDS] [CLIENTS]`

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use domain::{Email, Password, PlatformRole};

const PASSWORD: &str = "correct horse battery staple";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let seconds: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(20);
    let clients: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(8);
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    println!(
        "argon2id m={} KiB, t={}, p={}; {cores} cores; {clients} clients for {seconds} s",
        web::auth::ARGON2_M_KIB,
        web::auth::ARGON2_T,
        web::auth::ARGON2_P
    );

    let passwords = Arc::new(web::auth::Passwords::new());
    let password = Password::parse(PASSWORD, None).map_err(anyhow::Error::msg)?;
    let hash = passwords.hash(&password).await.map_err(|_| anyhow::anyhow!("hash"))?;

    // The ceiling: bare verifications, one thread, then one per core.
    for threads in [1, cores] {
        let n = (threads * 150) as u64;
        let started = Instant::now();
        let mut tasks = vec![];
        for _ in 0..threads {
            let p = passwords.clone();
            let h = hash.clone();
            tasks.push(tokio::spawn(async move {
                for _ in 0..150 {
                    let _ = p.verify(PASSWORD, Some(&h)).await;
                }
            }));
        }
        for t in tasks {
            t.await?;
        }
        let s = started.elapsed().as_secs_f64();
        println!(
            "bare argon2id verify, {threads} thread(s): {:.1} /s ({:.1} ms each)",
            n as f64 / s,
            s * 1000.0 * threads as f64 / n as f64
        );
    }

    // The app on a SQLite file, with accounts for every client.
    let dir = tempfile::tempdir()?;
    let store = store::Store::connect(&format!("sqlite:{}", dir.path().join("bench.db").display())).await?;
    store.migrate().await?;
    for i in 0..clients {
        let email = Email::parse(&format!("user{i}@bench.example.eu")).map_err(anyhow::Error::msg)?;
        let u = store
            .create_user(&email, "Bench", Some(&hash), PlatformRole::User)
            .await?;
        store.confirm_email(u.id).await?;
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let settings = web::Settings {
        public_url: format!("http://{addr}"),
        trusted_proxies: vec![],
        mailer: web::mail::Mailer::folder(dir.path().join("outbox"), "bench <noreply@bench.localhost>")?,
        require_two_factor: false,
        feeds: Default::default(),
    };
    clusterhub::serve::spawn(store.clone(), listener, settings).await?;
    let base = format!("http://{addr}");

    let done = Arc::new(AtomicU64::new(0));
    let failed = Arc::new(AtomicU64::new(0));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut tasks = vec![];
    for i in 0..clients {
        let base = base.clone();
        let done = done.clone();
        let failed = failed.clone();
        tasks.push(tokio::spawn(async move {
            let client = reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .context("client")?;
            let mut latencies = vec![];
            while Instant::now() < deadline {
                let started = Instant::now();
                let form = client.get(format!("{base}/login")).send().await?;
                let cookie = form
                    .headers()
                    .get_all("set-cookie")
                    .iter()
                    .filter_map(|v| v.to_str().ok())
                    .find(|c| c.starts_with("clusterhub_csrf="))
                    .and_then(|c| c.split(';').next())
                    .unwrap_or("")
                    .to_owned();
                let body = form.text().await?;
                let token = body
                    .split("name=\"csrf\" value=\"")
                    .nth(1)
                    .and_then(|r| r.split('"').next())
                    .unwrap_or("")
                    .to_owned();
                let email = format!("user{i}@bench.example.eu");
                let r = client
                    .post(format!("{base}/login"))
                    .header("cookie", cookie)
                    .form(&[
                        ("csrf", token.as_str()),
                        ("email", email.as_str()),
                        ("password", PASSWORD),
                    ])
                    .send()
                    .await?;
                if r.status().as_u16() == 303 {
                    done.fetch_add(1, Ordering::Relaxed);
                    latencies.push(started.elapsed());
                } else {
                    failed.fetch_add(1, Ordering::Relaxed);
                }
            }
            anyhow::Ok(latencies)
        }));
    }
    let started = Instant::now();
    let mut latencies = vec![];
    for t in tasks {
        latencies.extend(t.await??);
    }
    let elapsed = started.elapsed().as_secs_f64();
    latencies.sort();
    let pct = |p: f64| {
        latencies
            .get(((latencies.len() as f64 * p) as usize).min(latencies.len().saturating_sub(1)))
            .map(|d| d.as_secs_f64() * 1000.0)
            .unwrap_or(0.0)
    };
    let ok = done.load(Ordering::Relaxed);
    println!(
        "logins over HTTP: {ok} in {elapsed:.1} s = {:.1} logins/s; latency p50 {:.0} ms, p99 {:.0} ms; {} failed",
        ok as f64 / elapsed,
        pct(0.5),
        pct(0.99),
        failed.load(Ordering::Relaxed)
    );
    Ok(())
}
