//! `clusterhub import nuts FILE.csv`: NUTS region names from Eurostat/GISCO's list
//! (columns `nuts_id`, `level`, `name_latn` or `nuts_name`; e.g.
//! `../shared/data/nuts/nuts2024_all_levels_from_gisco.csv`).

use std::path::Path;
use std::time::Instant;

use domain::NutsCode;
use store::regions::{self, Region};
use store::Store;

use super::table::{Layout, Table};
use super::{ImportError, RowError, Summary};

/// The names the columns go by in GISCO's and Eurostat's lists, tried in this order.
const CODE: [&str; 2] = ["nuts_id", "nuts_code"];
const NAME: [&str; 3] = ["name_latn", "nuts_name", "nuts_label"];
const LEVEL: [&str; 2] = ["level", "nuts_level"];

pub fn read(path: &Path) -> Result<(Vec<Region>, Vec<RowError>), ImportError> {
    let table = Table::read(path)?;
    // Either name of each column will do; the message names the usual ones.
    let usual = Layout {
        name: "a list of NUTS regions (or with nuts_code for nuts_id, nuts_name or nuts_label for name_latn)",
        required: &["nuts_id", "name_latn"],
    };
    let has_any = |names: &[&str]| names.iter().any(|n| table.has(n));
    if has_any(&CODE) && has_any(&NAME) {
        table.layout(&[Layout { required: &[], ..usual }])?;
    } else {
        table.layout(&[usual])?;
    }
    let mut regions = vec![];
    let mut errors = vec![];
    for result in table.rows() {
        let row = match result {
            Ok(r) => r,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let location = row.location();
        let code = match NutsCode::parse(row.first_of(&CODE)) {
            Ok(c) => c,
            Err(e) => {
                errors.push(RowError {
                    location,
                    message: format!("nuts_id: {e}"),
                });
                continue;
            }
        };
        let name = row.first_of(&NAME).to_owned();
        if name.is_empty() || name.chars().count() > 200 {
            errors.push(RowError {
                location,
                message: "the region name is missing or longer than 200 characters".into(),
            });
            continue;
        }
        let level = match row.first_of(&LEVEL) {
            "" => code.level() as i64,
            l => match l.parse::<i64>() {
                Ok(n) if n as usize == code.level() => n,
                _ => {
                    errors.push(RowError {
                        location,
                        message: format!("level \"{l}\" does not match the code {code}"),
                    });
                    continue;
                }
            },
        };
        regions.push(Region {
            code: code.to_string(),
            level,
            name,
        });
    }
    Ok((regions, errors))
}

pub async fn run(store: &Store, path: &Path, skip_invalid: bool) -> Result<Summary, ImportError> {
    let started = Instant::now();
    let (regions, errors) = read(path)?;
    let errors = ImportError::unless_skipping(path, errors, skip_invalid)?;
    let mut tx = store.begin().await?;
    regions::save_all(&mut tx, &regions).await?;
    tx.commit().await?;
    Ok(Summary {
        regions: regions.len(),
        skipped: errors,
        elapsed: started.elapsed(),
        ..Summary::default()
    })
}
