//! `clusterhub import organisations FILE.csv|FILE.json`: the exchange format of
//! [`crate::exchange`].

use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

use domain::Slug;
use store::organisations::{self, OrgKey, SaveMode};
use store::{projects, Store};

use super::table::Table;
use super::{progress, read_file, ImportError, RowError, Summary};
use crate::exchange::{Record, ValidRecord};

/// A record as read, or why it could not be read, with its location ("line 3", "item 2").
pub type ReadRecord = (String, Result<Record, String>);

/// Reads records from a `.json` or `.csv` file, each with its location for error messages.
pub fn read(path: &Path) -> Result<Vec<ReadRecord>, ImportError> {
    let text = read_file(path)?;
    let file = path.display().to_string();
    let is_json =
        path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")) || text.trim_start().starts_with('[');
    if is_json {
        let items: Vec<serde_json::Value> = serde_json::from_str(&text).map_err(|e| ImportError::Unreadable {
            file,
            message: format!("not a JSON array of organisations: {e}"),
        })?;
        Ok(items
            .into_iter()
            .enumerate()
            .map(|(i, v)| {
                (
                    format!("item {}", i + 1),
                    serde_json::from_value::<Record>(v).map_err(|e| e.to_string()),
                )
            })
            .collect())
    } else {
        let table = Table::parse(&text, &file)?;
        if table.header().is_empty() {
            return Err(table.unreadable(
                "the file is empty; expected organisations in the exchange format (columns slug, name, type, country, …)",
            ));
        }
        let header: Vec<String> = table.header().iter().map(|h| h.to_lowercase()).collect();
        Ok(table
            .rows()
            .map(|r| match r {
                Ok(row) => (
                    row.location(),
                    Record::from_csv_row(&header, row.record()).map_err(|e| e.to_string()),
                ),
                Err(e) => (e.location, Err(e.message)),
            })
            .collect())
    }
}

/// Checks every record; returns the valid ones and the problems.
pub fn validate(rows: Vec<ReadRecord>) -> (Vec<(String, ValidRecord)>, Vec<RowError>) {
    let mut valid = vec![];
    let mut errors = vec![];
    let mut seen: HashMap<String, String> = HashMap::new();
    for (location, r) in rows {
        match r.and_then(|rec| rec.validate().map_err(|e| e.to_string())) {
            Ok(v) => {
                if let Some(s) = &v.slug {
                    if let Some(first) = seen.insert(s.to_string(), location.clone()) {
                        errors.push(RowError {
                            location,
                            message: format!("slug \"{s}\" is already used by {first}"),
                        });
                        continue;
                    }
                }
                valid.push((location, v));
            }
            Err(message) => errors.push(RowError { location, message }),
        }
    }
    (valid, errors)
}

pub async fn run(store: &Store, path: &Path, skip_invalid: bool) -> Result<Summary, ImportError> {
    let started = Instant::now();
    let (valid, errors) = validate(read(path)?);
    let errors = ImportError::unless_skipping(path, errors, skip_invalid)?;
    let mut summary = write(store, valid, skip_invalid).await.map_err(|e| match e {
        ImportError::Invalid { errors, .. } => ImportError::Invalid {
            file: path.display().to_string(),
            errors,
        },
        other => other,
    })?;
    summary.skipped.extend(errors);
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// Writes valid records in one transaction: profiles first, then relations (which may point to
/// organisations defined later in the same file). A relation to an unknown slug fails the whole
/// import, or with `skip_invalid` is reported and left out.
pub async fn write(
    store: &Store,
    records: Vec<(String, ValidRecord)>,
    skip_invalid: bool,
) -> Result<Summary, ImportError> {
    let mut summary = Summary::default();
    let bar = progress(records.len() as u64 * 2, "organisations");
    let mut tx = store.begin().await?;
    let mut ids = Vec::with_capacity(records.len());
    for (_, r) in &records {
        let key = match (&r.slug, &r.draft.cordis_id) {
            (Some(s), _) => OrgKey::Slug(s),
            (None, Some(c)) => OrgKey::Cordis(c),
            (None, None) => OrgKey::New,
        };
        if organisations::find_id(&mut tx, &key).await?.is_some() {
            summary.organisations_updated += 1;
        } else {
            summary.organisations_created += 1;
        }
        let (id, _) = organisations::save(&mut tx, key, SaveMode::Replace, &r.draft).await?;
        ids.push(id);
        bar.inc(1);
    }

    let mut errors = vec![];
    let mut slug_ids: HashMap<Slug, i64> = HashMap::new();
    for ((loc, r), id) in records.iter().zip(&ids) {
        let mut resolve = async |tx: &mut store::Tx, field: &str, slugs: &[Slug]| -> Result<Vec<i64>, ImportError> {
            let mut out = vec![];
            for s in slugs {
                if let Some(id) = slug_ids.get(s) {
                    out.push(*id);
                    continue;
                }
                match organisations::find_id(tx, &OrgKey::Slug(s)).await? {
                    Some((id, _)) => {
                        slug_ids.insert(s.clone(), id);
                        out.push(id);
                    }
                    None => errors.push(RowError {
                        location: loc.clone(),
                        message: format!("{field}: there is no organisation \"{s}\" in the file or the database"),
                    }),
                }
            }
            Ok(out)
        };
        if let Some(m) = &r.member_of {
            let clusters = resolve(&mut tx, "member_of", m).await?;
            organisations::set_memberships(&mut tx, *id, &clusters).await?;
        }
        if let Some(p) = &r.partners {
            // Resolved now for the error report; added below.
            resolve(&mut tx, "partners", p).await?;
            organisations::clear_partnerships(&mut tx, *id).await?;
        }
        bar.inc(1);
    }
    // Partnerships are symmetric: pairs are added only once every listed organisation's old
    // pairs are cleared, so a later record's clear cannot undo an earlier record's pair.
    for ((_, r), id) in records.iter().zip(&ids) {
        if let Some(p) = &r.partners {
            for s in p {
                if let Some(other) = slug_ids.get(s) {
                    organisations::add_partnership(&mut tx, *id, *other).await?;
                }
            }
        }
    }
    let mut project_ids: HashMap<String, i64> = HashMap::new();
    for ((_, r), id) in records.iter().zip(&ids) {
        let Some(links) = &r.projects else { continue };
        projects::clear_participations(&mut tx, *id).await?;
        for (draft, role, cents) in links {
            let pid = match project_ids.get(&draft.key()) {
                Some(p) => *p,
                None => {
                    let p = projects::save(&mut tx, draft).await?;
                    project_ids.insert(draft.key(), p);
                    p
                }
            };
            projects::save_participation(&mut tx, pid, *id, *role, *cents).await?;
            summary.participations += 1;
        }
    }
    summary.projects = project_ids.len();
    if !errors.is_empty() {
        if skip_invalid {
            summary.skipped.extend(errors);
        } else {
            return Err(ImportError::Invalid {
                file: String::new(),
                errors,
            });
        }
    }
    tx.commit().await?;
    bar.finish_and_clear();
    Ok(summary)
}
