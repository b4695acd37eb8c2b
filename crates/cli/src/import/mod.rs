//! `clusterhub import …`: files are read and checked completely before anything is written; then
//! everything is written in one transaction. A file with bad rows stores nothing and reports every
//! bad row with its line and reason, unless `--skip-invalid` asks to import the good rows.

pub mod boundaries;
pub mod calls;
pub mod cordis;
pub mod cordis_topics;
pub mod news;
pub mod nuts;
pub mod organisations;
pub mod services;

use std::fmt;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

/// One rejected row (or JSON item) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// "line 12" in CSV, "item 3" in JSON.
    pub location: String,
    pub message: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// An import that stored nothing, with every reason.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{file}: {} invalid {}; nothing was imported (use --skip-invalid to import the valid rows)\n{}",
            .errors.len(), if .errors.len() == 1 { "row" } else { "rows" }, list(.errors))]
    Invalid { file: String, errors: Vec<RowError> },
    #[error("{file}: {} {} cannot be imported; nothing was imported (use --skip-invalid to import the others)\n{}",
            .errors.len(), if .errors.len() == 1 { "file" } else { "files" }, list(.errors))]
    InvalidFiles { file: String, errors: Vec<RowError> },
    #[error("{file}: {message}")]
    Unreadable { file: String, message: String },
    #[error("database: {0}")]
    Store(#[from] store::StoreError),
}

fn list(errors: &[RowError]) -> String {
    const SHOWN: usize = 200;
    let mut s: String = errors.iter().take(SHOWN).map(|e| format!("  {e}\n")).collect();
    if errors.len() > SHOWN {
        s.push_str(&format!("  … and {} more\n", errors.len() - SHOWN));
    }
    s
}

impl ImportError {
    /// Imports are all or nothing: with bad rows the file is refused whole, unless the caller
    /// asked to import the good rows, in which case the bad ones come back for the summary.
    pub fn unless_skipping(
        path: &std::path::Path,
        errors: Vec<RowError>,
        skip_invalid: bool,
    ) -> Result<Vec<RowError>, Self> {
        if errors.is_empty() || skip_invalid {
            Ok(errors)
        } else {
            Err(ImportError::Invalid {
                file: path.display().to_string(),
                errors,
            })
        }
    }
}

/// What an import did, printed at its end.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Summary {
    pub organisations_created: usize,
    pub organisations_updated: usize,
    pub projects: usize,
    pub participations: usize,
    pub regions: usize,
    /// Projects whose topics or fields of science were set.
    pub projects_described: usize,
    /// Projects a file describes that are not in the database.
    pub projects_unknown: usize,
    /// Funding calls new and updated, and among them those with two cut-offs and cascade calls.
    pub calls_created: usize,
    pub calls_updated: usize,
    pub calls_two_deadlines: usize,
    pub calls_cascade: usize,
    /// News items stored.
    pub news: usize,
    /// Technology services new and updated (by the centre's reference).
    pub services_created: usize,
    pub services_updated: usize,
    pub skipped: Vec<RowError>,
    /// Items a file holds that are stored already, so not imported again.
    pub already_there: Vec<RowError>,
    /// Values left out of otherwise valid rows (e.g. a malformed web address in CORDIS data).
    pub ignored: Vec<RowError>,
    pub elapsed: Duration,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let orgs = self.organisations_created + self.organisations_updated;
        let mut parts = vec![];
        if orgs > 0 {
            parts.push(format!(
                "{orgs} organisations ({} new, {} updated)",
                self.organisations_created, self.organisations_updated
            ));
        }
        if self.projects > 0 {
            parts.push(format!("{} projects", self.projects));
        }
        if self.participations > 0 {
            parts.push(format!("{} participations", self.participations));
        }
        if self.regions > 0 {
            parts.push(format!("{} regions", self.regions));
        }
        if self.calls_created + self.calls_updated > 0 {
            parts.push(format!(
                "{} funding calls ({} new, {} updated; {} with two cut-offs, {} cascade calls)",
                self.calls_created + self.calls_updated,
                self.calls_created,
                self.calls_updated,
                self.calls_two_deadlines,
                self.calls_cascade
            ));
        }
        if self.news > 0 {
            parts.push(format!("{} news items", self.news));
        }
        let services = self.services_created + self.services_updated;
        if services > 0 {
            parts.push(format!(
                "{services} {} ({} created, {} updated)",
                if services == 1 { "service" } else { "services" },
                self.services_created,
                self.services_updated
            ));
        }
        if self.projects_described > 0 {
            parts.push(format!("what {} projects are about", self.projects_described));
        }
        if parts.is_empty() {
            parts.push("nothing".into());
        }
        write!(
            f,
            "imported {} in {:.1} s",
            parts.join(", "),
            self.elapsed.as_secs_f64()
        )?;
        if self.projects_unknown > 0 {
            write!(
                f,
                "\n{} projects of the file are not in the database (import their CORDIS participants first)",
                self.projects_unknown
            )?;
        }
        if !self.ignored.is_empty() {
            write!(
                f,
                "\nleft out {} malformed optional values:\n{}",
                self.ignored.len(),
                list(&self.ignored)
            )?;
        }
        if !self.already_there.is_empty() {
            write!(
                f,
                "\nnot imported again, {} already there:\n{}",
                self.already_there.len(),
                list(&self.already_there)
            )?;
        }
        if !self.skipped.is_empty() {
            write!(
                f,
                "\nskipped {} that could not be imported:\n{}",
                self.skipped.len(),
                list(&self.skipped)
            )?;
        }
        Ok(())
    }
}

/// A progress bar on a terminal; hidden when output is not a terminal (CI, pipes, tests).
pub fn progress(len: u64, what: &str) -> ProgressBar {
    let bar = ProgressBar::new(len);
    if let Ok(style) = ProgressStyle::with_template("{msg:>14} [{bar:40}] {pos}/{len} ({eta} left)") {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(what.to_owned());
    bar
}

/// A CSV reader over `text` (rows may have any number of fields: callers check and report that)
/// and the header's cells, trimmed.
pub fn csv_with_header<'a>(
    text: &'a str,
    delimiter: u8,
    file: &str,
) -> Result<(csv::Reader<&'a [u8]>, Vec<String>), ImportError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|e| ImportError::Unreadable {
            file: file.to_owned(),
            message: e.to_string(),
        })?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    Ok((reader, header))
}

/// The rows of a CSV file with their locations; a row that cannot be read, or whose number of
/// fields differs from the header's, comes as an error naming its line.
pub fn rows<'r, 't>(
    reader: &'r mut csv::Reader<&'t [u8]>,
    fields: usize,
) -> impl Iterator<Item = Result<(String, csv::StringRecord), RowError>> + use<'r, 't> {
    reader.records().map(move |r| match r {
        Ok(record) if record.len() == fields => Ok((line(record.position()), record)),
        Ok(record) => Err(RowError {
            location: line(record.position()),
            message: format!("has {} fields, the header has {fields}", record.len()),
        }),
        Err(e) => Err(RowError {
            location: line(e.position()),
            message: e.to_string(),
        }),
    })
}

/// "line N" of a CSV position, for reports.
pub fn line(position: Option<&csv::Position>) -> String {
    format!("line {}", position.map(|p| p.line()).unwrap_or(0))
}

/// Reads a whole file, naming it in the error.
pub fn read_file(path: &std::path::Path) -> Result<String, ImportError> {
    let bytes = std::fs::read(path).map_err(|e| ImportError::Unreadable {
        file: path.display().to_string(),
        message: e.to_string(),
    })?;
    let text = String::from_utf8(bytes).map_err(|e| ImportError::Unreadable {
        file: path.display().to_string(),
        message: format!(
            "not UTF-8 text (first invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ),
    })?;
    Ok(text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text))
}
