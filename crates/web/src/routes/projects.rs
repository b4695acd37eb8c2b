//! Collaboration projects: the list and one project's consortium.

use std::collections::BTreeSet;

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::Html;
use domain::{DirectoryFilter, Page, Project};

use crate::ctx::Ctx;
use crate::routes::query_pairs;
use crate::views::{pagination, render, title_case_if_shouting, url, Chrome, PageLink};
use crate::{AppState, WebError};

/// The text filter and paging of a project list (`q`, `limit`, `offset`), validated like the
/// directory's.
pub fn project_query(raw: Option<&str>) -> Result<(Option<String>, Page), WebError> {
    let pairs = query_pairs(raw);
    let f = DirectoryFilter::from_pairs(
        pairs
            .iter()
            .filter(|(k, _)| matches!(k.as_str(), "q" | "limit" | "offset"))
            .map(|(k, v)| (k.as_str(), v.as_str())),
    )?;
    Ok((f.q, f.page))
}

/// A project id from the path; anything that is not one is simply not found.
pub fn project_id(raw: &str) -> Result<i64, WebError> {
    raw.parse::<i64>()
        .map_err(|_| WebError::ProjectNotFound(raw.to_owned()))
}

pub struct Row {
    pub id: i64,
    pub acronym: String,
    pub title: String,
    pub participants: String,
}

#[derive(Template)]
#[template(path = "projects.html")]
struct ProjectsPage {
    chrome: Chrome,
    q: String,
    count_text: String,
    rows: Vec<Row>,
    pages: Vec<PageLink>,
}

pub async fn list(State(st): State<AppState>, ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Html<String>, WebError> {
    let (q, page) = project_query(raw.as_deref())?;
    let result = st.store.list_projects(q.as_deref(), page).await?;
    let tr = ctx.tr;
    let pages = pagination(&tr, result.total, page.limit, page.offset, |offset| {
        let mut pairs: Vec<(&str, String)> = vec![];
        if let Some(q) = &q {
            pairs.push(("q", q.clone()));
        }
        if page.limit != Page::DEFAULT_LIMIT {
            pairs.push(("limit", page.limit.to_string()));
        }
        pairs.push(("offset", offset.to_string()));
        url("/projects", &pairs)
    });
    render(&ProjectsPage {
        chrome: ctx.chrome("projects"),
        q: q.clone().unwrap_or_default(),
        count_text: tr.t1("projects-count", "count", result.total),
        rows: result
            .items
            .iter()
            .map(|p: &Project| Row {
                id: p.id,
                acronym: p.draft.acronym.clone(),
                title: p.draft.title.clone().unwrap_or_default(),
                participants: tr.number(p.participant_count),
            })
            .collect(),
        pages,
    })
}

pub struct Member {
    pub slug: String,
    pub name: String,
    pub country: String,
    pub role: String,
    pub contribution: String,
}

#[derive(Template)]
#[template(path = "project.html")]
struct ProjectPage {
    chrome: Chrome,
    p: Project,
    cordis_url: Option<String>,
    rows: Vec<Member>,
    country_count: usize,
}

pub async fn page(State(st): State<AppState>, ctx: Ctx, Path(raw): Path<String>) -> Result<Html<String>, WebError> {
    let id = project_id(&raw)?;
    let p = st
        .store
        .project(id)
        .await?
        .ok_or_else(|| WebError::ProjectNotFound(raw.clone()))?;
    let team = st.store.participants_of(id).await?;
    let tr = ctx.tr;
    let country_count = team
        .iter()
        .map(|m| m.organisation_country.as_str())
        .collect::<BTreeSet<_>>()
        .len();
    render(&ProjectPage {
        chrome: ctx.chrome("projects"),
        cordis_url: p.cordis_url(),
        rows: team
            .iter()
            .map(|m| Member {
                slug: m.organisation_slug.to_string(),
                name: title_case_if_shouting(&m.organisation_name),
                country: tr.country(&m.organisation_country),
                role: tr.t(m.role.message_id()),
                contribution: m.ec_contribution.map(|c| tr.money(&c)).unwrap_or_default(),
            })
            .collect(),
        country_count,
        p,
    })
}
