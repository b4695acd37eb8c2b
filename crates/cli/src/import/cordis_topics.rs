//! `clusterhub import cordis-topics FILE`: what CORDIS projects are about, for projects already
//! imported. Two layouts are recognised by their header:
//!
//! * project topics (`projectID,topic,title`): the call topics a project was funded under;
//! * EuroSciVoc (`projectID,euroSciVocCode,…,euroSciVocTitle,…`): its fields of science.
//!
//! A file replaces the topics (or fields) of every project it names. Rows about projects that are
//! not in the database are counted, not refused: CORDIS publishes these lists for all projects.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use domain::ProjectTopic;
use store::{projects, Store};

use super::table::{Layout, Table};
use super::{progress, ImportError, RowError, Summary};

const MAX_CODE: usize = 100;
const MAX_TITLE: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Topics,
    EuroSciVoc,
}

/// Per CORDIS project id: its topics, or its fields of science.
#[derive(Debug, Default)]
struct Lists {
    topics: BTreeMap<String, Vec<ProjectTopic>>,
    keywords: BTreeMap<String, Vec<String>>,
}

const TOPICS: Layout = Layout {
    name: "CORDIS project topics",
    required: &["projectID", "topic", "title"],
};
const EUROSCIVOC: Layout = Layout {
    name: "EuroSciVoc fields of projects",
    required: &["projectID", "euroSciVocTitle"],
};

fn read(path: &Path) -> Result<(Lists, Vec<RowError>), ImportError> {
    let table = Table::read(path)?;
    let layout = match table.layout(&[TOPICS, EUROSCIVOC])? {
        0 => Kind::Topics,
        _ => Kind::EuroSciVoc,
    };
    let mut lists = Lists::default();
    let mut errors = Vec::new();
    for result in table.rows() {
        let row = match result {
            Ok(r) => r,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let location = row.location();
        let get = |col: &str| row.get(col);
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
            Kind::Topics => {
                let code = text("topic", MAX_CODE);
                let title = text("title", MAX_TITLE);
                if problems.is_empty() {
                    let list = lists.topics.entry(id.to_owned()).or_default();
                    if !list.iter().any(|t| t.code == code) {
                        list.push(ProjectTopic { code, title });
                    }
                }
            }
            Kind::EuroSciVoc => {
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
