//! `GET /api/v1/organisations` and `GET /api/v1/organisations/{slug}`.

use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::{DirectoryFilter, Organisation};
use store::organisations::OrganisationDetails;

use super::ListBody;
use crate::routes::query_pairs;
use crate::views::url;
use crate::{AppState, WebError};

pub async fn list(State(st): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let pairs = query_pairs(raw.as_deref());
    let filter = DirectoryFilter::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))?;
    let key = url("", &filter.to_pairs(true));
    let page = st.cache.directory(key, || st.store.list_organisations(&filter)).await?;
    Ok(ListBody::<Organisation>::new(&page, |offset| {
        let mut next = filter.clone();
        next.page.offset = offset;
        let mut pairs = next.to_pairs(true);
        if !pairs.iter().any(|(k, _)| *k == "limit") {
            pairs.push(("limit", next.page.limit.to_string()));
        }
        url("/api/v1/organisations", &pairs)
    })
    .into_response())
}

pub async fn get(State(st): State<AppState>, Path(slug): Path<String>) -> Result<Json<OrganisationDetails>, WebError> {
    let cached = st.cache.profile(&slug, || st.store.organisation_details(&slug)).await?;
    cached
        .as_ref()
        .clone()
        .map(Json)
        .ok_or(WebError::OrganisationNotFound(slug))
}
