//! `GET /api/v1/search`: the search page's answer as JSON; `GET /api/v1/services`: the
//! technology services' catalogue (the search kept to services) as service records.

use axum::extract::{RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

use domain::service::ServiceState;
use store::organisations::ListPage;
use store::services::Service;

use super::services::ServiceOut;
use super::ListBody;
use crate::ctx::Ctx;
use crate::forms::query_pairs;
use crate::routes::bad_parameter;
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
    let tr = reader(&ctx, &pairs)?;
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

/// At most this many services per page of the catalogue's list.
pub const MAX_SERVICES: usize = 100;
const MAX_OFFSET: usize = 10_000;

fn number(name: &str, raw: &str, range: std::ops::RangeInclusive<usize>) -> Result<usize, WebError> {
    raw.trim()
        .parse::<usize>()
        .ok()
        .filter(|n| range.contains(n))
        .ok_or_else(|| {
            bad_parameter(
                name,
                format!("must be a whole number from {} to {}", range.start(), range.end()),
            )
        })
}

/// The catalogue: the search's words and facets (`q`, `service`, `technology`, `critical`,
/// `ecosystem`, `country`, `delivery`, `price`, `language`, `near`/`at`/`km`), `limit`, `offset`.
pub async fn services(State(st): State<AppState>, ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let pairs = query_pairs(raw.as_deref());
    let tr = reader(&ctx, &pairs)?;
    let (mut limit, mut offset) = (20, 0);
    let mut search_pairs = Vec::new();
    for (k, v) in &pairs {
        match k.as_str() {
            "limit" => limit = number("limit", v, 1..=MAX_SERVICES)?,
            "lang" => {}
            "offset" => offset = number("offset", v, 0..=MAX_OFFSET)?,
            "kind" | "type" | "label" | "region" | "page" | "fragment" | "typing" => {
                return Err(bad_parameter(k, "is not a parameter of the services' list"))
            }
            _ => search_pairs.push((k.clone(), v.clone())),
        }
    }
    let mut params = SearchParams::from_pairs(&search_pairs, MAX_SERVICES)?;
    params.scope = Some("service");
    let mut request = params.request(&st, &tr, limit).await?;
    request.offset = offset;
    request.passages = false;
    request.facets = false;
    let results = crate::routes::search::run(&st, request).await?;
    let ids: Vec<i64> = results
        .hits
        .iter()
        .filter_map(|h| h.key.strip_prefix("service:")?.parse().ok())
        .collect();
    let mut by_id: std::collections::HashMap<i64, Service> = st
        .store
        .services_by_ids(&ids)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let items: Vec<ServiceOut> = ids
        .iter()
        .filter_map(|id| by_id.remove(id))
        .filter(|s| s.state == ServiceState::Published)
        .map(|s| ServiceOut::of(&s))
        .collect();
    let page = ListPage {
        items,
        total: results.total as i64,
        limit: limit as u32,
        offset: offset as u32,
    };
    let base = params.pairs();
    let body = ListBody::new(&page, |o| {
        let mut p = base.clone();
        p.push(("limit", limit.to_string()));
        p.push(("offset", o.to_string()));
        url("/api/v1/services", &p)
    });
    let body = ListBody {
        next: body.next.filter(|_| offset + limit < MAX_OFFSET),
        ..body
    };
    Ok(body.into_response())
}

/// The reader's language: `lang` when given (refused when it is not one of the interface's),
/// else as the pages read it.
pub(crate) fn reader(ctx: &Ctx, pairs: &[(String, String)]) -> Result<crate::i18n::Tr, WebError> {
    match pairs.iter().find(|(k, _)| k == "lang").map(|(_, v)| v.trim()) {
        None | Some("") => Ok(ctx.tr),
        Some(code) => crate::i18n::Locale::from_code(code)
            .map(crate::i18n::Tr::new)
            .ok_or_else(|| {
                bad_parameter(
                    "lang",
                    format!(
                        "must be one of {}",
                        crate::i18n::Locale::ALL
                            .iter()
                            .map(|l| l.code())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
            }),
    }
}
