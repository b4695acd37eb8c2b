//! The slow-client drill (security finding 15): 200 connections send their request headers one
//! byte every 10 seconds while another client asks for the front page every 250 ms. Prints how
//! long the other client waited (median and worst) and when the server cut the slow ones off.
//! The server runs in this process with the production header-read timeout, as `serve` does.
//!
//! Usage: `cargo run --release --example slow_clients [CONNECTIONS] [SECONDS]`

use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let connections: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(200);
    let seconds: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(25);

    let dir = tempfile::tempdir()?;
    let store = store::Store::connect(&format!("sqlite:{}", dir.path().join("drill.db").display())).await?;
    store.migrate().await?;
    clusterhub::demo::seed(&store, 200, 42).await?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let settings = web::Settings {
        public_url: format!("http://{addr}"),
        trusted_proxies: vec![],
        mailer: web::mail::Mailer::folder(dir.path().join("outbox"), "drill <noreply@drill.localhost>")?,
        require_two_factor: false,
        feeds: Default::default(),
    };
    clusterhub::serve::spawn(store, listener, settings).await?;
    let start = Instant::now();

    let mut slow = Vec::with_capacity(connections);
    for i in 0..connections {
        slow.push(tokio::spawn(async move {
            let mut s = tokio::net::TcpStream::connect(addr).await.ok()?;
            s.write_all(b"GET / HTTP/1.1\r\nHost: drill\r\nX-Slow: ").await.ok()?;
            let mut buf = [0u8; 256];
            loop {
                tokio::select! {
                    r = s.read(&mut buf) => match r {
                        Ok(0) | Err(_) => return Some(start.elapsed()),
                        Ok(_) => continue,
                    },
                    () = tokio::time::sleep(Duration::from_secs(10)) => {
                        if s.write_all(&[b'a' + (i % 26) as u8]).await.is_err() {
                            return Some(start.elapsed());
                        }
                    }
                }
            }
        }));
    }

    let client = reqwest::Client::new();
    let mut waits = Vec::new();
    let mut failures = 0;
    while start.elapsed() < Duration::from_secs(seconds) {
        let t = Instant::now();
        match client.get(format!("http://{addr}/")).send().await {
            Ok(r) if r.status().is_success() => {
                let _ = r.bytes().await;
                waits.push(t.elapsed());
            }
            _ => failures += 1,
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    waits.sort();
    let closed: Vec<Duration> = slow
        .into_iter()
        .filter_map(|h| h.is_finished().then_some(h))
        .map(futures_util::FutureExt::now_or_never)
        .filter_map(|r| r.and_then(Result::ok).flatten())
        .collect();
    let median = waits.get(waits.len() / 2).copied().unwrap_or_default();
    let worst = waits.last().copied().unwrap_or_default();
    println!(
        "{connections} slow connections for {seconds} s (header-read timeout {:?})",
        clusterhub::serve::HEADER_READ_TIMEOUT
    );
    println!(
        "other client: {} answers, {failures} failures, median {:.1} ms, worst {:.1} ms",
        waits.len(),
        median.as_secs_f64() * 1000.0,
        worst.as_secs_f64() * 1000.0
    );
    println!(
        "slow connections closed by the server: {} of {connections}, the last after {:.1} s",
        closed.len(),
        closed.iter().max().copied().unwrap_or_default().as_secs_f64()
    );
    Ok(())
}
