//! `GET /api/v1/projects` and `GET /api/v1/projects/{id}`.

use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::{Participation, Project};
use serde::Serialize;

use super::ListBody;
use crate::routes::projects::{project_id, project_query};
use crate::views::url;
use crate::{AppState, WebError};

pub async fn list(State(st): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let (q, page) = project_query(raw.as_deref())?;
    let result = st.store.list_projects(q.as_deref(), page).await?;
    Ok(ListBody::<Project>::new(&result, |offset| {
        let mut pairs: Vec<(&str, String)> = vec![];
        if let Some(q) = &q {
            pairs.push(("q", q.clone()));
        }
        pairs.push(("limit", page.limit.to_string()));
        pairs.push(("offset", offset.to_string()));
        url("/api/v1/projects", &pairs)
    })
    .into_response())
}

#[derive(Serialize)]
pub struct ProjectDetails {
    #[serde(flatten)]
    project: Project,
    cordis_url: Option<String>,
    participants: Vec<Participation>,
    news: Vec<store::projects::ProjectNews>,
    /// The published events linked to the project: id, title, start and page.
    events: Vec<serde_json::Value>,
}

pub async fn get(State(st): State<AppState>, Path(raw): Path<String>) -> Result<Json<ProjectDetails>, WebError> {
    let id = project_id(&raw)?;
    let project = st.store.project(id).await?.ok_or(WebError::ProjectNotFound(raw))?;
    let linked = st.store.project_event_ids(id).await?;
    let events = st
        .store
        .events_by_ids(&linked)
        .await?
        .into_iter()
        .filter(|e| e.state.public())
        .map(|e| {
            serde_json::json!({ "id": e.id, "title": e.draft.title, "starts_at": e.starts_at,
                                "href": format!("/events/{}", e.id) })
        })
        .collect();
    Ok(Json(ProjectDetails {
        cordis_url: project.cordis_url(),
        participants: st.store.participants_of(id).await?,
        news: st.store.project_news(id).await?,
        events,
        project,
    }))
}
