//! What SQLite's `synchronous=FULL` (an acknowledged write survives a power loss) costs against
//! `NORMAL` (the last commits before a power loss may be lost), both in WAL mode, on the disk of
//! the given folder: profile saves (the organisation row, its tags and the change feed, one
//! transaction each) by one writer and by eight at once, measured in one run.
//!
//! `cargo run --release -p clusterhub --example durability_bench -- [DIR] [WRITES]`
//! (default: a folder under the current one — not /tmp, which may be memory — and 2,000 writes).

use std::sync::Arc;
use std::time::{Duration, Instant};

use domain::{CountryCode, OrganisationDraft, OrganisationType};
use store::organisations::{save, OrgKey, SaveMode};

async fn save_one(store: &store::Store, n: usize) -> anyhow::Result<Duration> {
    let mut d = OrganisationDraft::new(
        format!("Durability Test Organisation {n}"),
        OrganisationType::Company,
        CountryCode::parse("DK").map_err(anyhow::Error::msg)?,
    );
    d.descriptions.insert(
        domain::LanguageCode::parse("en").map_err(anyhow::Error::msg)?,
        "A profile saved to measure what a durable commit costs.".into(),
    );
    let d = d.validate().map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let started = Instant::now();
    let mut tx = store.begin().await?;
    save(&mut tx, OrgKey::New, SaveMode::Replace, &d).await?;
    tx.commit().await?;
    Ok(started.elapsed())
}

struct Figures {
    per_second: f64,
    p50_ms: f64,
    p99_ms: f64,
}

async fn run(store: &store::Store, writers: usize, writes: usize) -> anyhow::Result<Figures> {
    let started = Instant::now();
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut tasks = vec![];
    for _ in 0..writers {
        let (store, next) = (store.clone(), next.clone());
        tasks.push(tokio::spawn(async move {
            let mut took = vec![];
            loop {
                let n = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if n >= writes {
                    break;
                }
                took.push(save_one(&store, n + writers * 1_000_000).await?);
            }
            anyhow::Ok(took)
        }));
    }
    let mut all = vec![];
    for t in tasks {
        all.extend(t.await??);
    }
    let seconds = started.elapsed().as_secs_f64();
    all.sort();
    let at = |q: f64| all[((all.len() - 1) as f64 * q) as usize].as_secs_f64() * 1000.0;
    Ok(Figures {
        per_second: all.len() as f64 / seconds,
        p50_ms: at(0.5),
        p99_ms: at(0.99),
    })
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let base = std::path::PathBuf::from(args.first().cloned().unwrap_or_else(|| ".".into()));
    let writes: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(2_000);
    let dir = tempfile::tempdir_in(&base)?;
    println!(
        "{writes} profile saves per run, SQLite in WAL mode, in {}",
        dir.path().display()
    );
    println!(
        "{:<8} {:>8} {:>12} {:>9} {:>9}",
        "sync", "writers", "writes/s", "p50 ms", "p99 ms"
    );
    let mut rates = vec![];
    for writers in [1, 8] {
        for mode in ["normal", "full"] {
            let path = dir.path().join(format!("{mode}-{writers}.db"));
            let store = store::Store::connect(&format!("sqlite:{}?synchronous={mode}", path.display())).await?;
            store.migrate().await?;
            let f = run(&store, writers, writes).await?;
            println!(
                "{mode:<8} {writers:>8} {:>12.0} {:>9.2} {:>9.2}",
                f.per_second, f.p50_ms, f.p99_ms
            );
            rates.push(f.per_second);
            store.close().await;
        }
    }
    println!(
        "FULL / NORMAL writes per second: {:.2} with one writer, {:.2} with eight",
        rates[1] / rates[0],
        rates[3] / rates[2]
    );
    Ok(())
}
