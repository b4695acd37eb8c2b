//! `clusterhub import boundaries PATH`: the maps' boundaries from Eurostat GISCO's NUTS GeoJSON
//! (e.g. `../shared/data/geo`: `NUTS_RG_20M_2024_4326.geojson`, the 2021 files per level, and
//! the label points `NUTS_LB_…`), projected and simplified once here so that pages only read
//! SVG paths. A folder may hold several releases: each country is drawn from the newest release
//! that has it (NUTS 2024 for the EU, 2021 for the United Kingdom), so regions of two releases
//! never overlap.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

use maps::geo::{self, Region};
use store::regions;
use store::statistics::{self, MapShape};
use store::Store;

use super::{read_file, ImportError, Summary};

/// The levels the maps draw.
const LEVELS: std::ops::RangeInclusive<u8> = 0..=2;

/// The release year in a GISCO file name (`NUTS_RG_20M_2024_4326…` → 2024); 0 when none.
fn release(name: &str) -> u32 {
    name.split('_')
        .filter(|p| p.len() == 4)
        .filter_map(|p| p.parse::<u32>().ok())
        .find(|y| (2000..2100).contains(y) && *y != 4326)
        .unwrap_or(0)
}

fn unreadable(path: &Path, message: impl Into<String>) -> ImportError {
    ImportError::Unreadable {
        file: path.display().to_string(),
        message: message.into(),
    }
}

/// The boundary and label files of a folder, or the one file given.
fn files(path: &Path) -> Result<(Vec<PathBuf>, Vec<PathBuf>), ImportError> {
    if path.is_file() {
        return Ok((vec![path.to_owned()], vec![]));
    }
    let entries = std::fs::read_dir(path).map_err(|e| unreadable(path, e.to_string()))?;
    let (mut shapes, mut labels) = (vec![], vec![]);
    for entry in entries {
        let p = entry.map_err(|e| unreadable(path, e.to_string()))?.path();
        let name = p
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_ascii_uppercase();
        if !name.ends_with(".GEOJSON") && !name.ends_with(".JSON") {
            continue;
        }
        if name.starts_with("NUTS_RG_") {
            shapes.push(p);
        } else if name.starts_with("NUTS_LB_") {
            labels.push(p);
        }
    }
    if shapes.is_empty() {
        return Err(unreadable(
            path,
            "no GISCO boundary files (NUTS_RG_….geojson) in this folder",
        ));
    }
    Ok((shapes, labels))
}

/// Reads, picks each country's newest release, projects and simplifies.
pub fn read(path: &Path) -> Result<Vec<MapShape>, ImportError> {
    let (shape_files, label_files) = files(path)?;
    // Newest release first; per release, every file read.
    let mut releases: BTreeMap<std::cmp::Reverse<u32>, Vec<Region>> = BTreeMap::new();
    for f in &shape_files {
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let regions = geo::read_regions(&read_file(f)?).map_err(|e| unreadable(f, e.message))?;
        releases
            .entry(std::cmp::Reverse(release(name)))
            .or_default()
            .extend(regions.into_iter().filter(|r| LEVELS.contains(&r.level)));
    }
    let mut countries_taken: HashSet<String> = HashSet::new();
    let mut codes: HashSet<String> = HashSet::new();
    let mut chosen = vec![];
    for regions in releases.into_values() {
        let countries: HashSet<String> = regions.iter().map(|r| r.country.clone()).collect();
        for r in regions {
            if !countries_taken.contains(&r.country) && codes.insert(r.code.clone()) {
                chosen.push(r);
            }
        }
        countries_taken.extend(countries);
    }
    if chosen.is_empty() {
        return Err(unreadable(path, "no regions of levels 0 to 2 in the boundary files"));
    }
    let mut labels: HashMap<String, (f64, f64)> = HashMap::new();
    for f in &label_files {
        let l = geo::read_labels(&read_file(f)?).map_err(|e| unreadable(f, e.message))?;
        for (code, point) in l {
            labels.entry(code).or_insert(point);
        }
    }
    Ok(geo::build(&chosen, &labels, geo::DEFAULT_TOLERANCE)
        .into_iter()
        .map(|s| MapShape {
            code: s.code,
            level: i64::from(s.level),
            country: s.country,
            name: s.name,
            name_latn: s.name_latn,
            path: s.path,
            label_x: s.label.0,
            label_y: s.label.1,
            min_x: s.bbox[0],
            min_y: s.bbox[1],
            max_x: s.bbox[2],
            max_y: s.bbox[3],
        })
        .collect())
}

pub async fn run(store: &Store, path: &Path) -> Result<Summary, ImportError> {
    let started = Instant::now();
    let shapes = read(path)?;
    let names: Vec<regions::Region> = shapes
        .iter()
        .filter(|s| s.level > 0)
        .map(|s| regions::Region {
            code: s.code.clone(),
            level: s.level,
            name: s.name_latn.clone(),
        })
        .collect();
    let mut tx = store.begin().await?;
    statistics::replace_shapes(&mut tx, &shapes).await?;
    // Region pages name regions even when no NUTS list was imported.
    regions::save_all(&mut tx, &names).await?;
    tx.commit().await?;
    Ok(Summary {
        regions: shapes.len(),
        elapsed: started.elapsed(),
        ..Summary::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_years_come_from_file_names() {
        assert_eq!(release("NUTS_RG_20M_2024_4326.geojson"), 2024);
        assert_eq!(release("NUTS_RG_20M_2021_4326_LEVL_2.geojson"), 2021);
        assert_eq!(release("NUTS_RG_mine.geojson"), 0);
    }

    #[test]
    fn a_folder_without_boundaries_is_refused_by_name() {
        let dir = tempfile::tempdir().expect("dir");
        let e = read(dir.path()).expect_err("empty");
        assert!(e.to_string().contains("no GISCO boundary files"), "{e}");
        std::fs::write(dir.path().join("NUTS_RG_x.geojson"), "{\"type\": \"Feature").expect("write");
        let e = read(dir.path()).expect_err("broken");
        assert!(e.to_string().contains("NUTS_RG_x.geojson"), "{e}");
    }
}
