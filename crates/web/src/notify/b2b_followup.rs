//! Mail of a B2B event's follow-up: a meeting request that expired unanswered, reminders to
//! participants with something to do, and the outcome questions months after the event.

use chrono::NaiveDate;
use domain::b2b_followup::OutcomeStage;

use super::{Mail, Write};

/// The reader's request to `name` at `title` went unanswered for `days` days and is closed.
pub fn request_expired<'a>(title: &'a str, name: &'a str, days: i64, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t1("mail-b2b-expired-subject", "name", name),
            tr.tn(
                "mail-b2b-expired-body",
                vec![
                    ("name", name.into()),
                    ("title", title.into()),
                    ("days", days.into()),
                    ("link", link.into()),
                ],
            ),
        )
    })
}

/// A reminder: `waiting` requests wait for the reader's answer, or (none waiting) the reader
/// has no meetings yet at `title`.
pub fn nudge<'a>(title: &'a str, waiting: i64, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        let body = if waiting > 0 {
            tr.tn(
                "mail-b2b-nudge-waiting",
                vec![
                    ("count", waiting.into()),
                    ("title", title.into()),
                    ("link", link.into()),
                ],
            )
        } else {
            tr.t2("mail-b2b-nudge-none", "title", title, "link", link)
        };
        Mail::new(tr.t1("mail-b2b-nudge-subject", "title", title), body)
    })
}

/// One held meeting in the outcome mail: whom it was with, and the link of each answer.
pub struct OutcomeQuestion {
    pub with: String,
    pub links: Vec<(OutcomeStage, String)>,
}

/// The outcome questions of the round `days` after `title`: one per held meeting, each answer
/// a link; `page` answers them on the platform; the links work until `until`.
pub fn outcome_questions<'a>(
    title: &'a str,
    days: i64,
    meetings: &'a [OutcomeQuestion],
    page: &'a str,
    until: NaiveDate,
) -> Write<'a> {
    Box::new(move |tr| {
        let mut body = tr.t2("mail-b2b-outcome-intro", "days", days, "title", title);
        for m in meetings {
            body.push_str("\n\n");
            body.push_str(&tr.t1("mail-b2b-outcome-meeting", "name", m.with.as_str()));
            for (stage, link) in &m.links {
                body.push_str(&format!("\n- {}: {link}", tr.t(stage_message(*stage))));
            }
        }
        body.push_str("\n\n");
        body.push_str(&tr.t2("mail-b2b-outcome-end", "link", page, "date", tr.date(until)));
        Mail::new(tr.t1("mail-b2b-outcome-subject", "title", title), body)
    })
}

/// The message id of a stage's label, on pages and in mail.
pub fn stage_message(s: OutcomeStage) -> String {
    format!("b2b-outcome-stage-{}", s.as_str().replace('_', "-"))
}
