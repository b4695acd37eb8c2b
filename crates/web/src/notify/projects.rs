//! Mail about project pages.

use super::{Mail, Write};

/// To the admins of `organisation`: it is invited into the consortium of `project`.
pub fn partner_invited<'a>(organisation: &'a str, project: &'a str, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t1("mail-partner-invited-subject", "project", project),
            tr.tn(
                "mail-partner-invited-body",
                vec![
                    ("organisation", organisation.into()),
                    ("project", project.into()),
                    ("link", link.into()),
                ],
            ),
        )
    })
}
