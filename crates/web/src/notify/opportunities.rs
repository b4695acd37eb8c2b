//! Mail of the marketplace: interest in an opportunity, the conversation that follows, and the
//! digests of saved searches.

use super::{Mail, Write};

/// To the publishers: `organisation` is interested in `title`.
pub fn interest<'a>(title: &'a str, organisation: &'a str, message: &'a str, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t1("mail-interest-subject", "title", title),
            tr.tn(
                "mail-interest-body",
                vec![
                    ("organisation", organisation.into()),
                    ("title", title.into()),
                    ("message", message.into()),
                    ("link", link.into()),
                ],
            ),
        )
    })
}

/// To the other side of a conversation about `title`: `name` wrote `message`.
pub fn message<'a>(title: &'a str, name: &'a str, message: &'a str, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t1("mail-message-subject", "title", title),
            tr.tn(
                "mail-message-body",
                vec![
                    ("name", name.into()),
                    ("message", message.into()),
                    ("link", link.into()),
                ],
            ),
        )
    })
}

/// What is new for the saved search `name`: each item's name and link, and the link that ends
/// the digest.
pub fn digest<'a>(name: &'a str, items: &'a [(String, String)], unsubscribe: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        let mut body = tr.t1("mail-digest-intro", "name", name);
        body.push_str("\n\n");
        for (title, link) in items {
            body.push_str(&format!("- {title}\n  {link}\n"));
        }
        body.push('\n');
        body.push_str(&tr.t1("mail-digest-unsubscribe", "link", unsubscribe));
        Mail::new(tr.t2("mail-digest-subject", "count", items.len(), "name", name), body)
    })
}
