//! `/api/v1/statistics`: the statistics page's figures and the map's figures per region, as
//! JSON, labelled in the reader's language (`lang`).

use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::Json;

use crate::ctx::Ctx;
use crate::forms::query_pairs;
use crate::routes::maps::{figure_data, figure_json, map_json, MapView, FIGURES};
use crate::{AppState, WebError};

/// `GET /api/v1/statistics`: every figure.
pub async fn statistics(State(st): State<AppState>, ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let pairs = query_pairs(raw.as_deref());
    let tr = super::search::reader(&ctx, &pairs)?;
    let s = st.cache.statistics(&st.store).await?;
    let figures: serde_json::Map<String, serde_json::Value> = FIGURES
        .iter()
        .filter_map(|slug| figure_data(&s, slug, &tr).map(|d| ((*slug).to_owned(), figure_json(slug, &d))))
        .collect();
    Ok(Json(serde_json::json!({ "figures": figures })).into_response())
}

/// `GET /api/v1/statistics/{figure}`
pub async fn statistic(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(figure): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let pairs = query_pairs(raw.as_deref());
    let tr = super::search::reader(&ctx, &pairs)?;
    let s = st.cache.statistics(&st.store).await?;
    let data = figure_data(&s, &figure, &tr).ok_or(WebError::NotFound)?;
    Ok(Json(figure_json(&figure, &data)).into_response())
}

/// `GET /api/v1/statistics/map`: a map's figures per region, with the directory's filters;
/// the first parameter that cannot be read is the error (400).
pub async fn map(State(st): State<AppState>, ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let pairs = query_pairs(raw.as_deref());
    let tr = super::search::reader(&ctx, &pairs)?;
    let view = MapView::read(&st, raw.as_deref()).await?;
    if let Some(r) = view.refused.0.first() {
        return Err(WebError::InvalidParameter(r.error.clone()));
    }
    Ok(Json(map_json(&view, &tr)).into_response())
}
