//! Funding opportunities: calls for proposals and cascade calls, open, forthcoming or closed as
//! of now, closing soon first; each call's page with its cut-offs in Brussels time and the
//! reader's, its budget and the portal's (sanitised) description.

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use domain::event::parse_timezone;
use domain::funding::{CallStatus, FundingCall, PORTAL_ZONE};
use domain::{FilterError, Refusals};
use matching::calls::{CallReason, OrgProfile};
use store::funding::{CallFilter, StoredCall};

use crate::auth::extract::SignedIn;
use crate::ctx::Ctx;
use crate::forms::FormData;
use crate::i18n::Tr;
use crate::routes::{bad_parameter, done_param, path_id, query_pairs};
use crate::views::calendar as ics;
use crate::views::time::when;
use crate::views::{pagination, reader_zone, refusal_notices, render, render_list_page, url, Chrome, PageLink};
use crate::{AppState, WebError};

const PAGE: u32 = 20;
/// "Closing soon": open calls whose next cut-off is this close.
pub const CLOSING_SOON_DAYS: i64 = 30;

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

/// The cascade-funding programmes that take applications, a few, each as (id, title, a line
/// with its owner, maximum grant and deadline).
pub(crate) async fn open_programme_lines(
    state: &AppState,
    tr: &Tr,
    now: DateTime<Utc>,
    reader: Option<Tz>,
) -> Result<Vec<(i64, String, String)>, WebError> {
    Ok(state
        .store
        .programmes(now, 3, 0)
        .await?
        .0
        .into_iter()
        .filter(|p| p.draft.is_open(now))
        .map(|p| {
            let line = tr.tn(
                "funding-programme-line",
                vec![
                    ("owner", p.organisation_name.as_str().into()),
                    ("max", tr.money(&p.draft.max_grant).into()),
                    (
                        "deadline",
                        when(tr, p.draft.deadline.at, &p.draft.deadline.timezone, reader).into(),
                    ),
                ],
            );
            (p.id, p.draft.title, line)
        })
        .collect())
}

pub(crate) fn row(tr: &Tr, c: &StoredCall, now: DateTime<Utc>, reader: Option<Tz>) -> Row {
    let status = c.call.status(now);
    let deadline = c
        .call
        .next_deadline(now)
        .or(c.call.deadlines.last())
        .map(|d| when(tr, d.at, &d.timezone, reader))
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
    /// Cascade-funding programmes run on the platform that take applications: (id, title, line).
    open_programmes: Vec<(i64, String, String)>,
    refusals: Vec<String>,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let mut status = Some(CallStatus::Open);
    let mut status_param = "open".to_owned();
    let mut programmes = Vec::new();
    let mut cascade = None;
    let mut offset = 0u32;
    // A value that cannot be read is left out and named; empty values mean "any".
    let mut refused = Refusals::default();
    for (k, v) in query_pairs(raw.as_deref()) {
        let v = v.trim().to_owned();
        if v.is_empty() {
            continue;
        }
        let wrong = |m: &str| FilterError {
            parameter: k.clone(),
            message: m.to_owned(),
        };
        let outcome = match k.as_str() {
            "status" => match v.as_str() {
                "open" => Ok(Some(CallStatus::Open)),
                "forthcoming" => Ok(Some(CallStatus::Forthcoming)),
                "closed" => Ok(Some(CallStatus::Closed)),
                "all" => Ok(None),
                _ => Err(wrong("must be open, forthcoming, closed or all")),
            }
            .map(|s| {
                status = s;
                status_param = v.clone();
            }),
            "programme" => {
                if v.len() > 20 || !v.chars().all(|c| c.is_ascii_alphanumeric()) {
                    Err(wrong("is not a programme code (letters and digits)"))
                } else {
                    programmes.push(v.to_ascii_uppercase());
                    Ok(())
                }
            }
            "cascade" => match v.as_str() {
                "yes" | "no" => {
                    cascade = Some(v == "yes");
                    Ok(())
                }
                _ => Err(wrong("must be yes or no")),
            },
            "offset" => v
                .parse()
                .ok()
                .filter(|o| *o <= 100_000)
                .map(|o| offset = o)
                .ok_or_else(|| wrong("must be a whole number up to 100000")),
            _ => Ok(()),
        };
        refused.keep(&v, outcome);
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
        open_programmes: open_programme_lines(&state, &tr, now, reader).await?,
        refusals: refusal_notices(&tr, &refused, |p| {
            Some(match p {
                "status" => "funding-status",
                "programme" => "funding-programme",
                "cascade" => "funding-kind",
                _ => return None,
            })
        }),
    };
    render_list_page(&page, &refused)
}

/// The follow form of a call's page: (days, label, chosen) and whether the reader follows it.
struct Follow {
    choices: Vec<(i64, String, bool)>,
    following: bool,
}

#[derive(Template)]
#[template(path = "funding_call.html")]
struct CallPage {
    chrome: Chrome,
    c: StoredCall,
    notice: Option<String>,
    /// For a signed-in reader: the reminder choices, and whether they follow it.
    follow: Option<Follow>,
    /// Whom the call addresses, and where applicants may be established.
    audience: String,
    eligibility: String,
    status: &'static str,
    status_label: String,
    opens: Option<String>,
    deadlines: Vec<String>,
    budget: Option<String>,
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let c = state
        .store
        .funding_call(path_id(&id)?)
        .await?
        .ok_or(WebError::NotFound)?;
    let tr = ctx.tr;
    let now = Utc::now();
    let reader = reader_zone(ctx.user());
    let status = c.call.status(now);
    let follow = match ctx.user() {
        Some(u) => {
            let days = state.store.following_call(u.id, c.id).await?;
            let chosen = days.unwrap_or(DEFAULT_REMIND_DAYS);
            Some(Follow {
                choices: REMIND_DAYS
                    .iter()
                    .map(|d| (*d, tr.t1("funding-remind-days", "days", *d), *d == chosen))
                    .collect(),
                following: days.is_some(),
            })
        }
        None => None,
    };
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("followed") => Some(tr.t("funding-done-followed")),
        Some("unfollowed") => Some(tr.t("funding-done-unfollowed")),
        _ => None,
    };
    let a = c.call.audience();
    let audience = [
        (a.smes, "funding-audience-smes"),
        (a.clusters, "funding-audience-clusters"),
        (a.research, "funding-audience-research"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, id)| tr.t(id))
    .collect::<Vec<_>>();
    let audience = if audience.is_empty() {
        tr.t("funding-audience-any")
    } else {
        audience.join(", ")
    };
    let eligibility = if c.call.cascade {
        tr.t("funding-eligible-cascade")
    } else {
        tr.t1("funding-eligible-eu", "programme", c.call.programme.as_str())
    };
    let page = CallPage {
        chrome: ctx.chrome("funding"),
        notice,
        follow,
        audience,
        eligibility,
        status: status.as_str(),
        status_label: tr.t(format!("funding-status-{}", status.as_str())),
        opens: c.call.opens.map(|o| when(&tr, o, PORTAL_ZONE.name(), reader)),
        deadlines: c
            .call
            .deadlines
            .iter()
            .map(|d| when(&tr, d.at, &d.timezone, reader))
            .collect(),
        budget: budget(&tr, &c),
        c,
    };
    Ok(render(&page)?.into_response())
}

// ---- following calls: reminders and a calendar of deadlines ----

/// The choices of how many days before each cut-off a reminder comes.
pub const REMIND_DAYS: [i64; 5] = [1, 3, 7, 14, 30];
pub const DEFAULT_REMIND_DAYS: i64 = 7;

async fn call_of(state: &AppState, id: &str) -> Result<StoredCall, WebError> {
    state.store.funding_call(path_id(id)?).await?.ok_or(WebError::NotFound)
}

pub async fn follow(
    State(state): State<AppState>,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let c = call_of(&state, &id).await?;
    let days = form
        .get("days")
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|d| REMIND_DAYS.contains(d))
        .ok_or_else(|| bad_parameter("days", "must be 1, 3, 7, 14 or 30"))?;
    state.store.follow_call(me.user().id, c.id, days).await?;
    Ok(Redirect::to(&format!("/funding/{}?done=followed", c.id)).into_response())
}

pub async fn unfollow(
    State(state): State<AppState>,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let c = call_of(&state, &id).await?;
    state.store.unfollow_call(me.user().id, c.id).await?;
    Ok(Redirect::to(&format!("/funding/{}?done=unfollowed", c.id)).into_response())
}

pub struct Followed {
    pub id: i64,
    pub title: String,
    pub identifier: String,
    pub status: &'static str,
    pub status_label: String,
    pub next: String,
    pub remind: String,
}

pub struct Suggestion {
    pub id: i64,
    /// Open or forthcoming (a call that fits may not take proposals yet).
    pub status: &'static str,
    pub status_label: String,
    pub title: String,
    pub identifier: String,
    pub deadline: String,
    pub reasons: Vec<String>,
}

#[derive(Template)]
#[template(path = "funding_mine.html")]
struct MinePage {
    chrome: Chrome,
    notice: Option<String>,
    followed: Vec<Followed>,
    /// Per organisation of the reader: its name and the calls that fit it.
    suggestions: Vec<(String, Vec<Suggestion>)>,
    calendar_url: Option<String>,
}

/// A recommendation's reasons in the reader's words.
pub fn reason_texts(tr: &Tr, reasons: &[CallReason]) -> Vec<String> {
    reasons
        .iter()
        .map(|r| match r {
            CallReason::Taxonomy { message_id, words } => tr.t2(
                "call-reason-taxonomy",
                "words",
                words.join(", "),
                "tag",
                tr.t(message_id),
            ),
            CallReason::TrackRecord { part } => tr.t1("call-reason-track", "part", part.as_str()),
            CallReason::Words { words } => tr.t1("call-reason-words", "words", words.join(", ")),
            CallReason::ForSmes => tr.t("call-reason-smes"),
            CallReason::ForClusters => tr.t("call-reason-clusters"),
            CallReason::ForResearch => tr.t("call-reason-research"),
            CallReason::Eligible => tr.t("call-reason-eligible"),
            CallReason::CheckEligibility { country } => tr.t1("call-reason-check", "country", tr.country(country)),
        })
        .collect()
}

/// What the call ranking knows of an organisation: its profile and its projects' topics.
pub async fn call_profile(state: &AppState, slug: &str) -> Result<Option<OrgProfile>, WebError> {
    let Some(details) = state.store.organisation_details(slug).await? else {
        return Ok(None);
    };
    let ids: Vec<i64> = details.participations.iter().map(|p| p.project_id).collect();
    let past_topics = state
        .store
        .projects_by_ids(&ids)
        .await?
        .into_iter()
        .flat_map(|p| p.topics.into_iter().map(|t| t.code))
        .collect();
    let o = &details.organisation.profile;
    Ok(Some(OrgProfile {
        kind: Some(o.kind),
        is_sme: o.is_sme,
        country: Some(o.country),
        ecosystems: o.ecosystems.clone(),
        technologies: o.technologies.clone(),
        critical_technologies: o.critical_technologies.clone(),
        text: o.descriptions.values().cloned().collect::<Vec<_>>().join("\n"),
        past_topics,
    }))
}

/// A call that fits an organisation.
pub struct CallFit {
    pub id: i64,
    pub call: FundingCall,
    pub reasons: Vec<CallReason>,
    pub score: f64,
}

/// The calls that fit an organisation now, best first, at most `limit`; `None` for an unknown
/// organisation.
pub async fn recommended_calls(state: &AppState, slug: &str, limit: usize) -> Result<Option<Vec<CallFit>>, WebError> {
    let Some(profile) = call_profile(state, slug).await? else {
        return Ok(None);
    };
    let index = state.cache.call_index(&state.store).await?;
    let (ids, calls) = (&index.0, &index.1);
    Ok(Some(
        calls
            .recommend(&profile, Utc::now(), limit)
            .into_iter()
            .map(|m| CallFit {
                id: ids[m.call],
                call: calls.calls()[m.call].clone(),
                reasons: m.reasons,
                score: m.score,
            })
            .collect(),
    ))
}

pub async fn mine(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let now = Utc::now();
    let reader = reader_zone(ctx.user());
    let followed = state
        .store
        .followed_calls(me.user().id)
        .await?
        .into_iter()
        .map(|(c, days)| {
            let status = c.call.status(now);
            Followed {
                id: c.id,
                next: c
                    .call
                    .next_deadline(now)
                    .map(|d| when(&tr, d.at, &d.timezone, reader))
                    .unwrap_or_else(|| tr.t("funding-status-closed")),
                title: c.call.title,
                identifier: c.call.identifier,
                status: status.as_str(),
                status_label: tr.t(format!("funding-status-{}", status.as_str())),
                remind: tr.t1("funding-remind-days", "days", days),
            }
        })
        .collect();
    let mut suggestions = Vec::new();
    for m in state.store.memberships_of(me.user().id).await? {
        let Some(list) = recommended_calls(&state, &m.slug, 8).await? else {
            continue;
        };
        let rows = list
            .into_iter()
            .map(|f| Suggestion {
                id: f.id,
                status: f.call.status(now).as_str(),
                status_label: match (f.call.status(now), f.call.opens) {
                    (CallStatus::Forthcoming, Some(opens)) => {
                        tr.t1("funding-opens-on", "date", when(&tr, opens, PORTAL_ZONE.name(), reader))
                    }
                    (s, _) => tr.t(format!("funding-status-{}", s.as_str())),
                },
                deadline: f
                    .call
                    .next_deadline(now)
                    .map(|d| when(&tr, d.at, &d.timezone, reader))
                    .unwrap_or_default(),
                reasons: reason_texts(&tr, &f.reasons),
                title: f.call.title,
                identifier: f.call.identifier,
            })
            .collect();
        suggestions.push((m.name, rows));
    }
    let calendar_url = state
        .store
        .calendar_key(me.user().id)
        .await?
        .map(|k| state.settings.link(&format!("/calendars/{k}/deadlines.ics")));
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("calendar") => Some(tr.t("funding-done-calendar")),
        _ => None,
    };
    Ok(render(&MinePage {
        chrome: ctx.chrome("funding"),
        notice,
        followed,
        suggestions,
        calendar_url,
    })?
    .into_response())
}

/// Creates the secret address of the reader's deadline calendar, or replaces it (the old one
/// stops working).
pub async fn new_calendar(State(state): State<AppState>, me: SignedIn) -> Result<Response, WebError> {
    state
        .store
        .set_calendar_key(me.user().id, &crate::auth::random_token())
        .await?;
    Ok(Redirect::to("/funding/mine?done=calendar").into_response())
}

/// The deadlines of the calls a person follows, as an iCalendar feed at a secret address that
/// calendar applications subscribe to (they cannot log in).
pub async fn calendar(State(state): State<AppState>, Path(key): Path<String>) -> Result<Response, WebError> {
    if key.len() != 64 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(WebError::NotFound);
    }
    let user = state
        .store
        .user_of_calendar_key(&key)
        .await?
        .ok_or(WebError::NotFound)?;
    let tr = Tr::new(crate::i18n::Locale::En);
    let host = crate::views::calendar::host(&state);
    let mut entries = Vec::new();
    for (c, _) in state.store.followed_calls(user).await? {
        let n = c.call.deadlines.len();
        for (i, d) in c.call.deadlines.iter().enumerate() {
            let zone: Tz = d.timezone.parse().unwrap_or(PORTAL_ZONE);
            let local = d.at.with_timezone(&zone).format("%Y-%m-%d %H:%M");
            entries.push(ics::Entry {
                uid: format!("call-{}-deadline-{}@{host}", c.id, d.at.timestamp()),
                // A cut-off is an instant; the entry is the hour before it.
                starts: d.at - chrono::Duration::hours(1),
                ends: d.at,
                summary: if n > 1 {
                    tr.tn(
                        "funding-ics-summary-nth",
                        vec![
                            ("n", ((i + 1) as i64).into()),
                            ("count", (n as i64).into()),
                            ("title", c.call.title.as_str().into()),
                        ],
                    )
                } else {
                    tr.t1("funding-ics-summary", "title", c.call.title.as_str())
                },
                description: format!("{} · {local} ({})\n{}", c.call.identifier, zone.name(), c.call.url),
                location: None,
                url: Some(state.settings.link(&format!("/funding/{}", c.id))),
                cancelled: false,
                categories: vec![c.call.programme.clone()],
                organizer: None,
                updated: c.updated_at,
            });
        }
    }
    Ok(crate::views::calendar::ics_response(
        "deadlines.ics",
        ics::calendar(&tr.t("funding-ics-name"), &entries),
    ))
}

/// Mails each reminder that is due: a followed call's cut-off is no further away than the
/// follower asked. Answers how many were sent.
pub async fn send_call_reminders(state: &AppState) -> Result<usize, WebError> {
    let now = Utc::now();
    let mut sent = 0;
    for r in state.store.due_call_reminders(now).await? {
        // Claimed first, so that two nodes running the job do not both mail.
        if !state
            .store
            .mark_call_reminded(r.user_id, r.call.id, r.deadline.at)
            .await?
        {
            continue;
        }
        let reader = r.timezone.as_deref().and_then(|z| parse_timezone(z).ok());
        let days = (r.deadline.at - now).num_days();
        crate::notify::tell(state, &r.email, crate::i18n::Locale::En, |tr| {
            crate::notify::Mail::new(
                tr.t1("mail-call-reminder-subject", "title", r.call.call.title.as_str()),
                tr.tn(
                    "mail-call-reminder-body",
                    vec![
                        ("title", r.call.call.title.as_str().into()),
                        ("identifier", r.call.call.identifier.as_str().into()),
                        ("when", when(tr, r.deadline.at, &r.deadline.timezone, reader).into()),
                        ("days", days.into()),
                        ("link", state.settings.link(&format!("/funding/{}", r.call.id)).into()),
                        ("portal", r.call.call.url.as_str().into()),
                    ],
                ),
            )
        })
        .await;
        sent += 1;
    }
    Ok(sent)
}
