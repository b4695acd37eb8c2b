//! Mail about attendance at B2B events: the agenda changed by a re-fill on the day, and the one
//! question afterwards about meetings nobody said anything of.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use store::events::Event;

use super::{Mail, Write};
use crate::i18n::Tr;

/// How long the one-tap links of the question afterwards work.
pub const ANSWER_LINK_DAYS: i64 = 14;

/// A meeting on a person's agenda that a re-fill changed.
#[derive(Clone, Debug)]
pub struct Change {
    pub starts: Option<DateTime<Utc>>,
    pub slot: u16,
    pub table: u32,
    /// The other side, as "name (organisation)".
    pub with: String,
}

/// A meeting the reader is asked about, with its two one-tap links.
#[derive(Clone, Debug)]
pub struct Question {
    pub starts: Option<DateTime<Utc>>,
    pub with: String,
    pub held_link: String,
    pub absent_link: String,
}

fn when(tr: &Tr, zone: Tz, at: Option<DateTime<Utc>>) -> String {
    at.map(|t| tr.date_time(t.with_timezone(&zone).naive_local()))
        .unwrap_or_default()
}

fn place(tr: &Tr, e: &Event, c: &Change) -> String {
    match e.slot(c.slot as usize) {
        Some((s, _)) if s.tables == 0 => tr.t1("b2b-online-room", "number", i64::from(c.table) + 1),
        _ => tr.t1("b2b-table", "number", i64::from(c.table) + 1),
    }
}

/// The reader's agenda at `e` changed on the day: meetings `gone` (the other is absent) and
/// `new` ones; times in `zone`.
pub fn agenda_changed<'a>(e: &'a Event, zone: Tz, gone: &'a [Change], new: &'a [Change], link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        let mut lines = Vec::new();
        for c in gone {
            lines.push(tr.t2(
                "mail-b2b-refill-gone",
                "when",
                when(tr, zone, c.starts),
                "name",
                c.with.as_str(),
            ));
        }
        for c in new {
            lines.push(tr.tn(
                "mail-b2b-refill-new",
                vec![
                    ("when", when(tr, zone, c.starts).into()),
                    ("place", place(tr, e, c).into()),
                    ("name", c.with.as_str().into()),
                ],
            ));
        }
        Mail::new(
            tr.t1("mail-b2b-refill-subject", "title", e.draft.title.as_str()),
            tr.t2("mail-b2b-refill-body", "changes", lines.join("\n"), "link", link),
        )
    })
}

/// After the event: did the reader's meetings that nobody answered for take place?
pub fn ask<'a>(e: &'a Event, zone: Tz, questions: &'a [Question]) -> Write<'a> {
    Box::new(move |tr| {
        let lines: Vec<String> = questions
            .iter()
            .map(|q| {
                tr.tn(
                    "mail-b2b-ask-meeting",
                    vec![
                        ("when", when(tr, zone, q.starts).into()),
                        ("name", q.with.as_str().into()),
                        ("held", q.held_link.as_str().into()),
                        ("absent", q.absent_link.as_str().into()),
                    ],
                )
            })
            .collect();
        Mail::new(
            tr.t1("mail-b2b-ask-subject", "title", e.draft.title.as_str()),
            tr.t2(
                "mail-b2b-ask-body",
                "meetings",
                lines.join("\n\n"),
                "days",
                ANSWER_LINK_DAYS,
            ),
        )
    })
}

/// To a person an organiser (`by`) named a table steward of the event `title`: where its
/// check-in desk (`desk`) and its attendance page (`attendance`) are.
pub fn steward_named<'a>(title: &'a str, by: &'a str, desk: &'a str, attendance: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t1("mail-b2b-steward-subject", "title", title),
            tr.tn(
                "mail-b2b-steward-body",
                vec![
                    ("title", title.into()),
                    ("name", by.into()),
                    ("desk", desk.into()),
                    ("attendance", attendance.into()),
                ],
            ),
        )
    })
}
