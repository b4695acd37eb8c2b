//! `GET /api/v1/opportunities`, `GET /api/v1/opportunities/{id}` and the recommendations for one.
//! The API shows what a visitor sees: published opportunities open to the public.

use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::{OpportunityState, Visibility};
use serde::Serialize;
use store::opportunities::Opportunity;
use store::organisations::ListPage;

use super::ListBody;
use crate::ctx::Ctx;
use crate::forms::query_pairs;
use crate::matchmaking::Shown;
use crate::routes::opportunities::{market_filter, market_pairs, MARKET_PARAMETERS};
use crate::routes::{bad_parameter, path_id};
use crate::views::url;
use crate::{AppState, WebError};

pub const MAX_LIMIT: u32 = 100;

fn number(name: &str, raw: &str, max: u32) -> Result<u32, WebError> {
    raw.trim()
        .parse::<u32>()
        .ok()
        .filter(|n| *n <= max)
        .ok_or_else(|| bad_parameter(name, format!("must be a whole number from 0 to {max}")))
}

pub async fn list(State(st): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let pairs = query_pairs(raw.as_deref());
    let mut limit = 20;
    for (k, v) in &pairs {
        match k.as_str() {
            "limit" => limit = number("limit", v, MAX_LIMIT)?.max(1),
            k if MARKET_PARAMETERS.contains(&k) => {}
            other => {
                return Err(bad_parameter(
                    other,
                    format!(
                        "is not a parameter of this list ({}, limit)",
                        MARKET_PARAMETERS.join(", ")
                    ),
                ))
            }
        }
    }
    let (filter, refused) = market_filter(&pairs);
    let mut filter = refused.strict(filter)?;
    filter.limit = i64::from(limit);
    let offset = u32::try_from(filter.offset).unwrap_or(0);
    let (items, total) = st.store.published_opportunities(&filter).await?;
    let page = ListPage {
        items: items.into_iter().map(strip).collect(),
        total,
        limit,
        offset,
    };
    Ok(ListBody::<serde_json::Value>::new(&page, |o| {
        let mut pairs = market_pairs(&filter);
        pairs.push(("limit", limit.to_string()));
        pairs.push(("offset", o.to_string()));
        url("/api/v1/opportunities", &pairs)
    })
    .into_response())
}

async fn public(st: &AppState, raw: &str) -> Result<Opportunity, WebError> {
    st.store
        .opportunity(path_id(raw)?)
        .await?
        .filter(|o| o.state == OpportunityState::Published && o.draft.visibility == Visibility::Public)
        .ok_or(WebError::NotFound)
}

/// An opportunity as the API shows it: without the contact, which only signed-in people see on
/// its page, and without a moderator's note to its owners.
fn strip(o: Opportunity) -> serde_json::Value {
    let mut v = serde_json::to_value(o).unwrap_or_default();
    if let Some(map) = v.as_object_mut() {
        for key in ["contact_name", "contact_email", "return_reason"] {
            map.remove(key);
        }
    }
    v
}

pub async fn get(State(st): State<AppState>, Path(raw): Path<String>) -> Result<Json<serde_json::Value>, WebError> {
    Ok(Json(strip(public(&st, &raw).await?)))
}

#[derive(Serialize)]
pub struct Recommendations {
    /// False while the node is still building its matching index after a start.
    pub ready: bool,
    pub items: Vec<Shown>,
}

impl Recommendations {
    pub fn of(list: Option<std::sync::Arc<Vec<Shown>>>) -> Self {
        Self {
            ready: list.is_some(),
            items: list.map(|l| l.as_ref().clone()).unwrap_or_default(),
        }
    }
}

/// How many recommendations were asked for (`limit`, 1–50, default 10).
pub fn recommendation_limit(raw: Option<&str>) -> Result<usize, WebError> {
    let mut limit = 10;
    for (k, v) in query_pairs(raw) {
        match k.as_str() {
            "limit" => limit = number("limit", &v, 50)?.max(1) as usize,
            other => return Err(bad_parameter(other, "is not a parameter of recommendations (limit)")),
        }
    }
    Ok(limit)
}

pub async fn recommendations(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(raw): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<Recommendations>, WebError> {
    let limit = recommendation_limit(query.as_deref())?;
    let o = public(&st, &raw).await?;
    let owner = st
        .store
        .organisation_by_slug(o.organisation_slug.as_str())
        .await?
        .ok_or(WebError::NotFound)?;
    Ok(Json(Recommendations::of(
        st.matchmaker.for_opportunity(&ctx.tr, &o, &owner, false, limit),
    )))
}
