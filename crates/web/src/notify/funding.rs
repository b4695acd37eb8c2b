//! Mail about funding calls one follows.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::{Mail, Write};
use crate::views::time::when;

/// A followed call closes in `days`: at `at` in the call's zone `zone`, shown in the reader's
/// zone `reader` when they chose one.
pub struct CallReminder<'a> {
    pub title: &'a str,
    pub identifier: &'a str,
    pub at: DateTime<Utc>,
    pub zone: &'a str,
    pub reader: Option<Tz>,
    pub days: i64,
    pub link: &'a str,
    pub portal: &'a str,
}

pub fn call_reminder(r: CallReminder<'_>) -> Write<'_> {
    Box::new(move |tr| {
        Mail::new(
            tr.t1("mail-call-reminder-subject", "title", r.title),
            tr.tn(
                "mail-call-reminder-body",
                vec![
                    ("title", r.title.into()),
                    ("identifier", r.identifier.into()),
                    ("when", when(tr, r.at, r.zone, r.reader).into()),
                    ("days", r.days.into()),
                    ("link", r.link.into()),
                    ("portal", r.portal.into()),
                ],
            ),
        )
    })
}
