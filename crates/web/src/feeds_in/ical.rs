//! iCalendar feeds: each `VEVENT` one entry, with its times as [`EventTimes`] describes them.

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use icalendar::{CalendarComponent, CalendarDateTime, Component, DatePerhapsTime, EventLike, Property};
use url::Url;

use super::parse::{absolute, normalise_language, EventTimes, Item, ParseError};
use super::text::{collapse, html_to_text, shorten, text_to_html};

/// What the calendar holds.
pub(super) struct Calendar {
    pub title: Option<String>,
    pub items: Vec<Item>,
}

/// The parser's messages quote the document; a few lines of it are enough.
const MAX_ERROR_CHARS: usize = 300;

/// Windows zone names (as Outlook and Exchange write them in `TZID`) for the IANA zones the
/// platform's organisations are most likely in.
const WINDOWS_ZONES: &[(&str, &str)] = &[
    ("W. Europe Standard Time", "Europe/Berlin"),
    ("Romance Standard Time", "Europe/Paris"),
    ("Central Europe Standard Time", "Europe/Budapest"),
    ("Central European Standard Time", "Europe/Warsaw"),
    ("GMT Standard Time", "Europe/London"),
    ("Greenwich Standard Time", "Atlantic/Reykjavik"),
    ("E. Europe Standard Time", "Europe/Chisinau"),
    ("FLE Standard Time", "Europe/Helsinki"),
    ("GTB Standard Time", "Europe/Bucharest"),
    ("Turkey Standard Time", "Europe/Istanbul"),
    ("Russian Standard Time", "Europe/Moscow"),
    ("UTC", "UTC"),
    ("Coordinated Universal Time", "UTC"),
    ("Eastern Standard Time", "America/New_York"),
    ("Central Standard Time", "America/Chicago"),
    ("Pacific Standard Time", "America/Los_Angeles"),
];

/// Components nested deeper than this are refused before parsing: real calendars nest three
/// deep (VCALENDAR › VTIMEZONE › STANDARD, VEVENT › VALARM), and the parser recurses once per
/// level, so a document of thousands of nested `BEGIN:` lines would overflow the stack.
const MAX_DEPTH: usize = 8;

/// How deep the components of an (unfolded or folded) iCalendar text nest.
fn depth(text: &str) -> usize {
    let (mut now, mut most) = (0usize, 0usize);
    for line in text.lines() {
        let line = line.trim_start();
        if line.len() >= 6 && line[..6].eq_ignore_ascii_case("BEGIN:") {
            now += 1;
            most = most.max(now);
        } else if line.len() >= 4 && line[..4].eq_ignore_ascii_case("END:") {
            now = now.saturating_sub(1);
        }
    }
    most
}

/// Reads a document that begins with `BEGIN:VCALENDAR`.
pub(super) fn parse(bytes: &[u8], base: Option<&Url>) -> Result<Calendar, ParseError> {
    // iCalendar is UTF-8 by definition; a stray byte should not cost the whole calendar.
    let text = String::from_utf8_lossy(bytes);
    if depth(&text) > MAX_DEPTH {
        return Err(ParseError::Calendar(format!(
            "its components nest deeper than {MAX_DEPTH} levels"
        )));
    }
    let calendar: icalendar::Calendar = text
        .parse()
        .map_err(|e: String| ParseError::Calendar(calendar_error(&e)))?;

    let calendar_property = |name: &str| {
        calendar
            .properties
            .iter()
            .find(|p| p.key().eq_ignore_ascii_case(name))
            .map(|p| p.value().trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let title = calendar_property("X-WR-CALNAME").map(|t| collapse(&t));
    let zones = Zones {
        default: calendar_property("X-WR-TIMEZONE").and_then(|tz| tz.parse().ok()),
        locations: calendar
            .components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Other(other) if other.component_kind().eq_ignore_ascii_case("VTIMEZONE") => {
                    let id = other.property_value("TZID")?.trim().to_owned();
                    let tz: Tz = other.property_value("X-LIC-LOCATION")?.trim().parse().ok()?;
                    Some((id, tz))
                }
                _ => None,
            })
            .collect(),
    };

    let items = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(event) => event_item(event, &zones, base),
            _ => None,
        })
        .collect();
    Ok(Calendar { title, items })
}

/// The parser's account, which lists every rule it tried, down to where it stopped:
/// "0: at line 2, in component:" and the line itself.
fn calendar_error(error: &str) -> String {
    let mut lines = error.lines().map(str::trim);
    let place = lines.find_map(|l| {
        let rest = &l[l.find("at line ")? + "at line ".len()..];
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        (!digits.is_empty()).then_some(digits)
    });
    match place {
        Some(line) => {
            let text = lines.next().map(|l| shorten(&collapse(l), 80)).unwrap_or_default();
            if text.is_empty() {
                format!("it cannot be read from line {line} on")
            } else {
                format!("it cannot be read from line {line} on (\"{text}\")")
            }
        }
        None => shorten(&collapse(error.trim_start_matches("error: ")), MAX_ERROR_CHARS),
    }
}

/// How the calendar names its zones.
struct Zones {
    /// `X-WR-TIMEZONE`: the zone of floating times, as calendar programs read it.
    default: Option<Tz>,
    /// `VTIMEZONE` `TZID` → its `X-LIC-LOCATION`.
    locations: HashMap<String, Tz>,
}

impl Zones {
    fn resolve(&self, tzid: &str) -> Option<Tz> {
        let tzid = tzid.trim().trim_matches('"');
        if let Ok(tz) = tzid.parse() {
            return Some(tz);
        }
        if let Some(tz) = self.locations.get(tzid) {
            return Some(*tz);
        }
        if let Some((_, iana)) = WINDOWS_ZONES.iter().find(|(name, _)| name.eq_ignore_ascii_case(tzid)) {
            return iana.parse().ok();
        }
        // Prefixed paths such as "/mozilla.org/20050126_1/Europe/Copenhagen": the zone is their end.
        let parts: Vec<&str> = tzid.split('/').filter(|p| !p.is_empty()).collect();
        (2..=3)
            .filter(|n| *n <= parts.len())
            .find_map(|n| parts[parts.len() - n..].join("/").parse().ok())
    }
}

fn event_item(event: &icalendar::Event, zones: &Zones, base: Option<&Url>) -> Option<Item> {
    if event
        .property_value("STATUS")
        .is_some_and(|s| s.trim().eq_ignore_ascii_case("CANCELLED"))
    {
        return None;
    }
    let times = event_times(event, zones)?;
    let uid = event.get_uid().map(str::trim).filter(|u| !u.is_empty());
    let recurrence = event
        .properties()
        .get("RECURRENCE-ID")
        .map(|p| p.value().trim())
        .filter(|r| !r.is_empty());
    let id = uid.map(|uid| match recurrence {
        Some(recurrence) => format!("{uid}#{recurrence}"),
        None => uid.to_owned(),
    });

    let description = event.get_description().map(str::trim).filter(|d| !d.is_empty());
    let html_description = event
        .properties()
        .get("X-ALT-DESC")
        .filter(|p| {
            p.params()
                .get("FMTTYPE")
                .is_some_and(|t| t.value().eq_ignore_ascii_case("text/html"))
        })
        .map(|p| p.value().trim())
        .filter(|d| !d.is_empty());
    let summary = description.map(plain).or_else(|| html_description.map(html_to_text));
    let body_html = html_description.map(str::to_owned).or_else(|| {
        description.map(|d| {
            if looks_like_html(d) {
                d.to_owned()
            } else {
                text_to_html(d)
            }
        })
    });
    let language = event
        .properties()
        .get("SUMMARY")
        .and_then(|p| p.params().get("LANGUAGE"))
        .and_then(|l| normalise_language(l.value()));

    Some(Item {
        id,
        title: event.get_summary().map(plain),
        link: event.get_url().and_then(|u| absolute(u, base)),
        published: event.get_created().or_else(|| event.get_last_modified()),
        summary,
        body_html,
        image: image(event, base),
        language,
        event: Some(times),
    })
}

/// Text as iCalendar gives it, which some generators fill with HTML all the same.
fn plain(text: &str) -> String {
    if looks_like_html(text) {
        html_to_text(text)
    } else {
        collapse(text)
    }
}

/// A tag (`<p`, `</`, `<br`) or an entity (`&amp;`, `&#248;`) somewhere in the text.
fn looks_like_html(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/'))
        || text.split('&').skip(1).any(|rest| {
            let name = rest.split(';').next().unwrap_or("");
            rest.contains(';')
                && !name.is_empty()
                && name.len() <= 10
                && name.trim_start_matches('#').chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// RFC 7986 `IMAGE`, else the first `ATTACH` whose `FMTTYPE` is an image; only URLs, not inline
/// (base64) pictures.
fn image(event: &icalendar::Event, base: Option<&Url>) -> Option<String> {
    let is_image = |p: &&Property| {
        p.params()
            .get("FMTTYPE")
            .is_some_and(|t| t.value().to_ascii_lowercase().starts_with("image/"))
    };
    let inline = |p: &&Property| {
        p.params()
            .get("ENCODING")
            .is_some_and(|e| e.value().eq_ignore_ascii_case("BASE64"))
    };
    let named = event.properties().get("IMAGE").into_iter();
    let multi = event.multi_properties();
    let images = multi.get("IMAGE").into_iter().flatten();
    let attachments = multi.get("ATTACH").into_iter().flatten().filter(is_image);
    named
        .chain(images)
        .chain(attachments)
        .filter(|p| !inline(p))
        .find_map(|p| absolute(p.value(), base))
}

fn event_times(event: &icalendar::Event, zones: &Zones) -> Option<EventTimes> {
    let start = moment(&event.get_start()?, zones);
    let all_day = start.all_day;
    let ends = match event.get_end() {
        Some(end) => {
            let end = moment(&end, zones);
            Some(in_zone(end, start.zone))
        }
        None => match event.property_value("DURATION").and_then(duration) {
            Some(length) => start.local.checked_add_signed(length),
            // RFC 5545: a date without end is one day long; a time without end has no length.
            None if all_day => start.local.checked_add_signed(Duration::days(1)),
            None => None,
        },
    };
    Some(EventTimes {
        starts: start.local,
        ends,
        all_day,
        time_zone: start.zone.map(|tz| tz.name().to_owned()),
        location: event.get_location().map(plain).filter(|l| !l.is_empty()),
    })
}

/// A `DTSTART` or `DTEND` as wall-clock time and the zone it is in.
#[derive(Debug, Clone, Copy)]
struct Moment {
    local: NaiveDateTime,
    zone: Option<Tz>,
    all_day: bool,
}

fn moment(value: &DatePerhapsTime, zones: &Zones) -> Moment {
    let (local, zone, all_day) = match value {
        DatePerhapsTime::Date(date) => (midnight(*date), zones.default, true),
        DatePerhapsTime::DateTime(CalendarDateTime::Utc(at)) => (at.naive_utc(), Some(Tz::UTC), false),
        DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid }) => {
            (*date_time, zones.resolve(tzid).or(zones.default), false)
        }
        DatePerhapsTime::DateTime(CalendarDateTime::Floating(local)) => (*local, zones.default, false),
    };
    Moment { local, zone, all_day }
}

fn midnight(date: NaiveDate) -> NaiveDateTime {
    date.and_time(chrono::NaiveTime::MIN)
}

/// `moment` as wall-clock time in `zone`, when both zones are known and differ.
fn in_zone(moment: Moment, zone: Option<Tz>) -> NaiveDateTime {
    match (moment.zone, zone) {
        (Some(from), Some(to)) if from != to => local_to_utc(&from, moment.local)
            .map(|at| at.with_timezone(&to).naive_local())
            .unwrap_or(moment.local),
        _ => moment.local,
    }
}

/// The instant of a wall-clock time in `tz`. A time that does not exist (skipped when the clocks
/// go forward) is read an hour later, as calendar programs do.
pub(super) fn local_to_utc(tz: &Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    tz.from_local_datetime(&local)
        .earliest()
        .or_else(|| tz.from_local_datetime(&(local + Duration::hours(1))).earliest())
        .map(|at| at.with_timezone(&Utc))
}

/// An iCalendar `DURATION` (`P1D`, `PT1H30M`, `P2W`, `-PT15M`).
fn duration(text: &str) -> Option<Duration> {
    let text = text.trim();
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let text = text.strip_prefix('P')?;
    let mut total = Duration::zero();
    let mut number = String::new();
    let mut in_time = false;
    let mut any = false;
    for c in text.chars() {
        match c {
            '0'..='9' => number.push(c),
            'T' if number.is_empty() => in_time = true,
            unit => {
                let n: i64 = number.parse().ok()?;
                number.clear();
                let part = match (unit, in_time) {
                    ('W', false) => Duration::try_weeks(n)?,
                    ('D', false) => Duration::try_days(n)?,
                    ('H', true) => Duration::try_hours(n)?,
                    ('M', true) => Duration::try_minutes(n)?,
                    ('S', true) => Duration::try_seconds(n)?,
                    _ => return None,
                };
                total = total.checked_add(&part)?;
                any = true;
            }
        }
    }
    (any && number.is_empty()).then_some(if negative { -total } else { total })
}

#[cfg(test)]
mod tests {

    #[test]
    fn deeply_nested_components_are_refused_before_parsing() {
        let deep = format!(
            "BEGIN:VCALENDAR\r\n{}{}END:VCALENDAR\r\n",
            "BEGIN:X\r\n".repeat(5_000),
            "END:X\r\n".repeat(5_000)
        );
        assert!(matches!(parse(deep.as_bytes(), None), Err(ParseError::Calendar(_))));
        assert_eq!(
            depth("BEGIN:VCALENDAR\nBEGIN:VEVENT\nBEGIN:VALARM\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR"),
            3
        );
    }

    use super::*;

    #[test]
    fn durations_are_read() {
        assert_eq!(duration("PT1H30M"), Some(Duration::minutes(90)));
        assert_eq!(duration("P1D"), Some(Duration::days(1)));
        assert_eq!(duration("P2W"), Some(Duration::weeks(2)));
        assert_eq!(duration("P1DT2H"), Some(Duration::hours(26)));
        assert_eq!(duration("-PT15M"), Some(Duration::minutes(-15)));
        assert_eq!(duration("PT"), None);
        assert_eq!(duration("1H"), None);
        assert_eq!(duration("PT1X"), None);
    }

    #[test]
    fn zone_names_are_resolved() {
        let zones = Zones {
            default: None,
            locations: HashMap::from([("Custom".to_owned(), Tz::Europe__Oslo)]),
        };
        assert_eq!(zones.resolve("Europe/Copenhagen"), Some(Tz::Europe__Copenhagen));
        assert_eq!(
            zones.resolve("/freeassociation.sourceforge.net/Tzfile/Europe/Copenhagen"),
            Some(Tz::Europe__Copenhagen)
        );
        assert_eq!(
            zones.resolve("/citadel.org/20190914_1/America/Argentina/Buenos_Aires"),
            Some(Tz::America__Argentina__Buenos_Aires)
        );
        assert_eq!(zones.resolve("Romance Standard Time"), Some(Tz::Europe__Paris));
        assert_eq!(zones.resolve("Custom"), Some(Tz::Europe__Oslo));
        assert_eq!(zones.resolve("Nowhere"), None);
    }

    #[test]
    fn html_is_told_from_text() {
        assert!(looks_like_html("<p>Hi</p>"));
        assert!(looks_like_html("Caf&eacute;"));
        assert!(!looks_like_html("a < b & c; d"));
        assert!(!looks_like_html("Fish & Chips"));
    }

    #[test]
    fn a_time_skipped_by_the_clocks_is_read_an_hour_later() {
        let local = NaiveDate::from_ymd_opt(2025, 3, 30)
            .and_then(|d| d.and_hms_opt(2, 30, 0))
            .expect("date");
        let at = local_to_utc(&Tz::Europe__Copenhagen, local).expect("instant");
        assert_eq!(at, Utc.with_ymd_and_hms(2025, 3, 30, 1, 30, 0).single().expect("date"));
    }
}
