//! The boundaries on real GISCO data: what the map pages draw must be complete, inside the frame,
//! within the size budget and built fast. Reads `$CLUSTERHUB_DATA/geo` or `../shared/data/geo`
//! beside the checkout, and says it is skipped when the data is not there (the files are never
//! copied into the repository).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

use maps::geo::{self, Region, Shape};

fn data_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("CLUSTERHUB_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
        .join("geo");
    if dir.join("NUTS_RG_20M_2024_4326.geojson").exists() {
        Some(dir)
    } else {
        println!(
            "skipped: the GISCO boundaries ({}) were not found; set CLUSTERHUB_DATA",
            dir.display()
        );
        None
    }
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn labels(dir: &Path) -> HashMap<String, (f64, f64)> {
    let mut labels = HashMap::new();
    for level in 0..=2 {
        let name = format!("NUTS_LB_2021_4326_LEVL_{level}.geojson");
        if dir.join(&name).exists() {
            labels.extend(geo::read_labels(&read(dir, &name)).unwrap_or_else(|e| panic!("{name}: {e}")));
        }
    }
    labels
}

/// Absolute vertices of path data (`M x y l dx dy … z`), in tenths, to compare borders exactly.
fn vertices(path: &str) -> Vec<(i64, i64)> {
    let mut out = Vec::new();
    let mut numbers = Vec::new();
    let mut token = String::new();
    let mut absolute = true;
    let flush = |token: &mut String, numbers: &mut Vec<f64>| {
        if !token.is_empty() {
            numbers.push(token.parse::<f64>().expect("a number"));
            token.clear();
        }
    };
    let mut current = (0i64, 0i64);
    let mut take_pairs = |numbers: &mut Vec<f64>, absolute: bool, out: &mut Vec<(i64, i64)>| {
        for pair in numbers.chunks_exact(2) {
            let (x, y) = ((pair[0] * 10.0).round() as i64, (pair[1] * 10.0).round() as i64);
            current = if absolute {
                (x, y)
            } else {
                (current.0 + x, current.1 + y)
            };
            out.push(current);
        }
        numbers.clear();
    };
    for c in path.chars() {
        match c {
            'M' | 'l' | 'z' => {
                flush(&mut token, &mut numbers);
                take_pairs(&mut numbers, absolute, &mut out);
                absolute = c == 'M';
            }
            '-' => {
                flush(&mut token, &mut numbers);
                token.push(c);
            }
            '.' if token.contains('.') => {
                flush(&mut token, &mut numbers);
                token.push(c);
            }
            ' ' => flush(&mut token, &mut numbers),
            _ => token.push(c),
        }
    }
    flush(&mut token, &mut numbers);
    take_pairs(&mut numbers, absolute, &mut out);
    out
}

fn level(regions: &[Region], level: u8) -> Vec<Region> {
    regions.iter().filter(|r| r.level == level).cloned().collect()
}

#[test]
fn nuts_2024_level_2_is_complete_small_and_inside_the_frame() {
    let Some(dir) = data_dir() else {
        return;
    };
    let regions = geo::read_regions(&read(&dir, "NUTS_RG_20M_2024_4326.geojson")).expect("the 2024 file reads");
    assert_eq!(regions.len(), 1798);
    let labels = labels(&dir);
    let shapes = geo::build(&level(&regions, 2), &labels, geo::DEFAULT_TOLERANCE);
    assert_eq!(shapes.len(), 299);
    let by_code: HashMap<&str, &Shape> = shapes.iter().map(|s| (s.code.as_str(), s)).collect();

    for code in [
        "DK01", "DK02", "DE30", "DE40", "FR10", "PL91", "EL30", "EL41", "EL42", "EL43", "CY00", "MT00", "LU00", "IS00",
        "FI20", "PT11", "PT1A", "ES53", "ES64", "TR10", "TRB2", "NO07",
    ] {
        let shape = by_code.get(code).unwrap_or_else(|| panic!("{code} missing"));
        assert!(!shape.path.is_empty(), "{code} not drawn");
    }
    for code in ["FRY1", "FRY2", "FRY3", "FRY4", "FRY5", "PT20", "PT30", "ES70"] {
        let shape = by_code.get(code).unwrap_or_else(|| panic!("{code} missing"));
        assert!(shape.path.is_empty(), "{code} drawn though outside the frame");
        assert_eq!(shape.bbox, [0.0; 4]);
    }
    let drawn: Vec<&Shape> = shapes.iter().filter(|s| !s.path.is_empty()).collect();
    assert_eq!(drawn.len(), 291, "all but the 8 regions outside the frame");

    let bytes: usize = shapes.iter().map(|s| s.path.len()).sum();
    println!("level 2: {} drawn, {bytes} path bytes", drawn.len());
    assert!(bytes <= 300_000, "{bytes} bytes of level-2 paths");

    for shape in &drawn {
        let [x0, y0, x1, y1] = shape.bbox;
        assert!(
            0.0 <= x0 && x0 < x1 && x1 <= geo::FRAME_WIDTH,
            "{}: {:?}",
            shape.code,
            shape.bbox
        );
        assert!(
            0.0 <= y0 && y0 < y1 && y1 <= geo::FRAME_HEIGHT,
            "{}: {:?}",
            shape.code,
            shape.bbox
        );
        let (lx, ly) = shape.label;
        assert!(
            (0.0..=geo::FRAME_WIDTH).contains(&lx) && (0.0..=geo::FRAME_HEIGHT).contains(&ly),
            "{}",
            shape.code
        );
    }

    // Landlocked regions and enclaves share every vertex with their neighbours: no gap, no sliver.
    let mut everyone_else: HashMap<&str, HashSet<(i64, i64)>> = HashMap::new();
    let all: Vec<(&str, Vec<(i64, i64)>)> = drawn.iter().map(|s| (s.code.as_str(), vertices(&s.path))).collect();
    for code in ["LU00", "DE30", "CZ01", "AT13", "HU11", "CH03", "SK02"] {
        let others: HashSet<(i64, i64)> = all
            .iter()
            .filter(|(c, _)| *c != code)
            .flat_map(|(_, v)| v.iter().copied())
            .collect();
        everyone_else.insert(code, others);
    }
    for (code, others) in &everyone_else {
        let own = &all
            .iter()
            .find(|(c, _)| c == code)
            .unwrap_or_else(|| panic!("{code} not drawn"))
            .1;
        let alone: Vec<&(i64, i64)> = own.iter().filter(|p| !others.contains(p)).collect();
        assert!(
            alone.is_empty(),
            "{code}: vertices not shared with any neighbour: {alone:?}"
        );
    }
}

#[test]
fn all_levels_build_fast_and_every_level_fits() {
    let Some(dir) = data_dir() else {
        return;
    };
    let regions = geo::read_regions(&read(&dir, "NUTS_RG_20M_2024_4326.geojson")).expect("the 2024 file reads");
    let labels = labels(&dir);
    let started = Instant::now();
    let shapes = geo::build(&regions, &labels, geo::DEFAULT_TOLERANCE);
    let elapsed = started.elapsed();
    println!("all {} regions built in {} ms", shapes.len(), elapsed.as_millis());
    // Simplifying the levels together must give what each level gives alone.
    for l in 0..=3 {
        let alone = geo::build(&level(&regions, l), &labels, geo::DEFAULT_TOLERANCE);
        let together: Vec<&Shape> = shapes.iter().filter(|s| s.level == l).collect();
        assert_eq!(alone.len(), together.len());
        assert!(
            alone.iter().zip(together).all(|(a, b)| a == b),
            "level {l} differs when built with the others"
        );
    }
}

#[test]
fn nuts_2021_files_with_the_united_kingdom_read_and_draw() {
    let Some(dir) = data_dir() else {
        return;
    };
    for level in 0..=2 {
        let name = format!("NUTS_RG_20M_2021_4326_LEVL_{level}.geojson");
        let regions = geo::read_regions(&read(&dir, &name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(regions.iter().all(|r| r.level == level));
        let shapes = geo::build(&regions, &labels(&dir), geo::DEFAULT_TOLERANCE);
        let uk = shapes
            .iter()
            .filter(|s| s.country == "UK" && !s.path.is_empty())
            .count();
        assert!(uk > 0, "{name}: the United Kingdom is not drawn");
    }
}
