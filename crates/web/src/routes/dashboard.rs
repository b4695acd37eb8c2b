//! `GET /dashboard`: one page for a signed-in person with what needs their decision, their next
//! events and meetings, their organisations with their opportunities and conversations, and the
//! calls they follow, each linking to the page where it is handled.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use store::dashboard::{Waiting, WaitingKind};
use store::events::RegistrationState;

use crate::auth::extract::SignedIn;
use crate::ctx::Ctx;
use crate::i18n::Tr;
use crate::views::{reader_zone, render, Chrome};
use crate::{AppState, WebError};

/// Lines per section; each section links to its full page.
const SHOWN: usize = 5;

/// A line that links somewhere: (href, text, detail).
pub struct Line {
    pub href: String,
    pub text: String,
    pub detail: String,
}

pub struct OrgLine {
    pub slug: String,
    pub name: String,
    pub admin: bool,
    pub published: i64,
    pub conversations: Vec<Line>,
}

#[derive(Template)]
#[template(path = "dashboard/dashboard.html")]
struct DashboardPage {
    chrome: Chrome,
    name: String,
    waiting: Vec<Line>,
    events: Vec<Line>,
    /// Upcoming events of the organisations the person administers.
    organised: Vec<Line>,
    organisations: Vec<OrgLine>,
    calls: Vec<Line>,
}

/// Where to act on a waiting item, and what to call it.
fn waiting_line(tr: &Tr, w: &Waiting) -> Line {
    use WaitingKind::*;
    let (href, id) = match w.kind {
        Invitations => ("/invitations".to_owned(), "dashboard-wait-invitations"),
        PartnerInvitation => (
            format!("/projects/{}#partner-invitations", w.subject_id),
            "dashboard-wait-partner",
        ),
        MeetingRequests => (format!("/events/{}/meetings", w.subject_id), "dashboard-wait-meetings"),
        CentreConfirmation => (
            format!("/programme-applications/{}", w.subject_id),
            "dashboard-wait-centre",
        ),
        MissionScoring => (
            format!("/events/{}/applications", w.subject_id),
            "dashboard-wait-mission",
        ),
        ProgrammeScoring => (
            format!("/programmes/{}/applications", w.subject_id),
            "dashboard-wait-programme",
        ),
        ProgrammeDecisions => (
            format!("/programmes/{}/applications", w.subject_id),
            "dashboard-wait-programme-decisions",
        ),
        MissionSelection => (
            format!("/events/{}/applications", w.subject_id),
            "dashboard-wait-mission-selection",
        ),
        ReturnedOpportunity => (format!("/opportunities/{}", w.subject_id), "dashboard-wait-opportunity"),
        ReturnedEvent => (format!("/events/{}", w.subject_id), "dashboard-wait-event"),
        ClaimsToReview => ("/moderation/claims".to_owned(), "dashboard-wait-claims"),
        OpportunitiesToReview => ("/moderation/opportunities".to_owned(), "dashboard-wait-opportunities"),
        EventsToReview => ("/moderation/events".to_owned(), "dashboard-wait-events"),
    };
    Line {
        href,
        text: tr.t1(id, "count", w.count),
        detail: w.title.clone(),
    }
}

pub async fn page(State(state): State<AppState>, ctx: Ctx, me: SignedIn) -> Result<Response, WebError> {
    let tr = ctx.tr;
    let user = me.user();
    let now = Utc::now();
    let waiting = state
        .store
        .waiting_for(user.id, user.role.moderates(), now)
        .await?
        .iter()
        .map(|w| waiting_line(&tr, w))
        .collect();
    let events = state
        .store
        .events_of_user(user.id)
        .await?
        .into_iter()
        .filter(|(e, _)| e.ends_at > now)
        .take(SHOWN)
        .map(|(e, s)| {
            let zone = crate::views::time::viewer_zone(Some(user), &e);
            let mut detail = crate::views::time::span(&tr, e.starts_at, e.ends_at, zone);
            if s == RegistrationState::Waitlisted {
                detail = format!("{detail} · {}", tr.t("dashboard-waiting-list"));
            }
            Line {
                // Events with B2B sessions have a personal agenda; others their page.
                href: if e.sessions.is_empty() {
                    format!("/events/{}", e.id)
                } else {
                    format!("/events/{}/meetings", e.id)
                },
                text: e.draft.title,
                detail,
            }
        })
        .collect();
    let mut organised = Vec::new();
    let mut organisations = Vec::new();
    for m in state.store.memberships_of(user.id).await? {
        if m.role == domain::OrgRole::Admin.as_str() {
            for e in state.store.events_of(m.organisation_id).await? {
                if e.ends_at > now && organised.len() < SHOWN {
                    let zone = crate::views::time::viewer_zone(Some(user), &e);
                    organised.push(Line {
                        href: format!("/events/{}", e.id),
                        detail: format!(
                            "{} · {}",
                            tr.t(e.state.message_id()),
                            crate::views::time::span(&tr, e.starts_at, e.ends_at, zone)
                        ),
                        text: e.draft.title,
                    });
                }
            }
        }
        let published = state.store.published_opportunity_count(m.organisation_id).await?;
        let conversations = state
            .store
            .interests_of(m.organisation_id)
            .await?
            .iter()
            .take(SHOWN)
            .map(|i| Line {
                href: format!("/interests/{}", i.id),
                text: i.opportunity_title.clone(),
                detail: format!(
                    "{} · {}",
                    tr.t1("conversation-with", "name", i.other_side(m.organisation_id).1),
                    tr.t1("interests-messages", "count", i.messages)
                ),
            })
            .collect();
        organisations.push(OrgLine {
            admin: m.role == domain::OrgRole::Admin.as_str(),
            slug: m.slug,
            name: crate::views::title_case_if_shouting(&m.name),
            published,
            conversations,
        });
    }
    let reader = reader_zone(Some(user));
    let calls = state
        .store
        .followed_calls(user.id)
        .await?
        .into_iter()
        .filter_map(|(c, _)| {
            let (at, zone) = c.call.next_deadline(now).map(|d| (d.at, d.timezone.clone()))?;
            Some((at, c, zone))
        })
        .collect::<Vec<_>>();
    let mut calls = calls;
    calls.sort_by_key(|(at, _, _)| *at);
    let calls = calls
        .into_iter()
        .take(SHOWN)
        .map(|(at, c, zone)| Line {
            href: format!("/funding/{}", c.id),
            text: c.call.title,
            detail: format!(
                "{} {}",
                tr.t("funding-deadline"),
                crate::views::time::when(&tr, at, &zone, reader)
            ),
        })
        .collect();
    let page = DashboardPage {
        chrome: ctx.chrome("dashboard"),
        name: user.display_name.clone(),
        waiting,
        events,
        organised,
        organisations,
        calls,
    };
    Ok(render(&page)?.into_response())
}
