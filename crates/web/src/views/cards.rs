//! The cards of events, funding calls, opportunities and open programmes: what each shows, drawn
//! by its feature's list and by the home page, which gathers the newest of each.

use chrono::Datelike;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use domain::{EventState, Taxonomy};
use store::accounts::User;
use store::events::Event;
use store::funding::StoredCall;
use store::opportunities::Opportunity;

use crate::i18n::Tr;
use crate::views::time::{span, viewer_zone, when};
use crate::views::{event_place, ProgrammeLine};
use crate::{AppState, WebError};

/// A line of the calendar list (a card with the day on a calendar leaf).
pub struct EventCard {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub kind_code: String,
    /// The first day in the reader's zone: ISO, day of month, short month name.
    pub day_iso: String,
    pub day: u32,
    pub month: String,
    pub when: String,
    pub place: String,
    pub organisation: String,
    pub organisation_slug: String,
    pub cancelled: bool,
}

pub fn event_card(tr: &Tr, user: Option<&User>, e: &Event) -> EventCard {
    let first = e.starts_at.with_timezone(&viewer_zone(user, e)).date_naive();
    EventCard {
        id: e.id,
        title: e.draft.title.clone(),
        kind: tr.t(e.draft.kind.message_id()),
        kind_code: e.draft.kind.to_string(),
        day_iso: first.to_string(),
        day: first.day(),
        month: tr.short_month(first),
        when: span(tr, e.starts_at, e.ends_at, viewer_zone(user, e)),
        place: event_place(tr, e),
        organisation: crate::views::title_case_if_shouting(&e.organisation_name),
        organisation_slug: e.organisation_slug.to_string(),
        cancelled: e.state == EventState::Cancelled,
    }
}

/// "Closing soon": open calls whose next cut-off is this close.
pub const CLOSING_SOON_DAYS: i64 = 30;

pub struct CallCard {
    pub id: i64,
    pub title: String,
    pub identifier: String,
    pub programme: String,
    pub cascade: bool,
    pub status: &'static str,
    pub status_label: String,
    pub deadline: String,
    pub budget: Option<String>,
}

pub fn call_card(tr: &Tr, c: &StoredCall, now: DateTime<Utc>, reader: Option<Tz>) -> CallCard {
    let status = c.call.status(now);
    let deadline = c
        .call
        .next_deadline(now)
        .or(c.call.deadlines.last())
        .map(|d| when(tr, d.at, &d.timezone, reader))
        .unwrap_or_default();
    CallCard {
        id: c.id,
        title: c.call.title.clone(),
        identifier: c.call.identifier.clone(),
        programme: c.call.programme.clone(),
        cascade: c.call.cascade,
        status: status.as_str(),
        status_label: tr.t(format!("funding-status-{}", status.as_str())),
        deadline,
        budget: budget(tr, c),
    }
}

/// The cascade-funding programmes that take applications, a few, each with a line naming its
/// owner, maximum grant and deadline.
pub async fn open_programme_lines(
    state: &AppState,
    tr: &Tr,
    now: DateTime<Utc>,
    reader: Option<Tz>,
) -> Result<Vec<ProgrammeLine>, WebError> {
    Ok(state
        .store
        .programmes(now, 3, 0)
        .await?
        .0
        .into_iter()
        .filter(|p| p.draft.is_open(now))
        .map(|p| {
            let line = tr.tn(
                "funding-programme-line",
                vec![
                    ("owner", p.organisation_name.as_str().into()),
                    ("max", tr.money(&p.draft.max_grant).into()),
                    (
                        "deadline",
                        when(tr, p.draft.deadline.at, &p.draft.deadline.timezone, reader).into(),
                    ),
                ],
            );
            ProgrammeLine {
                id: p.id,
                title: p.draft.title,
                line,
            }
        })
        .collect())
}

/// A line of a list of opportunities (a card in the marketplace, a row on "my marketplace").
pub struct OpportunityCard {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub kind_code: &'static str,
    pub organisation: String,
    pub organisation_slug: String,
    /// The publisher's country, in the reader's language.
    pub place: String,
    pub deadline: String,
    /// The deadline as ISO 8601, for `<time datetime>`.
    pub deadline_iso: String,
    pub state: String,
    pub state_code: &'static str,
    /// A few of its technologies and ecosystems.
    pub tags: Vec<String>,
}

pub fn opportunity_card(tr: &Tr, o: &Opportunity) -> OpportunityCard {
    let d = &o.draft;
    OpportunityCard {
        id: o.id,
        title: d.title.clone(),
        kind: tr.t(d.kind.message_id()),
        kind_code: d.kind.as_str(),
        organisation: crate::views::title_case_if_shouting(&o.organisation_name),
        organisation_slug: o.organisation_slug.to_string(),
        place: tr.country(&o.organisation_country),
        deadline: tr.date(d.deadline.date()),
        deadline_iso: d.deadline.to_string(),
        state: tr.t(o.state.message_id()),
        state_code: o.state.as_str(),
        tags: d
            .technologies
            .iter()
            .map(|t| tr.t(t.message_id()))
            .chain(d.ecosystems.iter().map(|e| tr.t(e.message_id())))
            .take(4)
            .collect(),
    }
}

/// A call's budget: a range, or the one amount it names.
pub fn budget(tr: &Tr, c: &StoredCall) -> Option<String> {
    match (c.call.budget_min, c.call.budget_max) {
        (Some(lo), Some(hi)) if lo != hi => Some(format!("{} – {}", tr.money(&lo), tr.money(&hi))),
        (_, Some(hi)) => Some(tr.money(&hi)),
        (Some(lo), None) => Some(tr.money(&lo)),
        (None, None) => None,
    }
}
