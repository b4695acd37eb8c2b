//! `clusterhub import cordis-topics FILE`: what CORDIS projects are about, for projects already
//! imported. Two layouts are recognised by their header:
//!
//! * project topics (`projectID,topic,title`): the call topics a project was funded under;
//! * EuroSciVoc (`projectID,euroSciVocCode,…,euroSciVocTitle,…`): its fields of science.
//!
//! A file replaces the topics (or fields) of every project it names. Rows about projects that are
//! not in the database are counted, not refused: CORDIS publishes these lists for all projects.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::time::Instant;

use domain::ProjectTopic;
use store::{projects, Store};

use super::{csv_with_header, progress, read_file, rows, ImportError, RowError, Summary};

const MAX_CODE: usize = 100;
const MAX_TITLE: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    Topics,
    EuroSciVoc,
}

/// Per CORDIS project id: its topics, or its fields of science.
#[derive(Debug, Default)]
struct Lists {
    topics: BTreeMap<String, Vec<ProjectTopic>>,
    keywords: BTreeMap<String, Vec<String>>,
}

fn read(path: &Path) -> Result<(Lists, Vec<RowError>), ImportError> {
    let file = path.display().to_string();
    let text = read_file(path)?;
    let (mut reader, header_row) = csv_with_header(&text, b',', &file)?;
    let header: HashMap<String, usize> = header_row
        .iter()
        .enumerate()
        .map(|(i, h)| (h.trim().to_owned(), i))
        .collect();
    let has = |cols: &[&str]| cols.iter().all(|c| header.contains_key(*c));
    let layout = if has(&["projectID", "topic", "title"]) {
        Layout::Topics
    } else if has(&["projectID", "euroSciVocTitle"]) {
        Layout::EuroSciVoc
    } else {
        return Err(ImportError::Unreadable {
            file,
            message: "neither CORDIS project topics (columns projectID, topic, title) nor EuroSciVoc fields \
                      (columns projectID, euroSciVocTitle)"
                .into(),
        });
    };
    let mut lists = Lists::default();
    let mut errors = Vec::new();
    for result in rows(&mut reader, header_row.len()) {
        let (location, record) = match result {
            Ok(r) => r,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let get = |col: &str| {
            header
                .get(col)
                .and_then(|i| record.get(*i))
                .map(str::trim)
                .unwrap_or("")
        };
        let mut problems = Vec::new();
        let id = get("projectID");
        if id.is_empty() || id.len() > 20 || !id.bytes().all(|b| b.is_ascii_digit()) {
            problems.push(format!(
                "projectID: \"{}\" is not a numeric identifier",
                id.chars().take(30).collect::<String>()
            ));
        }
        let mut text = |col: &str, max: usize| -> String {
            let v = get(col);
            if v.is_empty() {
                problems.push(format!("{col}: is required"));
            } else if v.chars().count() > max || v.chars().any(char::is_control) {
                problems.push(format!("{col}: must be at most {max} characters of text"));
            }
            v.to_owned()
        };
        match layout {
            Layout::Topics => {
                let code = text("topic", MAX_CODE);
                let title = text("title", MAX_TITLE);
                if problems.is_empty() {
                    let list = lists.topics.entry(id.to_owned()).or_default();
                    if !list.iter().any(|t| t.code == code) {
                        list.push(ProjectTopic { code, title });
                    }
                }
            }
            Layout::EuroSciVoc => {
                let title = text("euroSciVocTitle", MAX_CODE * 2);
                if problems.is_empty() {
                    let list = lists.keywords.entry(id.to_owned()).or_default();
                    if !list.contains(&title) {
                        list.push(title);
                    }
                }
            }
        }
        if !problems.is_empty() {
            errors.push(RowError {
                location,
                message: problems.join("; "),
            });
        }
    }
    Ok((lists, errors))
}

pub async fn run(store: &Store, path: &Path, skip_invalid: bool) -> Result<Summary, ImportError> {
    let started = Instant::now();
    let (lists, errors) = read(path)?;
    let errors = ImportError::unless_skipping(path, errors, skip_invalid)?;
    let mut summary = Summary::default();
    let bar = progress((lists.topics.len() + lists.keywords.len()) as u64, "projects");
    let mut tx = store.begin().await?;
    for (id, topics) in &lists.topics {
        if projects::set_topics(&mut tx, id, topics).await? {
            summary.projects_described += 1;
        } else {
            summary.projects_unknown += 1;
        }
        bar.inc(1);
    }
    for (id, keywords) in &lists.keywords {
        if projects::set_keywords(&mut tx, id, keywords).await? {
            summary.projects_described += 1;
        } else {
            summary.projects_unknown += 1;
        }
        bar.inc(1);
    }
    tx.commit().await?;
    bar.finish_and_clear();
    summary.skipped = errors;
    summary.elapsed = started.elapsed();
    Ok(summary)
}
