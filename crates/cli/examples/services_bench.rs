//! Technology-service proposals at scale: 100,000 demo organisations and 20,000 published
//! services (the proposals evaluation's catalogue of real centres' offers in nine languages,
//! each service again at other centres of the directory with sentences of other services mixed
//! in), then the labelled challenges proposed for, as the challenge page does it: the client
//! read from the database, its voucher awards, the node's proposal index (built once, as after
//! any change), the ranking and the reasons worded in the reader's language.
//!
//! Usage: `cargo run --release -p clusterhub --example services_bench -- [ORGANISATIONS] [SERVICES] [ROUNDS]`

use std::collections::HashSet;
use std::time::Instant;

use anyhow::Context;
use domain::service::{ServiceInput, ServiceState, ServiceTextInput};
use serde::Deserialize;

#[derive(Deserialize)]
struct Entry {
    language: String,
    name: String,
    description: String,
    kind: String,
    technologies: Vec<String>,
    critical_technologies: Vec<String>,
    ecosystems: Vec<String>,
    trl_from: u8,
    trl_to: u8,
    delivery: Vec<String>,
}

#[derive(Deserialize)]
struct Case {
    language: String,
    trl: Option<u8>,
    text: String,
}

fn read<T: serde::de::DeserializeOwned>(file: &str) -> anyhow::Result<T> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../matching/eval/services")
        .join(file);
    let text = std::fs::read_to_string(&path).with_context(|| path.display().to_string())?;
    Ok(serde_json::from_str(&text)?)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let organisations: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let services: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(20_000);
    let rounds: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(10);
    let dir = tempfile::tempdir()?;
    let store = store::Store::connect(&format!("sqlite:{}", dir.path().join("bench.db").display())).await?;
    store.migrate().await?;

    let started = Instant::now();
    clusterhub::demo::seed(&store, organisations, 42).await?;
    let all = store.all_organisations().await?;
    let centres: Vec<i64> = all
        .iter()
        .filter(|o| domain::service::may_offer(Some(o.profile.kind)))
        .map(|o| o.id)
        .collect();
    let clients: Vec<&domain::Organisation> = all
        .iter()
        .filter(|o| o.profile.kind == domain::OrganisationType::Company)
        .take(500)
        .collect();
    let catalogue: Vec<Entry> = read("catalogue.json")?;
    let cases: Vec<Case> = read("challenges.json")?;
    let sentences: Vec<&str> = catalogue.iter().flat_map(|e| e.description.split(". ")).collect();
    let mut batch = Vec::with_capacity(services);
    for i in 0..services {
        let e = &catalogue[i % catalogue.len()];
        let extra: Vec<&str> = (1..=2).map(|k| sentences[(i * 7 + k * 13) % sentences.len()]).collect();
        let draft = ServiceInput {
            reference: Some(format!("bench-{i}")),
            kind: e.kind.clone(),
            language: e.language.clone(),
            texts: [(
                e.language.clone(),
                ServiceTextInput {
                    name: e.name.clone(),
                    description: format!("{} {}.", e.description, extra.join(". ")),
                },
            )]
            .into(),
            technologies: e.technologies.clone(),
            critical_technologies: e.critical_technologies.clone(),
            ecosystems: e.ecosystems.clone(),
            trl_from: e.trl_from.to_string(),
            trl_to: e.trl_to.to_string(),
            price_model: "on-quote".into(),
            delivery: e.delivery.clone(),
            ..ServiceInput::default()
        }
        .validate()
        .map_err(|x| anyhow::anyhow!("{}: {x}", e.name))?;
        batch.push((centres[i % centres.len()], draft));
    }
    for chunk in batch.chunks(5_000) {
        store.import_services(chunk, ServiceState::Published).await?;
    }
    println!(
        "{} organisations ({} may offer), {} published services, seeded in {:.1} s",
        all.len(),
        centres.len(),
        store.published_services().await?.len(),
        started.elapsed().as_secs_f64()
    );

    let proposer = web::matchmaking::services::ServiceProposer::default();
    let t = Instant::now();
    let snapshot = proposer.snapshot(&store, 1).await?;
    println!(
        "proposal index of {} services built in {:.2} s",
        snapshot.index.len(),
        t.elapsed().as_secs_f64()
    );
    let tr = web::i18n::Tr::new(web::i18n::Locale::En);
    let mut times = Vec::with_capacity(rounds * cases.len());
    for round in 0..rounds {
        for (i, c) in cases.iter().enumerate() {
            let client = clients[(round * cases.len() + i) % clients.len()];
            let t = Instant::now();
            // What the challenge page does for one challenge.
            let org = store
                .organisation_by_slug(client.slug.as_str())
                .await?
                .context("client")?;
            let programmes = store.voucher_programmes_awarded(org.id).await?;
            let snapshot = proposer.snapshot(&store, 1).await?;
            let challenge = snapshot.challenge(&c.text, &c.language, c.trl, &org, programmes, HashSet::new());
            let shown = snapshot.propose(&tr, &challenge, org.id, 10);
            times.push(t.elapsed().as_secs_f64() * 1000.0);
            assert!(shown.len() <= 10);
        }
    }
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    println!(
        "proposals for {} challenges: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        times.len(),
        at(0.5),
        at(0.99),
        times[times.len() - 1]
    );
    Ok(())
}
