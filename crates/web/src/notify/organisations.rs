//! Mail about organisations: claims on profiles and invitations to join one.

use domain::OrgRole;

use super::{Mail, Write};

/// A claim was approved; `link` edits the profile.
pub fn claim_approved(link: &str) -> Write<'_> {
    Box::new(move |tr| {
        Mail::new(
            tr.t("mail-claim-approved-subject"),
            tr.t1("mail-claim-approved-body", "link", link),
        )
    })
}

/// A claim was rejected, and why.
pub fn claim_rejected(reason: &str) -> Write<'_> {
    Box::new(move |tr| {
        Mail::new(
            tr.t("mail-claim-rejected-subject"),
            tr.t1("mail-claim-rejected-body", "reason", reason),
        )
    })
}

/// To the moderators: a claim on `organisation` waits in their queue at `link`.
pub fn claim_waiting<'a>(organisation: &'a str, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t("mail-claim-waiting-subject"),
            tr.tn(
                "mail-claim-waiting-body",
                vec![("organisation", organisation.into()), ("link", link.into())],
            ),
        )
    })
}

/// An invitation to join `organisation` as `role`: to someone with an account (`member`), whose
/// link opens their invitations, or to a newcomer, whose link registers.
pub fn invited<'a>(member: bool, organisation: &'a str, role: OrgRole, link: &'a str) -> Write<'a> {
    let mail = if member { "mail-invited-member" } else { "mail-invited" };
    Box::new(move |tr| {
        Mail::new(
            tr.t1(&format!("{mail}-subject"), "organisation", organisation),
            tr.tn(
                &format!("{mail}-body"),
                vec![
                    ("organisation", organisation.into()),
                    ("role", tr.t(role.message_id()).into()),
                    ("days", store::accounts::INVITATION_DAYS.into()),
                    ("link", link.into()),
                ],
            ),
        )
    })
}
