//! Mail about events: registrations, changes, reminders, B2B meetings and business missions.
//! Times are written in the recipient's language, in the zone `zone` the caller chose for them
//! (their account's, else the event's).

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use store::events::Event;

use super::{Attachment, Mail, Write};
use crate::views::event_place;
use crate::views::time::span;

/// The label (message id) of an event form field named by [`EventDraft::changed_fields`].
pub fn field_label(field: &str) -> &'static str {
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

/// The event `title` is called off.
pub fn cancelled<'a>(title: &'a str, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t1("mail-event-cancelled-subject", "title", title),
            tr.t2("mail-event-cancelled-body", "title", title, "link", link),
        )
    })
}

/// A reviewed change to the event `title` is published; `fields` are what changed (as
/// [`domain::EventDraft::changed_fields`] names them), named in the reader's language.
pub fn revised<'a>(title: &'a str, fields: &'a [&'a str], link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        let changed = fields
            .iter()
            .map(|f| tr.t(field_label(f)))
            .collect::<Vec<_>>()
            .join(", ");
        Mail::new(
            tr.t1("mail-event-revised-subject", "title", title),
            tr.tn(
                "mail-event-revised-body",
                vec![
                    ("title", title.into()),
                    ("changed", changed.into()),
                    ("link", link.into()),
                ],
            ),
        )
    })
}

/// To the organisers: the change to `title` is approved.
pub fn revision_approved<'a>(title: &'a str, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t("mail-event-revision-approved-subject"),
            tr.t2("mail-event-revision-approved-body", "title", title, "link", link),
        )
    })
}

/// To the organisers: the change to `title` is returned, and why.
pub fn revision_returned<'a>(title: &'a str, reason: &'a str, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t("mail-event-revision-returned-subject"),
            tr.tn(
                "mail-event-revision-returned-body",
                vec![
                    ("title", title.into()),
                    ("reason", reason.into()),
                    ("link", link.into()),
                ],
            ),
        )
    })
}

/// The time or place of `title` changed: now from `starts` to `ends`.
pub fn changed<'a>(title: &'a str, starts: DateTime<Utc>, ends: DateTime<Utc>, zone: Tz, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t1("mail-event-changed-subject", "title", title),
            tr.tn(
                "mail-event-changed-body",
                vec![
                    ("title", title.into()),
                    ("when", span(tr, starts, ends, zone).into()),
                    ("link", link.into()),
                ],
            ),
        )
    })
}

/// A place at the event `event`, `title`, became free: the reader moved from the waiting list to
/// the participants; at a B2B event, with how they check in, as [`registered`] says it.
pub fn promoted<'a>(event: i64, title: &'a str, link: &'a str, checkin: Option<CheckIn<'a>>) -> Write<'a> {
    Box::new(move |tr| {
        let mail = Mail::new(
            tr.t1("mail-event-promoted-subject", "title", title),
            tr.t2("mail-event-promoted-body", "title", title, "link", link),
        );
        with_checkin(tr, event, checkin.as_ref(), mail)
    })
}

/// How a participant of a B2B event checks in: their typed code, and their agenda, which shows
/// the QR code.
pub struct CheckIn<'a> {
    pub code: &'a str,
    pub agenda: &'a str,
    /// The same QR code as a PNG picture, sent along with the mail so that it can be shown at
    /// the desk from the mail itself (None: the mail sends the reader to the agenda alone).
    pub qr_png: Option<&'a [u8]>,
}

/// The reader's place at `e` is confirmed; at a B2B event, with how they check in (and their QR
/// code as the attached image `check-in-<event>.png`).
pub fn registered<'a>(e: &'a Event, zone: Tz, link: &'a str, checkin: Option<CheckIn<'a>>) -> Write<'a> {
    Box::new(move |tr| {
        let body = tr.tn(
            "mail-event-registered-body",
            vec![
                ("title", e.draft.title.as_str().into()),
                ("when", span(tr, e.starts_at, e.ends_at, zone).into()),
                ("link", link.into()),
            ],
        );
        let mail = Mail::new(
            tr.t1("mail-event-registered-subject", "title", e.draft.title.as_str()),
            body,
        );
        with_checkin(tr, e.id, checkin.as_ref(), mail)
    })
}

/// `mail` with the reader's check-in at the event `event` after its text, when they have one:
/// the sentence with their typed code and agenda link and, when the picture could be drawn, the
/// QR code attached as `check-in-<event>.png`, which the sentence then names. Every mail that
/// tells a participant how to check in says it this one way.
fn with_checkin(tr: &crate::i18n::Tr, event: i64, checkin: Option<&CheckIn<'_>>, mut mail: Mail) -> Mail {
    let Some(c) = checkin else {
        return mail;
    };
    let says = if c.qr_png.is_some() {
        "mail-event-registered-checkin-image"
    } else {
        "mail-event-registered-checkin"
    };
    mail.body.push_str("\n\n");
    mail.body.push_str(&tr.t2(says, "code", c.code, "agenda", c.agenda));
    match c.qr_png {
        Some(png) => mail.attach(Attachment {
            name: format!("check-in-{event}.png"),
            content_type: "image/png".into(),
            bytes: png.to_vec(),
        }),
        None => mail,
    }
}

/// The reader is on the waiting list of `title`, at `position`.
pub fn waitlisted<'a>(title: &'a str, position: i64, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t1("mail-event-waitlisted-subject", "title", title),
            tr.tn(
                "mail-event-waitlisted-body",
                vec![
                    ("title", title.into()),
                    ("position", position.into()),
                    ("link", link.into()),
                ],
            ),
        )
    })
}

/// The day before `e`: when and where, how to join online, the B2B agenda (`agenda`, its link,
/// once published) and, for a participant of a B2B event, how they check in (as [`registered`]
/// says it, with the QR picture).
pub fn reminder<'a>(
    e: &'a Event,
    zone: Tz,
    link: &'a str,
    agenda: Option<&'a str>,
    checkin: Option<CheckIn<'a>>,
) -> Write<'a> {
    Box::new(move |tr| {
        let place = event_place(tr, e);
        let mut body = tr.tn(
            "mail-event-reminder-body",
            vec![
                ("title", e.draft.title.as_str().into()),
                ("when", span(tr, e.starts_at, e.ends_at, zone).into()),
                (
                    "where",
                    if place.is_empty() {
                        String::new()
                    } else {
                        format!(" · {place}")
                    }
                    .into(),
                ),
                ("link", link.into()),
            ],
        );
        if let Some(url) = e.draft.online_url.as_ref().filter(|_| e.draft.attendance.is_online()) {
            body.push_str(&format!(
                "\n\n{}",
                tr.t1("mail-event-reminder-online", "link", url.as_str())
            ));
        }
        if let Some(agenda) = agenda {
            body.push_str(&format!("\n\n{}", tr.t1("mail-event-reminder-agenda", "link", agenda)));
        }
        let mail = Mail::new(
            tr.t1("mail-event-reminder-subject", "title", e.draft.title.as_str()),
            body,
        );
        with_checkin(tr, e.id, checkin.as_ref(), mail)
    })
}

/// `name` asks the reader for a B2B meeting at `title`.
pub fn b2b_request<'a>(title: &'a str, name: &'a str, message: &'a str, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t1("mail-b2b-request-subject", "title", title),
            tr.tn(
                "mail-b2b-request-body",
                vec![
                    ("name", name.into()),
                    ("title", title.into()),
                    ("message", message.into()),
                    ("link", link.into()),
                ],
            ),
        )
    })
}

/// `name` accepted the reader's request for a meeting at `title`.
pub fn b2b_accepted<'a>(title: &'a str, name: &'a str, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t1("mail-b2b-accepted-subject", "title", title),
            tr.t2("mail-b2b-accepted-body", "name", name, "link", link),
        )
    })
}

/// The B2B agenda of `title` is published: `meetings` of them are the reader's.
pub fn b2b_agenda<'a>(title: &'a str, meetings: i64, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t1("mail-b2b-agenda-subject", "title", title),
            tr.t2("mail-b2b-agenda-body", "count", meetings, "link", link),
        )
    })
}

/// `organisation` applied to the mission `title`, whose applications close on `deadline`.
pub fn mission_applied<'a>(title: &'a str, organisation: &'a str, deadline: NaiveDate, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t1("mail-mission-applied-subject", "title", title),
            tr.tn(
                "mail-mission-applied-body",
                vec![
                    ("organisation", organisation.into()),
                    ("title", title.into()),
                    ("deadline", tr.date(deadline).into()),
                    ("link", link.into()),
                ],
            ),
        )
    })
}

/// The decision on `organisation`'s application to the mission `title`.
pub fn mission_decided<'a>(selected: bool, title: &'a str, organisation: &'a str, link: &'a str) -> Write<'a> {
    let mail = if selected {
        "mail-mission-selected"
    } else {
        "mail-mission-rejected"
    };
    Box::new(move |tr| {
        Mail::new(
            tr.t1(&format!("{mail}-subject"), "title", title),
            tr.tn(
                &format!("{mail}-body"),
                vec![
                    ("organisation", organisation.into()),
                    ("title", title.into()),
                    ("link", link.into()),
                ],
            ),
        )
    })
}
