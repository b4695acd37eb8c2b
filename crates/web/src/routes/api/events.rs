//! `GET /api/v1/events` and `GET /api/v1/events/{id}`: the calendar as JSON, with the calendar's
//! filters. The API shows what a visitor sees: published and called-off events, without the
//! online access (for registered participants) or a moderator's note.

use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use store::events::Event;
use store::organisations::ListPage;

use super::ListBody;
use crate::forms::query_pairs;
use crate::routes::events::{day_start, Filters};
use crate::routes::{bad_parameter, path_id};
use crate::views::time::now;
use crate::views::url;
use crate::{AppState, WebError};

pub const MAX_LIMIT: u32 = 100;
const PARAMETERS: &[&str] = &[
    "kind",
    "country",
    "technology",
    "attendance",
    "from",
    "to",
    "limit",
    "offset",
];

pub async fn list(State(st): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let mut limit = 20;
    for (k, v) in query_pairs(raw.as_deref()) {
        if !PARAMETERS.contains(&k.as_str()) {
            return Err(bad_parameter(
                k,
                format!("is not a parameter of this list ({})", PARAMETERS.join(", ")),
            ));
        }
        if k == "limit" {
            limit = v
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|n| *n <= MAX_LIMIT)
                .ok_or_else(|| bad_parameter("limit", format!("must be a whole number from 0 to {MAX_LIMIT}")))?
                .max(1);
        }
    }
    let f = Filters::parse(raw.as_deref())?;
    // Upcoming (and ongoing) events unless a range is asked for, soonest first.
    let from = day_start(f.from.unwrap_or_else(|| now().date_naive()));
    let to = f.to.map(|d| day_start(d) + chrono::Duration::days(1));
    let (items, total) = st
        .store
        .public_events(&f.store_filter(Some(from), to, i64::from(limit), i64::from(f.offset)))
        .await?;
    let page = ListPage {
        items: items.into_iter().map(strip).collect(),
        total,
        limit,
        offset: f.offset,
    };
    let pairs = f.pairs();
    Ok(ListBody::<serde_json::Value>::new(&page, |o| {
        let mut p = pairs.clone();
        p.push(("limit", limit.to_string()));
        p.push(("offset", o.to_string()));
        url("/api/v1/events", &p)
    })
    .into_response())
}

/// An event as the API shows it.
fn strip(e: Event) -> serde_json::Value {
    let mut v = serde_json::to_value(e).unwrap_or_default();
    if let Some(map) = v.as_object_mut() {
        for key in [
            "online_url",
            "return_reason",
            "sessions",
            "schedule_published_at",
            "organisation_id",
        ] {
            map.remove(key);
        }
    }
    v
}

pub async fn get(State(st): State<AppState>, Path(raw): Path<String>) -> Result<Json<serde_json::Value>, WebError> {
    let e = st
        .store
        .event(path_id(&raw)?)
        .await?
        .filter(|e| e.state.public())
        .ok_or(WebError::NotFound)?;
    Ok(Json(strip(e)))
}
