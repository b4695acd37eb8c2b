//! Mail of cascade-funding programmes: applications, the centre's confirmation, the decision.

use domain::Cents;

use super::{Mail, Write};

/// To the technology centre's people: `organisation` applied to `title` with `project` and
/// names the centre (`centre`), which is asked to confirm.
pub fn confirm<'a>(
    title: &'a str,
    organisation: &'a str,
    centre: &'a str,
    project: &'a str,
    link: &'a str,
) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t1("mail-programme-confirm-subject", "title", title),
            tr.tn(
                "mail-programme-confirm-body",
                vec![
                    ("organisation", organisation.into()),
                    ("centre", centre.into()),
                    ("title", title.into()),
                    ("project", project.into()),
                    ("link", link.into()),
                ],
            ),
        )
    })
}

/// To the applicant: the application of `organisation` to `title` is in.
pub fn applied<'a>(title: &'a str, organisation: &'a str, centre: &'a str, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t1("mail-programme-applied-subject", "title", title),
            tr.tn(
                "mail-programme-applied-body",
                vec![
                    ("organisation", organisation.into()),
                    ("title", title.into()),
                    ("centre", centre.into()),
                    ("link", link.into()),
                ],
            ),
        )
    })
}

/// To the applicant: `centre` confirmed it will carry out `project`.
pub fn confirmed<'a>(title: &'a str, centre: &'a str, project: &'a str, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t1("mail-programme-confirmed-subject", "title", title),
            tr.tn(
                "mail-programme-confirmed-body",
                vec![
                    ("centre", centre.into()),
                    ("project", project.into()),
                    ("link", link.into()),
                ],
            ),
        )
    })
}

/// To the applicant: `project` is awarded `amount`.
pub fn awarded<'a>(title: &'a str, project: &'a str, amount: Cents, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t1("mail-programme-awarded-subject", "title", title),
            tr.tn(
                "mail-programme-awarded-body",
                vec![
                    ("project", project.into()),
                    ("amount", tr.money(&amount).into()),
                    ("title", title.into()),
                    ("link", link.into()),
                ],
            ),
        )
    })
}

/// To the applicant: `project` is not funded.
pub fn rejected<'a>(title: &'a str, project: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t1("mail-programme-rejected-subject", "title", title),
            tr.t2("mail-programme-rejected-body", "project", project, "title", title),
        )
    })
}
