//! The calendar: list and month views with filters, and the iCalendar feeds.

use super::*;
use crate::views::cards::{event_card, EventCard};
use crate::views::Choice;

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

pub struct Day {
    pub date: String,
    pub number: u32,
    pub in_month: bool,
    pub today: bool,
    pub events: Vec<DayEvent>,
}

/// An event on a day of the month view.
pub struct DayEvent {
    pub id: i64,
    pub title: String,
    pub cancelled: bool,
}

#[derive(Template)]
#[template(path = "events/events.html")]
pub(super) struct CalendarPage {
    chrome: Chrome,
    rows: Vec<EventCard>,
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
    kinds: Vec<Choice>,
    country_options: String,
    technologies: Vec<Choice>,
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
                            .map(|e| DayEvent {
                                id: e.id,
                                title: e.draft.title.clone(),
                                cancelled: e.state == EventState::Cancelled,
                            })
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
        rows = events.iter().map(|e| event_card(&tr, user, e)).collect();
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
    let mark = |value: String, label: String, selected: bool| Choice { value, label, selected };
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

pub(super) fn entry(state: &AppState, tr: &Tr, e: &Event) -> ics::Entry {
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
        attachments: Vec::new(),
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
