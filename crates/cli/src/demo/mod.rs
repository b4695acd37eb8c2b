//! `clusterhub demo --organisations N` and `serve --demo`: a realistic, reproducible demo
//! directory. The same seed always gives the same data. Places are real NUTS 2 regions with a
//! main city and its coordinates; themes tie together the real taxonomies (ecosystems, KETs,
//! critical technologies, NACE) with descriptions in the organisation's language. Names and web
//! addresses are invented (`.example.eu`), so no real organisation is misrepresented.

mod accounts;
mod b2b_day;
mod calls;
mod data;
mod directory;
mod events;
mod news;
mod opportunities;
mod programmes;
mod projects;
mod services;

use std::collections::{BTreeMap, HashSet};

use domain::Slug;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::exchange::{ProjectLink, Record};

use data::*;
use directory::*;

pub use accounts::{seed_accounts, DEMO_PASSWORD};
pub use calls::seed_calls;
pub use directory::{generate, regions, seed};
pub use events::seed_events;
pub use news::seed_news;
pub use opportunities::seed_opportunities;
pub use programmes::seed_programmes;
pub use projects::seed_project_details;
pub use services::{seed_services, SeededServices};

/// What `serve --demo` adds. A new database gets the whole demo, marked as seeding until every
/// part is in: a process stopped halfway leaves the mark, and the next start empties the database
/// and seeds it again (the demo is reproducible, and the database held nothing else). A database
/// with data of its own gets only the parts it lacks, as before.
pub async fn seed_all(store: &store::Store, organisations: usize) -> anyhow::Result<()> {
    use store::demo_seed::DemoSeed;
    match store.demo_seed().await? {
        // The seeders below add only what is missing: parts of the demo newer than the database.
        Some(DemoSeed::Complete) => {}
        Some(DemoSeed::Seeding) => {
            eprintln!("an earlier demo seeding was interrupted; seeding the demo again from the start");
            store.erase_everything().await?;
            store.set_demo_seed(DemoSeed::Seeding).await?;
        }
        None => {
            let empty = store.organisation_count().await? == 0 && store.user_count().await? == 0;
            if empty {
                store.set_demo_seed(DemoSeed::Seeding).await?;
            }
        }
    }
    if store.organisation_count().await? == 0 {
        eprintln!("seeding {organisations} demo organisations…");
        let s = seed(store, organisations, 42).await?;
        eprintln!("{s}");
    } else {
        tracing::info!("the database has organisations already; no demo organisations added");
    }
    let projects = seed_project_details(store, 42).await?;
    if projects > 0 {
        eprintln!("{projects} demo projects described by their consortium");
    }
    let accounts = seed_accounts(store).await?;
    if !accounts.is_empty() {
        eprintln!(
            "demo accounts (password \"{}\"):\n{}",
            DEMO_PASSWORD,
            accounts.join("\n")
        );
    }
    let opportunities = seed_opportunities(store, 42).await?;
    if opportunities > 0 {
        eprintln!("{opportunities} demo cooperation opportunities");
    }
    let calls = seed_calls(store, 42).await?;
    if calls > 0 {
        eprintln!("{calls} demo funding calls");
    }
    if seed_programmes(store, 42).await? > 0 {
        eprintln!("a demo cascade-funding programme with applications at every stage");
    }
    let services = seed_services(store, 42).await?;
    if services.services > 0 {
        eprintln!("{services}");
    }
    let events = seed_events(store, 42).await?;
    if events > 0 {
        eprintln!("{events} demo events, among them a coming B2B matchmaking day with 60 participants and an earlier one with its check-in, meetings held and outcomes");
    }
    let news = seed_news(store).await?;
    if news > 0 {
        eprintln!("{news} demo news items, a talk summary among them");
    }
    seed_boundaries(store).await?;
    if store.demo_seed().await? == Some(DemoSeed::Seeding) {
        store.set_demo_seed(DemoSeed::Complete).await?;
    }
    Ok(())
}

/// Where the demo finds the maps' boundaries: `CLUSTERHUB_GEO_DIR`, else the open data folder
/// beside the checkout (`../shared/data/geo`), which the GISCO files are not copied out of.
fn boundaries_dir() -> Option<std::path::PathBuf> {
    std::env::var_os("CLUSTERHUB_GEO_DIR")
        .map(std::path::PathBuf::from)
        .or_else(|| Some(std::path::PathBuf::from("../shared/data/geo")))
        .filter(|d| d.is_dir())
}

/// Imports the boundaries when none are stored and the GISCO files are at hand; without them the
/// maps show their figures as tables and say how to import boundaries.
pub async fn seed_boundaries(store: &store::Store) -> anyhow::Result<()> {
    if !store.map_shapes(0).await?.is_empty() {
        return Ok(());
    }
    match boundaries_dir() {
        Some(dir) => {
            let summary = crate::import::boundaries::run(store, &dir).await?;
            eprintln!("map boundaries from {}: {summary}", dir.display());
        }
        None => eprintln!(
            "no map boundaries: the maps show tables only until `clusterhub import boundaries DIR` \
             (GISCO NUTS GeoJSON; set CLUSTERHUB_GEO_DIR for the demo)"
        ),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_data_is_reproducible_and_valid() {
        let a = generate(300, 7);
        assert_eq!(a, generate(300, 7));
        assert_ne!(a, generate(300, 8));
        for r in &a {
            r.validate().unwrap_or_else(|e| panic!("{}: {e}", r.name));
        }
        assert!(a.iter().any(|r| r.kind == "cluster" && r.label.is_some()));
        assert!(a.iter().any(|r| r.member_of.as_ref().is_some_and(|m| !m.is_empty())));
        assert!(a.iter().any(|r| r.projects.as_ref().is_some_and(|p| !p.is_empty())));
        let slugs: HashSet<_> = a.iter().map(|r| r.slug.clone()).collect();
        assert_eq!(slugs.len(), a.len());
    }

    #[test]
    fn places_are_real_nuts_codes() {
        for p in PLACES {
            assert!(
                domain::NutsCode::parse(p.nuts).is_ok_and(|n| n.level() == 2),
                "{}",
                p.nuts
            );
            assert!(domain::CountryCode::parse(p.country).is_ok());
            assert!(
                NUTS1.iter().any(|(code, _)| p.nuts.starts_with(code)),
                "{} has its NUTS 1 region named",
                p.nuts
            );
        }
    }
}
