//! `GET /api/v1/search`: the search page's answer as JSON.

use axum::extract::{RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

use crate::ctx::Ctx;
use crate::forms::query_pairs;
use crate::routes::search::{SearchParams, PAGE_SIZE};
use crate::views::url;
use crate::{AppState, WebError};

#[derive(Serialize)]
struct Body<'a> {
    query: &'a str,
    language: &'static str,
    #[serde(flatten)]
    results: &'a search::SearchResults,
    limit: usize,
    offset: usize,
    next: Option<String>,
}

pub async fn search(State(st): State<AppState>, ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let pairs = query_pairs(raw.as_deref());
    // The API reads the language from `lang` when given, else like the pages.
    let tr = match pairs.iter().find(|(k, _)| k == "lang").map(|(_, v)| v.trim()) {
        None | Some("") => ctx.tr,
        Some(code) => crate::i18n::Locale::from_code(code)
            .map(crate::i18n::Tr::new)
            .ok_or_else(|| {
                WebError::InvalidParameter(domain::FilterError {
                    parameter: "lang".into(),
                    message: format!(
                        "must be one of {}",
                        crate::i18n::Locale::ALL
                            .iter()
                            .map(|l| l.code())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                })
            })?,
    };
    let params = SearchParams::from_pairs(&pairs, search::index::MAX_LIMIT)?;
    let limit = params.limit.unwrap_or(PAGE_SIZE);
    let mut request = params.request(&st, &tr, limit).await?;
    request.offset = pairs
        .iter()
        .find(|(k, _)| k == "offset")
        .map(|(_, v)| {
            v.trim().parse::<usize>().ok().filter(|o| *o <= 10_000).ok_or_else(|| {
                WebError::InvalidParameter(domain::FilterError {
                    parameter: "offset".into(),
                    message: "must be a whole number from 0 to 10000".into(),
                })
            })
        })
        .transpose()?
        .unwrap_or(request.offset);
    let (offset, limit) = (request.offset, request.limit);
    let results = crate::routes::search::run(&st, request).await?;
    let end = offset + limit;
    let next = (end < results.total && end < 10_000).then(|| {
        let mut p = params.pairs();
        p.push(("limit", limit.to_string()));
        p.push(("offset", end.to_string()));
        url("/api/v1/search", &p)
    });
    Ok(Json(Body {
        query: &params.q,
        language: tr.locale.code(),
        results: &results,
        limit,
        offset,
        next,
    })
    .into_response())
}
