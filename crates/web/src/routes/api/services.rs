//! `GET /api/v1/services` (the catalogue's search, as records) and `GET /api/v1/services/{id}`.
//! Only published services are shown, as to a visitor.

use std::collections::BTreeMap;

use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Utc};
use domain::service::{ServiceState, ServiceText};
use serde::Serialize;
use store::organisations::ListPage;
use store::services::Service;

use super::ListBody;
use crate::ctx::Ctx;
use crate::forms::query_pairs;
use crate::routes::search::SearchParams;
use crate::routes::{bad_parameter, path_id};
use crate::views::url;
use crate::{AppState, WebError};

pub const MAX_LIMIT: usize = 100;
const MAX_OFFSET: usize = 10_000;

/// A published service as the API shows it.
#[derive(Serialize)]
pub struct ServiceOut {
    id: i64,
    url: String,
    organisation_slug: String,
    organisation_name: String,
    organisation_country: String,
    kind: &'static str,
    language: String,
    texts: BTreeMap<String, ServiceText>,
    technologies: Vec<&'static str>,
    critical_technologies: Vec<&'static str>,
    ecosystems: Vec<&'static str>,
    trl_from: u8,
    trl_to: u8,
    equipment: String,
    accreditations: Vec<String>,
    price_model: &'static str,
    price_cents: Option<i64>,
    programmes: Vec<i64>,
    lead_time_days: u16,
    answer_days: u16,
    languages: Vec<String>,
    delivery: Vec<&'static str>,
    countries: Vec<String>,
    regions: Vec<String>,
    published_at: Option<DateTime<Utc>>,
}

impl ServiceOut {
    fn of(s: &Service) -> Self {
        use domain::Taxonomy;
        let d = &s.draft;
        Self {
            id: s.id,
            url: format!("/services/{}", s.id),
            organisation_slug: s.organisation_slug.to_string(),
            organisation_name: s.organisation_name.clone(),
            organisation_country: s.organisation_country.clone(),
            kind: d.kind.as_str(),
            language: d.language.to_string(),
            texts: d.texts.iter().map(|(l, t)| (l.to_string(), t.clone())).collect(),
            technologies: d.technologies.iter().map(|t| t.slug()).collect(),
            critical_technologies: d.critical_technologies.iter().map(|t| t.slug()).collect(),
            ecosystems: d.ecosystems.iter().map(|t| t.slug()).collect(),
            trl_from: d.trl_from,
            trl_to: d.trl_to,
            equipment: d.equipment.clone(),
            accreditations: d.accreditations.clone(),
            price_model: d.price_model.as_str(),
            price_cents: d.price.map(|p| p.0),
            programmes: d.programmes.clone(),
            lead_time_days: d.lead_time_days,
            answer_days: d.answer_days,
            languages: d.languages.iter().map(|l| l.to_string()).collect(),
            delivery: d.delivery.iter().map(|v| v.as_str()).collect(),
            countries: d.countries.iter().map(|c| c.to_string()).collect(),
            regions: d.regions.iter().map(|r| r.to_string()).collect(),
            published_at: s.published_at,
        }
    }
}

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
pub async fn list(State(st): State<AppState>, ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let pairs = query_pairs(raw.as_deref());
    let (mut limit, mut offset) = (20, 0);
    let mut search_pairs = Vec::new();
    for (k, v) in &pairs {
        match k.as_str() {
            "limit" => limit = number("limit", v, 1..=MAX_LIMIT)?,
            "offset" => offset = number("offset", v, 0..=MAX_OFFSET)?,
            "kind" | "type" | "label" | "region" | "page" | "fragment" | "typing" => {
                return Err(bad_parameter(k, "is not a parameter of the services' list"))
            }
            _ => search_pairs.push((k.clone(), v.clone())),
        }
    }
    let mut params = SearchParams::from_pairs(&search_pairs, MAX_LIMIT)?;
    params.scope = Some("service");
    let mut request = params.request(&st, &ctx.tr, limit).await?;
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

pub async fn get(State(st): State<AppState>, Path(id): Path<String>) -> Result<Response, WebError> {
    let s = st.store.service(path_id(&id)?).await?.ok_or(WebError::NotFound)?;
    if s.state != ServiceState::Published {
        return Err(WebError::NotFound);
    }
    Ok(Json(ServiceOut::of(&s)).into_response())
}
