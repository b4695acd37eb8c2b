//! B2B matchmaking at an event: participants describe what they offer and seek, browse each
//! other, send meeting requests and answer them, and say when they are away; the organiser sets
//! the meeting sessions and tables, runs the scheduler (`matching::schedule`), locks meetings,
//! publishes, and reads the statistics. Everyone gets a personal agenda as a page (printable)
//! and an iCalendar file.
//!
//! Participants see only confirmed (locked) meetings: a schedule run is a proposal to the
//! organiser until it is published, and later runs for late requests never move what was
//! published.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use domain::event::{local_to_utc, validate_profile, validate_session};
use domain::{fold, EventState, FieldError, ValidationErrors};
use store::accounts::User;
use store::events::{Event, MeetingRequest, Placed, Registration, RegistrationState, RequestState, Seat};

use crate::access;
use crate::auth::audit;
use crate::auth::extract::SignedIn;
use crate::ctx::Ctx;
use crate::forms::{Errors, Field, Form, FormData};
use crate::i18n::Tr;
use crate::matchmaking::meetings::{self, slot_starts, SLOT_FORMAT};
use crate::routes::events::{load, load_readable};
use crate::routes::{bad_parameter, done_param, path_id, query_pairs};
use crate::views::calendar as ics;
use crate::views::calendar::{host, ics_response};
use crate::views::csv::csv_response;
use crate::views::time::viewer_zone;
use crate::views::{render, Chrome};
use crate::{AppState, WebError};
use domain::Code;

/// The viewer's confirmed registration at a B2B event, or why they cannot take part.
async fn my_registration(state: &AppState, e: &Event, user: &User) -> Result<Registration, WebError> {
    if !e.draft.b2b {
        return Err(WebError::NotFound);
    }
    match state.store.registration(e.id, user.id).await? {
        Some(Seat::Confirmed(r)) => Ok(r),
        _ => Err(WebError::Conflict("b2b-error-not-participant")),
    }
}

fn invalid(field: &str, message: String) -> WebError {
    WebError::Invalid(ValidationErrors(vec![FieldError::new(field, Code::Invalid, message)]))
}

fn slot_minutes(e: &Event, slot: usize) -> u32 {
    e.slot(slot).map(|(s, _)| s.minutes).unwrap_or(0)
}

/// Start and end instants of a slot.
fn slot_span(e: &Event, slot: usize) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let (session, start) = e.slot(slot)?;
    let starts = local_to_utc(e.draft.tz(), start);
    Some((starts, starts + chrono::Duration::minutes(i64::from(session.minutes))))
}

fn table_label(tr: &Tr, e: &Event, slot: usize, table: u32) -> String {
    match e.slot(slot) {
        Some((s, _)) if s.tables == 0 => tr.t1("b2b-online-room", "number", i64::from(table) + 1),
        _ => tr.t1("b2b-table", "number", i64::from(table) + 1),
    }
}

fn who(r: &Registration) -> String {
    match &r.organisation_name {
        Some(o) => format!("{} ({o})", r.user_name),
        None => r.user_name.clone(),
    }
}

// ---- participants ----

pub struct ParticipantRow {
    pub id: i64,
    pub name: String,
    pub organisation: Option<(String, String)>,
    pub country: String,
    pub kind: String,
    pub offer: String,
    pub seek: String,
    /// What is between the viewer and them: a request's state, or none.
    pub between: Option<String>,
    pub can_request: bool,
}

#[derive(Template)]
#[template(path = "b2b_participants.html")]
struct ParticipantsPage {
    chrome: Chrome,
    e: Event,
    rows: Vec<ParticipantRow>,
    q: String,
    countries: Vec<(String, String, bool)>,
    kinds: Vec<(String, String, bool)>,
    count_text: String,
    participant: bool,
    notice: Option<String>,
}

pub async fn participants(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let e = load_readable(&state, &ctx, &id).await?;
    if !e.draft.b2b {
        return Err(WebError::NotFound);
    }
    let organiser = access::administers(&state, me.user(), e.organisation_id).await?;
    let mine = match state.store.registration(e.id, me.user().id).await? {
        Some(Seat::Confirmed(r)) => Some(r),
        _ => None,
    };
    if mine.is_none() && !organiser {
        return Err(WebError::Conflict("b2b-error-not-participant"));
    }
    let pairs = query_pairs(raw.as_deref());
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default()
    };
    let q = get("q");
    if q.chars().count() > 200 {
        return Err(bad_parameter("q", "is longer than 200 characters"));
    }
    let country = get("country").to_uppercase();
    let kind = get("type");
    if !kind.is_empty() {
        kind.parse::<domain::OrganisationType>()
            .map_err(|e| bad_parameter("type", e))?;
    }
    let tr = ctx.tr;
    let all: Vec<Registration> = state
        .store
        .registrations(e.id)
        .await?
        .into_iter()
        .filter(|r| r.state == RegistrationState::Confirmed)
        .collect();
    let requests = match &mine {
        Some(m) => state.store.meeting_requests_of(m.id).await?,
        None => Vec::new(),
    };
    let words: Vec<String> = fold(&q).split_whitespace().map(str::to_owned).collect();
    let mut countries: BTreeMap<String, String> = BTreeMap::new();
    let mut rows = Vec::new();
    for r in &all {
        if let Some(c) = &r.organisation_country {
            countries.insert(c.clone(), tr.country(c));
        }
        if mine.as_ref().is_some_and(|m| m.id == r.id) {
            continue;
        }
        let haystack = fold(&format!(
            "{} {} {} {}",
            r.user_name,
            r.organisation_name.as_deref().unwrap_or(""),
            r.offer,
            r.seek
        ));
        if !words.iter().all(|w| haystack.contains(w.as_str()))
            || (!country.is_empty() && r.organisation_country.as_deref() != Some(country.as_str()))
            || (!kind.is_empty() && r.organisation_kind.as_deref() != Some(kind.as_str()))
        {
            continue;
        }
        let between = mine.as_ref().and_then(|m| {
            requests
                .iter()
                .filter(|x| x.state != RequestState::Withdrawn)
                .find(|x| {
                    (x.requester_id == m.id && x.invitee_id == r.id) || (x.requester_id == r.id && x.invitee_id == m.id)
                })
                .map(|x| {
                    let key = if x.requester_id == m.id {
                        "b2b-between-sent"
                    } else {
                        "b2b-between-received"
                    };
                    format!("{} · {}", tr.t(key), tr.t(format!("b2b-request-{}", x.state.as_str())))
                })
        });
        rows.push(ParticipantRow {
            id: r.id,
            name: r.user_name.clone(),
            organisation: r.organisation_slug.clone().zip(r.organisation_name.clone()),
            country: r
                .organisation_country
                .as_deref()
                .map(|c| tr.country(c))
                .unwrap_or_default(),
            kind: r
                .organisation_kind
                .as_deref()
                .and_then(|k| k.parse::<domain::OrganisationType>().ok())
                .map(|k| tr.t(k.message_id()))
                .unwrap_or_default(),
            offer: r.offer.clone(),
            seek: r.seek.clone(),
            can_request: mine.is_some() && between.is_none(),
            between,
        });
    }
    let page = ParticipantsPage {
        chrome: ctx.chrome("events"),
        count_text: tr.t1("b2b-participants-count", "count", rows.len() as i64),
        rows,
        countries: countries
            .into_iter()
            .map(|(code, name)| (code.clone(), name, code == country))
            .collect(),
        kinds: domain::OrganisationType::ALL
            .iter()
            .map(|k| (k.to_string(), tr.t(k.message_id()), k.as_str() == kind))
            .collect(),
        q,
        participant: mine.is_some(),
        notice: match done_param(raw.as_deref()).as_deref() {
            Some("requested") => Some(tr.t("b2b-done-requested")),
            _ => None,
        },
        e,
    };
    Ok(render(&page)?.into_response())
}

pub async fn request(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    if e.state != EventState::Published {
        return Err(WebError::Conflict("event-error-closed"));
    }
    let mine = my_registration(&state, &e, me.user()).await?;
    let invitee_id: i64 = form
        .get("invitee")
        .trim()
        .parse()
        .map_err(|_| bad_parameter("invitee", "is not a participant"))?;
    let invitee = state
        .store
        .registrations_by_ids(e.id, &[invitee_id])
        .await?
        .into_iter()
        .find(|r| r.state == RegistrationState::Confirmed && r.id != mine.id)
        .ok_or_else(|| bad_parameter("invitee", "is not another participant of this event"))?;
    let message = form.get("message").trim().to_owned();
    if message.chars().count() > 1_000 || message.chars().any(|c| c.is_control() && c != '\n' && c != '\r') {
        return Err(invalid("message", ctx.tr.t("b2b-error-message")));
    }
    // Asked twice (by either side) answers 409 through the store's conflict.
    state.store.request_meeting(e.id, mine.id, invitee.id, &message).await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "meeting_requested",
        &e.id.to_string(),
        &invitee.user_name,
    )
    .await?;
    crate::notify::tell(&state, &invitee.user_email, ctx.tr.locale, |tr| {
        crate::notify::Mail::new(
            tr.t1("mail-b2b-request-subject", "title", e.draft.title.as_str()),
            tr.tn(
                "mail-b2b-request-body",
                vec![
                    ("name", who(&mine).into()),
                    ("title", e.draft.title.as_str().into()),
                    ("message", message.as_str().into()),
                    (
                        "link",
                        state.settings.link(&format!("/events/{}/meetings", e.id)).into(),
                    ),
                ],
            ),
        )
    })
    .await;
    Ok(Redirect::to(&format!("/events/{}/participants?done=requested", e.id)).into_response())
}

/// A participant's own requests and the registrations of the people on their other side: what
/// their pages need, read without loading the whole event.
async fn mine_and_others(
    state: &AppState,
    e: &Event,
    mine: &Registration,
) -> Result<(Vec<MeetingRequest>, Vec<Registration>), WebError> {
    let requests = state.store.meeting_requests_of(mine.id).await?;
    let mut others: Vec<i64> = requests
        .iter()
        .map(|x| {
            if x.requester_id == mine.id {
                x.invitee_id
            } else {
                x.requester_id
            }
        })
        .collect();
    others.sort_unstable();
    others.dedup();
    let regs = state.store.registrations_by_ids(e.id, &others).await?;
    Ok((requests, regs))
}

// ---- a participant's meetings ----

pub struct RequestRow {
    pub id: i64,
    pub other: String,
    pub other_slug: Option<String>,
    pub message: String,
    pub state: String,
    pub state_code: &'static str,
    pub when: Option<String>,
}

pub struct SlotChoice {
    pub value: String,
    pub label: String,
    pub available: bool,
}

#[derive(Template)]
#[template(path = "b2b_meetings.html")]
struct MeetingsPage {
    chrome: Chrome,
    e: Event,
    notice: Option<String>,
    form: Form,
    sessions: Vec<(String, Vec<SlotChoice>)>,
    received: Vec<RequestRow>,
    sent: Vec<RequestRow>,
    published: bool,
}

fn request_rows(
    tr: &Tr,
    e: &Event,
    tz: Tz,
    requests: &[&MeetingRequest],
    by_id: &HashMap<i64, &Registration>,
    other: impl Fn(&MeetingRequest) -> i64,
) -> Vec<RequestRow> {
    requests
        .iter()
        .filter_map(|x| {
            let o = by_id.get(&other(x))?;
            let when = match (x.slot, x.table, x.locked) {
                (Some(s), Some(t), true) => slot_span(e, s as usize).map(|(a, _)| {
                    format!(
                        "{} · {}",
                        tr.date_time(a.with_timezone(&tz).naive_local()),
                        table_label(tr, e, s as usize, t)
                    )
                }),
                _ => None,
            };
            Some(RequestRow {
                id: x.id,
                other: who(o),
                other_slug: o.organisation_slug.clone(),
                message: x.message.clone(),
                state: tr.t(format!("b2b-request-{}", x.state.as_str())),
                state_code: x.state.as_str(),
                when,
            })
        })
        .collect()
}

pub async fn meetings(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let e = load_readable(&state, &ctx, &id).await?;
    let mine = my_registration(&state, &e, me.user()).await?;
    let tr = ctx.tr;
    let (requests, regs) = mine_and_others(&state, &e, &mine).await?;
    let by_id: HashMap<i64, &Registration> = regs.iter().map(|r| (r.id, r)).collect();
    let tz = viewer_zone(Some(me.user()), &e);
    let received: Vec<&MeetingRequest> = requests
        .iter()
        .filter(|x| x.invitee_id == mine.id && x.state != RequestState::Withdrawn)
        .collect();
    let sent: Vec<&MeetingRequest> = requests
        .iter()
        .filter(|x| x.requester_id == mine.id && x.state != RequestState::Withdrawn)
        .collect();
    let profile = Form::new(
        "b2b-profile",
        format!("/events/{}/profile", e.id),
        ctx.csrf(),
        tr.t("b2b-save-profile"),
    )
    .heading(tr.t("b2b-profile-heading"))
    .field(
        Field::textarea("offer", tr.t("b2b-offer"))
            .value(mine.offer.clone())
            .hint(tr.t("b2b-offer-hint"))
            .max(2_000),
    )
    .field(
        Field::textarea("seek", tr.t("b2b-seek"))
            .value(mine.seek.clone())
            .hint(tr.t("b2b-seek-hint"))
            .max(2_000),
    );
    let sessions = e
        .sessions
        .iter()
        .map(|s| {
            let heading = format!("{} ({})", tr.date_time_range(s.starts, s.ends()), e.draft.timezone);
            let slots = (0..s.slots)
                .map(|i| {
                    let start = s.slot_start(i);
                    let value = start.format(SLOT_FORMAT).to_string();
                    SlotChoice {
                        available: !mine.unavailable.contains(&value),
                        label: format!(
                            "{}–{}",
                            tr.time(start.time()),
                            tr.time((start + chrono::Duration::minutes(i64::from(s.minutes))).time())
                        ),
                        value,
                    }
                })
                .collect();
            (heading, slots)
        })
        .collect();
    let page = MeetingsPage {
        chrome: ctx.chrome("events"),
        notice: match done_param(raw.as_deref()).as_deref() {
            Some("profile") => Some(tr.t("b2b-done-profile")),
            Some("availability") => Some(tr.t("b2b-done-availability")),
            Some("accepted") => Some(tr.t("b2b-done-accepted")),
            Some("declined") => Some(tr.t("b2b-done-declined")),
            Some("withdrawn") => Some(tr.t("b2b-done-withdrawn")),
            _ => None,
        },
        form: profile,
        sessions,
        received: request_rows(&tr, &e, tz, &received, &by_id, |x| x.requester_id),
        sent: request_rows(&tr, &e, tz, &sent, &by_id, |x| x.invitee_id),
        published: e.schedule_published_at.is_some(),
        e,
    };
    Ok(render(&page)?.into_response())
}

pub async fn save_profile(
    State(state): State<AppState>,
    me: SignedIn,
    Path(id): Path<String>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    let mine = my_registration(&state, &e, me.user()).await?;
    let (offer, seek) = validate_profile(form.get("offer"), form.get("seek")).map_err(|v| {
        WebError::Invalid(ValidationErrors(
            v.0.into_iter()
                .map(|f| FieldError {
                    message: ctx.tr.t("b2b-error-profile"),
                    ..f
                })
                .collect(),
        ))
    })?;
    state.store.set_profile(mine.id, &offer, &seek).await?;
    Ok(Redirect::to(&format!("/events/{}/meetings?done=profile", e.id)).into_response())
}

pub async fn save_availability(
    State(state): State<AppState>,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    let mine = my_registration(&state, &e, me.user()).await?;
    let starts: Vec<String> = slot_starts(&e)
        .iter()
        .map(|s| s.format(SLOT_FORMAT).to_string())
        .collect();
    let available = form.all("available");
    if let Some(bad) = available.iter().find(|a| !starts.contains(a)) {
        return Err(bad_parameter(
            "available",
            format!(
                "\"{}\" is not a meeting slot of this event",
                bad.chars().take(40).collect::<String>()
            ),
        ));
    }
    let away: Vec<String> = starts.into_iter().filter(|s| !available.contains(s)).collect();
    state.store.set_unavailable(mine.id, &away).await?;
    Ok(Redirect::to(&format!("/events/{}/meetings?done=availability", e.id)).into_response())
}

/// Accept, decline (by the invitee) or withdraw (by the requester) a meeting request.
pub async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((rid, action)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let x = state
        .store
        .meeting_request(path_id(&rid)?)
        .await?
        .ok_or(WebError::NotFound)?;
    let e = state.store.event(x.event_id).await?.ok_or(WebError::NotFound)?;
    let mine = my_registration(&state, &e, me.user()).await?;
    let (from, to, must_be): (&[RequestState], RequestState, i64) = match action.as_str() {
        "accept" => (
            &[RequestState::Pending, RequestState::Declined],
            RequestState::Accepted,
            x.invitee_id,
        ),
        "decline" => (
            &[RequestState::Pending, RequestState::Accepted],
            RequestState::Declined,
            x.invitee_id,
        ),
        "withdraw" => (
            &[RequestState::Pending, RequestState::Accepted],
            RequestState::Withdrawn,
            x.requester_id,
        ),
        _ => return Err(WebError::NotFound),
    };
    if must_be != mine.id {
        return Err(WebError::Forbidden);
    }
    if !state.store.set_request_state(x.id, from, to).await? {
        return Err(WebError::Conflict("b2b-error-request-state"));
    }
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        &format!("meeting_{}", to.as_str()),
        &x.id.to_string(),
        &e.draft.title,
    )
    .await?;
    if to == RequestState::Accepted {
        if let Some(requester) = state
            .store
            .registrations_by_ids(e.id, &[x.requester_id])
            .await?
            .into_iter()
            .next()
        {
            crate::notify::tell(&state, &requester.user_email, ctx.tr.locale, |tr| {
                crate::notify::Mail::new(
                    tr.t1("mail-b2b-accepted-subject", "title", e.draft.title.as_str()),
                    tr.t2(
                        "mail-b2b-accepted-body",
                        "name",
                        who(&mine),
                        "link",
                        state.settings.link(&format!("/events/{}/meetings", e.id)),
                    ),
                )
            })
            .await;
        }
    }
    let done = match to {
        RequestState::Accepted => "accepted",
        RequestState::Declined => "declined",
        _ => "withdrawn",
    };
    Ok(Redirect::to(&format!("/events/{}/meetings?done={done}", e.id)).into_response())
}

// ---- agendas ----

pub struct AgendaRow {
    pub when: String,
    pub minutes: u32,
    pub place: String,
    pub with: String,
    pub with_slug: Option<String>,
    pub offer: String,
}

#[derive(Template)]
#[template(path = "agenda.html")]
struct AgendaPage {
    chrome: Chrome,
    e: Event,
    name: String,
    zone: String,
    rows: Vec<AgendaRow>,
    published: bool,
}

/// A participant's confirmed meetings in time order, with the other side.
fn agenda_of<'a>(
    e: &Event,
    mine: &Registration,
    requests: &'a [MeetingRequest],
    by_id: &HashMap<i64, &'a Registration>,
) -> Vec<(usize, u32, &'a MeetingRequest, Registration)> {
    let mut out: Vec<(usize, u32, &MeetingRequest, Registration)> = requests
        .iter()
        .filter(|x| {
            x.state == RequestState::Accepted && x.locked && (x.requester_id == mine.id || x.invitee_id == mine.id)
        })
        .filter_map(|x| {
            let other = if x.requester_id == mine.id {
                x.invitee_id
            } else {
                x.requester_id
            };
            let o = by_id.get(&other)?;
            let slot = x.slot? as usize;
            if slot >= e.slot_count() {
                return None;
            }
            Some((slot, x.table?, x, (*o).clone()))
        })
        .collect();
    out.sort_by_key(|(slot, table, _, _)| (*slot, *table));
    out
}

pub async fn agenda(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = load_readable(&state, &ctx, &id).await?;
    let mine = my_registration(&state, &e, me.user()).await?;
    let tr = ctx.tr;
    let (requests, regs) = mine_and_others(&state, &e, &mine).await?;
    let by_id: HashMap<i64, &Registration> = regs.iter().map(|r| (r.id, r)).collect();
    let tz = viewer_zone(Some(me.user()), &e);
    let rows = agenda_of(&e, &mine, &requests, &by_id)
        .into_iter()
        .filter_map(|(slot, table, _, other)| {
            let (starts, ends) = slot_span(&e, slot)?;
            Some(AgendaRow {
                when: tr.date_time_range(
                    starts.with_timezone(&tz).naive_local(),
                    ends.with_timezone(&tz).naive_local(),
                ),
                minutes: slot_minutes(&e, slot),
                place: table_label(&tr, &e, slot, table),
                with: who(&other),
                with_slug: other.organisation_slug.clone(),
                offer: other.offer.clone(),
            })
        })
        .collect();
    let page = AgendaPage {
        chrome: ctx.chrome("events"),
        name: who(&mine),
        zone: tz.name().to_owned(),
        rows,
        published: e.schedule_published_at.is_some(),
        e,
    };
    Ok(render(&page)?.into_response())
}

pub async fn agenda_ics(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = load_readable(&state, &ctx, &id).await?;
    let mine = my_registration(&state, &e, me.user()).await?;
    let tr = ctx.tr;
    let (requests, regs) = mine_and_others(&state, &e, &mine).await?;
    let by_id: HashMap<i64, &Registration> = regs.iter().map(|r| (r.id, r)).collect();
    let location = e.draft.venue.clone().or_else(|| e.draft.city.clone());
    let entries: Vec<ics::Entry> = agenda_of(&e, &mine, &requests, &by_id)
        .into_iter()
        .filter_map(|(slot, table, x, other)| {
            let (starts, ends) = slot_span(&e, slot)?;
            let place = table_label(&tr, &e, slot, table);
            Some(ics::Entry {
                uid: format!("meeting-{}-{}@{}", x.id, mine.id, host(&state)),
                starts,
                ends,
                summary: tr.t1("b2b-ics-summary", "name", who(&other)),
                description: format!("{}\n{}\n{}", e.draft.title, place, other.offer),
                location: Some(match &location {
                    Some(l) => format!("{place}, {l}"),
                    None => place,
                }),
                url: Some(state.settings.link(&format!("/events/{}/agenda", e.id))),
                cancelled: false,
                categories: vec![tr.t("event-b2b")],
                organizer: None,
                updated: e.schedule_published_at.unwrap_or(e.updated_at),
            })
        })
        .collect();
    Ok(ics_response(
        &format!("agenda-{}.ics", e.id),
        ics::calendar(&tr.t1("b2b-agenda-title", "title", e.draft.title.as_str()), &entries),
    ))
}

// ---- the organiser ----

pub struct MeetingRow {
    pub id: i64,
    pub when: String,
    pub place: String,
    pub a: String,
    pub b: String,
    pub locked: bool,
}

pub struct Stat {
    pub label: String,
    pub participants: i64,
    pub sent: i64,
    pub accepted: i64,
    pub scheduled: i64,
}

#[derive(Template)]
#[template(path = "b2b_manage.html")]
struct ManagePage {
    chrome: Chrome,
    e: Event,
    notice: Option<String>,
    registrations: Vec<Registration>,
    sessions: Vec<(usize, String, u32, u32, String)>,
    session_form: Option<Form>,
    meetings: Vec<MeetingRow>,
    unscheduled: Vec<(String, String, String)>,
    totals: Vec<(String, i64)>,
    /// Statistics by country and by type of organisation, with their captions.
    stat_tables: Vec<(String, Vec<Stat>)>,
    published: bool,
    can_change_sessions: bool,
}

/// Everything the statistics count, from the stored registrations and requests.
struct Tally<'a> {
    confirmed: Vec<&'a Registration>,
    waiting: usize,
    requests: &'a [MeetingRequest],
    by_id: HashMap<i64, &'a Registration>,
}

impl<'a> Tally<'a> {
    fn new(regs: &'a [Registration], requests: &'a [MeetingRequest]) -> Self {
        Self {
            confirmed: regs
                .iter()
                .filter(|r| r.state == RegistrationState::Confirmed)
                .collect(),
            waiting: regs.iter().filter(|r| r.state == RegistrationState::Waitlisted).count(),
            requests,
            by_id: regs.iter().map(|r| (r.id, r)).collect(),
        }
    }

    fn live(&self) -> impl Iterator<Item = &'a MeetingRequest> + '_ {
        self.requests.iter().filter(|x| x.state != RequestState::Withdrawn)
    }

    /// Participants, requests sent, accepted, meetings scheduled, grouped by `key`.
    fn grouped(&self, key: impl Fn(&Registration) -> String) -> Vec<(String, [i64; 4])> {
        let mut groups: BTreeMap<String, [i64; 4]> = BTreeMap::new();
        for r in &self.confirmed {
            groups.entry(key(r)).or_default()[0] += 1;
        }
        for x in self.live() {
            if let Some(r) = self.by_id.get(&x.requester_id) {
                let g = groups.entry(key(r)).or_default();
                g[1] += 1;
                if x.state == RequestState::Accepted {
                    g[2] += 1;
                }
            }
            if x.state == RequestState::Accepted && x.slot.is_some() {
                for side in [x.requester_id, x.invitee_id] {
                    if let Some(r) = self.by_id.get(&side) {
                        groups.entry(key(r)).or_default()[3] += 1;
                    }
                }
            }
        }
        groups.into_iter().collect()
    }
}

fn country_key(r: &Registration) -> String {
    r.organisation_country.clone().unwrap_or_default()
}

fn kind_key(r: &Registration) -> String {
    r.organisation_kind.clone().unwrap_or_default()
}

/// Why a meeting was left out, in words, naming the participant whose agenda is full.
fn reason_text(tr: &Tr, code: &str, by_id: &HashMap<i64, &Registration>) -> String {
    match code.split_once(':') {
        Some(("agenda-full", reg)) => {
            let name = reg
                .parse::<i64>()
                .ok()
                .and_then(|id| by_id.get(&id))
                .map(|r| r.user_name.clone())
                .unwrap_or_default();
            tr.t1("b2b-reason-agenda-full", "name", name)
        }
        _ => tr.t(format!("b2b-reason-{code}")),
    }
}

pub async fn manage(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    manage_page(&state, &ctx, e, raw.as_deref(), None).await
}

async fn manage_page(
    state: &AppState,
    ctx: &Ctx,
    e: Event,
    raw: Option<&str>,
    session_errors: Option<(Errors, [String; 4])>,
) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let regs = state.store.registrations(e.id).await?;
    let requests = state.store.meeting_requests(e.id).await?;
    let tally = Tally::new(&regs, &requests);
    let tz = e.draft.tz();
    let mut meetings: Vec<(usize, u32, MeetingRow)> = Vec::new();
    let mut unscheduled = Vec::new();
    for x in tally.live().filter(|x| x.state == RequestState::Accepted) {
        let (Some(a), Some(b)) = (tally.by_id.get(&x.requester_id), tally.by_id.get(&x.invitee_id)) else {
            continue;
        };
        match (x.slot, x.table) {
            (Some(s), Some(t)) if (s as usize) < e.slot_count() => {
                let when = slot_span(&e, s as usize)
                    .map(|(st, _)| tr.date_time(st.with_timezone(&tz).naive_local()))
                    .unwrap_or_default();
                meetings.push((
                    s as usize,
                    t,
                    MeetingRow {
                        id: x.id,
                        when,
                        place: table_label(&tr, &e, s as usize, t),
                        a: who(a),
                        b: who(b),
                        locked: x.locked,
                    },
                ));
            }
            _ => unscheduled.push((
                who(a),
                who(b),
                x.unscheduled
                    .as_deref()
                    .map(|c| reason_text(&tr, c, &tally.by_id))
                    .unwrap_or_else(|| tr.t("b2b-reason-not-run")),
            )),
        }
    }
    meetings.sort_by_key(|(s, t, _)| (*s, *t));
    let sent = tally.live().count() as i64;
    let accepted = tally.live().filter(|x| x.state == RequestState::Accepted).count() as i64;
    let totals = vec![
        (tr.t("b2b-stat-registered"), tally.confirmed.len() as i64),
        (tr.t("b2b-stat-waiting"), tally.waiting as i64),
        (tr.t("b2b-stat-sent"), sent),
        (tr.t("b2b-stat-accepted"), accepted),
        (
            tr.t("b2b-stat-declined"),
            tally.live().filter(|x| x.state == RequestState::Declined).count() as i64,
        ),
        (
            tr.t("b2b-stat-pending"),
            tally.live().filter(|x| x.state == RequestState::Pending).count() as i64,
        ),
        (tr.t("b2b-stat-scheduled"), meetings.len() as i64),
        (tr.t("b2b-stat-unscheduled"), unscheduled.len() as i64),
    ];
    let stat = |label: String, v: [i64; 4]| Stat {
        label,
        participants: v[0],
        sent: v[1],
        accepted: v[2],
        scheduled: v[3],
    };
    let by_country: Vec<Stat> = tally
        .grouped(country_key)
        .into_iter()
        .map(|(c, v)| {
            stat(
                if c.is_empty() {
                    tr.t("b2b-stat-none")
                } else {
                    tr.country(&c)
                },
                v,
            )
        })
        .collect();
    let by_kind: Vec<Stat> = tally
        .grouped(kind_key)
        .into_iter()
        .map(|(k, v)| {
            let label = k
                .parse::<domain::OrganisationType>()
                .map(|t| tr.t(t.message_id()))
                .unwrap_or_else(|_| tr.t("b2b-stat-none"));
            stat(label, v)
        })
        .collect();
    let locked_any = requests.iter().any(|x| x.locked);
    let can_change_sessions = e.draft.b2b && e.schedule_published_at.is_none() && !locked_any;
    let sessions = e
        .sessions
        .iter()
        .enumerate()
        .map(|(i, s)| {
            (
                i,
                tr.date_time_range(s.starts, s.ends()),
                s.slots,
                s.minutes,
                if s.tables == 0 {
                    tr.t("b2b-online")
                } else {
                    s.tables.to_string()
                },
            )
        })
        .collect();
    let session_form = can_change_sessions.then(|| {
        let (errors, values) = session_errors.unwrap_or_else(|| {
            let start = e.sessions.last().map(|s| s.ends()).unwrap_or(e.draft.starts);
            (
                Errors::default(),
                [
                    start.format(SLOT_FORMAT).to_string(),
                    "10".into(),
                    "20".into(),
                    "20".into(),
                ],
            )
        });
        Form::new(
            "session",
            format!("/events/{}/sessions", e.id),
            ctx.csrf(),
            tr.t("b2b-add-session"),
        )
        .heading(tr.t("b2b-add-session"))
        .field(
            Field::datetime("starts", tr.t("b2b-session-starts"))
                .value(values[0].clone())
                .required()
                .hint(tr.t1("b2b-session-starts-hint", "zone", e.draft.timezone.as_str())),
        )
        .field(
            Field::number("slots", tr.t("b2b-session-slots"))
                .value(values[1].clone())
                .required(),
        )
        .field(
            Field::number("minutes", tr.t("b2b-session-minutes"))
                .value(values[2].clone())
                .required(),
        )
        .field(
            Field::number("tables", tr.t("b2b-session-tables"))
                .value(values[3].clone())
                .required()
                .hint(tr.t("b2b-session-tables-hint")),
        )
        .errors(errors)
    });
    let page = ManagePage {
        chrome: ctx.chrome("events"),
        notice: match done_param(raw).as_deref() {
            Some("session") => Some(tr.t("b2b-done-session")),
            Some("scheduled") => Some(tr.t("b2b-done-scheduled")),
            Some("published") => Some(tr.t("b2b-done-published")),
            Some("locked") => Some(tr.t("b2b-done-locked")),
            _ => None,
        },
        registrations: regs.clone(),
        sessions,
        session_form,
        meetings: meetings.into_iter().map(|(_, _, m)| m).collect(),
        unscheduled,
        totals,
        stat_tables: vec![(tr.t("b2b-by-country"), by_country), (tr.t("b2b-by-type"), by_kind)],
        published: e.schedule_published_at.is_some(),
        can_change_sessions,
        e,
    };
    let refused = page
        .session_form
        .as_ref()
        .is_some_and(|f| f.fields.iter().any(|f| f.error.is_some()));
    crate::views::render_form_page(&page, refused)
}

async fn organised_b2b(state: &AppState, me: &SignedIn, id: &str) -> Result<Event, WebError> {
    let e = load(state, id).await?;
    access::require_admin(state, me.user(), e.organisation_id).await?;
    if !e.draft.b2b {
        return Err(WebError::Conflict("b2b-error-no-b2b"));
    }
    Ok(e)
}

/// Sessions can change only while nothing is locked or published: slots are counted across
/// sessions, so adding or removing one moves every later slot.
async fn require_sessions_open(state: &AppState, e: &Event) -> Result<(), WebError> {
    let locked = state.store.meeting_requests(e.id).await?.iter().any(|x| x.locked);
    if e.schedule_published_at.is_some() || locked {
        return Err(WebError::Conflict("b2b-error-sessions-locked"));
    }
    Ok(())
}

/// Clears every (unlocked) placement after the sessions changed.
async fn clear_schedule(state: &AppState, e: &Event) -> Result<(), WebError> {
    let placed: Vec<Placed> = state
        .store
        .meeting_requests(e.id)
        .await?
        .iter()
        .filter(|x| x.state == RequestState::Accepted)
        .map(|x| Placed {
            request_id: x.id,
            at: None,
            unscheduled: None,
        })
        .collect();
    state.store.save_schedule(e.id, &placed).await?;
    Ok(())
}

pub async fn add_session(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    require_sessions_open(&state, &e).await?;
    let values = [
        form.get("starts"),
        form.get("slots"),
        form.get("minutes"),
        form.get("tables"),
    ]
    .map(str::to_owned);
    match validate_session(&values[0], &values[1], &values[2], &values[3], &e.draft, &e.sessions) {
        Ok(session) => {
            let mut sessions = e.sessions.clone();
            sessions.push(session);
            sessions.sort_by_key(|s| s.starts);
            state.store.set_sessions(e.id, &sessions).await?;
            clear_schedule(&state, &e).await?;
            audit(
                &state,
                ctx.viewer()?,
                Some(me.user()),
                "b2b_session_added",
                &e.id.to_string(),
                &values[0],
            )
            .await?;
            Ok(Redirect::to(&format!("/events/{}/manage?done=session", e.id)).into_response())
        }
        Err(v) => {
            let tr = ctx.tr;
            let mut errors = Errors::default();
            for f in v.0 {
                let id = match (f.field.as_str(), f.code) {
                    ("starts", Code::Overlap) => "b2b-error-overlap",
                    ("starts", Code::Outside) => "b2b-error-outside",
                    ("starts", _) => "event-error-datetime",
                    ("slots", Code::TooMany) => "b2b-error-too-many-slots",
                    ("slots", _) => "b2b-error-slots",
                    ("minutes", _) => "b2b-error-minutes",
                    _ => "b2b-error-tables",
                };
                errors.add(&f.field, tr.t(id));
            }
            manage_page(&state, &ctx, e, None, Some((errors, values))).await
        }
    }
}

pub async fn remove_session(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((id, n)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    require_sessions_open(&state, &e).await?;
    let n: usize = n.parse().map_err(|_| WebError::NotFound)?;
    if n >= e.sessions.len() {
        return Err(WebError::NotFound);
    }
    let mut sessions = e.sessions.clone();
    sessions.remove(n);
    state.store.set_sessions(e.id, &sessions).await?;
    clear_schedule(&state, &e).await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "b2b_session_removed",
        &e.id.to_string(),
        &n.to_string(),
    )
    .await?;
    Ok(Redirect::to(&format!("/events/{}/manage?done=session", e.id)).into_response())
}

pub async fn run_scheduler(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    if e.sessions.is_empty() {
        return Err(WebError::Conflict("b2b-error-no-sessions"));
    }
    let regs = state.store.registrations(e.id).await?;
    let requests = state.store.meeting_requests(e.id).await?;
    let run = meetings::schedule(&e, &regs, &requests).await?;
    let placed = run.placed;
    state.store.save_schedule(e.id, &placed).await?;
    let detail = format!("{} of {}", run.scheduled, run.requests);
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "b2b_scheduled",
        &e.id.to_string(),
        &detail,
    )
    .await?;
    Ok(Redirect::to(&format!("/events/{}/manage?done=scheduled", e.id)).into_response())
}

pub async fn toggle_lock(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path((id, rid)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    let lock = match form.get("lock") {
        "1" => true,
        "0" => false,
        _ => return Err(bad_parameter("lock", "must be 1 or 0")),
    };
    if !state.store.set_locked(e.id, path_id(&rid)?, lock).await? {
        return Err(WebError::Conflict("b2b-error-not-placed"));
    }
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        if lock { "b2b_locked" } else { "b2b_unlocked" },
        &rid,
        &e.draft.title,
    )
    .await?;
    Ok(Redirect::to(&format!("/events/{}/manage?done=locked#meetings", e.id)).into_response())
}

pub async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = organised_b2b(&state, &me, &id).await?;
    state.store.publish_schedule(e.id).await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "b2b_published",
        &e.id.to_string(),
        &e.draft.title,
    )
    .await?;
    let requests = state.store.meeting_requests(e.id).await?;
    for r in state.store.registrations(e.id).await? {
        let meets = requests
            .iter()
            .filter(|x| {
                x.state == RequestState::Accepted
                    && x.slot.is_some()
                    && (x.requester_id == r.id || x.invitee_id == r.id)
            })
            .count() as i64;
        if r.state != RegistrationState::Confirmed || meets == 0 {
            continue;
        }
        crate::notify::tell(&state, &r.user_email, ctx.tr.locale, |tr| {
            crate::notify::Mail::new(
                tr.t1("mail-b2b-agenda-subject", "title", e.draft.title.as_str()),
                tr.t2(
                    "mail-b2b-agenda-body",
                    "count",
                    meets,
                    "link",
                    state.settings.link(&format!("/events/{}/agenda", e.id)),
                ),
            )
        })
        .await;
    }
    Ok(Redirect::to(&format!("/events/{}/manage?done=published", e.id)).into_response())
}

/// Every accepted, declined or pending request with its two sides, state, place or reason.
pub async fn meetings_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    let tr = ctx.tr;
    let regs = state.store.registrations(e.id).await?;
    let requests = state.store.meeting_requests(e.id).await?;
    let tally = Tally::new(&regs, &requests);
    let tz = e.draft.tz();
    let mut rows = vec![[
        "request",
        "requester",
        "requester_organisation",
        "requester_country",
        "invitee",
        "invitee_organisation",
        "invitee_country",
        "state",
        "starts",
        "table",
        "locked",
        "unscheduled_reason",
    ]
    .map(str::to_owned)
    .to_vec()];
    for x in tally.live() {
        let (Some(a), Some(b)) = (tally.by_id.get(&x.requester_id), tally.by_id.get(&x.invitee_id)) else {
            continue;
        };
        let starts = x
            .slot
            .and_then(|s| slot_span(&e, s as usize))
            .map(|(st, _)| st.with_timezone(&tz).to_rfc3339())
            .unwrap_or_default();
        rows.push(vec![
            x.id.to_string(),
            a.user_name.clone(),
            a.organisation_name.clone().unwrap_or_default(),
            a.organisation_country.clone().unwrap_or_default(),
            b.user_name.clone(),
            b.organisation_name.clone().unwrap_or_default(),
            b.organisation_country.clone().unwrap_or_default(),
            x.state.as_str().to_owned(),
            starts,
            x.table.map(|t| (t + 1).to_string()).unwrap_or_default(),
            x.locked.to_string(),
            if x.state == RequestState::Accepted && x.slot.is_none() {
                x.unscheduled
                    .as_deref()
                    .map(|c| reason_text(&tr, c, &tally.by_id))
                    .unwrap_or_default()
            } else {
                String::new()
            },
        ]);
    }
    csv_response(&format!("event-{}-meetings.csv", e.id), rows)
}

/// The statistics by country and by type of organisation.
pub async fn statistics_csv(
    State(state): State<AppState>,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    let regs = state.store.registrations(e.id).await?;
    let requests = state.store.meeting_requests(e.id).await?;
    let tally = Tally::new(&regs, &requests);
    let mut rows = vec![[
        "group",
        "value",
        "participants",
        "requests_sent",
        "requests_accepted",
        "meetings_scheduled",
    ]
    .map(str::to_owned)
    .to_vec()];
    for (group, grouped) in [
        ("country", tally.grouped(country_key)),
        ("organisation_type", tally.grouped(kind_key)),
    ] {
        for (value, v) in grouped {
            let mut row = vec![group.to_owned(), value];
            row.extend(v.iter().map(ToString::to_string));
            rows.push(row);
        }
    }
    csv_response(&format!("event-{}-statistics.csv", e.id), rows)
}

/// The registrations, for badges and lists at the door.
pub async fn registrations_csv(
    State(state): State<AppState>,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    let mut rows = vec![[
        "name",
        "email",
        "organisation",
        "country",
        "organisation_type",
        "state",
        "registered_at",
        "offer",
        "seek",
    ]
    .map(str::to_owned)
    .to_vec()];
    for r in state.store.registrations(e.id).await? {
        rows.push(vec![
            r.user_name.clone(),
            r.user_email.clone(),
            r.organisation_name.clone().unwrap_or_default(),
            r.organisation_country.clone().unwrap_or_default(),
            r.organisation_kind.clone().unwrap_or_default(),
            r.state.as_str().to_owned(),
            r.created_at.to_rfc3339(),
            r.offer.clone(),
            r.seek.clone(),
        ]);
    }
    csv_response(&format!("event-{}-registrations.csv", e.id), rows)
}
