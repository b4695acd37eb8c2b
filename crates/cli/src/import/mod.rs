//! `clusterhub import …`: files are read and checked completely before anything is written; then
//! everything is written in one transaction. A file with bad rows stores nothing and reports every
//! bad row with its line and reason, unless `--skip-invalid` asks to import the good rows. Every
//! CSV file is read by [`table::Table`], which takes the variants real files come in.

pub mod boundaries;
pub mod calls;
pub mod cordis;
pub mod cordis_topics;
pub mod news;
pub mod nuts;
pub mod organisations;
pub mod services;
pub mod table;

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
    /// Participants of a list without organisation ids found stored by name and country.
    pub organisations_matched: usize,
    pub projects: usize,
    /// Projects of CORDIS' project.csv new and completed.
    pub projects_created: usize,
    pub projects_updated: usize,
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
    /// Forthcoming topics without a deadline yet.
    pub calls_without_deadline: usize,
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
        let orgs = self.organisations_created + self.organisations_updated + self.organisations_matched;
        let mut parts = vec![];
        if self.organisations_matched > 0 {
            parts.push(format!(
                "{orgs} organisations ({} matched by name and country, {} created)",
                self.organisations_matched, self.organisations_created
            ));
        } else if orgs > 0 {
            parts.push(format!(
                "{orgs} organisations ({} new, {} updated)",
                self.organisations_created, self.organisations_updated
            ));
        }
        if self.projects_created + self.projects_updated > 0 {
            parts.push(format!(
                "{} projects ({} new, {} completed)",
                self.projects, self.projects_created, self.projects_updated
            ));
        } else if self.projects > 0 {
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
                "{} funding calls ({} new, {} updated; {} with two cut-offs, {} cascade calls, {} without a deadline yet)",
                self.calls_created + self.calls_updated,
                self.calls_created,
                self.calls_updated,
                self.calls_two_deadlines,
                self.calls_cascade,
                self.calls_without_deadline
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

/// Reads a whole file, naming it in the error.
pub fn read_file(path: &std::path::Path) -> Result<String, ImportError> {
    let bytes = std::fs::read(path).map_err(|e| ImportError::Unreadable {
        file: path.display().to_string(),
        message: e.to_string(),
    })?;
    let text = String::from_utf8(bytes).map_err(|e| ImportError::Unreadable {
        file: path.display().to_string(),
        message: {
            let at = e.utf8_error().valid_up_to();
            let line = 1 + e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count();
            format!("not UTF-8 text (line {line}, first invalid byte at offset {at}); save it as UTF-8")
        },
    })?;
    Ok(text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text))
}
