//! Funding opportunities: calls for proposals and cascade calls, open, forthcoming or closed as
//! of now, closing soon first; each call's page with its cut-offs in Brussels time and the
//! reader's, its budget and the portal's (sanitised) description.

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use domain::event::parse_timezone;
use domain::funding::{CallStatus, PORTAL_ZONE};
use store::accounts::User;
use store::funding::{CallFilter, StoredCall};

use crate::ctx::Ctx;
use crate::i18n::Tr;
use crate::routes::{bad_parameter, path_id, query_pairs};
use crate::views::{pagination, render, url, Chrome, PageLink};
use crate::{AppState, WebError};

const PAGE: u32 = 20;
/// "Closing soon": open calls whose last cut-off is this close.
pub const CLOSING_SOON_DAYS: i64 = 30;

pub fn reader_zone(user: Option<&User>) -> Option<Tz> {
    user.and_then(|u| u.timezone.as_deref())
        .and_then(|z| parse_timezone(z).ok())
}

/// "2027-03-26 17:00 (Europe/Brussels)", and the reader's own time when it differs.
pub fn when(at: DateTime<Utc>, zone: &str, reader: Option<Tz>) -> String {
    let tz: Tz = zone.parse().unwrap_or(PORTAL_ZONE);
    let own = format!("{} ({})", at.with_timezone(&tz).format("%Y-%m-%d %H:%M"), tz.name());
    match reader.filter(|r| *r != tz) {
        Some(r) => format!(
            "{own} · {} ({})",
            at.with_timezone(&r).format("%Y-%m-%d %H:%M"),
            r.name()
        ),
        None => own,
    }
}

fn budget(tr: &Tr, c: &StoredCall) -> Option<String> {
    match (c.call.budget_min, c.call.budget_max) {
        (Some(lo), Some(hi)) if lo != hi => Some(format!("{} – {}", tr.money(&lo), tr.money(&hi))),
        (_, Some(hi)) => Some(tr.money(&hi)),
        (Some(lo), None) => Some(tr.money(&lo)),
        (None, None) => None,
    }
}

pub struct Row {
    pub id: i64,
    pub title: String,
    pub identifier: String,
    pub programme: String,
    pub cascade: bool,
    pub status: &'static str,
    pub status_label: String,
    pub deadline: String,
    pub budget: Option<String>,
}

fn row(tr: &Tr, c: &StoredCall, now: DateTime<Utc>, reader: Option<Tz>) -> Row {
    let status = c.call.status(now);
    let deadline = c
        .call
        .next_deadline(now)
        .or(c.call.deadlines.last())
        .map(|d| when(d.at, &d.timezone, reader))
        .unwrap_or_default();
    Row {
        id: c.id,
        title: c.call.title.clone(),
        identifier: c.call.identifier.clone(),
        programme: c.call.programme.clone(),
        cascade: c.call.cascade,
        status: status.as_str(),
        status_label: tr.t(format!("funding-status-{}", status.as_str())),
        deadline,
        budget: budget(tr, c),
    }
}

#[derive(Template)]
#[template(path = "funding.html")]
struct ListPage {
    chrome: Chrome,
    rows: Vec<Row>,
    closing_soon: Vec<Row>,
    count_text: String,
    pages: Vec<PageLink>,
    statuses: Vec<(&'static str, String, bool)>,
    programmes: Vec<(String, String, bool)>,
    cascade: String,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let mut status = Some(CallStatus::Open);
    let mut status_param = "open".to_owned();
    let mut programmes = Vec::new();
    let mut cascade = None;
    let mut offset = 0u32;
    for (k, v) in query_pairs(raw.as_deref()) {
        let v = v.trim().to_owned();
        match k.as_str() {
            "status" => {
                status = match v.as_str() {
                    "open" | "" => Some(CallStatus::Open),
                    "forthcoming" => Some(CallStatus::Forthcoming),
                    "closed" => Some(CallStatus::Closed),
                    "all" => None,
                    _ => return Err(bad_parameter("status", "must be open, forthcoming, closed or all")),
                };
                status_param = if v.is_empty() { "open".into() } else { v };
            }
            "programme" if !v.is_empty() => {
                if v.len() > 20 || !v.chars().all(|c| c.is_ascii_alphanumeric()) {
                    return Err(bad_parameter(
                        "programme",
                        "is not a programme code (letters and digits)",
                    ));
                }
                programmes.push(v.to_ascii_uppercase());
            }
            "cascade" => {
                cascade = match v.as_str() {
                    "" => None,
                    "yes" => Some(true),
                    "no" => Some(false),
                    _ => return Err(bad_parameter("cascade", "must be yes or no")),
                }
            }
            "offset" => {
                offset = v
                    .parse()
                    .ok()
                    .filter(|o| *o <= 100_000)
                    .ok_or_else(|| bad_parameter("offset", "must be a whole number up to 100000"))?
            }
            _ => {}
        }
    }
    let now = Utc::now();
    let tr = ctx.tr;
    let reader = reader_zone(ctx.user());
    let filter = CallFilter {
        now,
        status,
        programmes: programmes.clone(),
        cascade,
        closing_within_days: None,
        limit: i64::from(PAGE),
        offset: i64::from(offset),
    };
    let (calls, total) = state.store.calls(&filter).await?;
    let closing_soon = if offset == 0 && status == Some(CallStatus::Open) {
        let soon = CallFilter {
            closing_within_days: Some(CLOSING_SOON_DAYS),
            limit: 5,
            offset: 0,
            ..filter.clone()
        };
        state
            .store
            .calls(&soon)
            .await?
            .0
            .iter()
            .map(|c| row(&tr, c, now, reader))
            .collect()
    } else {
        Vec::new()
    };
    let mut pairs: Vec<(&str, String)> = vec![("status", status_param.clone())];
    pairs.extend(programmes.iter().map(|p| ("programme", p.clone())));
    let cascade_param = match cascade {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };
    if !cascade_param.is_empty() {
        pairs.push(("cascade", cascade_param.into()));
    }
    let page = ListPage {
        chrome: ctx.chrome("funding"),
        rows: calls.iter().map(|c| row(&tr, c, now, reader)).collect(),
        closing_soon,
        count_text: tr.t1("funding-count", "count", total),
        pages: pagination(&tr, total, PAGE, offset, |o| {
            let mut p = pairs.clone();
            p.push(("offset", o.to_string()));
            url("/funding", &p)
        }),
        statuses: ["open", "forthcoming", "closed", "all"]
            .into_iter()
            .map(|s| (s, tr.t(format!("funding-status-{s}")), s == status_param))
            .collect(),
        programmes: state
            .store
            .call_programmes()
            .await?
            .into_iter()
            .map(|(p, n)| {
                let selected = programmes.contains(&p);
                (p.clone(), format!("{p} ({n})"), selected)
            })
            .collect(),
        cascade: cascade_param.to_owned(),
    };
    Ok(render(&page)?.into_response())
}

#[derive(Template)]
#[template(path = "funding_call.html")]
struct CallPage {
    chrome: Chrome,
    c: StoredCall,
    status: &'static str,
    status_label: String,
    opens: Option<String>,
    deadlines: Vec<String>,
    budget: Option<String>,
}

pub async fn page(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, WebError> {
    let c = state
        .store
        .funding_call(path_id(&id)?)
        .await?
        .ok_or(WebError::NotFound)?;
    let tr = ctx.tr;
    let now = Utc::now();
    let reader = reader_zone(ctx.user());
    let status = c.call.status(now);
    let page = CallPage {
        chrome: ctx.chrome("funding"),
        status: status.as_str(),
        status_label: tr.t(format!("funding-status-{}", status.as_str())),
        opens: c.call.opens.map(|o| when(o, PORTAL_ZONE.name(), reader)),
        deadlines: c
            .call
            .deadlines
            .iter()
            .map(|d| when(d.at, &d.timezone, reader))
            .collect(),
        budget: budget(&tr, &c),
        c,
    };
    Ok(render(&page)?.into_response())
}
