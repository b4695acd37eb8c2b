//! Prints the quality of clusterhub's partner ranking and of three baselines on real Horizon
//! Europe consortia: `cargo run --release -p clusterhub-matching --example consortia`.

// Parts of the data are for the tests (the overlay test asks for every entity and each topic).
#[allow(dead_code)]
#[path = "../eval/consortia.rs"]
mod consortia;

use matching::Weights;

fn main() {
    let Some(dir) = consortia::data_dir() else {
        eprintln!("the shared data (cordis/he_organizations_subset.csv) was not found; set CLUSTERHUB_DATA");
        std::process::exit(2);
    };
    let data = match consortia::Data::load(&dir) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let started = std::time::Instant::now();
    let weights = match std::env::var("WEIGHTS") {
        Ok(spec) => match parse_weights(&spec) {
            Ok(w) => w,
            Err(e) => {
                eprintln!("WEIGHTS: {e}");
                std::process::exit(2);
            }
        },
        Err(_) => Weights::default(),
    };
    println!("{weights:?}");
    for protocol in [consortia::Protocol::OnePerConsortium, consortia::Protocol::EveryPartner] {
        let report = consortia::evaluate(&data, &weights, protocol);
        let queries = report.quality[0].1.queries;
        println!(
            "\n{protocol:?}: {queries} queries over {} consortia, {} organisations ranked for each; \
             the hidden partner is in another project (findable) in {} of them",
            data.projects(),
            data.organisations(),
            report.findable
        );
        println!("| method | recall@10 | recall@50 | MRR |\n|---|---:|---:|---:|");
        for (method, q) in &report.quality {
            println!(
                "| {} | {:.3} | {:.3} | {:.3} |",
                method.name(),
                q.recall_10(),
                q.recall_50(),
                q.mrr()
            );
        }
    }
    println!("({:.1} s)", started.elapsed().as_secs_f64());
}

/// Weights to try instead of the defaults, as `network=3,text=0.5` (unnamed ones keep their default).
fn parse_weights(spec: &str) -> Result<Weights, String> {
    let mut w = Weights::default();
    for part in spec.split(',').filter(|p| !p.trim().is_empty()) {
        let (name, value) = part
            .split_once('=')
            .ok_or_else(|| format!("\"{part}\" is not name=value"))?;
        let v: f32 = value
            .trim()
            .parse()
            .map_err(|_| format!("\"{value}\" is not a number"))?;
        let slot = match name.trim() {
            "complement" => &mut w.complement,
            "tags" => &mut w.tags,
            "text" => &mut w.text,
            "network" => &mut w.network,
            "geography" => &mut w.geography,
            "track" => &mut w.track,
            "fit" => &mut w.fit,
            "label" => &mut w.label,
            other => return Err(format!("\"{other}\" is not a feature")),
        };
        *slot = v;
    }
    Ok(w)
}
