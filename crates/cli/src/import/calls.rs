//! `clusterhub import calls FILE.csv`: calls for proposals from the EU Funding & Tenders portal's
//! export (comma-separated, quoted multi-line HTML descriptions, one or two deadlines, cascade
//! "competitive calls"; e.g. `../shared/data/funding_calls/ft_calls_open_2024-10-26.csv`).
//! Descriptions are sanitised; calls already stored are updated by the portal's reference (the
//! cascade calls of one topic share its identifier).

use std::path::Path;
use std::time::Instant;

use domain::funding::{CallRow, FundingCall};
use store::Store;

use super::{csv_with_header, read_file, rows, ImportError, RowError, Summary};

const COLUMNS: [&str; 5] = ["identifier", "title", "deadline", "reference", "description"];

pub fn read(path: &Path) -> Result<(Vec<FundingCall>, Vec<RowError>), ImportError> {
    let text = read_file(path)?;
    let text = text.trim_start_matches('\u{feff}');
    let file = path.display().to_string();
    let (mut reader, header) = csv_with_header(text, b',', &file)?;
    let header: Vec<String> = header.iter().map(|h| h.trim().to_ascii_lowercase()).collect();
    let col = |name: &str| header.iter().position(|h| h == name);
    if let Some(missing) = COLUMNS.iter().find(|c| col(c).is_none()) {
        return Err(ImportError::Unreadable {
            file,
            message: format!(
                "the column \"{missing}\" is missing (expected the portal's export: {})",
                COLUMNS.join(", ")
            ),
        });
    }
    let mut calls: Vec<FundingCall> = vec![];
    let mut errors = vec![];
    let mut seen = std::collections::HashMap::new();
    for result in rows(&mut reader, header.len()) {
        let (location, row) = match result {
            Ok(r) => r,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let get = |name: &str| col(name).and_then(|c| row.get(c)).unwrap_or("").to_owned();
        let input = CallRow {
            identifier: get("identifier"),
            title: get("title"),
            action_type: get("action_type"),
            grant_type: get("type_of_mga_description"),
            submission_procedure: get("submission_procedure"),
            start_date: get("start_date"),
            deadline: get("deadline"),
            deadline2: get("deadline2"),
            budget_min: get("budget_min"),
            budget_max: get("budget_max"),
            project_number: get("project_number"),
            reference: get("reference"),
            description: get("description"),
        };
        match input.validate(domain::html::sanitise) {
            Ok(call) => {
                if let Some(first) = seen.insert(call.reference.clone(), location.clone()) {
                    errors.push(RowError {
                        location,
                        message: format!("reference {} appears again (first at {first})", call.reference),
                    });
                    continue;
                }
                calls.push(call);
            }
            Err(v) => errors.push(RowError {
                location,
                message: v
                    .0
                    .iter()
                    .map(|f| format!("{}: {}", f.field, f.message))
                    .collect::<Vec<_>>()
                    .join("; "),
            }),
        }
    }
    Ok((calls, errors))
}

pub async fn run(store: &Store, path: &Path, skip_invalid: bool) -> Result<Summary, ImportError> {
    let started = Instant::now();
    let (calls, errors) = read(path)?;
    let errors = ImportError::unless_skipping(path, errors, skip_invalid)?;
    let mut tx = store.begin().await?;
    let (created, updated) = store::funding::save_calls(&mut tx, &calls).await?;
    tx.commit().await?;
    Ok(Summary {
        calls_created: created,
        calls_updated: updated,
        calls_two_deadlines: calls.iter().filter(|c| c.deadlines.len() > 1).count(),
        calls_cascade: calls.iter().filter(|c| c.cascade).count(),
        skipped: errors,
        elapsed: started.elapsed(),
        ..Summary::default()
    })
}
