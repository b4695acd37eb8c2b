//! Mail of moderated publication, one of each step for every kind that has it (`kind` is the
//! publication's kind: `event`, `opportunity`, `news`), and of the review of a change to a published
//! event.

use super::{Mail, Write};

/// To the moderators: `title` waits for review in the queue at `link`.
pub fn submitted<'a>(kind: &'a str, title: &'a str, link: &'a str) -> Write<'a> {
    review(format!("mail-{kind}-submitted"), title, link)
}

/// To the moderators: a change to the published event `title` waits for review at `link`.
pub fn event_revision_review<'a>(title: &'a str, link: &'a str) -> Write<'a> {
    review("mail-event-revision-review".to_owned(), title, link)
}

fn review<'a>(mail: String, title: &'a str, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t(format!("{mail}-subject")),
            tr.t2(&format!("{mail}-body"), "title", title, "link", link),
        )
    })
}

/// To its owners: `title` is published.
pub fn published<'a>(kind: &'a str, title: &'a str, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t(format!("mail-{kind}-published-subject")),
            tr.t2(&format!("mail-{kind}-published-body"), "title", title, "link", link),
        )
    })
}

/// To its owners: `title` is returned, and why.
pub fn returned<'a>(kind: &'a str, title: &'a str, reason: &'a str, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t(format!("mail-{kind}-returned-subject")),
            tr.tn(
                &format!("mail-{kind}-returned-body"),
                vec![
                    ("title", title.into()),
                    ("reason", reason.into()),
                    ("link", link.into()),
                ],
            ),
        )
    })
}

/// To a new evaluator of a call (`kind`: `mission`, `programme`): where its applications are.
pub fn evaluator_added<'a>(kind: &'a str, title: &'a str, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t1(&format!("mail-{kind}-evaluator-subject"), "title", title),
            tr.t2(&format!("mail-{kind}-evaluator-body"), "title", title, "link", link),
        )
    })
}
