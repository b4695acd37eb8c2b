//! The weekly digest at scale: 100,000 subscribers (each following 2–8 organisations,
//! technologies, ecosystems or countries) and a week of news, opportunities and events on a
//! directory of 20,000 organisations, with the demo's funding calls. Times the job's whole work
//! except the SMTP conversation: claiming each batch, reading the week's items, choosing each
//! reader's lines, writing the mail in their language (four languages mixed), and marking the
//! batch sent with its unsubscribe links. The target: under 60 s on the 2-core machine.
//!
//! Usage: `cargo run --release -p clusterhub --example digest_bench -- [SUBSCRIBERS]` (SQLite).

use std::time::Instant;

use chrono::{Duration, Utc};
use rand::{Rng, SeedableRng};
use store::db::Sql;

const ORGANISATIONS: usize = 20_000;
const NEWS: usize = 400;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let subscribers: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let dir = tempfile::tempdir()?;
    let store = store::Store::connect(&format!("sqlite:{}", dir.path().join("bench.db").display())).await?;
    store.migrate().await?;

    let started = Instant::now();
    clusterhub::demo::seed(&store, ORGANISATIONS, 42).await?;
    clusterhub::demo::seed_accounts(&store).await?;
    clusterhub::demo::seed_calls(&store, 42).await?;
    clusterhub::demo::seed_opportunities(&store, 42).await?;
    clusterhub::demo::seed_events(&store, 42).await?;
    let organisations = store.all_organisations().await?;
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);

    // A week of news about random organisations, with countries and technologies as confirmed
    // mentions would tag them.
    let now = Utc::now();
    let technologies: Vec<String> = {
        use domain::Taxonomy;
        domain::KeyEnablingTechnology::ALL
            .iter()
            .map(|t| t.message_id())
            .chain(domain::CriticalTechnology::ALL.iter().map(|t| t.message_id()))
            .collect()
    };
    let ecosystems: Vec<String> = {
        use domain::Taxonomy;
        domain::Ecosystem::ALL.iter().map(|t| t.message_id()).collect()
    };
    let countries = [
        "DK", "DE", "FR", "SE", "PL", "ES", "IT", "NL", "BE", "FI", "EE", "AT", "CZ", "PT",
    ];
    for i in 0..NEWS {
        let publisher = &organisations[rng.gen_range(0..organisations.len())];
        let about = &organisations[rng.gen_range(0..organisations.len())];
        let draft = domain::NewsInput {
            kind: "article".into(),
            title: format!("News item {i} of the bench week"),
            lead: "A lead long enough to be a lead.".into(),
            body: "The body of the item, with enough words to be one.".into(),
            language: ["en", "de", "fr", "da"][i % 4].into(),
            about: vec![about.slug.to_string()],
            ..domain::NewsInput::default()
        }
        .validate()
        .map_err(|e| anyhow::anyhow!("{e}"))?;
        let at = now - Duration::minutes(rng.gen_range(10..7 * 24 * 60));
        let ids = store.import_news(publisher.id, &[(draft, Some(at))], true).await?;
        let mut tx = store.begin().await?;
        for (facet, value) in [
            ("country", countries[rng.gen_range(0..countries.len())].to_owned()),
            ("technology", technologies[rng.gen_range(0..technologies.len())].clone()),
            ("ecosystem", ecosystems[rng.gen_range(0..ecosystems.len())].clone()),
        ] {
            tx.execute(&Sql::with(
                "INSERT INTO news_tags (news_id, facet, value) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                vec![ids[0].into(), facet.into(), value.into()],
            ))
            .await?;
        }
        tx.commit().await?;
    }

    // The subscribers, their follows and their digests, written in bulk (accounts through the
    // sign-up path would take longer than the digest itself).
    let due = store::follows::next_monday_morning(now) - Duration::days(7);
    let first_user = {
        let (max,): (i64,) = store
            .pool()
            .fetch_one(&Sql::new("SELECT COALESCE(MAX(id), 0) FROM users"))
            .await?;
        max + 1
    };
    let languages = ["en", "de", "fr", "da"];
    let mut follows_total = 0usize;
    for chunk_start in (0..subscribers).step_by(500) {
        let chunk_end = (chunk_start + 500).min(subscribers);
        let mut tx = store.begin().await?;
        let mut users = Sql::new(
            "INSERT INTO users (id, email, display_name, role, email_confirmed_at, created_at, updated_at, language) VALUES ",
        );
        let mut follows = Sql::new("INSERT INTO follows (user_id, kind, target, created_at) VALUES ");
        let mut digests = Sql::new("INSERT INTO digests (user_id, next_at, created_at) VALUES ");
        let mut first_follow = true;
        for n in chunk_start..chunk_end {
            let id = first_user + n as i64;
            if n > chunk_start {
                users.push(", ");
                digests.push(", ");
            }
            users
                .push("(")
                .bind(id)
                .push(", ")
                .bind(format!("reader{n}@bench.example.eu"))
                .push(", ")
                .bind(format!("Reader {n}"))
                .push(", 'user', ")
                .bind(now)
                .push(", ")
                .bind(now)
                .push(", ")
                .bind(now)
                .push(", ")
                .bind(languages[n % 4])
                .push(")");
            digests
                .push("(")
                .bind(id)
                .push(", ")
                .bind(due)
                .push(", ")
                .bind(now)
                .push(")");
            let mut mine = std::collections::BTreeSet::new();
            for _ in 0..rng.gen_range(2..=8) {
                let (kind, target) = match rng.gen_range(0..4) {
                    0 => (
                        "organisation",
                        organisations[rng.gen_range(0..organisations.len())].slug.to_string(),
                    ),
                    1 => ("technology", technologies[rng.gen_range(0..technologies.len())].clone()),
                    2 => ("ecosystem", ecosystems[rng.gen_range(0..ecosystems.len())].clone()),
                    _ => ("country", countries[rng.gen_range(0..countries.len())].to_owned()),
                };
                mine.insert((kind, target));
            }
            for (kind, target) in mine {
                if !first_follow {
                    follows.push(", ");
                }
                first_follow = false;
                follows
                    .push("(")
                    .bind(id)
                    .push(", ")
                    .bind(kind)
                    .push(", ")
                    .bind(target)
                    .push(", ")
                    .bind(now)
                    .push(")");
                follows_total += 1;
            }
        }
        tx.execute(&users).await?;
        tx.execute(&follows).await?;
        tx.execute(&digests).await?;
        tx.commit().await?;
    }
    println!(
        "data: {ORGANISATIONS} organisations, {NEWS} news of the week plus the demo's opportunities, events and calls, \
         {subscribers} subscribers with {follows_total} follows ({:.0} s to prepare, SQLite)",
        started.elapsed().as_secs_f64()
    );

    let search = std::sync::Arc::new(search::SearchIndex::in_memory()?);
    let settings = web::Settings {
        public_url: "https://hub.example.eu".into(),
        trusted_proxies: vec![],
        mailer: web::mail::Mailer::folder(dir.path().join("outbox"), "bench <noreply@bench.localhost>")?,
        require_two_factor: false,
        feeds: Default::default(),
    };
    let state = web::AppState::without_cache(store.clone(), search, settings);
    // The digest runs on Monday morning, when every subscriber's is due.
    let monday = due + Duration::minutes(1);
    let timer = Instant::now();
    let (mut mails, mut bytes, mut lines, mut batches) = (0usize, 0usize, 0usize, 0usize);
    while let Some(batch) = web::digest::next_batch(&state, monday)
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?
    {
        batches += 1;
        for o in batch {
            mails += 1;
            bytes += o.mail.body.len() + o.mail.subject.len();
            lines += o.mail.body.lines().filter(|l| l.starts_with("- ")).count();
        }
    }
    let elapsed = timer.elapsed().as_secs_f64();
    let (left,): (i64,) = store
        .pool()
        .fetch_one(&Sql::with(
            "SELECT COUNT(*) FROM digests WHERE next_at <= $1 AND stopped_at IS NULL",
            vec![monday.into()],
        ))
        .await?;
    println!(
        "digest: {subscribers} subscribers in {batches} batches, {mails} mails written ({:.1} lines and {:.1} KB each on average), \
         {left} left due",
        lines as f64 / mails.max(1) as f64,
        bytes as f64 / mails.max(1) as f64 / 1024.0
    );
    println!(
        "time: {elapsed:.1} s in all, {:.2} ms per subscriber (target: 100,000 in under 60 s)",
        elapsed * 1000.0 / subscribers as f64
    );
    Ok(())
}
