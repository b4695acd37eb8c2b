//! Funding in the JSON API: calls for proposals (`/api/v1/calls`), the calls that fit an
//! organisation with their reasons (`/api/v1/organisations/{slug}/calls`) and cascade-funding
//! programmes with their funded projects and money (`/api/v1/programmes`). Money is in integer
//! cents with its currency; instants are UTC with the zone they were announced in.

use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Utc};
use domain::funding::{CallStatus, FundingCall};
use domain::programme::ProgrammeApplicationState as PS;
use serde_json::{json, Value};
use store::funding::{CallFilter, StoredCall};
use store::organisations::ListPage;
use store::programmes::Programme;

use super::ListBody;
use crate::ctx::Ctx;
use crate::forms::query_pairs;
use crate::routes::funding::{reason_texts, recommended_calls};
use crate::routes::{bad_parameter, path_id};
use crate::views::url;
use crate::{AppState, WebError};

pub const MAX_LIMIT: u32 = 100;

fn whole(name: &str, v: &str, min: u32, max: u32) -> Result<u32, WebError> {
    v.trim()
        .parse::<u32>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| bad_parameter(name, format!("must be a whole number from {min} to {max}")))
}

fn paging(k: &str, v: &str, limit: &mut u32, offset: &mut u32) -> Result<(), WebError> {
    match k {
        "limit" => *limit = whole("limit", v, 1, MAX_LIMIT)?,
        _ => *offset = whole("offset", v, 0, domain::Page::MAX_OFFSET)?,
    }
    Ok(())
}

fn call_json(id: i64, c: &FundingCall, updated_at: Option<DateTime<Utc>>, now: DateTime<Utc>, full: bool) -> Value {
    let mut v = json!({
        "id": id,
        "reference": c.reference,
        "identifier": c.identifier,
        "programme": c.programme,
        "title": c.title,
        "status": c.status(now).as_str(),
        "action_type": c.action_type,
        "grant_type": c.grant_type,
        "submission_procedure": c.submission_procedure,
        "opens": c.opens,
        "deadlines": c.deadlines,
        "next_deadline": c.next_deadline(now),
        "budget_min": c.budget_min,
        "budget_max": c.budget_max,
        "currency": c.currency,
        "expected_grants": c.expected_grants,
        "cascade": c.cascade,
        "url": c.url,
        "href": format!("/funding/{id}"),
    });
    if full {
        v["description_html"] = json!(c.description_html);
        v["updated_at"] = json!(updated_at);
    }
    v
}

/// `GET /api/v1/calls`: open calls by default (closing soonest first), or those of `status`
/// (`forthcoming`, `closed`, `all`); `programme` (any of), `cascade` (yes/no), paging.
pub async fn list_calls(State(st): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let mut status = Some(CallStatus::Open);
    let mut status_param = "open".to_owned();
    let mut programmes = Vec::new();
    let mut cascade = None;
    let (mut limit, mut offset) = (20u32, 0u32);
    for (k, v) in query_pairs(raw.as_deref()) {
        let v = v.trim().to_owned();
        match k.as_str() {
            "status" => {
                status = match v.as_str() {
                    "open" => Some(CallStatus::Open),
                    "forthcoming" => Some(CallStatus::Forthcoming),
                    "closed" => Some(CallStatus::Closed),
                    "all" => None,
                    _ => return Err(bad_parameter("status", "must be open, forthcoming, closed or all")),
                };
                status_param = v;
            }
            "programme" => {
                if v.is_empty() || v.len() > 20 || !v.chars().all(|c| c.is_ascii_alphanumeric()) {
                    return Err(bad_parameter(
                        "programme",
                        "is not a programme code (letters and digits)",
                    ));
                }
                programmes.push(v.to_ascii_uppercase());
            }
            "cascade" => {
                cascade = match v.as_str() {
                    "yes" => Some(true),
                    "no" => Some(false),
                    _ => return Err(bad_parameter("cascade", "must be yes or no")),
                }
            }
            "limit" | "offset" => paging(&k, &v, &mut limit, &mut offset)?,
            other => {
                return Err(bad_parameter(
                    other,
                    "is not a parameter of this list (status, programme, cascade, limit, offset)",
                ))
            }
        }
    }
    let now = Utc::now();
    let (calls, total) = st
        .store
        .calls(&CallFilter {
            now,
            status,
            programmes: programmes.clone(),
            cascade,
            closing_within_days: None,
            limit: i64::from(limit),
            offset: i64::from(offset),
        })
        .await?;
    let page = ListPage {
        items: calls
            .iter()
            .map(|c: &StoredCall| call_json(c.id, &c.call, None, now, false))
            .collect::<Vec<_>>(),
        total,
        limit,
        offset,
    };
    let mut pairs: Vec<(&str, String)> = vec![("status", status_param)];
    pairs.extend(programmes.iter().map(|p| ("programme", p.clone())));
    if let Some(c) = cascade {
        pairs.push(("cascade", if c { "yes" } else { "no" }.into()));
    }
    pairs.push(("limit", limit.to_string()));
    Ok(ListBody::new(&page, |o| {
        let mut p = pairs.clone();
        p.push(("offset", o.to_string()));
        url("/api/v1/calls", &p)
    })
    .into_response())
}

pub async fn get_call(State(st): State<AppState>, Path(raw): Path<String>) -> Result<Json<Value>, WebError> {
    let c = st.store.funding_call(path_id(&raw)?).await?.ok_or(WebError::NotFound)?;
    Ok(Json(call_json(c.id, &c.call, Some(c.updated_at), Utc::now(), true)))
}

/// `GET /api/v1/organisations/{slug}/calls`: the open and forthcoming calls that fit the
/// organisation, best first, with the reasons in the reader's language.
pub async fn organisation_calls(
    State(st): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Value>, WebError> {
    let limit = super::opportunities::recommendation_limit(raw.as_deref())?;
    let fits = recommended_calls(&st, &slug, limit)
        .await?
        .ok_or(WebError::OrganisationNotFound(slug))?;
    let now = Utc::now();
    let items: Vec<Value> = fits
        .iter()
        .map(|f| {
            let mut v = call_json(f.id, &f.call, None, now, false);
            v["score"] = json!(f.score);
            v["reasons"] = json!(reason_texts(&ctx.tr, &f.reasons));
            v
        })
        .collect();
    Ok(Json(json!({ "items": items })))
}

fn programme_json(p: &Programme, now: DateTime<Utc>) -> Value {
    json!({
        "id": p.id,
        "title": p.draft.title,
        "summary": p.draft.summary,
        "organisation": { "slug": p.organisation_slug, "name": p.organisation_name },
        "currency": p.draft.currency,
        "budget": p.draft.budget,
        "max_grant": p.draft.max_grant,
        "committed": p.committed,
        "remaining": p.remaining(),
        "deadline": p.draft.deadline,
        "open": p.draft.is_open(now),
        "eligible_countries": p.draft.eligible_countries.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
        "eligible_types": p.draft.eligible_types.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
        "questions": p.draft.questions,
        "criteria": p.draft.criteria,
        "application_count": p.application_count,
        "funded_count": p.awarded_count,
        "href": format!("/programmes/{}", p.id),
    })
}

/// `GET /api/v1/programmes`: cascade-funding programmes, open ones first.
pub async fn list_programmes(State(st): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let (mut limit, mut offset) = (20u32, 0u32);
    for (k, v) in query_pairs(raw.as_deref()) {
        match k.as_str() {
            "limit" | "offset" => paging(&k, &v, &mut limit, &mut offset)?,
            other => return Err(bad_parameter(other, "is not a parameter of this list (limit, offset)")),
        }
    }
    let now = Utc::now();
    let (items, total) = st.store.programmes(now, i64::from(limit), i64::from(offset)).await?;
    let page = ListPage {
        items: items.iter().map(|p| programme_json(p, now)).collect::<Vec<_>>(),
        total,
        limit,
        offset,
    };
    Ok(ListBody::new(&page, |o| {
        url(
            "/api/v1/programmes",
            &[("limit", limit.to_string()), ("offset", o.to_string())],
        )
    })
    .into_response())
}

/// `GET /api/v1/programmes/{id}`: a programme with its funded projects and their progress
/// reports (applications that were not funded stay private).
pub async fn get_programme(State(st): State<AppState>, Path(raw): Path<String>) -> Result<Json<Value>, WebError> {
    let p = st.store.programme(path_id(&raw)?).await?.ok_or(WebError::NotFound)?;
    let reports = st.store.programme_reports(p.id).await?;
    let funded: Vec<Value> = st
        .store
        .programme_applications(p.id)
        .await?
        .into_iter()
        .filter(|a| a.state == PS::Awarded)
        .map(|a| {
            json!({
                "project_title": a.draft.project_title,
                "summary": a.draft.summary,
                "organisation": { "slug": a.organisation_slug, "name": a.organisation_name, "country": a.organisation_country },
                "centre": { "slug": a.centre_slug, "name": a.centre_name },
                "grant": a.awarded,
                "awarded_at": a.awarded_at,
                "reports": reports.iter().filter(|r| r.application_id == a.id)
                    .map(|r| json!({ "created_at": r.created_at, "body": r.body })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut v = programme_json(&p, Utc::now());
    v["funded"] = json!(funded);
    Ok(Json(v))
}
