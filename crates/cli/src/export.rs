//! `clusterhub export organisations --format csv|json`: the whole directory in the exchange
//! format of [`crate::exchange`].

use std::collections::{BTreeSet, HashMap};
use std::io::Write;

use store::Store;

use crate::exchange::{ProjectLink, Record, CSV_COLUMNS};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Json,
}

/// Every organisation with its relations, in slug order.
pub async fn records(store: &Store) -> Result<Vec<Record>, store::StoreError> {
    let orgs = store.all_organisations().await?;
    let mut member_of: HashMap<String, Vec<String>> = HashMap::new();
    for (member, cluster) in store.all_memberships().await? {
        member_of.entry(member).or_default().push(cluster);
    }
    let mut partners: HashMap<String, Vec<String>> = HashMap::new();
    for (a, b) in store.all_partnerships().await? {
        partners.entry(a.clone()).or_default().push(b.clone());
        partners.entry(b).or_default().push(a);
    }
    let mut projects: HashMap<String, Vec<ProjectLink>> = HashMap::new();
    for p in store.all_participations().await? {
        projects
            .entry(p.organisation_slug.to_string())
            .or_default()
            .push(ProjectLink {
                acronym: p.project_acronym,
                cordis_id: p.project_cordis_id,
                role: p.role.to_string(),
                ec_contribution_cents: p.ec_contribution.map(|c| c.0),
            });
    }
    Ok(orgs
        .iter()
        .map(|o| {
            let slug = o.slug.to_string();
            let mut p = partners.remove(&slug).unwrap_or_default();
            p.sort();
            Record::from_organisation(
                o,
                member_of.remove(&slug).unwrap_or_default(),
                p,
                projects.remove(&slug).unwrap_or_default(),
            )
        })
        .collect())
}

pub fn write(records: &[Record], format: Format, out: &mut dyn Write) -> anyhow::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, records)?;
            writeln!(out)?;
        }
        Format::Csv => {
            let langs: Vec<String> = records
                .iter()
                .flat_map(|r| r.descriptions.keys().cloned())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            let mut w = csv::Writer::from_writer(out);
            let mut header: Vec<String> = CSV_COLUMNS.iter().map(|c| (*c).to_owned()).collect();
            header.extend(langs.iter().map(|l| format!("description_{l}")));
            w.write_record(&header)?;
            // Cells pass the same formula guard as the web's CSV downloads; the importer reads
            // them back with `spreadsheet::restore`, so an export imports unchanged.
            for r in records {
                let row = r.to_csv_row(&langs);
                w.write_record(
                    row.iter()
                        .map(|c| domain::spreadsheet::neutralise(c))
                        .map(|c| c.into_owned()),
                )?;
            }
            w.flush()?;
        }
    }
    Ok(())
}
