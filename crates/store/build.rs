//! Embeds the migrations: `migrations.rs` in the build's output folder lists every `.sql` file of
//! `migrations/sqlite` and `migrations/postgres` with its text, in file-name order.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("migrations");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::new();
    for (constant, folder) in [("SQLITE", "sqlite"), ("POSTGRES", "postgres")] {
        let dir = root.join(folder);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .map(|entry| entry.expect("a readable folder entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "sql"))
            .collect();
        files.sort();
        writeln!(out, "pub(crate) const {constant}: &[(&str, &str)] = &[").expect("writing to a string");
        for path in files {
            let name = path.file_name().expect("a file name").to_string_lossy().into_owned();
            writeln!(out, "    ({name:?}, include_str!({:?})),", path.display().to_string())
                .expect("writing to a string");
        }
        writeln!(out, "];").expect("writing to a string");
    }
    fs::write(
        Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("migrations.rs"),
        out,
    )
    .expect("writing migrations.rs");
}
