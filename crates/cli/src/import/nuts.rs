//! `clusterhub import nuts FILE.csv`: NUTS region names from Eurostat/GISCO's list
//! (columns `nuts_id`, `level`, `name_latn` or `nuts_name`; e.g.
//! `../shared/data/nuts/nuts2024_all_levels_from_gisco.csv`).

use std::path::Path;
use std::time::Instant;

use domain::NutsCode;
use store::regions::{self, Region};
use store::Store;

use super::{csv_with_header, read_file, rows, ImportError, RowError, Summary};

pub fn read(path: &Path) -> Result<(Vec<Region>, Vec<RowError>), ImportError> {
    let text = read_file(path)?;
    let file = path.display().to_string();
    let (mut reader, header) = csv_with_header(&text, b',', &file)?;
    let header: Vec<String> = header.iter().map(|h| h.to_ascii_lowercase()).collect();
    let col = |names: &[&str]| names.iter().find_map(|n| header.iter().position(|h| h == n));
    let (Some(code_col), Some(name_col)) = (
        col(&["nuts_id", "nuts_code"]),
        col(&["name_latn", "nuts_name", "nuts_label"]),
    ) else {
        return Err(ImportError::Unreadable {
            file,
            message: "expected the columns nuts_id (or nuts_code) and name_latn (or nuts_name, nuts_label)".into(),
        });
    };
    let level_col = col(&["level", "nuts_level"]);
    let mut regions = vec![];
    let mut errors = vec![];
    let fields = header.len();
    for result in rows(&mut reader, fields) {
        let (location, row) = match result {
            Ok(r) => r,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let code = match NutsCode::parse(row.get(code_col).unwrap_or("")) {
            Ok(c) => c,
            Err(e) => {
                errors.push(RowError {
                    location,
                    message: format!("nuts_id: {e}"),
                });
                continue;
            }
        };
        let name = row.get(name_col).unwrap_or("").trim().to_owned();
        if name.is_empty() || name.chars().count() > 200 {
            errors.push(RowError {
                location,
                message: "the region name is missing or longer than 200 characters".into(),
            });
            continue;
        }
        let level = match level_col.and_then(|c| row.get(c)).map(str::trim) {
            Some(l) if !l.is_empty() => match l.parse::<i64>() {
                Ok(n) if n as usize == code.level() => n,
                _ => {
                    errors.push(RowError {
                        location,
                        message: format!("level \"{l}\" does not match the code {code}"),
                    });
                    continue;
                }
            },
            _ => code.level() as i64,
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
