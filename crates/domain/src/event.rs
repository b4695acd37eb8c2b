//! Events of the clusters: talks and webinars, conferences, B2B matchmaking events, workshops and
//! business missions, with the rules of what an organiser may publish and of B2B meeting sessions.
//!
//! An event's times are wall-clock times in its own time zone (what the organiser typed and the
//! venue's clocks show); [`EventDraft::starts_utc`] and friends turn them into instants, which is
//! what is stored for ordering and what calendars receive.

use std::fmt;

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::account::Email;
use crate::error::{Code, ValidationErrors};
use crate::opportunity::{sorted, text};
use crate::organisation::{string_enum, LanguageCode, Website};
use crate::profile::parse_list;
use crate::taxonomy::{Ecosystem, KeyEnablingTechnology};
use crate::CountryCode;

string_enum!(
    /// What kind of event it is.
    EventKind, "event-kind", {
    Talk => "talk",
    Conference => "conference",
    Matchmaking => "matchmaking",
    Workshop => "workshop",
    Mission => "mission",
});

string_enum!(
    /// Where an event is in its life; only `Published` and `Cancelled` ones are shown to others.
    EventState, "event-state", {
    Draft => "draft",
    Submitted => "submitted",
    Returned => "returned",
    Published => "published",
    Cancelled => "cancelled",
});

impl EventState {
    /// Whether it may be submitted for review (drafts and returned events).
    pub fn editable(self) -> bool {
        matches!(self, Self::Draft | Self::Returned)
    }

    /// Whether its organisers may still change it: before review, and once published (people
    /// registered are told of changes that concern them).
    pub fn changeable(self) -> bool {
        matches!(self, Self::Draft | Self::Returned | Self::Published)
    }

    /// Whether people other than its organisers may see it.
    pub fn public(self) -> bool {
        matches!(self, Self::Published | Self::Cancelled)
    }
}

string_enum!(
    /// Whether people come to a venue, join online, or either.
    Attendance, "attendance", {
    OnSite => "on-site",
    Online => "online",
    Hybrid => "hybrid",
});

impl Attendance {
    pub fn has_venue(self) -> bool {
        self != Self::Online
    }

    pub fn is_online(self) -> bool {
        self != Self::OnSite
    }
}

/// One line of an agenda or a mission's itinerary: a time (or day) and what happens.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AgendaItem {
    pub when: String,
    pub what: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Speaker {
    pub name: String,
    pub affiliation: Option<String>,
}

pub const MAX_EVENT_DAYS: i64 = 31;
pub const MAX_CAPACITY: u32 = 100_000;
pub const MAX_AGENDA: usize = 60;
pub const MAX_SPEAKERS: usize = 60;
pub const MAX_PROFILE_TEXT: usize = 2_000;

/// The content of an event, valid by construction (see [`EventInput::validate`]).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventDraft {
    pub kind: EventKind,
    pub title: String,
    pub description: String,
    pub language: LanguageCode,
    /// Wall-clock start and end in `timezone`.
    pub starts: NaiveDateTime,
    pub ends: NaiveDateTime,
    /// An IANA zone name ("Europe/Copenhagen").
    pub timezone: String,
    pub attendance: Attendance,
    pub venue: Option<String>,
    pub city: Option<String>,
    pub country: Option<CountryCode>,
    pub online_url: Option<Website>,
    /// Places; `None` when unlimited. Beyond it people join the waiting list.
    pub capacity: Option<u32>,
    pub technologies: Vec<KeyEnablingTechnology>,
    pub ecosystems: Vec<Ecosystem>,
    pub agenda: Vec<AgendaItem>,
    pub speakers: Vec<Speaker>,
    /// A business mission's destination countries.
    pub destinations: Vec<CountryCode>,
    /// Whether participants book B2B meetings with each other (always for matchmaking events).
    pub b2b: bool,
    pub contact_email: Email,
}

impl EventDraft {
    pub fn tz(&self) -> Tz {
        self.timezone.parse().unwrap_or(Tz::UTC)
    }

    pub fn starts_utc(&self) -> DateTime<Utc> {
        local_to_utc(self.tz(), self.starts)
    }

    pub fn ends_utc(&self) -> DateTime<Utc> {
        local_to_utc(self.tz(), self.ends)
    }

    /// `self` with the time, place and capacity of `other`: what organisers may change on a
    /// published event without a moderator. The place comes along only while the kind of
    /// attendance stays, so the result is always a consistent event.
    pub fn with_logistics_of(&self, other: &EventDraft) -> EventDraft {
        let mut d = self.clone();
        d.starts = other.starts;
        d.ends = other.ends;
        d.timezone = other.timezone.clone();
        d.capacity = other.capacity;
        if d.attendance == other.attendance {
            d.venue = other.venue.clone();
            d.city = other.city.clone();
            d.country = other.country;
        }
        d
    }

    /// Whether turning the published `self` into `after` changes more than time, place and
    /// capacity (title, description, online address, kind, programme…): then a moderator
    /// approves the change first.
    pub fn needs_review(&self, after: &EventDraft) -> bool {
        self.with_logistics_of(after) != *after
    }

    /// The form fields whose values differ between `self` and `after`, in form order.
    pub fn changed_fields(&self, after: &EventDraft) -> Vec<&'static str> {
        let mut out = Vec::new();
        let mut differs = |field: &'static str, changed: bool| {
            if changed {
                out.push(field);
            }
        };
        differs("kind", self.kind != after.kind);
        differs("title", self.title != after.title);
        differs("description", self.description != after.description);
        differs("language", self.language != after.language);
        differs(
            "starts",
            self.starts != after.starts || self.ends != after.ends || self.timezone != after.timezone,
        );
        differs("attendance", self.attendance != after.attendance);
        differs(
            "venue",
            self.venue != after.venue || self.city != after.city || self.country != after.country,
        );
        differs("online_url", self.online_url != after.online_url);
        differs("capacity", self.capacity != after.capacity);
        differs(
            "technologies",
            self.technologies != after.technologies || self.ecosystems != after.ecosystems,
        );
        differs("agenda", self.agenda != after.agenda);
        differs("speakers", self.speakers != after.speakers);
        differs("destinations", self.destinations != after.destinations);
        differs("b2b", self.b2b != after.b2b);
        differs("contact_email", self.contact_email != after.contact_email);
        out
    }

    /// The words the event is filed under for filtering by technology: `ket:…` and `eco:…`.
    pub fn tags(&self) -> Vec<String> {
        let mut tags: Vec<String> = self.technologies.iter().map(|t| format!("ket:{t}")).collect();
        tags.extend(self.ecosystems.iter().map(|e| format!("eco:{e}")));
        tags
    }
}

/// The instant a wall-clock time in `tz` denotes. A time skipped by a daylight-saving change
/// (02:30 on the last Sunday of March in Europe) is taken as the hour after; a repeated one as
/// its first occurrence.
pub fn local_to_utc(tz: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
        chrono::LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        chrono::LocalResult::None => tz
            .from_local_datetime(&(local + chrono::Duration::hours(1)))
            .earliest()
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(|| Utc.from_utc_datetime(&local)),
    }
}

/// Parses an IANA time-zone name.
pub fn parse_timezone(s: &str) -> Result<Tz, String> {
    let t = s.trim();
    t.parse::<Tz>().map_err(|_| {
        format!(
            "\"{}\" is not a time zone; give a name such as Europe/Brussels",
            t.chars().take(60).collect::<String>()
        )
    })
}

/// Parses "2027-03-04T09:30" (what a datetime-local field sends) or "2027-03-04 09:30".
pub fn parse_local(s: &str) -> Result<NaiveDateTime, String> {
    let t = s.trim();
    ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(t, f).ok())
        .ok_or_else(|| {
            format!(
                "\"{}\" is not a date and time written as YYYY-MM-DD HH:MM",
                t.chars().take(40).collect::<String>()
            )
        })
}

/// An event as people send it: strings, checked all at once.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventInput {
    pub kind: String,
    pub title: String,
    pub description: String,
    #[serde(default)]
    pub language: String,
    pub starts: String,
    pub ends: String,
    pub timezone: String,
    pub attendance: String,
    #[serde(default)]
    pub venue: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub online_url: String,
    #[serde(default)]
    pub capacity: String,
    #[serde(default)]
    pub technologies: Vec<String>,
    #[serde(default)]
    pub ecosystems: Vec<String>,
    /// One item a line: "09:30 Welcome" (or "Day 2 Visit to …" for an itinerary).
    #[serde(default)]
    pub agenda: String,
    /// One speaker a line: "Name, Affiliation".
    #[serde(default)]
    pub speakers: String,
    #[serde(default)]
    pub destinations: Vec<String>,
    #[serde(default)]
    pub b2b: bool,
    pub contact_email: String,
}

fn optional(e: &mut ValidationErrors, field: &str, s: &str, max: usize) -> Option<String> {
    let t = s.trim();
    if t.is_empty() {
        None
    } else {
        Some(text(e, field, t, 1, max))
    }
}

impl EventInput {
    /// Checks every field; `now` is when, so that a new event cannot start in the past.
    pub fn validate(&self, now: DateTime<Utc>) -> Result<EventDraft, ValidationErrors> {
        let mut e = ValidationErrors::default();
        let kind = e.check("kind", self.kind.parse::<EventKind>());
        let title = text(&mut e, "title", &self.title, 5, 200);
        let description = text(&mut e, "description", &self.description, 20, 20_000);
        let language = if self.language.trim().is_empty() {
            LanguageCode::parse("en").ok()
        } else {
            e.check(
                "language",
                LanguageCode::parse(&self.language).map_err(|l| l.to_string()),
            )
        };
        let tz = e.check("timezone", parse_timezone(&self.timezone));
        let starts = e.check("starts", parse_local(&self.starts));
        let ends = e.check("ends", parse_local(&self.ends));
        // An unknown zone is reported; times are still checked, as if in UTC.
        if let (Some(s), Some(end)) = (starts, ends) {
            let tz = tz.unwrap_or(Tz::UTC);
            if end <= s {
                e.add("ends", Code::Order, "must be after the start");
            } else if (end - s).num_days() >= MAX_EVENT_DAYS {
                e.add(
                    "ends",
                    Code::TooLong,
                    format!("an event lasts at most {MAX_EVENT_DAYS} days"),
                );
            }
            if local_to_utc(tz, s) < now {
                e.add("starts", Code::Past, "has passed; choose a time in the future");
            } else if (local_to_utc(tz, s) - now).num_days() > 1_095 {
                e.add("starts", Code::TooFar, "is more than three years ahead");
            }
        }
        let attendance = e.check("attendance", self.attendance.parse::<Attendance>());
        let venue = optional(&mut e, "venue", &self.venue, 200);
        let city = optional(&mut e, "city", &self.city, 120);
        let country = if self.country.trim().is_empty() {
            None
        } else {
            e.check("country", CountryCode::parse(&self.country).map_err(|x| x.to_string()))
        };
        let online_url = if self.online_url.trim().is_empty() {
            None
        } else {
            e.check(
                "online_url",
                Website::parse(&self.online_url).map_err(|x| x.to_string()),
            )
        };
        if let Some(a) = attendance {
            if a.has_venue() {
                if venue.is_none() {
                    e.add(
                        "venue",
                        Code::Required,
                        "is required for an event on site: name the venue and its address",
                    );
                }
                if city.is_none() {
                    e.add("city", Code::Required, "is required for an event on site");
                }
                if country.is_none() && !self.country.trim().is_empty() {
                    // Already reported as invalid.
                } else if country.is_none() {
                    e.add("country", Code::Required, "is required for an event on site");
                }
            }
            if a.is_online() && online_url.is_none() && self.online_url.trim().is_empty() {
                e.add(
                    "online_url",
                    Code::Required,
                    "is required for an online event: give the address people join at",
                );
            }
        }
        let capacity = match self.capacity.trim() {
            "" => None,
            c => match c.parse::<u32>() {
                Ok(n) if (1..=MAX_CAPACITY).contains(&n) => Some(n),
                _ => {
                    e.push(
                        "capacity",
                        format!("must be a whole number from 1 to {MAX_CAPACITY}, or empty for no limit"),
                    );
                    None
                }
            },
        };
        let technologies = sorted(parse_list(&mut e, "technologies", &self.technologies, str::parse));
        let ecosystems = sorted(parse_list(&mut e, "ecosystems", &self.ecosystems, str::parse));
        let agenda = self.parse_agenda(&mut e);
        let speakers = self.parse_speakers(&mut e);
        let destinations = sorted(parse_list(&mut e, "destinations", &self.destinations, |s| {
            CountryCode::parse(s).map_err(|x| x.to_string())
        }));
        if kind == Some(EventKind::Mission)
            && destinations.is_empty()
            && self.destinations.iter().all(|d| d.trim().is_empty())
        {
            e.add(
                "destinations",
                Code::Required,
                "a business mission needs at least one destination country",
            );
        }
        let b2b = self.b2b || kind == Some(EventKind::Matchmaking);
        let contact_email = e.check(
            "contact_email",
            Email::parse(&self.contact_email).map_err(|x| x.to_string()),
        );
        match (kind, language, tz, starts, ends, attendance, contact_email) {
            (Some(kind), Some(language), Some(tz), Some(starts), Some(ends), Some(attendance), Some(contact_email))
                if e.is_empty() =>
            {
                Ok(EventDraft {
                    kind,
                    title,
                    description,
                    language,
                    starts,
                    ends,
                    timezone: tz.name().to_owned(),
                    attendance,
                    venue: if attendance.has_venue() { venue } else { None },
                    city: if attendance.has_venue() { city } else { None },
                    country: if attendance.has_venue() { country } else { None },
                    online_url: if attendance.is_online() { online_url } else { None },
                    capacity,
                    technologies,
                    ecosystems,
                    agenda,
                    speakers,
                    destinations: if kind == EventKind::Mission {
                        destinations
                    } else {
                        Vec::new()
                    },
                    b2b,
                    contact_email,
                })
            }
            _ => Err(e),
        }
    }

    fn parse_agenda(&self, e: &mut ValidationErrors) -> Vec<AgendaItem> {
        let mut items = Vec::new();
        for (n, line) in self.agenda.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            if items.len() == MAX_AGENDA {
                e.add("agenda", Code::TooMany, format!("has more than {MAX_AGENDA} lines"));
                break;
            }
            // "09:30 Welcome", "09:30–10:00 Welcome", "Day 2: Visit" or just "Networking".
            let (when, what) = split_when(line);
            if what.chars().count() > 300 || when.chars().count() > 40 {
                e.push("agenda", format!("line {} is longer than 300 characters", n + 1));
                continue;
            }
            if line.chars().any(|c| c.is_control() && c != '\t') {
                e.push("agenda", format!("line {} holds control characters", n + 1));
                continue;
            }
            items.push(AgendaItem {
                when: when.to_owned(),
                what: what.to_owned(),
            });
        }
        items
    }

    fn parse_speakers(&self, e: &mut ValidationErrors) -> Vec<Speaker> {
        let mut speakers = Vec::new();
        for (n, line) in self.speakers.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            if speakers.len() == MAX_SPEAKERS {
                e.add("speakers", Code::TooMany, format!("has more than {MAX_SPEAKERS} lines"));
                break;
            }
            let (name, affiliation) = match line.split_once(',') {
                Some((n, a)) => (n.trim(), Some(a.trim()).filter(|a| !a.is_empty())),
                None => (line, None),
            };
            if name.is_empty() || name.chars().count() > 120 || affiliation.is_some_and(|a| a.chars().count() > 200) {
                e.push(
                    "speakers",
                    format!(
                        "line {}: write \"Name, Affiliation\" (name up to 120 characters)",
                        n + 1
                    ),
                );
                continue;
            }
            if line.chars().any(|c| c.is_control() && c != '\t') {
                e.push("speakers", format!("line {} holds control characters", n + 1));
                continue;
            }
            speakers.push(Speaker {
                name: name.to_owned(),
                affiliation: affiliation.map(str::to_owned),
            });
        }
        speakers
    }

    /// The input that reproduces a stored draft, to fill a form for editing.
    pub fn from_draft(d: &EventDraft) -> Self {
        fn strings<T: std::fmt::Display>(v: &[T]) -> Vec<String> {
            v.iter().map(ToString::to_string).collect()
        }
        Self {
            kind: d.kind.to_string(),
            title: d.title.clone(),
            description: d.description.clone(),
            language: d.language.as_str().to_owned(),
            starts: d.starts.format("%Y-%m-%dT%H:%M").to_string(),
            ends: d.ends.format("%Y-%m-%dT%H:%M").to_string(),
            timezone: d.timezone.clone(),
            attendance: d.attendance.to_string(),
            venue: d.venue.clone().unwrap_or_default(),
            city: d.city.clone().unwrap_or_default(),
            country: d.country.map(|c| c.to_string()).unwrap_or_default(),
            online_url: d.online_url.as_ref().map(|w| w.as_str().to_owned()).unwrap_or_default(),
            capacity: d.capacity.map(|c| c.to_string()).unwrap_or_default(),
            technologies: strings(&d.technologies),
            ecosystems: strings(&d.ecosystems),
            agenda: d
                .agenda
                .iter()
                .map(|a| {
                    if a.when.is_empty() {
                        a.what.clone()
                    } else {
                        format!("{} {}", a.when, a.what)
                    }
                })
                .collect::<Vec<_>>()
                .join("\n"),
            speakers: d
                .speakers
                .iter()
                .map(|s| match &s.affiliation {
                    Some(a) => format!("{}, {a}", s.name),
                    None => s.name.clone(),
                })
                .collect::<Vec<_>>()
                .join("\n"),
            destinations: strings(&d.destinations),
            b2b: d.b2b,
            contact_email: d.contact_email.to_string(),
        }
    }
}

/// Splits an agenda line into its time part ("09:30", "09:30–10:00", "Day 2") and the rest.
fn split_when(line: &str) -> (&str, &str) {
    let first = line.split_whitespace().next().unwrap_or("");
    let is_time = |s: &str| {
        let s = s.trim_end_matches(':');
        s.split(['-', '–'])
            .all(|p| NaiveTime::parse_from_str(p, "%H:%M").is_ok())
            && !s.is_empty()
    };
    if is_time(first) {
        let rest = line[first.len()..].trim();
        return (first.trim_end_matches(':'), rest);
    }
    let lower = line.to_lowercase();
    for word in ["day ", "tag ", "jour ", "dag "] {
        if lower.starts_with(word) {
            if let Some((when, what)) = line.split_once(':') {
                if when.chars().count() <= 12 {
                    return (when.trim(), what.trim());
                }
            }
        }
    }
    ("", line)
}

/// A block of B2B meeting slots: from `starts` (wall clock in the event's zone), `slots`
/// meetings of `minutes` each, at `tables` tables (0 when the meetings are online).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MeetingSession {
    pub starts: NaiveDateTime,
    pub slots: u32,
    pub minutes: u32,
    pub tables: u32,
}

impl MeetingSession {
    pub fn ends(&self) -> NaiveDateTime {
        self.starts + chrono::Duration::minutes(i64::from(self.slots * self.minutes))
    }

    /// Wall-clock start of slot `i` of this session.
    pub fn slot_start(&self, i: u32) -> NaiveDateTime {
        self.starts + chrono::Duration::minutes(i64::from(i * self.minutes))
    }
}

/// Checks a session as the organiser sends it: within the event, 1–48 slots of 10–120 minutes,
/// not overlapping the `others`.
pub fn validate_session(
    starts: &str,
    slots: &str,
    minutes: &str,
    tables: &str,
    event: &EventDraft,
    others: &[MeetingSession],
) -> Result<MeetingSession, ValidationErrors> {
    let mut e = ValidationErrors::default();
    let starts = e.check("starts", parse_local(starts));
    let number = |e: &mut ValidationErrors, field: &str, s: &str, lo: u32, hi: u32| match s.trim().parse::<u32>() {
        Ok(n) if (lo..=hi).contains(&n) => Some(n),
        _ => {
            e.push(field, format!("must be a whole number from {lo} to {hi}"));
            None
        }
    };
    let slots = number(&mut e, "slots", slots, 1, 48);
    let minutes = number(&mut e, "minutes", minutes, 10, 120);
    let tables = number(&mut e, "tables", tables, 0, 5_000);
    if let Some(s) = starts {
        if s < event.starts || s >= event.ends {
            e.add(
                "starts",
                Code::Outside,
                format!(
                    "must lie within the event ({} to {})",
                    event.starts.format("%Y-%m-%d %H:%M"),
                    event.ends.format("%Y-%m-%d %H:%M")
                ),
            );
        }
    }
    let (Some(starts), Some(slots), Some(minutes), Some(tables)) = (starts, slots, minutes, tables) else {
        return Err(e);
    };
    let session = MeetingSession {
        starts,
        slots,
        minutes,
        tables,
    };
    if starts >= event.starts && starts < event.ends && session.ends() > event.ends {
        e.add(
            "starts",
            Code::Outside,
            format!(
                "the session ({} to {}) must lie within the event ({} to {})",
                starts.format("%Y-%m-%d %H:%M"),
                session.ends().format("%H:%M"),
                event.starts.format("%Y-%m-%d %H:%M"),
                event.ends.format("%Y-%m-%d %H:%M")
            ),
        );
    }
    if let Some(o) = others
        .iter()
        .find(|o| o.starts < session.ends() && session.starts < o.ends())
    {
        e.add(
            "starts",
            Code::Overlap,
            format!("overlaps the session starting {}", o.starts.format("%Y-%m-%d %H:%M")),
        );
    }
    let total: u32 = others.iter().map(|o| o.slots).sum::<u32>() + slots;
    if total as usize > crate::event::MAX_SLOTS {
        e.add(
            "slots",
            Code::TooMany,
            format!("an event has at most {} meeting slots in all", crate::event::MAX_SLOTS),
        );
    }
    if e.is_empty() {
        Ok(session)
    } else {
        Err(e)
    }
}

/// The scheduler's limit on slots per event.
pub const MAX_SLOTS: usize = 128;

/// A participant's matchmaking profile: what they offer and what they seek.
pub fn validate_profile(offer: &str, seek: &str) -> Result<(String, String), ValidationErrors> {
    let mut e = ValidationErrors::default();
    let offer = optional(&mut e, "offer", offer, MAX_PROFILE_TEXT).unwrap_or_default();
    let seek = optional(&mut e, "seek", seek, MAX_PROFILE_TEXT).unwrap_or_default();
    if e.is_empty() {
        Ok((offer, seek))
    } else {
        Err(e)
    }
}

/// The first day of the month of `day`, and the days shown in a month view: whole weeks from
/// Monday, covering the month.
pub fn month_grid(year: i32, month: u32) -> Option<(NaiveDate, Vec<NaiveDate>)> {
    use chrono::Datelike;
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let start = first - chrono::Duration::days(i64::from(first.weekday().num_days_from_monday()));
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    let mut days = Vec::new();
    let mut d = start;
    while d < next || days.len() % 7 != 0 {
        days.push(d);
        d = d.succ_opt()?;
    }
    Some((first, days))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).single().expect("time")
    }

    fn input() -> EventInput {
        EventInput {
            kind: "matchmaking".into(),
            title: "Space & Defence B2B Day".into(),
            description: "Meet primes, SMEs and research centres of the Nordic space industry.".into(),
            starts: "2027-03-04T09:00".into(),
            ends: "2027-03-04T17:00".into(),
            timezone: "Europe/Copenhagen".into(),
            attendance: "on-site".into(),
            venue: "DGI Byen, Tietgensgade 65".into(),
            city: "Copenhagen".into(),
            country: "DK".into(),
            agenda: "09:00 Welcome\n09:30–12:00 Meetings\nNetworking lunch".into(),
            speakers: "Anna Berg, DTU Space\nOle Hansen".into(),
            contact_email: "events@cluster.dk".into(),
            ..Default::default()
        }
    }

    #[test]
    fn each_fault_of_an_event_names_its_kind() {
        let faulty = |f: fn(&mut EventInput)| {
            let mut i = input();
            f(&mut i);
            i.validate(now()).expect_err("invalid")
        };
        assert!(faulty(|i| i.starts = "2025-01-01T09:00".into()).has("starts", Code::Past));
        assert!(faulty(|i| i.starts = "2030-03-04T09:00".into()).has("starts", Code::TooFar));
        assert!(faulty(|i| i.ends = "2027-03-04T08:00".into()).has("ends", Code::Order));
        assert!(faulty(|i| i.ends = "2027-05-04T08:00".into()).has("ends", Code::TooLong));
        assert!(faulty(|i| i.venue = String::new()).has("venue", Code::Required));
        assert!(faulty(|i| i.starts = "next week".into()).has("starts", Code::Invalid));
    }

    #[test]
    fn a_valid_event_round_trips_through_its_form() {
        let d = input().validate(now()).expect("valid");
        assert!(d.b2b, "matchmaking events always have B2B meetings");
        assert_eq!(
            d.agenda[1],
            AgendaItem {
                when: "09:30–12:00".into(),
                what: "Meetings".into()
            }
        );
        assert_eq!(d.agenda[2].when, "");
        assert_eq!(d.speakers[0].affiliation.as_deref(), Some("DTU Space"));
        // Copenhagen is UTC+1 in March.
        assert_eq!(d.starts_utc().to_rfc3339(), "2027-03-04T08:00:00+00:00");
        assert_eq!(EventInput::from_draft(&d).validate(now()).expect("valid again"), d);
    }

    #[test]
    fn only_time_place_and_capacity_change_without_review() {
        let before = input().validate(now()).expect("valid");
        let changed = |f: &dyn Fn(&mut EventInput)| {
            let mut i = input();
            f(&mut i);
            i.validate(now()).expect("valid change")
        };
        let later = changed(&|i| {
            i.starts = "2027-03-05T10:00".into();
            i.ends = "2027-03-05T18:00".into();
            i.venue = "Bella Center".into();
            i.capacity = "120".into();
        });
        assert!(!before.needs_review(&later));
        assert_eq!(before.changed_fields(&later), vec!["starts", "venue", "capacity"]);
        for (field, change) in [
            (
                "title",
                &(|i: &mut EventInput| i.title = "Something else entirely".into()) as &dyn Fn(&mut EventInput),
            ),
            ("description", &|i: &mut EventInput| {
                i.description = "Another text altogether.".into()
            }),
            ("kind", &|i: &mut EventInput| i.kind = "conference".into()),
            ("attendance", &|i: &mut EventInput| {
                i.attendance = "hybrid".into();
                i.online_url = "https://meet.example.eu/x".into();
            }),
            ("speakers", &|i: &mut EventInput| i.speakers = "Someone Else".into()),
        ] {
            let after = changed(change);
            assert!(before.needs_review(&after), "{field}");
            assert!(before.changed_fields(&after).contains(&field), "{field}");
            // What may change at once is applied; the rest waits.
            let live = before.with_logistics_of(&after);
            assert_eq!(live.title, before.title);
            assert!(!live.needs_review(&before) && !before.needs_review(&live));
        }
    }

    #[test]
    fn every_fault_is_named_by_its_field() {
        let bad = EventInput {
            kind: "party".into(),
            starts: "2027-03-04T18:00".into(),
            ends: "2027-03-04T17:00".into(),
            timezone: "Mars/Olympus".into(),
            attendance: "hybrid".into(),
            venue: String::new(),
            capacity: "0".into(),
            ..input()
        };
        let e = bad.validate(now()).expect_err("invalid");
        for field in ["kind", "timezone", "venue", "online_url", "capacity"] {
            assert!(e.0.iter().any(|f| f.field == field), "{field} not reported: {e:?}");
        }
        let past = EventInput {
            starts: "2020-01-01T09:00".into(),
            ends: "2020-01-01T10:00".into(),
            ..input()
        };
        assert!(past
            .validate(now())
            .expect_err("past")
            .0
            .iter()
            .any(|f| f.field == "starts"));
        let backwards = EventInput {
            ends: "2027-03-04T08:00".into(),
            ..input()
        };
        assert!(backwards
            .validate(now())
            .expect_err("backwards")
            .0
            .iter()
            .any(|f| f.field == "ends"));
        let mission = EventInput {
            kind: "mission".into(),
            ..input()
        };
        assert!(mission
            .validate(now())
            .expect_err("no destination")
            .0
            .iter()
            .any(|f| f.field == "destinations"));
    }

    #[test]
    fn wall_clock_times_skipped_by_summer_time_move_forward() {
        let tz: Tz = "Europe/Berlin".parse().expect("zone");
        let skipped = parse_local("2027-03-28 02:30").expect("time");
        assert_eq!(local_to_utc(tz, skipped).to_rfc3339(), "2027-03-28T01:30:00+00:00");
    }

    #[test]
    fn sessions_lie_within_the_event_and_do_not_overlap() {
        let event = input().validate(now()).expect("valid");
        let first = validate_session("2027-03-04T09:30", "10", "20", "40", &event, &[]).expect("valid");
        assert_eq!(first.ends().format("%H:%M").to_string(), "12:50");
        let e = validate_session("2027-03-04T12:00", "4", "20", "40", &event, &[first]).expect_err("overlap");
        assert!(e.0[0].message.contains("overlaps"));
        let e = validate_session("2027-03-04T16:00", "10", "20", "x", &event, &[]).expect_err("bad");
        assert_eq!(e.0.len(), 1, "{e:?}");
        let e = validate_session("2027-03-04T16:00", "10", "20", "4", &event, &[]).expect_err("too late");
        assert!(e.0[0].message.contains("within the event"));
    }

    #[test]
    fn a_month_view_covers_whole_weeks() {
        let (first, days) = month_grid(2027, 3).expect("month");
        assert_eq!(first.to_string(), "2027-03-01");
        assert_eq!(days.len() % 7, 0);
        assert_eq!(days[0].to_string(), "2027-03-01");
        assert!(days.last().expect("days") >= &NaiveDate::from_ymd_opt(2027, 3, 31).expect("day"));
        let (_, feb) = month_grid(2027, 2).expect("month");
        assert_eq!(feb.len(), 28);
    }
}
