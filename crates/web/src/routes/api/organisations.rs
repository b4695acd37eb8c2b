//! `GET /api/v1/organisations` and `GET /api/v1/organisations/{slug}`.

use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::{DirectoryFilter, Organisation};

use super::ListBody;
use crate::routes::query_pairs;
use crate::views::url;
use crate::{AppState, WebError};

pub async fn list(State(st): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let pairs = query_pairs(raw.as_deref());
    let filter = DirectoryFilter::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))?;
    let page = st.cache.directory(&st.store, &filter).await?;
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

pub async fn get(State(st): State<AppState>, Path(slug): Path<String>) -> Result<Response, WebError> {
    let cached = st.cache.profile(&st.store, &slug).await?;
    // Serialised from the shared entry; the profile is not copied.
    match cached.as_ref() {
        Some(details) => Ok(Json(details).into_response()),
        None => Err(WebError::OrganisationNotFound(slug)),
    }
}
