//! iCalendar (RFC 5545) files: one event, a calendar feed, a participant's meetings. Times are
//! written in UTC (`…Z`), which every calendar converts to its reader's zone and which needs no
//! VTIMEZONE block; text is escaped and lines are folded at 75 octets.

use std::sync::Arc;

use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};

use crate::AppState;

/// One VEVENT.
pub struct Entry {
    /// Unique and stable across downloads, so calendars update the entry instead of doubling it.
    pub uid: String,
    pub starts: DateTime<Utc>,
    pub ends: DateTime<Utc>,
    pub summary: String,
    pub description: String,
    pub location: Option<String>,
    pub url: Option<String>,
    pub cancelled: bool,
    pub categories: Vec<String>,
    pub organizer: Option<(String, String)>,
    pub updated: DateTime<Utc>,
    /// Files carried in the entry itself (none for most): shared, so that a file every entry
    /// carries is encoded once.
    pub attachments: Vec<Arc<Inline>>,
}

/// A file carried inside a calendar entry (RFC 5545 §3.8.1.1, `ATTACH` with a base64 binary
/// value), such as a participant's check-in QR code: its content line is encoded and folded once,
/// however many entries carry it.
#[derive(Debug)]
pub struct Inline {
    /// The folded content line, CRLF at its end.
    folded: String,
}

impl Inline {
    /// The file `name` of type `media_type` (`image/png`) with `bytes`. None for a name or type
    /// that a parameter value cannot hold unquoted (a name is ours: `check-in-42.png`).
    pub fn new(name: &str, media_type: &str, bytes: &[u8]) -> Option<Inline> {
        use base64::Engine;
        let plain = |s: &str, extra: &[char]| {
            !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || extra.contains(&c))
        };
        if !plain(name, &['.', '-', '_']) || !plain(media_type, &['/', '.', '-', '+']) {
            return None;
        }
        let data = base64::engine::general_purpose::STANDARD.encode(bytes);
        let mut folded = String::with_capacity(data.len() + data.len() / 37 + 100);
        line(
            &mut folded,
            &format!("ATTACH;FMTTYPE={media_type};ENCODING=BASE64;VALUE=BINARY;X-FILENAME={name}:{data}"),
        );
        Some(Inline { folded })
    }
}

/// A whole calendar with `name` (shown by clients that subscribe) and its entries.
pub fn calendar(name: &str, entries: &[Entry]) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//clusterhub//events//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    for e in entries {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", escape(&e.uid)));
        line(&mut out, &format!("DTSTAMP:{}", stamp(e.updated)));
        line(&mut out, &format!("LAST-MODIFIED:{}", stamp(e.updated)));
        line(&mut out, &format!("DTSTART:{}", stamp(e.starts)));
        line(&mut out, &format!("DTEND:{}", stamp(e.ends)));
        line(&mut out, &format!("SUMMARY:{}", escape(&e.summary)));
        if !e.description.is_empty() {
            line(&mut out, &format!("DESCRIPTION:{}", escape(&e.description)));
        }
        if let Some(l) = &e.location {
            line(&mut out, &format!("LOCATION:{}", escape(l)));
        }
        if let Some(u) = &e.url {
            // A URI value, not text: no escaping, but no line breaks can be in it either.
            line(&mut out, &format!("URL:{}", u.replace(['\r', '\n'], "")));
        }
        if !e.categories.is_empty() {
            let cats: Vec<String> = e.categories.iter().map(|c| escape(c)).collect();
            line(&mut out, &format!("CATEGORIES:{}", cats.join(",")));
        }
        if let Some((name, email)) = &e.organizer {
            line(
                &mut out,
                &format!(
                    "ORGANIZER;CN={}:mailto:{}",
                    param(name),
                    email.replace(['\r', '\n'], "")
                ),
            );
        }
        for a in &e.attachments {
            out.push_str(&a.folded);
        }
        line(
            &mut out,
            if e.cancelled {
                "STATUS:CANCELLED"
            } else {
                "STATUS:CONFIRMED"
            },
        );
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// TEXT escaping of RFC 5545 §3.3.11.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value: quoted, without the characters a quoted value cannot hold.
fn param(s: &str) -> String {
    let clean: String = s.chars().filter(|c| !c.is_control() && *c != '"').collect();
    format!("\"{clean}\"")
}

/// Writes a content line folded at 75 octets (never inside a UTF-8 character), ending in CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

/// The host part of the public address, for UIDs that are unique across installations.
pub fn host(state: &AppState) -> String {
    let link = state.settings.link("");
    link.split("://")
        .nth(1)
        .unwrap_or("clusterhub")
        .split(['/', ':'])
        .next()
        .unwrap_or("clusterhub")
        .to_owned()
}

pub fn ics_response(filename: &str, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, format!("inline; filename=\"{filename}\"")),
        ],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn entry() -> Entry {
        let t = Utc.with_ymd_and_hms(2027, 3, 4, 8, 0, 0).single().expect("time");
        Entry {
            uid: "event-7@clusterhub".into(),
            starts: t,
            ends: t + chrono::Duration::hours(8),
            summary: "Space, Defence; B2B \\ Day".into(),
            description:
                "Line one\nLine two with æøå and a long tail that goes on and on until it must be folded somewhere"
                    .into(),
            location: Some("DGI Byen, Copenhagen".into()),
            url: Some("https://example.eu/events/7".into()),
            cancelled: false,
            categories: vec!["Matchmaking".into()],
            organizer: Some(("Space \"Cluster\"".into(), "events@cluster.dk".into())),
            updated: t,
            attachments: Vec::new(),
        }
    }

    #[test]
    fn files_parse_and_keep_their_text() {
        let ics = calendar("Events", &[entry()]);
        for l in ics.split("\r\n") {
            assert!(l.len() <= 75, "line longer than 75 octets: {l:?}");
        }
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        let parsed: icalendar::Calendar = ics.parse().expect("a valid calendar");
        let event = parsed.components.iter().find_map(|c| c.as_event()).expect("one event");
        use icalendar::{Component, EventLike};
        assert_eq!(event.get_summary(), Some("Space, Defence; B2B \\ Day"));
        assert_eq!(event.get_location(), Some("DGI Byen, Copenhagen"));
        assert!(event
            .get_description()
            .expect("description")
            .contains("æøå and a long tail"));
        assert_eq!(event.get_uid(), Some("event-7@clusterhub"));
    }

    #[test]
    fn entries_carry_files_as_folded_base64() {
        use base64::Engine;
        let bytes: Vec<u8> = (0..=255u8).cycle().take(1000).collect();
        let file = Arc::new(Inline::new("check-in-7.png", "image/png", &bytes).expect("a plain name"));
        let mut first = entry();
        first.attachments = vec![file.clone()];
        let mut second = entry();
        second.uid = "event-8@clusterhub".into();
        second.attachments = vec![file];
        let ics = calendar("Events", &[first, second, entry()]);
        for l in ics.split("\r\n") {
            assert!(l.len() <= 75, "line longer than 75 octets: {l:?}");
        }
        let parsed: icalendar::Calendar = ics.parse().expect("a valid calendar");
        let events: Vec<_> = parsed.components.iter().filter_map(|c| c.as_event()).collect();
        assert_eq!(events.len(), 3);
        use icalendar::Component;
        for (i, event) in events.iter().enumerate() {
            // ATTACH may occur more than once in an entry.
            let attach = event
                .multi_properties()
                .get("ATTACH")
                .map(Vec::as_slice)
                .unwrap_or_default();
            if i == 2 {
                assert!(attach.is_empty(), "an entry without files has no ATTACH");
                continue;
            }
            let [attach] = attach else {
                panic!("one ATTACH: {attach:?}");
            };
            let params = attach.params();
            assert_eq!(params.get("FMTTYPE").map(|p| p.value()), Some("image/png"));
            assert_eq!(params.get("ENCODING").map(|p| p.value()), Some("BASE64"));
            assert_eq!(params.get("VALUE").map(|p| p.value()), Some("BINARY"));
            assert_eq!(params.get("X-FILENAME").map(|p| p.value()), Some("check-in-7.png"));
            let decoded = base64::engine::general_purpose::STANDARD
                .decode(attach.value())
                .expect("base64");
            assert_eq!(decoded, bytes);
        }
        // Names and types that would need quoting or could break the line are refused.
        assert!(Inline::new("a;b.png", "image/png", &bytes).is_none());
        assert!(Inline::new("a.png", "image/png\r\nX:1", &bytes).is_none());
        assert!(Inline::new("", "image/png", &bytes).is_none());
    }

    #[test]
    fn entries_without_files_are_written_as_before() {
        // The bytes a calendar without files had before entries could carry any.
        let ics = calendar("Events", &[entry()]);
        assert!(!ics.contains("ATTACH"));
        assert!(ics
            .contains("ORGANIZER;CN=\"Space Cluster\":mailto:events@cluster.dk\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\n"));
    }
}
