//! Mail of technology services: a request to a centre, and each step that follows, to the other
//! side; reminders of unanswered requests to the centre and, when it still did not answer, to
//! the client with its next proposals.

use super::{Mail, Write};

/// To the centre: `organisation` asks for `service`, needing `need`.
pub fn requested<'a>(service: &'a str, organisation: &'a str, need: &'a str, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        Mail::new(
            tr.t1("mail-service-requested-subject", "service", service),
            tr.tn(
                "mail-service-requested-body",
                vec![
                    ("organisation", organisation.into()),
                    ("service", service.into()),
                    ("need", need.into()),
                    ("link", link.into()),
                ],
            ),
        )
    })
}

/// A step of a request the other side is told of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Quoted,
    Declined,
    Accepted,
    Withdrawn,
    /// One side marked delivery done; the other has not yet.
    DeliveryMarked,
    Delivered,
    Rated,
    Replied,
    /// To the centre: the answer time has passed.
    Reminder,
    /// To the client: the centre did not answer after a reminder; the next proposals wait.
    Lapsed,
}

impl Step {
    fn id(self) -> &'static str {
        match self {
            Step::Quoted => "quoted",
            Step::Declined => "declined",
            Step::Accepted => "accepted",
            Step::Withdrawn => "withdrawn",
            Step::DeliveryMarked => "delivery-marked",
            Step::Delivered => "delivered",
            Step::Rated => "rated",
            Step::Replied => "replied",
            Step::Reminder => "reminder",
            Step::Lapsed => "lapsed",
        }
    }
}

/// To one side: `by` (the other side) took `step` on the request for `service`.
pub fn step<'a>(step: Step, service: &'a str, by: &'a str, link: &'a str) -> Write<'a> {
    Box::new(move |tr| {
        let id = step.id();
        Mail::new(
            tr.t1(&format!("mail-service-{id}-subject"), "service", service),
            tr.tn(
                &format!("mail-service-{id}-body"),
                vec![
                    ("organisation", by.into()),
                    ("service", service.into()),
                    ("link", link.into()),
                ],
            ),
        )
    })
}
