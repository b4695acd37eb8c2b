//! `clusterhub import calls FILE.csv`: calls for proposals from the EU Funding & Tenders portal's
//! export (comma-separated, quoted multi-line HTML descriptions, one or two deadlines, cascade
//! "competitive calls"; e.g. `../shared/data/funding_calls/ft_calls_open_2024-10-26.csv`).
//! Descriptions are sanitised; calls already stored are updated by the portal's reference (the
//! cascade calls of one topic share its identifier), or by the identifier in an export without
//! references. Columns are found by name in any order; forthcoming topics with a blank deadline
//! are stored without one.

use std::path::Path;
use std::time::Instant;

use domain::funding::{CallRow, FundingCall};
use store::Store;

use super::table::{Layout, Table};
use super::{ImportError, RowError, Summary};

/// The portal's export; `reference` (its unique key) is optional: without it calls are keyed by
/// their identifier. A blank deadline is a forthcoming topic whose dates are not yet set.
const EXPORT: Layout = Layout {
    name: "an export of the Funding & Tenders portal",
    required: &["identifier", "title", "deadline"],
};

pub fn read(path: &Path) -> Result<(Vec<FundingCall>, Vec<RowError>), ImportError> {
    let table = Table::read(path)?;
    table.layout(&[EXPORT])?;
    let keyed_by_reference = table.has("reference");
    let mut calls: Vec<FundingCall> = vec![];
    let mut errors = vec![];
    let mut seen = std::collections::HashMap::new();
    for result in table.rows() {
        let row = match result {
            Ok(r) => r,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let location = row.location();
        let get = |name: &str| row.get(name).to_owned();
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
            reference: if keyed_by_reference {
                get("reference")
            } else {
                get("identifier")
            },
            description: get("description"),
        };
        match input.validate(domain::html::sanitise) {
            Ok(call) => {
                if let Some(first) = seen.insert(call.reference.clone(), location.clone()) {
                    let key = if keyed_by_reference { "reference" } else { "identifier" };
                    errors.push(RowError {
                        location,
                        message: format!("{key} {} appears again (first at {first})", call.reference),
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
        calls_without_deadline: calls.iter().filter(|c| c.deadlines.is_empty()).count(),
        skipped: errors,
        elapsed: started.elapsed(),
        ..Summary::default()
    })
}
