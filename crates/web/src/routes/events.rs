//! Events: the calendar (list and month views with filters, iCalendar feeds), event pages with
//! schema.org data, organisers' drafts that moderators publish, and registration with a
//! capacity and a waiting list. B2B matchmaking at events is in [`crate::routes::b2b`].

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use domain::event::{month_grid, parse_timezone};
use domain::{
    Attendance, Ecosystem, EventInput, EventKind, EventState, FilterError, KeyEnablingTechnology, Organisation,
    Refusals, Taxonomy, ValidationErrors,
};
use store::accounts::{Membership, User};
use store::events::{Event, EventFilter, RegistrationState, Seat};

use crate::access;
use crate::auth::audit;
use crate::auth::extract::{Moderator, SignedIn};
use crate::ctx::Ctx;
use crate::forms::{options, split};
use crate::forms::{text_error_id, Errors, Field, Form, FormData, FormPage};
use crate::i18n::Tr;
use crate::moderation;
use crate::notify::{Audience, Mail};
use crate::routes::{bad_parameter, done_param, path_id, query_pairs};
use crate::views::calendar as ics;
use crate::views::calendar::{host, ics_response};
use crate::views::time::{now, span, viewer_zone, zone_options};
use crate::views::{pagination, refusal_notices, render, render_list_page, url, Chrome, PageLink};
use crate::{AppState, WebError};
use domain::Code;

const PAGE: u32 = 20;

pub async fn load(state: &AppState, id: &str) -> Result<Event, WebError> {
    state.store.event(path_id(id)?).await?.ok_or(WebError::NotFound)
}

/// An event the viewer may read, or not found (drafts are not revealed to others).
pub async fn load_readable(state: &AppState, ctx: &Ctx, id: &str) -> Result<Event, WebError> {
    let e = load(state, id).await?;
    if access::event_readable(state, ctx.user(), &e).await? {
        Ok(e)
    } else {
        Err(WebError::NotFound)
    }
}

fn place(tr: &Tr, e: &Event) -> String {
    let d = &e.draft;
    let mut parts = Vec::new();
    if d.attendance.has_venue() {
        if let Some(c) = &d.city {
            parts.push(c.clone());
        }
        if let Some(c) = d.country {
            parts.push(tr.country(c.as_str()));
        }
    }
    if d.attendance.is_online() {
        parts.push(tr.t(d.attendance.message_id()));
    }
    parts.join(", ")
}

// ---- the calendar ----

/// The calendar's filters as read from the query string.
#[derive(Default)]
pub(crate) struct Filters {
    kinds: Vec<EventKind>,
    countries: Vec<String>,
    tags: Vec<String>,
    online: Option<bool>,
    pub(crate) from: Option<NaiveDate>,
    pub(crate) to: Option<NaiveDate>,
    month: Option<(i32, u32)>,
    view_month: bool,
    pub(crate) offset: u32,
}

impl Filters {
    /// Reads the filters strictly (the API and the feed): the first wrong value is the error.
    pub(crate) fn parse(raw: Option<&str>) -> Result<Self, WebError> {
        let (f, refused) = Self::parse_lenient(raw);
        Ok(refused.strict(f)?)
    }

    /// Reads the filters, leaving out each value that is wrong and saying so (the page).
    /// Empty values mean "any".
    pub(crate) fn parse_lenient(raw: Option<&str>) -> (Self, Refusals) {
        let mut f = Filters::default();
        let mut refused = Refusals::default();
        for (k, v) in query_pairs(raw) {
            let v = v.trim();
            if v.is_empty() {
                continue;
            }
            let wrong = |m: &str| FilterError {
                parameter: k.clone(),
                message: m.to_owned(),
            };
            let outcome: Result<(), FilterError> = match k.as_str() {
                "kind" => v.parse().map(|x| f.kinds.push(x)).map_err(|e: String| wrong(&e)),
                "country" => domain::CountryCode::parse(v)
                    .map(|c| f.countries.push(c.to_string()))
                    .map_err(|e| wrong(&e.to_string())),
                "technology" => {
                    let ok = match v.split_once(':') {
                        Some(("ket", t)) => t.parse::<KeyEnablingTechnology>().is_ok(),
                        Some(("eco", t)) => t.parse::<Ecosystem>().is_ok(),
                        _ => false,
                    };
                    if ok {
                        f.tags.push(v.to_owned());
                        Ok(())
                    } else {
                        Err(wrong(&format!(
                            "\"{}\" is not a technology or ecosystem of the taxonomy",
                            v.chars().take(60).collect::<String>()
                        )))
                    }
                }
                "attendance" => match v {
                    "online" | "on-site" => {
                        f.online = Some(v == "online");
                        Ok(())
                    }
                    _ => Err(wrong("must be online or on-site")),
                },
                // Four-digit years, as RFC 3339 (and the API document) writes dates: a date near
                // chrono's limit (year 262142) overflowed when the day's end was added to it.
                "from" | "to" => NaiveDate::parse_from_str(v, "%Y-%m-%d")
                    .ok()
                    .filter(|d| (0..=9999).contains(&d.year()))
                    .map(|d| {
                        if k == "from" {
                            f.from = Some(d);
                        } else {
                            f.to = Some(d);
                        }
                    })
                    .ok_or_else(|| wrong("must be a date written as YYYY-MM-DD")),
                "view" => match v {
                    "month" | "list" => {
                        f.view_month = v == "month";
                        Ok(())
                    }
                    _ => Err(wrong("must be list or month")),
                },
                "month" => v
                    .split_once('-')
                    .and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u32>().ok()?)))
                    .filter(|(y, m)| (2000..=2100).contains(y) && (1..=12).contains(m))
                    .map(|ym| f.month = Some(ym))
                    .ok_or_else(|| wrong("must be a month written as YYYY-MM")),
                "offset" => v
                    .parse()
                    .ok()
                    .filter(|o| *o <= 100_000)
                    .map(|o| f.offset = o)
                    .ok_or_else(|| wrong("must be a whole number up to 100000")),
                _ => Ok(()),
            };
            refused.keep(v, outcome);
        }
        // A range that ends before it starts is empty, not wrong: it lists nothing.
        (f, refused)
    }

    /// The filter part of the query (without view, month and offset), for links and feeds.
    pub(crate) fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut p: Vec<(&'static str, String)> = Vec::new();
        p.extend(self.kinds.iter().map(|k| ("kind", k.to_string())));
        p.extend(self.countries.iter().map(|c| ("country", c.clone())));
        p.extend(self.tags.iter().map(|t| ("technology", t.clone())));
        if let Some(o) = self.online {
            p.push(("attendance", if o { "online" } else { "on-site" }.to_owned()));
        }
        if let Some(d) = self.from {
            p.push(("from", d.to_string()));
        }
        if let Some(d) = self.to {
            p.push(("to", d.to_string()));
        }
        p
    }

    pub(crate) fn store_filter(
        &self,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
        limit: i64,
        offset: i64,
    ) -> EventFilter {
        EventFilter {
            kinds: self.kinds.clone(),
            countries: self.countries.clone(),
            tags: self.tags.clone(),
            online: self.online,
            from,
            to,
            limit,
            offset,
        }
    }
}

pub(crate) fn day_start(d: NaiveDate) -> DateTime<Utc> {
    d.and_hms_opt(0, 0, 0).map(|t| t.and_utc()).unwrap_or_else(Utc::now)
}

/// A line of the calendar list (a card with the day on a calendar leaf).
pub struct Row {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub kind_code: String,
    /// The first day in the reader's zone: ISO, day of month, short month name.
    pub day_iso: String,
    pub day: u32,
    pub month: String,
    pub when: String,
    pub place: String,
    pub organisation: String,
    pub organisation_slug: String,
    pub cancelled: bool,
}

pub(crate) fn row(tr: &Tr, user: Option<&User>, e: &Event) -> Row {
    let first = e.starts_at.with_timezone(&viewer_zone(user, e)).date_naive();
    Row {
        id: e.id,
        title: e.draft.title.clone(),
        kind: tr.t(e.draft.kind.message_id()),
        kind_code: e.draft.kind.to_string(),
        day_iso: first.to_string(),
        day: first.day(),
        month: tr.short_month(first),
        when: span(tr, e.starts_at, e.ends_at, viewer_zone(user, e)),
        place: place(tr, e),
        organisation: crate::views::title_case_if_shouting(&e.organisation_name),
        organisation_slug: e.organisation_slug.to_string(),
        cancelled: e.state == EventState::Cancelled,
    }
}

pub struct Day {
    pub date: String,
    pub number: u32,
    pub in_month: bool,
    pub today: bool,
    pub events: Vec<(i64, String, bool)>,
}

pub struct Option3 {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "events.html")]
struct CalendarPage {
    chrome: Chrome,
    rows: Vec<Row>,
    count_text: String,
    pages: Vec<PageLink>,
    month_view: bool,
    month_title: String,
    weeks: Vec<Vec<Day>>,
    weekdays: Vec<String>,
    prev_month: String,
    next_month: String,
    list_href: String,
    month_href: String,
    feed_href: String,
    kinds: Vec<Option3>,
    country_options: String,
    technologies: Vec<Option3>,
    attendance: String,
    from: String,
    to: String,
    organise_for: Vec<Membership>,
    refusals: Vec<String>,
}

pub async fn calendar(State(state): State<AppState>, ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let (f, refused) = Filters::parse_lenient(raw.as_deref());
    let tr = ctx.tr;
    let user = ctx.user();
    let today = now().date_naive();
    let base = f.pairs();
    let with = |extra: &[(&'static str, String)]| {
        let mut p = base.clone();
        p.extend_from_slice(extra);
        url("/events", &p)
    };
    let (year, month) = f.month.unwrap_or((today.year(), today.month()));
    let (first, days) = month_grid(year, month).ok_or_else(|| bad_parameter("month", "is not a month"))?;
    let mut rows = Vec::new();
    let mut weeks = Vec::new();
    let (count_text, pages);
    if f.view_month {
        // Everything that touches the visible weeks (a day either side for other zones).
        let from = day_start(days[0]) - chrono::Duration::days(1);
        let to = day_start(*days.last().unwrap_or(&first)) + chrono::Duration::days(2);
        let (events, total) = state
            .store
            .public_events(&f.store_filter(Some(from), Some(to), 500, 0))
            .await?;
        count_text = tr.t1("events-count", "count", total);
        pages = Vec::new();
        for week in days.chunks(7) {
            weeks.push(
                week.iter()
                    .map(|d| Day {
                        date: d.to_string(),
                        number: d.day(),
                        in_month: d.month() == month,
                        today: *d == today,
                        events: events
                            .iter()
                            .filter(|e| {
                                let tz = viewer_zone(user, e);
                                let s = e.starts_at.with_timezone(&tz).date_naive();
                                let end = e.ends_at.with_timezone(&tz).date_naive();
                                s <= *d && *d <= end
                            })
                            .map(|e| (e.id, e.draft.title.clone(), e.state == EventState::Cancelled))
                            .collect(),
                    })
                    .collect(),
            );
        }
    } else {
        let from = day_start(f.from.unwrap_or(today));
        let to = f.to.map(|d| day_start(d) + chrono::Duration::days(1));
        let (events, total) = state
            .store
            .public_events(&f.store_filter(Some(from), to, i64::from(PAGE), i64::from(f.offset)))
            .await?;
        rows = events.iter().map(|e| row(&tr, user, e)).collect();
        count_text = tr.t1("events-count", "count", total);
        pages = pagination(&tr, total, PAGE, f.offset, |o| with(&[("offset", o.to_string())]));
    }
    let shift = |delta: i32| {
        let m0 = year * 12 + month as i32 - 1 + delta;
        format!("{:04}-{:02}", m0.div_euclid(12), m0.rem_euclid(12) + 1)
    };
    let organise_for = match user {
        Some(u) => access::administered(&state, u).await?,
        None => vec![],
    };
    let mark = |value: String, label: String, selected: bool| Option3 { value, label, selected };
    let page = CalendarPage {
        chrome: ctx.chrome("events"),
        rows,
        count_text,
        pages,
        month_view: f.view_month,
        month_title: format!("{} {year}", tr.t(format!("month-{month}"))),
        weeks,
        weekdays: (1..=7).map(|d| tr.t(format!("weekday-{d}"))).collect(),
        prev_month: with(&[("view", "month".into()), ("month", shift(-1))]),
        next_month: with(&[("view", "month".into()), ("month", shift(1))]),
        list_href: with(&[]),
        month_href: with(&[("view", "month".into()), ("month", format!("{year:04}-{month:02}"))]),
        feed_href: url("/events.ics", &base),
        kinds: EventKind::ALL
            .iter()
            .map(|k| mark(k.to_string(), tr.t(k.message_id()), f.kinds.contains(k)))
            .collect(),
        country_options: crate::i18n::country_filter_options(
            &tr,
            &state
                .cache
                .countries_in_use(&state.store, store::organisations::CountriesOf::Events)
                .await?,
            &f.countries.iter().map(String::as_str).collect::<Vec<_>>(),
        ),
        technologies: KeyEnablingTechnology::ALL
            .iter()
            .map(|t| (format!("ket:{t}"), tr.t(t.message_id())))
            .chain(
                Ecosystem::ALL
                    .iter()
                    .map(|e| (format!("eco:{e}"), tr.t(e.message_id()))),
            )
            .map(|(v, l)| {
                let selected = f.tags.contains(&v);
                mark(v, l, selected)
            })
            .collect(),
        attendance: match f.online {
            Some(true) => "online".into(),
            Some(false) => "on-site".into(),
            None => String::new(),
        },
        from: f.from.map(|d| d.to_string()).unwrap_or_default(),
        to: f.to.map(|d| d.to_string()).unwrap_or_default(),
        organise_for,
        refusals: refusal_notices(&tr, &refused, |p| {
            Some(match p {
                "kind" => "event-kind",
                "country" => "field-country",
                "technology" => "event-topics",
                "attendance" => "attendance",
                "from" => "events-from",
                "to" => "events-to",
                _ => return None,
            })
        }),
    };
    render_list_page(&page, &refused)
}

fn entry(state: &AppState, tr: &Tr, e: &Event) -> ics::Entry {
    let d = &e.draft;
    let mut location = Vec::new();
    if d.attendance.has_venue() {
        location.extend(d.venue.clone());
        location.extend(d.city.clone());
        location.extend(d.country.map(|c| tr.country(c.as_str())));
    }
    if d.attendance.is_online() && !d.attendance.has_venue() {
        location.push(tr.t(d.attendance.message_id()));
    }
    ics::Entry {
        uid: format!("event-{}@{}", e.id, host(state)),
        starts: e.starts_at,
        ends: e.ends_at,
        summary: d.title.clone(),
        description: d.description.clone(),
        location: (!location.is_empty()).then(|| location.join(", ")),
        url: Some(state.settings.link(&format!("/events/{}", e.id))),
        cancelled: e.state == EventState::Cancelled,
        categories: vec![tr.t(d.kind.message_id())],
        organizer: Some((e.organisation_name.clone(), d.contact_email.to_string())),
        updated: e.updated_at,
    }
}

/// The calendar (or its filtered part) as an iCalendar feed: from a month ago to two years ahead.
pub async fn feed(State(state): State<AppState>, ctx: Ctx, RawQuery(raw): RawQuery) -> Result<Response, WebError> {
    let f = Filters::parse(raw.as_deref())?;
    let from = f
        .from
        .map(day_start)
        .unwrap_or_else(|| now() - chrono::Duration::days(31));
    let to =
        f.to.map(|d| day_start(d) + chrono::Duration::days(1))
            .unwrap_or_else(|| now() + chrono::Duration::days(730));
    let (events, _) = state
        .store
        .public_events(&f.store_filter(Some(from), Some(to), 2_000, 0))
        .await?;
    let entries: Vec<ics::Entry> = events.iter().map(|e| entry(&state, &ctx.tr, e)).collect();
    Ok(ics_response(
        "clusterhub-events.ics",
        ics::calendar(&ctx.tr.t("events-feed-name"), &entries),
    ))
}

pub async fn event_ics(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, WebError> {
    let e = load_readable(&state, &ctx, &id).await?;
    let body = ics::calendar(&e.draft.title, &[entry(&state, &ctx.tr, &e)]);
    Ok(ics_response(&format!("event-{}.ics", e.id), body))
}

// ---- one event ----

pub struct Fact {
    pub label: String,
    pub value: String,
}

#[derive(Template)]
#[template(path = "event.html")]
struct EventPage {
    chrome: Chrome,
    notice: Option<String>,
    e: Event,
    kind: String,
    state_label: String,
    facts: Vec<Fact>,
    json_ld: String,
    organiser: bool,
    moderator: bool,
    editable: bool,
    can_submit: bool,
    can_cancel: bool,
    /// The viewer's place: confirmed, or waiting at a position.
    seat: Option<(bool, i64)>,
    register_form: Option<Form>,
    show_online_link: bool,
    places_text: Option<String>,
    registrations: i64,
    waiting: i64,
    /// A business mission's call for participation.
    mission: Option<crate::routes::missions::CallSummary>,
    /// The projects the event belongs to: (id, acronym).
    projects: Vec<(i64, String)>,
}

fn json_ld(state: &AppState, e: &Event) -> String {
    let d = &e.draft;
    let tz = d.tz();
    let mode = match d.attendance {
        Attendance::OnSite => "https://schema.org/OfflineEventAttendanceMode",
        Attendance::Online => "https://schema.org/OnlineEventAttendanceMode",
        Attendance::Hybrid => "https://schema.org/MixedEventAttendanceMode",
    };
    let mut locations = Vec::new();
    if d.attendance.has_venue() {
        locations.push(serde_json::json!({
            "@type": "Place",
            "name": d.venue,
            "address": {"@type": "PostalAddress", "addressLocality": d.city, "addressCountry": d.country.map(|c| c.to_string())},
        }));
    }
    if d.attendance.is_online() {
        locations.push(
            serde_json::json!({"@type": "VirtualLocation", "url": state.settings.link(&format!("/events/{}", e.id))}),
        );
    }
    let mut v = serde_json::json!({
        "@context": "https://schema.org",
        "@type": if d.kind == EventKind::Conference { "BusinessEvent" } else { "Event" },
        "name": d.title,
        "description": d.description,
        "startDate": e.starts_at.with_timezone(&tz).to_rfc3339(),
        "endDate": e.ends_at.with_timezone(&tz).to_rfc3339(),
        "eventStatus": if e.state == EventState::Cancelled { "https://schema.org/EventCancelled" } else { "https://schema.org/EventScheduled" },
        "eventAttendanceMode": mode,
        "location": locations,
        "inLanguage": d.language.as_str(),
        "url": state.settings.link(&format!("/events/{}", e.id)),
        "organizer": {"@type": "Organization", "name": e.organisation_name, "url": state.settings.link(&format!("/organisations/{}", e.organisation_slug))},
        "performer": d.speakers.iter().map(|s| serde_json::json!({"@type": "Person", "name": s.name})).collect::<Vec<_>>(),
    });
    if let Some(c) = d.capacity {
        v["maximumAttendeeCapacity"] = c.into();
    }
    // Inside <script>, "</" would end the element: JSON allows these characters escaped.
    v.to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

fn facts(tr: &Tr, user: Option<&User>, e: &Event) -> Vec<Fact> {
    let d = &e.draft;
    let mut out = vec![Fact {
        label: tr.t("event-when"),
        value: span(tr, e.starts_at, e.ends_at, d.tz()),
    }];
    let mine = viewer_zone(user, e);
    if mine != d.tz() {
        out.push(Fact {
            label: tr.t("event-when-yours"),
            value: span(tr, e.starts_at, e.ends_at, mine),
        });
    }
    out.push(Fact {
        label: tr.t("attendance"),
        value: tr.t(d.attendance.message_id()),
    });
    if d.attendance.has_venue() {
        let mut where_ = Vec::new();
        where_.extend(d.venue.clone());
        where_.extend(d.city.clone());
        where_.extend(d.country.map(|c| tr.country(c.as_str())));
        out.push(Fact {
            label: tr.t("event-venue"),
            value: where_.join(", "),
        });
    }
    if !d.destinations.is_empty() {
        out.push(Fact {
            label: tr.t("event-destinations"),
            value: d
                .destinations
                .iter()
                .map(|c| tr.country(c.as_str()))
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    let topics: Vec<String> = d
        .technologies
        .iter()
        .map(|t| tr.t(t.message_id()))
        .chain(d.ecosystems.iter().map(|x| tr.t(x.message_id())))
        .collect();
    if !topics.is_empty() {
        out.push(Fact {
            label: tr.t("event-topics"),
            value: topics.join(", "),
        });
    }
    if d.b2b {
        out.push(Fact {
            label: tr.t("event-b2b"),
            value: tr.t("event-b2b-yes"),
        });
    }
    out
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let e = load_readable(&state, &ctx, &id).await?;
    let tr = ctx.tr;
    let user = ctx.user();
    let organiser = match user {
        Some(u) => access::administers(&state, u, e.organisation_id).await?,
        None => false,
    };
    let moderator = user.is_some_and(|u| u.role.moderates());
    let seat = match user {
        Some(u) => state.store.registration(e.id, u.id).await?,
        None => None,
    };
    let (confirmed, waiting) = state.store.registration_counts(e.id).await?;
    let open = e.state == EventState::Published && e.ends_at > now();
    let mission = crate::routes::missions::summary(&state, &tr, &e, user).await?;
    // A mission's participants are selected from applications, not registered.
    let register_form = match (user, &seat) {
        (Some(u), None) if open && e.draft.kind != EventKind::Mission => {
            let orgs = state.store.memberships_of(u.id).await?;
            let mut choices = vec![(String::new(), tr.t("event-register-myself"))];
            choices.extend(orgs.iter().map(|m| (m.slug.clone(), m.name.clone())));
            let first = orgs.first().map(|m| m.slug.clone()).unwrap_or_default();
            let full = e.draft.capacity.is_some_and(|c| confirmed >= i64::from(c));
            Some(
                Form::new(
                    "register",
                    format!("/events/{}/register", e.id),
                    ctx.csrf(),
                    tr.t(if full { "event-join-waitlist" } else { "event-register" }),
                )
                .heading(tr.t("event-register-heading"))
                .field(Field::select(
                    "organisation",
                    tr.t("event-register-for"),
                    choices,
                    &first,
                )),
            )
        }
        _ => None,
    };
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("saved") => Some(tr.t("event-done-saved")),
        Some("submitted") => Some(tr.t("event-done-submitted")),
        Some("registered") => Some(tr.t("event-done-registered")),
        Some("waitlisted") => Some(tr.t("event-done-waitlisted")),
        Some("unregistered") => Some(tr.t("event-done-unregistered")),
        Some("cancelled") => Some(tr.t("event-done-cancelled")),
        Some("applied") => Some(tr.t("mission-done-applied")),
        Some("withdrawn") => Some(tr.t("mission-done-withdrawn")),
        Some("revision") => Some(tr.t("event-done-revision")),
        // The organisers (and moderators) see that a change waits, on every visit.
        _ if e.revision.is_some() && (organiser || moderator) => Some(tr.t("event-revision-pending")),
        _ => None,
    };
    let seat_view = seat.as_ref().map(|s| match s {
        Seat::Confirmed(_) => (true, 0),
        Seat::Waitlisted { position, .. } => (false, *position),
    });
    let places_text = e.draft.capacity.map(|c| {
        let left = (i64::from(c) - confirmed).max(0);
        tr.t2("event-places", "left", left, "capacity", i64::from(c))
    });
    let page = EventPage {
        projects: state.store.projects_of_event(e.id).await?,
        chrome: ctx.chrome("events"),
        notice,
        kind: tr.t(e.draft.kind.message_id()),
        state_label: tr.t(e.state.message_id()),
        facts: facts(&tr, user, &e),
        json_ld: json_ld(&state, &e),
        organiser,
        moderator,
        editable: organiser && e.state.changeable() && e.starts_at > now(),
        can_submit: organiser && e.state.editable(),
        can_cancel: organiser && e.state == EventState::Published && e.ends_at > now(),
        show_online_link: organiser || seat_view.is_some_and(|(c, _)| c),
        seat: seat_view,
        register_form,
        places_text,
        registrations: confirmed,
        waiting,
        mission,
        e,
    };
    let mut response = render(&page)?.into_response();
    if !page.e.state.public() {
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            header::HeaderValue::from_static("private, no-store"),
        );
    }
    Ok(response)
}

// ---- organising ----

fn fields(tr: &Tr, i: &EventInput) -> Vec<Field> {
    let mut kinds = vec![(String::new(), tr.t("form-choose"))];
    kinds.extend(options(EventKind::ALL, |v| v.to_string(), |v| tr.t(v.message_id())));
    let zones = zone_options(tr).split_off(1);
    vec![
        Field::select("kind", tr.t("event-kind"), kinds, &i.kind).required(),
        Field::text("title", tr.t("event-title"))
            .value(i.title.clone())
            .required()
            .max(200),
        Field::textarea("description", tr.t("event-description"))
            .value(i.description.clone())
            .required()
            .max(20_000),
        Field::text("language", tr.t("opportunity-language"))
            .value(if i.language.is_empty() {
                "en".to_owned()
            } else {
                i.language.clone()
            })
            .hint(tr.t("opportunity-language-hint"))
            .max(2),
        Field::datetime("starts", tr.t("event-starts"))
            .value(i.starts.clone())
            .required(),
        Field::datetime("ends", tr.t("event-ends"))
            .value(i.ends.clone())
            .required(),
        Field::select(
            "timezone",
            tr.t("event-timezone"),
            zones,
            if i.timezone.is_empty() {
                "Europe/Brussels"
            } else {
                &i.timezone
            },
        )
        .required()
        .hint(tr.t("event-timezone-hint")),
        Field::select(
            "attendance",
            tr.t("attendance"),
            options(Attendance::ALL, |v| v.to_string(), |v| tr.t(v.message_id())),
            if i.attendance.is_empty() {
                "on-site"
            } else {
                &i.attendance
            },
        ),
        Field::text("venue", tr.t("event-venue"))
            .value(i.venue.clone())
            .hint(tr.t("event-venue-hint"))
            .max(200),
        Field::text("city", tr.t("profile-city")).value(i.city.clone()).max(120),
        Field::text("country", tr.t("field-country"))
            .value(i.country.clone())
            .hint(tr.t("profile-codes-hint"))
            .max(2),
        Field::text("online_url", tr.t("event-online-url"))
            .value(i.online_url.clone())
            .hint(tr.t("event-online-url-hint"))
            .max(500),
        Field::number("capacity", tr.t("event-capacity"))
            .value(i.capacity.clone())
            .hint(tr.t("event-capacity-hint")),
        Field::checkboxes(
            "technologies",
            tr.t("search-facet-technology"),
            options(KeyEnablingTechnology::ALL, |v| v.to_string(), |v| tr.t(v.message_id())),
            &i.technologies,
        ),
        Field::checkboxes(
            "ecosystems",
            tr.t("search-facet-ecosystem"),
            options(Ecosystem::ALL, |v| v.to_string(), |v| tr.t(v.message_id())),
            &i.ecosystems,
        ),
        Field::textarea("agenda", tr.t("event-agenda"))
            .value(i.agenda.clone())
            .hint(tr.t("event-agenda-hint"))
            .max(20_000),
        Field::textarea("speakers", tr.t("event-speakers"))
            .value(i.speakers.clone())
            .hint(tr.t("event-speakers-hint"))
            .max(10_000),
        Field::text("destinations", tr.t("event-destinations"))
            .value(i.destinations.join(", "))
            .hint(tr.t("event-destinations-hint")),
        Field::checkbox("b2b", tr.t("event-b2b-field"), i.b2b).hint(tr.t("event-b2b-hint")),
        Field::email("contact_email", tr.t("opportunity-contact-email"))
            .value(i.contact_email.clone())
            .hint(tr.t("event-contact-email-hint"))
            .required(),
    ]
}

fn read(form: &FormData) -> EventInput {
    EventInput {
        kind: form.get("kind").to_owned(),
        title: form.get("title").to_owned(),
        description: form.get("description").to_owned(),
        language: form.get("language").trim().to_lowercase(),
        starts: form.get("starts").to_owned(),
        ends: form.get("ends").to_owned(),
        timezone: form.get("timezone").to_owned(),
        attendance: form.get("attendance").to_owned(),
        venue: form.get("venue").to_owned(),
        city: form.get("city").to_owned(),
        country: form.get("country").trim().to_uppercase(),
        online_url: form.get("online_url").to_owned(),
        capacity: form.get("capacity").to_owned(),
        technologies: form.all("technologies"),
        ecosystems: form.all("ecosystems"),
        agenda: form.get("agenda").to_owned(),
        speakers: form.get("speakers").to_owned(),
        destinations: split(&form.get("destinations").to_uppercase()),
        b2b: form.checked("b2b"),
        contact_email: form.get("contact_email").to_owned(),
    }
}

/// The domain's findings, translated, next to their fields. Messages that name a line or a
/// limit are kept as the domain words them after a translated lead.
fn field_errors(tr: &Tr, v: ValidationErrors) -> Errors {
    let mut errors = Errors::default();
    for e in v.0 {
        let id = match (e.field.as_str(), e.code) {
            ("kind" | "technologies" | "ecosystems" | "attendance", _) => "form-error-choice",
            ("country" | "destinations" | "language", _) => "profile-error-codes",
            ("contact_email", _) => "opportunity-error-email",
            ("timezone", _) => "event-error-timezone",
            ("starts", Code::Past) => "event-error-starts-past",
            ("starts", Code::TooFar) => "event-error-far",
            ("ends", Code::Order) => "event-error-order",
            ("ends", Code::TooLong) => "event-error-long",
            ("starts" | "ends", _) => "event-error-datetime",
            ("venue" | "city", Code::Required) => "event-error-venue",
            ("online_url", Code::Required) => "event-error-online",
            ("online_url", _) => "event-error-url",
            ("capacity", _) => "event-error-capacity",
            ("title" | "description" | "venue" | "city", code) => text_error_id(code),
            _ => {
                // Agenda and speaker lines: the domain names the line.
                errors.add(&e.field, format!("{} {}", tr.t("event-error-lines"), e.message));
                continue;
            }
        };
        errors.add(&e.field, tr.t(id));
    }
    errors
}

fn form_page(
    ctx: &Ctx,
    title: String,
    action: String,
    input: &EventInput,
    errors: Errors,
    back: (String, String),
) -> FormPage {
    let tr = &ctx.tr;
    FormPage {
        chrome: ctx.chrome("events"),
        title,
        intro: vec![tr.t("event-form-intro")],
        notice: None,
        form: Form::new("event", action, ctx.csrf(), tr.t("event-save"))
            .fields(fields(tr, input))
            .errors(errors),
        links: vec![back],
    }
}

async fn organisation(state: &AppState, slug: &str) -> Result<Organisation, WebError> {
    state
        .store
        .organisation_by_slug(slug)
        .await?
        .ok_or_else(|| WebError::OrganisationNotFound(slug.to_owned()))
}

fn invalid_form(page: &FormPage) -> Result<Response, WebError> {
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(page)?).into_response())
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    access::require_admin(&state, me.user(), org.id).await?;
    // The contact is shown to everyone on the event's page: it is never filled in with the
    // organiser's personal address; the form asks for the organisation's shared one.
    let input = EventInput::default();
    let page = form_page(
        &ctx,
        ctx.tr.t1("event-new-title", "name", org.profile.name.as_str()),
        format!("/organisations/{}/events/new", org.slug),
        &input,
        Errors::default(),
        ("/events".into(), ctx.tr.t("events-back")),
    );
    Ok(render(&page)?.into_response())
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let org = organisation(&state, &slug).await?;
    access::require_admin(&state, me.user(), org.id).await?;
    let input = read(&form);
    let draft = match input.validate(now()) {
        Ok(d) => d,
        Err(v) => {
            return invalid_form(&form_page(
                &ctx,
                ctx.tr.t1("event-new-title", "name", org.profile.name.as_str()),
                format!("/organisations/{}/events/new", org.slug),
                &input,
                field_errors(&ctx.tr, v),
                ("/events".into(), ctx.tr.t("events-back")),
            ))
        }
    };
    let id = state.store.create_event(org.id, Some(me.user().id), &draft).await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "event_created",
        &id.to_string(),
        &draft.title,
    )
    .await?;
    Ok(Redirect::to(&format!("/events/{id}?done=saved")).into_response())
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    require_changeable(&e)?;
    let page = form_page(
        &ctx,
        ctx.tr.t1("event-edit-title", "title", e.draft.title.as_str()),
        format!("/events/{}/edit", e.id),
        // A change waiting for a moderator is what the organiser last wrote: they go on from it.
        &EventInput::from_draft(e.revision.as_ref().unwrap_or(&e.draft)),
        Errors::default(),
        (format!("/events/{}", e.id), ctx.tr.t("event-back")),
    );
    Ok(render(&page)?.into_response())
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    require_changeable(&e)?;
    let input = read(&form);
    let (confirmed, _) = state.store.registration_counts(e.id).await?;
    let checked = input.validate(now()).and_then(|d| {
        // A published event keeps what people rely on: the places already given, and the B2B
        // sessions inside the event's hours.
        let mut v = ValidationErrors::default();
        if d.capacity.is_some_and(|c| i64::from(c) < confirmed) {
            v.add("capacity", Code::Conflict, "fewer places than people registered");
        }
        if e.sessions.iter().any(|s| s.starts < d.starts || s.ends() > d.ends) {
            v.add("starts", Code::Conflict, "B2B sessions would lie outside the event");
        }
        if v.is_empty() {
            Ok(d)
        } else {
            Err(v)
        }
    });
    let draft = match checked {
        Ok(d) => d,
        Err(v) => {
            let mut errors = Errors::default();
            let mut rest = ValidationErrors::default();
            for f in v.0 {
                match (f.field.as_str(), f.code) {
                    ("capacity", Code::Conflict) => {
                        errors.add("capacity", ctx.tr.t1("event-error-capacity-below", "count", confirmed))
                    }
                    ("starts", Code::Conflict) => errors.add("starts", ctx.tr.t("event-error-sessions-outside")),
                    _ => rest.0.push(f),
                }
            }
            for (field, message) in field_errors(&ctx.tr, rest).0 {
                errors.add(&field, message);
            }
            return invalid_form(&form_page(
                &ctx,
                ctx.tr.t1("event-edit-title", "title", e.draft.title.as_str()),
                format!("/events/{}/edit", e.id),
                &input,
                errors,
                (format!("/events/{}", e.id), ctx.tr.t("event-back")),
            ));
        }
    };
    if e.state == EventState::Published && e.draft.needs_review(&draft) {
        // Title, description, online address, kind or programme changed: the time, place and
        // capacity apply at once, the rest waits for a moderator while the event stays as it was.
        let live = e.draft.with_logistics_of(&draft);
        if !state
            .store
            .propose_event_revision(e.id, &live, &draft, me.user().id)
            .await?
        {
            return Err(WebError::Conflict("event-error-not-editable"));
        }
        tell_of_changes(&state, &e, &live).await?;
        crate::routes::tell_moderators(
            &state,
            "mail-event-revision-review-subject",
            "mail-event-revision-review-body",
            &draft.title,
            "/moderation/events",
        )
        .await?;
        audit(
            &state,
            ctx.viewer()?,
            Some(me.user()),
            "event_revision_proposed",
            &e.id.to_string(),
            &e.draft.changed_fields(&draft).join(", "),
        )
        .await?;
        return Ok(Redirect::to(&format!("/events/{}?done=revision", e.id)).into_response());
    }
    if !state.store.update_event(e.id, &draft).await? {
        return Err(WebError::Conflict("event-error-not-editable"));
    }
    if e.state == EventState::Published {
        tell_of_changes(&state, &e, &draft).await?;
    }
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "event_edited",
        &e.id.to_string(),
        &draft.title,
    )
    .await?;
    Ok(Redirect::to(&format!("/events/{}?done=saved", e.id)).into_response())
}

/// Organisers change an event before review and while it is published, until it starts.
fn require_changeable(e: &Event) -> Result<(), WebError> {
    if !e.state.changeable() || (e.state == EventState::Published && e.starts_at <= now()) {
        return Err(WebError::Conflict("event-error-not-editable"));
    }
    Ok(())
}

/// After a published event changed: people registered hear of a new time or place, and when
/// places were added, the first on the waiting list move up and are told.
async fn tell_of_changes(state: &AppState, before: &Event, after: &domain::EventDraft) -> Result<(), WebError> {
    let link = state.settings.link(&format!("/events/{}", before.id));
    let d = &before.draft;
    let moved = d.starts != after.starts
        || d.ends != after.ends
        || d.timezone != after.timezone
        || d.attendance != after.attendance
        || d.venue != after.venue
        || d.city != after.city
        || d.online_url != after.online_url;
    if moved {
        for r in state.store.registrations(before.id).await? {
            // In the reader's language and time zone (the event's own when they chose none).
            let zone = r
                .user_timezone
                .as_deref()
                .and_then(|z| parse_timezone(z).ok())
                .unwrap_or_else(|| after.tz());
            crate::notify::tell(state, &r.user_email, crate::i18n::Locale::En, |tr| {
                let when = span(tr, after.starts_utc(), after.ends_utc(), zone);
                crate::notify::Mail::new(
                    tr.t1("mail-event-changed-subject", "title", after.title.as_str()),
                    tr.tn(
                        "mail-event-changed-body",
                        vec![
                            ("title", after.title.as_str().into()),
                            ("when", when.as_str().into()),
                            ("link", link.as_str().into()),
                        ],
                    ),
                )
            })
            .await;
        }
    }
    let more_places = match (d.capacity, after.capacity) {
        (Some(old), Some(new)) => new > old,
        (Some(_), None) => true,
        _ => false,
    };
    if more_places {
        for p in state.store.fill_places(before.id, after.capacity).await? {
            crate::notify::tell(state, &p.user_email, crate::i18n::Locale::En, |tr| {
                crate::notify::Mail::new(
                    tr.t1("mail-event-promoted-subject", "title", after.title.as_str()),
                    tr.t2(
                        "mail-event-promoted-body",
                        "title",
                        after.title.as_str(),
                        "link",
                        link.as_str(),
                    ),
                )
            })
            .await;
        }
    }
    Ok(())
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    moderation::submit(&state, &ctx, me.user(), &e).await?;
    Ok(Redirect::to(&format!("/events/{}?done=submitted", e.id)).into_response())
}

pub async fn approve(
    State(state): State<AppState>,
    ctx: Ctx,
    me: Moderator,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    crate::access::not_own_request(&state, &me.0.user, e.revision_by, Some(e.organisation_id)).await?;
    if e.state == EventState::Published && e.revision.is_some() {
        return decide_revision(&state, &ctx, &me.0.user, &e, None).await;
    }
    moderation::publish(&state, &ctx, &me.0.user, &e).await?;
    Ok(Redirect::to("/moderation/events?done=published").into_response())
}

pub async fn send_back(
    State(state): State<AppState>,
    ctx: Ctx,
    me: Moderator,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    crate::access::not_own_request(&state, &me.0.user, e.revision_by, Some(e.organisation_id)).await?;
    let reason = crate::routes::return_reason(&ctx, &form)?;
    if e.state == EventState::Published && e.revision.is_some() {
        return decide_revision(&state, &ctx, &me.0.user, &e, Some(&reason)).await;
    }
    moderation::send_back(&state, &ctx, &me.0.user, &e, &reason).await?;
    Ok(Redirect::to("/moderation/events?done=returned").into_response())
}

/// A moderator's decision on a change to a published event: approved (`reason` None), the
/// change replaces the event and the people registered are told what changed; sent back, it is
/// dropped and the organisers hear why.
async fn decide_revision(
    state: &AppState,
    ctx: &Ctx,
    moderator: &store::accounts::User,
    e: &Event,
    reason: Option<&str>,
) -> Result<Response, WebError> {
    let Some((before, after)) = state.store.resolve_event_revision(e.id, reason.is_none()).await? else {
        return Err(WebError::Conflict("event-error-revision-decided"));
    };
    let link = state.settings.link(&format!("/events/{}", e.id));
    let (action, detail) = match reason {
        None => ("event_revision_approved", before.changed_fields(&after).join(", ")),
        Some(r) => ("event_revision_returned", r.to_owned()),
    };
    audit(
        state,
        ctx.viewer()?,
        Some(moderator),
        action,
        &e.id.to_string(),
        &detail,
    )
    .await?;
    match reason {
        None => {
            let fields = before.changed_fields(&after);
            let to = state.store.registrations(e.id).await?.into_iter().map(|r| r.user_email);
            crate::notify::tell_each(state, to, crate::i18n::Locale::En, |tr| {
                // The changed fields are named in the reader's language.
                let changed = fields
                    .iter()
                    .map(|f| tr.t(field_label(f)))
                    .collect::<Vec<_>>()
                    .join(", ");
                crate::notify::Mail::new(
                    tr.t1("mail-event-revised-subject", "title", after.title.as_str()),
                    tr.tn(
                        "mail-event-revised-body",
                        vec![
                            ("title", after.title.as_str().into()),
                            ("changed", changed.as_str().into()),
                            ("link", link.as_str().into()),
                        ],
                    ),
                )
            })
            .await;
            crate::notify::tell_organisation(state, e.organisation_id, Audience::Admins, |tr| {
                Mail::new(
                    tr.t("mail-event-revision-approved-subject"),
                    tr.t2(
                        "mail-event-revision-approved-body",
                        "title",
                        after.title.as_str(),
                        "link",
                        link.as_str(),
                    ),
                )
            })
            .await?;
            Ok(Redirect::to("/moderation/events?done=revision-approved").into_response())
        }
        Some(reason) => {
            crate::notify::tell_organisation(state, e.organisation_id, Audience::Admins, |tr| {
                Mail::new(
                    tr.t("mail-event-revision-returned-subject"),
                    tr.tn(
                        "mail-event-revision-returned-body",
                        vec![
                            ("title", before.title.as_str().into()),
                            ("reason", reason.into()),
                            ("link", link.as_str().into()),
                        ],
                    ),
                )
            })
            .await?;
            Ok(Redirect::to("/moderation/events?done=revision-returned").into_response())
        }
    }
}

/// The label (message id) of an event form field named by [`EventDraft::changed_fields`].
fn field_label(field: &str) -> &'static str {
    match field {
        "kind" => "event-kind",
        "title" => "event-title",
        "description" => "event-description",
        "language" => "opportunity-language",
        "starts" => "event-starts",
        "attendance" => "attendance",
        "venue" => "event-venue",
        "online_url" => "event-online-url",
        "capacity" => "event-capacity",
        "technologies" => "search-facet-technology",
        "agenda" => "event-agenda",
        "speakers" => "event-speakers",
        "destinations" => "event-destinations",
        "b2b" => "event-b2b-field",
        _ => "opportunity-contact-email",
    }
}

/// `GET /events/{id}/cancel`: calling an event off is asked once more, saying who will be told.
pub async fn cancel_form(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    if e.state != EventState::Published {
        return Err(WebError::Conflict("event-error-state"));
    }
    let (confirmed, waiting) = state.store.registration_counts(e.id).await?;
    let tr = &ctx.tr;
    let page = FormPage {
        chrome: ctx.chrome("events"),
        title: tr.t1("event-cancel-title", "title", e.draft.title.as_str()),
        intro: vec![
            tr.t1(
                "event-cancel-when",
                "when",
                span(tr, e.starts_at, e.ends_at, e.draft.tz()),
            ),
            tr.t1("event-cancel-told", "count", confirmed + waiting),
        ],
        notice: None,
        form: Form::new(
            "cancel",
            format!("/events/{}/cancel", e.id),
            ctx.csrf(),
            tr.t("event-cancel"),
        )
        .field(Field::hidden("confirm", "yes"))
        .danger(),
        links: vec![(format!("/events/{}", e.id), tr.t("event-cancel-keep"))],
    };
    Ok(render(&page)?.into_response())
}

/// The organiser calls a published event off; everyone registered is told.
pub async fn cancel(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    access::require_admin(&state, me.user(), e.organisation_id).await?;
    // Only the confirmation page's form calls it off; anything else is asked there first.
    if form.get("confirm") != "yes" {
        return Ok(Redirect::to(&format!("/events/{}/cancel", e.id)).into_response());
    }
    moderation::transition(&state, &e, &[EventState::Published], EventState::Cancelled, None).await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "event_cancelled",
        &e.id.to_string(),
        &e.draft.title,
    )
    .await?;
    for r in state.store.registrations(e.id).await? {
        crate::notify::tell(&state, &r.user_email, ctx.tr.locale, |tr| {
            crate::notify::Mail::new(
                tr.t1("mail-event-cancelled-subject", "title", e.draft.title.as_str()),
                tr.t2(
                    "mail-event-cancelled-body",
                    "title",
                    e.draft.title.as_str(),
                    "link",
                    state.settings.link(&format!("/events/{}", e.id)),
                ),
            )
        })
        .await;
    }
    Ok(Redirect::to(&format!("/events/{}?done=cancelled", e.id)).into_response())
}

#[derive(Template)]
#[template(path = "moderation_events.html")]
struct QueuePage {
    chrome: Chrome,
    notice: Option<String>,
    items: Vec<QueueItem>,
}

/// An event to review: a new one, or a change to a published one.
struct QueueItem {
    e: Event,
    /// What the moderator decides on: the submitted event, or the proposed change.
    shown: domain::EventDraft,
    when: String,
    /// For a change: the labels of the fields it changes (empty for a new event).
    changes: Vec<String>,
}

pub async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    _me: Moderator,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let notice = match done_param(raw.as_deref()).as_deref() {
        Some("published") => Some(ctx.tr.t("event-done-published")),
        Some("returned") => Some(ctx.tr.t("event-done-returned")),
        Some("revision-approved") => Some(ctx.tr.t("event-done-revision-approved")),
        Some("revision-returned") => Some(ctx.tr.t("event-done-revision-returned")),
        _ => None,
    };
    let mut items = Vec::new();
    for e in state
        .store
        .submitted_events()
        .await?
        .into_iter()
        .chain(state.store.event_revisions().await?)
    {
        let shown = e.revision.clone().unwrap_or_else(|| e.draft.clone());
        let changes = match &e.revision {
            Some(r) => e
                .draft
                .changed_fields(r)
                .iter()
                .map(|f| ctx.tr.t(field_label(f)))
                .collect(),
            None => vec![],
        };
        items.push(QueueItem {
            when: span(&ctx.tr, shown.starts_utc(), shown.ends_utc(), shown.tz()),
            shown,
            changes,
            e,
        });
    }
    let page = QueuePage {
        chrome: ctx.chrome("moderation"),
        notice,
        items,
    };
    Ok(render(&page)?.into_response())
}

// ---- registration ----

pub async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    if e.state != EventState::Published || e.ends_at <= now() {
        return Err(WebError::Conflict("event-error-closed"));
    }
    if e.draft.kind == EventKind::Mission {
        return Err(WebError::Conflict("event-error-apply-instead"));
    }
    let slug = form.get("organisation").trim();
    let organisation_id = if slug.is_empty() {
        None
    } else {
        let m = state
            .store
            .memberships_of(me.user().id)
            .await?
            .into_iter()
            .find(|m| m.slug == slug)
            .ok_or_else(|| bad_parameter("organisation", "is not an organisation you belong to"))?;
        Some(m.organisation_id)
    };
    // Registered already answers 409 through the store's conflict.
    let seat = state
        .store
        .register(e.id, me.user().id, organisation_id, e.draft.capacity)
        .await?;
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "event_registered",
        &e.id.to_string(),
        &e.draft.title,
    )
    .await?;
    let link = state.settings.link(&format!("/events/{}", e.id));
    let zone = viewer_zone(Some(me.user()), &e);
    crate::notify::tell(&state, &me.user().email, ctx.tr.locale, |tr| match &seat {
        Seat::Confirmed(_) => Mail::new(
            tr.t1("mail-event-registered-subject", "title", e.draft.title.as_str()),
            tr.tn(
                "mail-event-registered-body",
                vec![
                    ("title", e.draft.title.as_str().into()),
                    ("when", span(tr, e.starts_at, e.ends_at, zone).into()),
                    ("link", link.as_str().into()),
                ],
            ),
        ),
        Seat::Waitlisted { position, .. } => Mail::new(
            tr.t1("mail-event-waitlisted-subject", "title", e.draft.title.as_str()),
            tr.tn(
                "mail-event-waitlisted-body",
                vec![
                    ("title", e.draft.title.as_str().into()),
                    ("position", (*position).into()),
                    ("link", link.as_str().into()),
                ],
            ),
        ),
    })
    .await;
    let done = match &seat {
        Seat::Confirmed(_) => "registered",
        Seat::Waitlisted { .. } => "waitlisted",
    };
    Ok(Redirect::to(&format!("/events/{}?done={done}", e.id)).into_response())
}

pub async fn unregister(
    State(state): State<AppState>,
    ctx: Ctx,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let e = load(&state, &id).await?;
    let promoted = match state
        .store
        .cancel_registration(e.id, me.user().id, e.draft.capacity)
        .await
    {
        Ok(p) => p,
        Err(store::StoreError::NotFound) => return Err(WebError::Conflict("event-error-not-registered")),
        Err(err) => return Err(err.into()),
    };
    audit(
        &state,
        ctx.viewer()?,
        Some(me.user()),
        "event_unregistered",
        &e.id.to_string(),
        &e.draft.title,
    )
    .await?;
    if let Some(p) = promoted {
        crate::notify::tell(&state, &p.user_email, ctx.tr.locale, |tr| {
            crate::notify::Mail::new(
                tr.t1("mail-event-promoted-subject", "title", e.draft.title.as_str()),
                tr.t2(
                    "mail-event-promoted-body",
                    "title",
                    e.draft.title.as_str(),
                    "link",
                    state.settings.link(&format!("/events/{}", e.id)),
                ),
            )
        })
        .await;
    }
    Ok(Redirect::to(&format!("/events/{}?done=unregistered", e.id)).into_response())
}

/// Mails everyone confirmed for an event that starts within a day, once: when and where, the
/// online access, and the agenda for B2B events. Answers how many were sent.
pub async fn send_reminders(state: &AppState) -> Result<usize, WebError> {
    let now = now();
    let mut sent = 0;
    for (r, e) in state
        .store
        .due_reminders(now, now + chrono::Duration::hours(24))
        .await?
    {
        // Claimed first, so that two nodes running the job do not both mail.
        if !state.store.mark_reminded(r.id).await? {
            continue;
        }
        let zone = r
            .user_timezone
            .as_deref()
            .and_then(|z| parse_timezone(z).ok())
            .unwrap_or_else(|| e.draft.tz());
        crate::notify::tell(state, &r.user_email, crate::i18n::Locale::En, |tr| {
            let mut body = tr.tn(
                "mail-event-reminder-body",
                vec![
                    ("title", e.draft.title.as_str().into()),
                    ("when", span(tr, e.starts_at, e.ends_at, zone).into()),
                    (
                        "where",
                        Some(place(tr, &e))
                            .filter(|p| !p.is_empty())
                            .map(|p| format!(" · {p}"))
                            .unwrap_or_default()
                            .into(),
                    ),
                    ("link", state.settings.link(&format!("/events/{}", e.id)).into()),
                ],
            );
            if let Some(url) = e.draft.online_url.as_ref().filter(|_| e.draft.attendance.is_online()) {
                body.push_str(&format!(
                    "\n\n{}",
                    tr.t1("mail-event-reminder-online", "link", url.as_str())
                ));
            }
            if e.draft.b2b && e.schedule_published_at.is_some() {
                body.push_str(&format!(
                    "\n\n{}",
                    tr.t1(
                        "mail-event-reminder-agenda",
                        "link",
                        state.settings.link(&format!("/events/{}/agenda", e.id))
                    )
                ));
            }
            crate::notify::Mail::new(
                tr.t1("mail-event-reminder-subject", "title", e.draft.title.as_str()),
                body,
            )
        })
        .await;
        sent += 1;
    }
    Ok(sent)
}

#[derive(Template)]
#[template(path = "events_mine.html")]
struct MinePage {
    chrome: Chrome,
    registered: Vec<(Row, bool)>,
    organised: Vec<(Row, String)>,
}

/// The events a person registered for and those their organisations organise.
pub async fn mine(State(state): State<AppState>, ctx: Ctx, me: SignedIn) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let user = me.user();
    let registered = state
        .store
        .events_of_user(user.id)
        .await?
        .iter()
        .map(|(e, s)| (row(&tr, Some(user), e), *s == RegistrationState::Confirmed))
        .collect();
    let mut organised = Vec::new();
    for m in state.store.memberships_of(user.id).await? {
        if m.role != "admin" {
            continue;
        }
        for e in state.store.events_of(m.organisation_id).await? {
            organised.push((row(&tr, Some(user), &e), tr.t(e.state.message_id())));
        }
    }
    let page = MinePage {
        chrome: ctx.chrome("events"),
        registered,
        organised,
    };
    Ok(render(&page)?.into_response())
}
